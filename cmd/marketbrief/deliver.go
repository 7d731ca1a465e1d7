package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"marketbrief/internal/pipeline"
)

func cmdDeliver(ctx context.Context, e *env, args []string) error {
	fs := e.flags("deliver", "--report NAME [--run RUN-ID] [--config FILE] [--out DIR]", `
Send a published run of a report again to its recipients (deliver: in the report definition):
the e-mail with the brief and the workbook, and the webhook. Without --run, the latest successful
run. The delivery is recorded in OUT/REPORT/history.jsonl like the scheduled ones.`)
	cfgPath := fs.String("config", "", "config file (default: ./config.yaml when present)")
	report := fs.String("report", "", "report to send (required)")
	runID := fs.String("run", "", "run id to send, as listed by marketbrief history (default: the latest)")
	out := fs.String("out", "", "output folder (default: output from the config)")
	logFormat := fs.String("log-format", "", "log format on stderr: text or json (default: from the config)")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Errorf("deliver takes no arguments, got %q", fs.Args()))
	}
	if *report == "" {
		return usageErr(errors.New("deliver: --report NAME is required (see marketbrief validate for the names)"))
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	def, err := s.report(*report)
	if err != nil {
		return err
	}
	if *out != "" {
		if *out, err = filepath.Abs(*out); err != nil {
			return usageErr(err)
		}
	}
	entry, err := pipeline.Deliver(ctx, s.cfg, def, pipeline.DeliverOptions{
		RunID: *runID, Output: *out, Templates: s.templates, Now: e.now,
		Logger: e.logger(firstSet(*logFormat, s.cfg.LogFormat), false),
	})
	if errors.Is(err, pipeline.ErrNoRecipients) {
		return usageErr(err)
	}
	for _, d := range entry.Deliveries {
		fmt.Fprintf(e.stdout, "%s %s to %s: %s%s\n", entry.RunID, d.Channel, strings.Join(d.To, ", "), d.Status, idOrError(d.MessageID, d.Error))
	}
	return err
}

func idOrError(id, err string) string {
	if err != "" {
		return " (" + err + ")"
	}
	if id != "" {
		return " " + id
	}
	return ""
}

// deliverPending sends, as serve starts, each report's newest run when the process that published
// it stopped before sending it (pipeline.DeliverPending).
func (v *server) deliverPending(ctx context.Context, s setup) {
	for _, def := range s.reports {
		e, err := pipeline.DeliverPending(ctx, s.cfg, def, pipeline.DeliverOptions{Templates: s.templates, Now: v.now, Logger: v.log})
		if err != nil {
			v.log.Error("pending delivery not sent", "report", def.Name, "error", err)
		}
		v.observeDelivery(e)
	}
}
