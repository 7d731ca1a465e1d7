// Package config reads config.yaml and the report definitions in reports/, applies defaults and
// validates them, naming the field and the value of every problem at once.
package config

import (
	"time"

	"marketbrief/internal/extract"
)

// Config is config.yaml.
type Config struct {
	// Corpus is the folder of articles, read recursively. Relative paths are relative to the
	// folder of config.yaml.
	Corpus string `yaml:"corpus"`
	// Output is the folder reports are written to (OUT/REPORT/RUN-ID/).
	Output string `yaml:"output"`
	// Reports is the folder of report definitions; empty means the built-in ones.
	Reports string `yaml:"reports"`
	// Templates is the folder of brief templates; empty means the built-in ones.
	Templates string `yaml:"templates"`
	// Timezone is the default IANA zone of report schedules.
	Timezone string `yaml:"timezone"`
	// LogFormat is "text" or "json".
	LogFormat string `yaml:"log_format"`
	// MinConfidence hides facts below it from the workbook and the brief (facts.json keeps all).
	MinConfidence float64 `yaml:"min_confidence"`
	// Vendors extends the built-in dictionary; an entry with a known name replaces it.
	Vendors []extract.Entry `yaml:"vendors"`
	// Keep is how many runs of each report to keep in the output folder (0 keeps all).
	Keep  int   `yaml:"keep"`
	Serve Serve `yaml:"serve"`

	// Dir is the folder of the config file, against which relative paths resolve.
	Dir string `yaml:"-"`
	// File is the config file read, empty for the defaults.
	File string `yaml:"-"`
}

// Serve configures `marketbrief serve`.
type Serve struct {
	// Listen is the address of /healthz and /metrics; empty turns them off.
	Listen string `yaml:"listen"`
	// CatchUp runs a report once at start when a slot passed while serve was down.
	CatchUp bool `yaml:"catch_up"`
	// Overlap is what happens to a slot that comes while the previous run still runs:
	// "skip" or "wait".
	Overlap string `yaml:"overlap"`
	// Attempts is how many times a failing run is tried in all (1: no retry).
	Attempts int `yaml:"attempts"`
	// Backoff is the wait before the first retry; it doubles at each further retry.
	Backoff time.Duration `yaml:"backoff"`
	// Grace is how long a running report may take to finish after SIGINT/SIGTERM before it is
	// cancelled.
	Grace time.Duration `yaml:"grace"`
}

// Report is one report definition (reports/NAME.yaml).
type Report struct {
	// Name identifies the report; it names its output folder. Defaults to the file name.
	Name     string `yaml:"name"`
	Title    string `yaml:"title"`
	Subject  string `yaml:"subject"`
	Language string `yaml:"language"` // "en" or "fr"; picks templates/brief.LANG.tmpl
	// Schedule is a cron spec: 5 fields, 6 with seconds, or a descriptor such as @weekly.
	Schedule string `yaml:"schedule"`
	// Timezone is the IANA zone of the schedule; empty means Config.Timezone.
	Timezone string `yaml:"timezone"`
	// TopVendors is how many vendors the charts and the brief's tables show.
	TopVendors int `yaml:"top_vendors"`
	// MinConfidence overrides Config.MinConfidence when set.
	MinConfidence *float64 `yaml:"min_confidence"`

	// File is the definition's file name.
	File string `yaml:"-"`
}
