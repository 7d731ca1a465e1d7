// Command marketbrief reads a folder of English and French cloud-market news and writes, for
// each report, an Excel workbook, a PDF brief and facts.json: vendors, deals and market shares
// with the sentence each fact came from.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Exit codes.
const (
	exitOK     = 0
	exitFailed = 1 // the run failed
	exitUsage  = 2 // a usage or config error
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal cancels the command, which stops within its grace period; a second one
	// ends the process at once, as if it were not caught.
	context.AfterFunc(ctx, stop)
	setMemoryLimit(os.Getenv)
	stopProfiles := startProfiles()
	code := exitCode(run(ctx, os.Args[1:], os.Stdout, os.Stderr), os.Stderr)
	stopProfiles()
	os.Exit(code)
}

// command is one subcommand of marketbrief.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"run", "run one report now: workbook, brief and facts.json", cmdRun},
		{"extract", "print the facts of some files or folders as JSON", cmdExtract},
		{"validate", "check config.yaml, the report definitions and the templates", cmdValidate},
		{"next", "print the next run times of a report's schedule or of a cron spec", cmdNext},
		{"serve", "run every report on its schedule until stopped", cmdServe},
		{"history", "print the run history of the reports", cmdHistory},
		{"deliver", "send a published run to the report's recipients again", cmdDeliver},
	}
}

// env is what a command may touch besides its arguments.
type env struct {
	stdout, stderr io.Writer
	now            func() time.Time
}

// run dispatches args to a command. It returns nil on success.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	e := &env{stdout: stdout, stderr: stderr, now: time.Now}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return usageErr(errors.New("no command given"))
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	usage(stderr)
	return usageErr(fmt.Errorf("unknown command %q", args[0]))
}

func usage(w io.Writer) {
	fmt.Fprint(w, `marketbrief reads a folder of cloud-market news (English and French) and writes an Excel
workbook, a PDF brief and facts.json of the vendors, deals and market shares it finds.

Usage: marketbrief COMMAND [flags]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run "marketbrief COMMAND --help" for the flags of a command.
Exit status: 0 success, 1 the run failed, 2 a usage or config error.
`)
}

// errUsage marks errors in how marketbrief was called or configured (exit status 2).
type errUsage struct{ err error }

func (e errUsage) Error() string { return e.err.Error() }
func (e errUsage) Unwrap() error { return e.err }

func usageErr(err error) error { return errUsage{err} }

// exitCode maps an error to an exit status, printing it once.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	fmt.Fprintf(stderr, "marketbrief: %v\n", err)
	var u errUsage
	if errors.As(err, &u) {
		return exitUsage
	}
	return exitFailed
}
