package main

import (
	"errors"
	"fmt"
	"io/fs"

	"marketbrief"
	"marketbrief/internal/config"
)

// setup is a loaded and validated configuration.
type setup struct {
	cfg       config.Config
	reports   []config.Report
	templates fs.FS
}

// load reads and validates the config file, the report definitions and the templates. Every
// problem is reported at once as a usage error (exit status 2).
func load(path string) (setup, error) {
	var s setup
	cfg, err := config.Load(path)
	if err != nil {
		return s, usageErr(err)
	}
	s.cfg = cfg
	errs := []error{cfg.Validate()}
	tmpl, err := cfg.FS(cfg.Templates, marketbrief.Assets, "templates")
	if err != nil {
		errs = append(errs, &config.FieldError{Field: "templates", Value: cfg.Templates, Msg: err.Error()})
	}
	s.templates = tmpl
	reps, err := cfg.FS(cfg.Reports, marketbrief.Assets, "reports")
	if err != nil {
		errs = append(errs, &config.FieldError{Field: "reports", Value: cfg.Reports, Msg: err.Error()})
	} else {
		s.reports, err = config.LoadReports(cfg, reps, tmpl)
		errs = append(errs, err)
	}
	errs = append(errs, checkReports(cfg, s.reports, tmpl)...)
	if err := errors.Join(errs...); err != nil {
		return s, usageErr(fmt.Errorf("%s has problems:\n%w", cfg.Source(), indent(err)))
	}
	return s, nil
}

// report returns the definition named name; empty picks "weekly" or else the first one.
func (s setup) report(name string) (config.Report, error) {
	for _, r := range s.reports {
		if r.Name == name || name == "" && r.Name == "weekly" {
			return r, nil
		}
	}
	if name == "" && len(s.reports) > 0 {
		return s.reports[0], nil
	}
	var names []string
	for _, r := range s.reports {
		names = append(names, r.Name)
	}
	return config.Report{}, usageErr(fmt.Errorf("no report named %q; the reports are %v", name, names))
}
