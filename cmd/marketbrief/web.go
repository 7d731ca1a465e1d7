package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/history"
	"marketbrief/internal/lock"
	"marketbrief/internal/metrics"
	"marketbrief/internal/pipeline"
	"marketbrief/internal/schedule"
	"marketbrief/internal/status"
)

// pageState is what the status page of a serve sees: the running setup (replaced on reload), the
// reports this process is running (scheduled or from the page) and the runs started from the page,
// which serve joins before it returns.
type pageState struct {
	mu      sync.Mutex
	cur     setup
	running map[string]*busy
	wg      sync.WaitGroup
}

// busy is a report this process runs: since when, and how many runs (a slot may run while a run
// from the page waits for the lock).
type busy struct {
	since time.Time
	n     int
}

// busy marks report name as running from now until the returned function is called.
func (v *server) busy(name string) (done func()) {
	v.page.mu.Lock()
	defer v.page.mu.Unlock()
	if v.page.running == nil {
		v.page.running = make(map[string]*busy)
	}
	b := v.page.running[name]
	if b == nil {
		b = &busy{since: v.now()}
		v.page.running[name] = b
	}
	b.n++
	return func() {
		v.page.mu.Lock()
		defer v.page.mu.Unlock()
		if b.n--; b.n == 0 {
			delete(v.page.running, name)
		}
	}
}

func (p *pageState) set(s setup) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cur = s
}

func (p *pageState) setup() setup {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cur
}

// serveHTTP serves the status page, /metrics and /healthz on serve.listen until ctx ends. A
// non-loopback address needs the token of serve.token_env; without it, serve refuses to start.
func (v *server) serveHTTP(ctx context.Context, cfg config.Config) error {
	o := cfg.Serve
	token := ""
	if o.TokenEnv != "" {
		token = os.Getenv(o.TokenEnv)
	}
	if token == "" {
		if err := metrics.CheckListen(o.Listen); err != nil {
			return usageErr(fmt.Errorf("serve.listen: %w; or set serve.token_env to the name of an environment variable holding a token", err))
		}
	}
	h := status.New(status.Options{
		Output: v.out, Reports: v.pageReports, RunNow: func(name string) error { return v.runNow(ctx, name) },
		Running: v.runningSince, Metrics: v.metrics.Handler(), Token: token, Now: v.now, Log: v.log,
	})
	return metrics.ServeHandler(ctx, o.Listen, h, v.log)
}

// pageReports describes the current reports for the page, with their next three runs.
func (v *server) pageReports() []status.Report {
	s := v.page.setup()
	var out []status.Report
	for _, def := range s.reports {
		r := status.Report{Name: def.Name, Title: def.Title, Language: def.Language, Schedule: def.Schedule, Zone: s.cfg.Location()}
		if loc, err := time.LoadLocation(def.Zone(s.cfg)); err == nil {
			r.Zone = loc
		}
		if sch, err := schedule.Parse(def.Schedule, def.Zone(s.cfg)); err == nil && def.Schedule != "" {
			r.Zone = sch.Location()
			for _, slot := range sch.Upcoming(3, v.now()) {
				r.Next = append(r.Next, slot.At)
			}
		}
		r.Delivers = describeDelivery(def.Deliver)
		out = append(out, r)
	}
	return out
}

func describeDelivery(d config.Deliver) string {
	var parts []string
	if e := d.Email; e != nil {
		parts = append(parts, "e-mail to "+strings.Join(append(append([]string{}, e.To...), e.Cc...), ", "))
	}
	if w := d.Webhook; w != nil {
		parts = append(parts, "webhook ("+w.Kind()+")")
	}
	return strings.Join(parts, "; ")
}

// runNow starts a manual run of report name in the background, delivered like a scheduled one.
// It refuses a report this serve is already running.
func (v *server) runNow(ctx context.Context, name string) error {
	s := v.page.setup()
	def, err := s.report(name)
	if err != nil || def.Name != name {
		return fmt.Errorf("no report named %q", name)
	}
	if since, ok := v.runningSince(name); ok {
		return fmt.Errorf("report %s is already running since %s", name, since.UTC().Format(time.TimeOnly))
	}
	done := v.busy(name)
	v.page.wg.Go(func() {
		defer done()
		start := v.now()
		res, err := pipeline.Run(ctx, s.cfg, def, pipeline.Options{Templates: s.templates, Trigger: history.TriggerManual,
			Deliver: true, LastAttempt: true, Logger: v.log})
		v.observeDelivery(res.Delivery)
		st := history.StatusOK
		switch {
		case errors.Is(err, lock.ErrHeld):
			v.log.Warn("run now skipped: the report is in use", "report", name, "error", err)
			return
		case err != nil && ctx.Err() != nil:
			st = history.StatusCancelled
		case err != nil:
			st = history.StatusFailed
			v.log.Error("run now failed", "report", name, "error", err)
		}
		v.metrics.Observe(name, st, v.now().Sub(start), v.now())
	})
	return nil
}

// runningSince reports since when the page's run of name has been running.
func (v *server) runningSince(name string) (time.Time, bool) {
	v.page.mu.Lock()
	defer v.page.mu.Unlock()
	b, ok := v.page.running[name]
	if !ok {
		return time.Time{}, false
	}
	return b.since, true
}

// pageRunsAbandonAfter is how long serve, stopping, waits for runs started from the page (they are
// cancelled at once) before it stops without them, as the scheduler does with its runs:
// publishing is atomic, so a run left behind writes nothing half-done.
const pageRunsAbandonAfter = 10 * time.Second

// awaitPageRuns joins the runs started from the page, or gives up on them after limit.
func (v *server) awaitPageRuns(limit time.Duration) {
	done := make(chan struct{})
	go func() { // ends when the runs do, or with the process
		v.page.wg.Wait()
		close(done)
	}()
	t := time.NewTimer(limit)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		v.log.Error("runs started from the status page ignored their cancellation; stopping without them", "waited", limit)
	}
}
