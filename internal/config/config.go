// Package config reads config.yaml and the report definitions in reports/, applies defaults and
// validates them, naming the field and the value of every problem at once.
package config

import "time"

// Config is config.yaml.
type Config struct {
	// Corpus is the folder of articles, read recursively. Relative paths are relative to the
	// folder of config.yaml.
	Corpus string `yaml:"corpus" json:"corpus"`
	// Output is the folder reports are written to (OUT/REPORT/RUN-ID/).
	Output string `yaml:"output" json:"output"`
	// Reports is the folder of report definitions; empty means the built-in ones.
	Reports string `yaml:"reports" json:"reports"`
	// Templates is the folder of brief templates; empty means the built-in ones.
	Templates string `yaml:"templates" json:"templates"`
	// Timezone is the default IANA zone of report schedules.
	Timezone string `yaml:"timezone" json:"timezone"`
	// LogFormat is "text" or "json".
	LogFormat string `yaml:"log_format" json:"log_format"`
	// MinConfidence hides facts below it from the workbook and the brief (facts.json keeps all).
	MinConfidence float64 `yaml:"min_confidence" json:"min_confidence"`
	// Vendors extends the built-in dictionary; an entry with a known name replaces it.
	Vendors []Vendor `yaml:"vendors" json:"vendors"`
	// Lexicon lists extra word files for extraction (a new deal verb is one line; see
	// internal/extract/lexicon), relative to the folder of config.yaml.
	Lexicon []string `yaml:"lexicon" json:"lexicon"`
	// Keep is how many runs of each report to keep in the output folder (0 keeps all).
	Keep  int   `yaml:"keep" json:"keep"`
	Serve Serve `yaml:"serve" json:"serve"`
	// Limits bound the work and memory one document may take.
	Limits Limits `yaml:"limits" json:"limits"`
	// FollowLinksOutside reads symbolic links in the corpus whose target is outside it.
	FollowLinksOutside bool `yaml:"follow_links_outside" json:"follow_links_outside"`
	// SMTP is the mail server for reports with deliver: email.
	SMTP SMTP `yaml:"smtp" json:"smtp"`
	// Delivery sets the retries of e-mails and webhooks.
	Delivery Delivery `yaml:"delivery" json:"delivery"`

	// Dir is the folder of the config file, against which relative paths resolve.
	Dir string `yaml:"-" json:"dir"`
	// File is the config file read, empty for the defaults.
	File string `yaml:"-" json:"file"`
}

// Serve configures `marketbrief serve`.
type Serve struct {
	// Listen is the address of /healthz and /metrics; empty turns them off.
	Listen string `yaml:"listen" json:"listen"`
	// TokenEnv names the environment variable holding the token a non-loopback Listen requires.
	TokenEnv string `yaml:"token_env" json:"token_env"`
	// CatchUp runs a report once at start when a slot passed while serve was down.
	CatchUp bool `yaml:"catch_up" json:"catch_up"`
	// Overlap is what happens to a slot that comes while the previous run still runs:
	// "skip" or "wait".
	Overlap string `yaml:"overlap" json:"overlap"`
	// Attempts is how many times a failing run is tried in all (1: no retry).
	Attempts int `yaml:"attempts" json:"attempts"`
	// Backoff is the wait before the first retry; it doubles at each further retry.
	Backoff time.Duration `yaml:"backoff" json:"backoff"`
	// Grace is how long a running report may take to finish after SIGINT/SIGTERM before it is
	// cancelled.
	Grace time.Duration `yaml:"grace" json:"grace"`
	// UnhealthyAfter is how many failed runs in a row of one report make /healthz unhealthy.
	UnhealthyAfter int `yaml:"unhealthy_after" json:"unhealthy_after"`
}

// Limits bound what one document may cost a run; what goes past them is skipped and listed.
type Limits struct {
	// MaxFileBytes is the largest .txt, .md or .html file, and the longest JSON-lines document.
	MaxFileBytes ByteSize `yaml:"max_file_bytes" json:"max_file_bytes"`
	// MaxDecompressedBytes is the most read from one .jsonl or .jsonl.gz file (expanded).
	MaxDecompressedBytes ByteSize `yaml:"max_decompressed_bytes" json:"max_decompressed_bytes"`
	// MaxSentenceBytes is the longest sentence handed to the rules; longer ones are cut.
	MaxSentenceBytes int `yaml:"max_sentence_bytes" json:"max_sentence_bytes"`
	// MaxEvidenceChars is the longest evidence kept with a fact; longer evidence is clipped.
	MaxEvidenceChars int `yaml:"max_evidence_chars" json:"max_evidence_chars"`
	// DocumentTimeout is the time one document's extraction may take before it is skipped.
	DocumentTimeout time.Duration `yaml:"document_timeout" json:"document_timeout"`
}

// Vendor is a company added to the built-in dictionary, or replacing the entry of the same name.
type Vendor struct {
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases" json:"aliases"`
}

// Report is one report definition (reports/NAME.yaml).
type Report struct {
	// Name identifies the report; it names its output folder. Defaults to the file name.
	Name     string `yaml:"name" json:"name"`
	Title    string `yaml:"title" json:"title"`
	Subject  string `yaml:"subject" json:"subject"`
	Language string `yaml:"language" json:"language"` // "en" or "fr"; picks templates/brief.LANG.tmpl
	// Schedule is a cron spec: 5 fields, 6 with seconds, or a descriptor such as @weekly.
	Schedule string `yaml:"schedule" json:"schedule"`
	// Timezone is the IANA zone of the schedule; empty means Config.Timezone.
	Timezone string `yaml:"timezone" json:"timezone"`
	// TopVendors is how many vendors the charts and the brief's tables show.
	TopVendors int `yaml:"top_vendors" json:"top_vendors"`
	// MinConfidence overrides Config.MinConfidence when set.
	MinConfidence *float64 `yaml:"min_confidence" json:"min_confidence"`
	// Window is the report's period (7d, 2w, 1mo, since-last-run, all); empty means the
	// schedule's interval (7 days for a weekly report), or all for a report without a schedule.
	Window string `yaml:"window" json:"window"`
	// Currency is the ISO code totals and converted values are shown in; empty means USD, or EUR
	// for a French report.
	Currency string `yaml:"currency" json:"currency"`
	// Deliver lists who receives each run.
	Deliver Deliver `yaml:"deliver" json:"deliver"`

	// File is the definition's file name.
	File string `yaml:"-" json:"file"`
}
