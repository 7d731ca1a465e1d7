package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/history"
	"marketbrief/internal/lock"
	"marketbrief/internal/metrics"
	"marketbrief/internal/pipeline"
	"marketbrief/internal/schedule"
)

func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := e.flags("serve", "[--config FILE]", `
Run every report that has a schedule, on its schedule, until SIGINT or SIGTERM. Each slot runs
once, even across daylight-saving changes; while a report runs, its next slot waits or is skipped
(serve.overlap); a failing run is retried (serve.attempts, serve.backoff); a slot missed while serve
was down runs once at start (serve.catch_up). A report that another process is writing is skipped
and says which process holds it. On SIGINT or SIGTERM no new run starts and a running one has
serve.grace to finish before it is cancelled. SIGHUP reloads the config and report definitions; one
that does not validate is rejected and the old one keeps running. Every run is appended to
OUT/REPORT/history.jsonl (see marketbrief history), and each published run is sent once to the
report's recipients (deliver:), or a failure notice after a slot's last attempt failed.
serve.listen turns on the status page (/), /healthz and /metrics.`)
	cfgPath := fs.String("config", "", "config file (default: ./config.yaml when present)")
	logFormat := fs.String("log-format", "", "log format on stderr: text or json (default: from the config)")
	verbose := fs.Bool("v", false, "log more detail")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Errorf("serve takes no arguments, got %q", fs.Args()))
	}
	if *logFormat != "" && *logFormat != "text" && *logFormat != "json" {
		return usageErr(fmt.Errorf("--log-format %q: expected text or json", *logFormat))
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	log := e.logger(firstSet(*logFormat, s.cfg.LogFormat), *verbose)
	srv := &server{cfgPath: *cfgPath, log: log, metrics: metrics.NewRegistry(), out: s.cfg.Path(s.cfg.Output), now: e.now}
	srv.metrics.SetUnhealthyAfter(s.cfg.Serve.UnhealthyAfter)
	return srv.run(ctx, s)
}

// server is one `marketbrief serve`.
type server struct {
	cfgPath string
	log     *slog.Logger
	metrics *metrics.Registry
	out     string // output folder at start; histories and the catch-up store live there
	now     func() time.Time
	page    pageState // the status page's view of the setup and its runs (web.go)
}

// run schedules s's reports and serves until ctx ends; SIGHUP reloads.
func (v *server) run(ctx context.Context, s setup) error {
	jobs, err := v.jobs(s)
	if err != nil {
		return err
	}
	o := s.cfg.Serve
	overlap, err := schedule.ParseOverlap(o.Overlap)
	if err != nil {
		return usageErr(err)
	}
	sched, err := schedule.New(jobs, schedule.Options{
		Log: v.log, Store: history.Store{Output: v.out}, CatchUp: o.CatchUp, Overlap: overlap,
		Attempts: o.Attempts, Backoff: o.Backoff, Grace: o.Grace, OnResult: v.onResult,
	})
	if err != nil {
		return err
	}
	// Both goroutines below end when loopCtx does; wg joins them before run returns.
	loopCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var metricsErr error
	v.page.set(s)
	if o.Listen != "" {
		wg.Go(func() {
			if metricsErr = v.serveHTTP(loopCtx, s.cfg); metricsErr != nil {
				cancel() // serve without its endpoints would hide that they are missing
			}
		})
	}
	// Registered before Run so that an early SIGHUP reloads instead of killing serve.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	wg.Go(func() { v.reloadOnHUP(loopCtx, hup, sched, s.cfg) })
	v.log.Info("serve started", "reports", len(jobs), "output", v.out, "pid", os.Getpid())
	v.deliverPending(loopCtx, s)
	err = sched.Run(loopCtx)
	cancel()
	wg.Wait()
	v.awaitPageRuns(pageRunsAbandonAfter)
	v.log.Info("serve stopped")
	return errors.Join(err, metricsErr)
}

// jobs returns one job per scheduled report of s.
func (v *server) jobs(s setup) ([]schedule.Job, error) {
	var jobs []schedule.Job
	for _, def := range s.reports {
		if def.Schedule == "" {
			continue
		}
		sch, err := schedule.Parse(def.Schedule, def.Zone(s.cfg))
		if err != nil { // load checked it
			return nil, usageErr(fmt.Errorf("reports/%s: schedule: %w", def.File, err))
		}
		jobs = append(jobs, schedule.Job{Name: def.Name, Schedule: sch, Run: v.runner(s, def)})
		if next := sch.Next(v.now()); !next.IsZero() {
			v.log.Info("report scheduled", "report", def.Name, "schedule", def.Schedule,
				"zone", sch.Location().String(), "next", next.At)
		}
	}
	if len(jobs) == 0 {
		return nil, usageErr(errors.New("no report has a schedule: add schedule: to a report definition (see marketbrief validate)"))
	}
	return jobs, nil
}

// runner returns the job that runs report def of s for a slot.
func (v *server) runner(s setup, def config.Report) schedule.Func {
	return func(ctx context.Context, slot schedule.Slot) error {
		a := schedule.AttemptOf(ctx)
		defer v.busy(def.Name)() // shown on the status page, where Run now waits for it
		res, err := pipeline.Run(ctx, s.cfg, def, pipeline.Options{
			Templates: s.templates, Trigger: history.TriggerScheduled, Slot: slot.Key, SlotTime: slot.At,
			CatchUp: a.CatchUp, Attempt: a.Number, Logger: v.log,
			Deliver: true, LastAttempt: a.Number >= s.cfg.Serve.Attempts,
		})
		v.observeDelivery(res.Delivery)
		if _, held := errors.AsType[*lock.HeldError](err); held {
			return fmt.Errorf("%w: %w", schedule.ErrSkip, err)
		}
		if errors.Is(err, pipeline.ErrSlotDone) { // another serve ran it while this one waited
			return fmt.Errorf("slot %s: %w: %w", slot.Key, err, schedule.ErrSkip)
		}
		return err // pipeline.Run logged the report written
	}
}

// onResult counts every slot's outcome and records the skipped ones, which pipeline.Run did not
// run, in the report's history.
func (v *server) onResult(r schedule.Result) {
	v.metrics.Observe(r.Job, string(r.Status), r.End.Sub(r.Start), r.End)
	if r.Status != schedule.StatusSkipped {
		return
	}
	e := history.Entry{Report: r.Job, Trigger: history.TriggerScheduled, CatchUp: r.CatchUp, Slot: r.Slot.Key,
		SlotTime: r.Slot.At, Start: r.Start, End: r.End, Attempt: r.Attempts, Status: history.StatusSkipped}
	if r.Err != nil {
		e.Error = r.Err.Error()
	}
	if err := history.Append(filepath.Join(v.out, r.Job), e); err != nil {
		v.log.Error("history not written", "report", r.Job, "slot", r.Slot.Key, "error", err)
	}
}

// reloadOnHUP reloads the configuration on each signal from hup until ctx ends. A configuration that does
// not load or validate is rejected with its errors; the running one stays.
func (v *server) reloadOnHUP(ctx context.Context, hup <-chan os.Signal, sched *schedule.Scheduler, running config.Config) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
		}
		s, err := load(v.cfgPath)
		if err == nil {
			var jobs []schedule.Job
			if jobs, err = v.jobs(s); err == nil {
				err = sched.Reload(jobs)
			}
		}
		if err != nil {
			v.log.Error("config reload rejected, keeping the running config", "error", err)
			continue
		}
		if s.cfg.Serve != running.Serve || s.cfg.Path(s.cfg.Output) != v.out {
			v.log.Warn("serve settings and the output folder change only on restart", "config", s.cfg.Source())
		}
		v.page.set(s)
		v.log.Info("config reloaded", "config", s.cfg.Source(), "reports", len(s.reports))
	}
}

// observeDelivery counts the messages of a run's delivery, if any.
func (v *server) observeDelivery(e *history.Entry) {
	if e == nil {
		return
	}
	for _, d := range e.Deliveries {
		v.metrics.ObserveDelivery(e.Report, d.Channel, d.Status)
	}
}
