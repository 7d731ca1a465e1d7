package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"marketbrief/internal/fx"
	"marketbrief/internal/window"
)

var reportName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

// FS returns the folder named by dir (resolved against the config's folder) as an fs.FS, or
// embedded (sub is its subfolder) when dir is empty.
func (c Config) FS(dir string, embedded fs.FS, sub string) (fs.FS, error) {
	if dir == "" {
		return fs.Sub(embedded, sub)
	}
	p := c.Path(dir)
	info, err := os.Stat(p)
	if err != nil || !info.IsDir() {
		return nil, fmt.Errorf("folder %s does not exist: fix the path in %s or remove the key to use the built-in one", p, c.fileName())
	}
	return os.DirFS(p), nil
}

func (c Config) fileName() string {
	if c.File == "" {
		return DefaultFile
	}
	return c.File
}

// LoadReports reads every *.yaml report definition of fsys, applies defaults and returns them
// sorted by name, with every problem found (errors.Join of *FieldError). templates is used to
// check that the report's language has a brief template.
func LoadReports(c Config, fsys, templates fs.FS) ([]Report, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	more, _ := fs.Glob(fsys, "*.yml")
	names = append(names, more...)
	sort.Strings(names)
	if len(names) == 0 {
		return nil, &FieldError{Field: "reports", Value: c.Reports, Msg: "holds no report definition (*.yaml); add one such as reports/weekly.yaml"}
	}
	var reports []Report
	var errs []error
	seen := map[string]string{}
	for _, name := range names {
		r, err := loadReport(fsys, name)
		if err != nil {
			errs = append(errs, err)
			var pe *partialError
			if !errors.As(err, &pe) {
				continue
			}
		}
		if prev, ok := seen[r.Name]; ok {
			errs = append(errs, &FieldError{Field: "reports/" + name + ": name", Value: r.Name, Msg: "already used by reports/" + prev + "; names must be unique"})
		}
		seen[r.Name] = name
		errs = append(errs, r.validate(c, templates)...)
		reports = append(reports, r)
	}
	sort.Slice(reports, func(i, j int) bool { return reports[i].Name < reports[j].Name })
	return reports, errors.Join(errs...)
}

func loadReport(fsys fs.FS, name string) (Report, error) {
	data, err := readSmall(fsys, name)
	if err != nil {
		return Report{}, fmt.Errorf("reports/%s: %w", name, unwrap(err))
	}
	r := Report{TopVendors: 10, Language: "en"}
	err = decode(data, &r)
	var pe *partialError
	if err != nil && !errors.As(err, &pe) {
		return r, fmt.Errorf("reports/%s: %w", name, err)
	}
	r.File = name
	if r.Name == "" {
		r.Name = strings.TrimSuffix(strings.TrimSuffix(name, path.Ext(name)), ".")
	}
	if r.Title == "" {
		r.Title = "Cloud market brief"
	}
	if err != nil { // the rest of the file was read: LoadReports adds its other problems
		return r, fmt.Errorf("reports/%s: %w", name, err)
	}
	return r, nil
}

func (r Report) validate(c Config, templates fs.FS) []error {
	var errs []error
	bad := func(field string, value any, msg string) {
		errs = append(errs, &FieldError{Field: "reports/" + r.File + ": " + field, Value: value, Msg: msg})
	}
	if !reportName.MatchString(r.Name) {
		bad("name", r.Name, "must be lowercase letters, digits, - or _ (it names the output folder)")
	}
	if templates != nil {
		if _, err := fs.Stat(templates, "brief."+r.Language+".tmpl"); err != nil {
			bad("language", r.Language, "has no template brief."+r.Language+".tmpl; use en or fr, or add that template")
		}
	}
	if r.Timezone != "" {
		if _, err := time.LoadLocation(r.Timezone); err != nil {
			bad("timezone", r.Timezone, "unknown time zone; use an IANA name such as Europe/Paris")
		}
	}
	if r.TopVendors < 1 || r.TopVendors > 50 {
		bad("top_vendors", r.TopVendors, "must be between 1 and 50")
	}
	if r.MinConfidence != nil && !(*r.MinConfidence >= 0 && *r.MinConfidence <= 1) {
		bad("min_confidence", *r.MinConfidence, "must be between 0 and 1")
	}
	if _, err := window.Parse(r.Window); err != nil {
		bad("window", r.Window, "use a number and a unit (7d, 2w, 1mo, 1y), since-last-run or all")
	}
	if !fx.Known(r.ReportCurrency()) {
		bad("currency", r.Currency, "has no exchange rates; use an ISO code such as USD, EUR, GBP, JPY or CHF")
	}
	r.Deliver.validate(c, bad)
	return errs
}

// Zone returns the report's schedule time zone name: its own, else the config's default.
func (r Report) Zone(c Config) string {
	if r.Timezone != "" {
		return r.Timezone
	}
	return c.Timezone
}

// Confidence returns the minimum confidence of facts shown in the report.
func (r Report) Confidence(c Config) float64 {
	if r.MinConfidence != nil {
		return *r.MinConfidence
	}
	return c.MinConfidence
}

// ReportCurrency returns the currency totals are shown in: the report's own, else EUR for a
// French report and USD for any other.
func (r Report) ReportCurrency() string {
	switch {
	case r.Currency != "":
		return strings.ToUpper(r.Currency)
	case r.Language == "fr":
		return "EUR"
	}
	return "USD"
}
