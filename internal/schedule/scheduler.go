package schedule

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Scheduler runs jobs on their schedules. Create it with New and start it with Run.
type Scheduler struct {
	opts Options

	mu     sync.Mutex
	jobs   []Job // the jobs Run starts with, then the last reloaded set
	reload bool
	wake   chan struct{} // capacity 1: a pending reload
}

// New returns a scheduler for jobs, or every problem with them.
func New(jobs []Job, opts Options) (*Scheduler, error) {
	if err := checkJobs(jobs); err != nil {
		return nil, err
	}
	return &Scheduler{opts: opts.withDefaults(), jobs: jobs, wake: make(chan struct{}, 1)}, nil
}

// Reload replaces the jobs. An invalid set is rejected with every problem and the current jobs keep
// running. A job that keeps its name keeps its running state, so a reload never makes it overlap;
// a removed job's running slot is left to finish. Reload may be called before or during Run.
func (s *Scheduler) Reload(jobs []Job) error {
	if err := checkJobs(jobs); err != nil {
		return err
	}
	s.mu.Lock()
	s.jobs, s.reload = jobs, true
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default: // a wake-up is already pending; it will read the latest jobs
	}
	return nil
}

// entry is the scheduling state of one job, owned by Run's goroutine.
type entry struct {
	job     Job
	next    Slot
	last    time.Time // instant of the last slot fired
	running bool
	waiting *pendingSlot // overlap wait: the slot to run when the current run ends
	removed bool         // removed by a reload while running
}

type pendingSlot struct {
	slot    Slot
	catchUp bool
}

// loop is the state of one Run call.
type loop struct {
	s       *Scheduler
	entries map[string]*entry
	done    chan Result
	runCtx  context.Context // cancelled after the grace period
	stop    <-chan struct{} // closed when Run's context ends: start nothing more
	wg      sync.WaitGroup
	running int
	gone    chan struct{} // closed when Run returns without waiting for stuck jobs
}

// Run runs the jobs until ctx ends. Then it starts no more runs and no more retries, lets running
// jobs finish for the grace period, cancels them, waits for them to return and returns nil.
func (s *Scheduler) Run(ctx context.Context) error {
	runCtx, cancelRuns := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRuns()
	l := &loop{s: s, entries: make(map[string]*entry), done: make(chan Result), runCtx: runCtx, stop: ctx.Done(), gone: make(chan struct{})}
	s.mu.Lock()
	jobs := s.jobs
	s.reload = false
	s.mu.Unlock()
	now := s.opts.Clock.Now()
	for _, j := range jobs {
		e := &entry{job: j}
		l.entries[j.Name] = e
		l.catchUp(e, now)
		e.advance(now)
	}
	for {
		if err := l.step(ctx); err != nil {
			l.drain(cancelRuns)
			return nil
		}
	}
}

// step waits for the next event (a due slot, a finished run, a reload or the end of ctx) and handles
// it. It returns ctx's error when ctx ended.
func (l *loop) step(ctx context.Context) error {
	clock := l.s.opts.Clock
	timer := clock.NewTimer(l.wait(clock.Now()))
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-l.s.wake:
		l.applyReload(clock.Now())
	case r := <-l.done:
		l.finished(r)
	case <-timer.C():
		now := clock.Now()
		for _, e := range l.entries {
			if !e.removed && !e.next.IsZero() && !e.next.At.After(now) {
				slot := e.next
				e.last = slot.At
				e.advance(now)
				l.fire(e, slot, false)
			}
		}
	}
	return nil
}

// wait returns how long to sleep before the earliest due slot, capped by MaxWait.
func (l *loop) wait(now time.Time) time.Duration {
	d := l.s.opts.MaxWait
	for _, e := range l.entries {
		if !e.removed && !e.next.IsZero() {
			d = min(d, max(e.next.At.Sub(now), 0))
		}
	}
	return d
}

// advance sets e.next to the first slot after the last fired one that is not already past, so a
// jump of the clock fires at most one slot.
func (e *entry) advance(now time.Time) {
	from := now.Add(-time.Nanosecond)
	if e.last.After(from) {
		from = e.last
	}
	e.next = e.job.Schedule.Next(from)
}

// catchUp starts e's newest missed slot when catch-up is on and a slot passed since the job's last
// success.
func (l *loop) catchUp(e *entry, now time.Time) {
	o := l.s.opts
	if !o.CatchUp || o.Store == nil {
		return
	}
	last, ok, err := o.Store.LastSuccess(e.job.Name)
	if err != nil {
		o.Log.Warn("catch-up skipped", "job", e.job.Name, "error", err)
		return
	}
	if !ok {
		return
	}
	// Bounded scan: a per-second schedule down for a week is 600k slots.
	slot, found := e.job.Schedule.Latest(last, now, 1_000_000)
	if !found {
		return
	}
	o.Log.Info("catching up missed slot", "job", e.job.Name, "slot", slot.Key, "last_success", last)
	e.last = slot.At
	l.fire(e, slot, true)
}

// fire starts slot, or applies the overlap policy when e is still running.
func (l *loop) fire(e *entry, slot Slot, catchUp bool) {
	o := l.s.opts
	if !e.running {
		l.start(e, slot, catchUp)
		return
	}
	if o.Overlap == OverlapWait && e.waiting == nil {
		o.Log.Info("slot waits for previous run", "job", e.job.Name, "slot", slot.Key)
		e.waiting = &pendingSlot{slot: slot, catchUp: catchUp}
		return
	}
	o.Log.Warn("slot skipped, previous run still running", "job", e.job.Name, "slot", slot.Key)
	o.OnResult(Result{Job: e.job.Name, Slot: slot, CatchUp: catchUp, Status: StatusSkipped,
		Err: errors.New("previous run still running")})
}

// start runs slot of e in a goroutine joined by drain; its result comes back on l.done.
func (l *loop) start(e *entry, slot Slot, catchUp bool) {
	e.running = true
	l.running++
	l.wg.Add(1)
	job := e.job
	go func() {
		defer l.wg.Done()
		r := l.s.execute(l.runCtx, l.stop, job, slot, catchUp)
		l.s.opts.OnResult(r)
		select {
		case l.done <- r:
		case <-l.gone: // Run returned without this job: nobody reads done any more
		}
	}()
}

// finished records the end of a run and starts the slot waiting behind it, unless Run is stopping.
func (l *loop) finished(r Result) {
	l.running--
	e := l.entries[r.Job]
	if e == nil {
		return
	}
	e.running = false
	if e.removed {
		delete(l.entries, r.Job)
		return
	}
	if w := e.waiting; w != nil {
		e.waiting = nil
		select {
		case <-l.stop:
			return
		default:
		}
		l.start(e, w.slot, w.catchUp)
	}
}

// applyReload swaps in the reloaded jobs, keeping the running state of jobs that keep their name.
func (l *loop) applyReload(now time.Time) {
	l.s.mu.Lock()
	jobs, pending := l.s.jobs, l.s.reload
	l.s.reload = false
	l.s.mu.Unlock()
	if !pending {
		return
	}
	keep := make(map[string]bool, len(jobs))
	for _, j := range jobs {
		keep[j.Name] = true
		e := l.entries[j.Name]
		if e == nil {
			e = &entry{}
			l.entries[j.Name] = e
		}
		e.job, e.removed = j, false
		e.advance(now)
	}
	for name, e := range l.entries {
		switch {
		case keep[name]:
		case e.running:
			e.removed, e.waiting = true, nil
		default:
			delete(l.entries, name)
		}
	}
	l.s.opts.Log.Info("jobs reloaded", "jobs", len(jobs))
}

// drain waits for running jobs: for the grace period, then after cancelling them.
func (l *loop) drain(cancelRuns context.CancelFunc) {
	o := l.s.opts
	if l.running > 0 {
		o.Log.Info("waiting for running jobs", "running", l.running, "grace", o.Grace)
	}
	grace := o.Clock.NewTimer(o.Grace)
	defer grace.Stop()
	graceC := grace.C()
	var abandonC <-chan time.Time
	for l.running > 0 {
		select {
		case <-l.done:
			l.running--
		case <-graceC:
			o.Log.Warn("grace period over, cancelling running jobs", "running", l.running)
			cancelRuns()
			graceC = nil
			// A job stuck where it cannot see its context must not keep the process alive:
			// after abandonAfter it is left to end with the process (publishing is atomic).
			abandon := o.Clock.NewTimer(abandonAfter)
			defer abandon.Stop()
			abandonC = abandon.C()
		case <-abandonC:
			o.Log.Error("running jobs ignored their cancellation; stopping without them", "running", l.running, "waited", abandonAfter)
			close(l.gone)
			return
		}
	}
	l.wg.Wait()
}

// abandonAfter is how long Run waits for cancelled jobs to return before it returns without them.
const abandonAfter = 10 * time.Second
