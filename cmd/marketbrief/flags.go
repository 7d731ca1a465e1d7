package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// flags returns a flag set for a command whose --help prints synopsis, description and flags.
func (e *env) flags(name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: marketbrief %s %s\n\n%s\n", name, synopsis, strings.TrimSpace(description))
		fmt.Fprintln(w, "\nFlags:")
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args; --help prints to stdout and returns flag.ErrHelp, a bad flag is a usage
// error.
func (e *env) parse(fs *flag.FlagSet, args []string) error {
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return flag.ErrHelp
		}
		if a == "--" {
			break
		}
	}
	fs.SetOutput(io.Discard) // the error is printed once, by main
	if err := fs.Parse(args); err != nil {
		return usageErr(fmt.Errorf("%s: %w (see marketbrief %s --help)", fs.Name(), err, fs.Name()))
	}
	return nil
}

// logger returns the logger for format ("text" or "json"), writing to stderr.
func (e *env) logger(format string, verbose bool) *slog.Logger {
	opts := &slog.HandlerOptions{Level: slog.LevelInfo}
	if verbose {
		opts.Level = slog.LevelDebug
	}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(e.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts))
}
