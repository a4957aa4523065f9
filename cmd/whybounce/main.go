// Command whybounce explains bounced email in plain words: as a web service
// (serve), on the command line (diagnose, and triage for a whole mailbox),
// or measured against a labelled
// corpus (eval).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "whybounce:", err)
		os.Exit(1)
	}
}

const usage = `usage: whybounce <command> [flags]

commands:
  serve      run the web service (default address :8080)
  diagnose   explain bounce files: whybounce diagnose [--json] FILE... | -
  eval       measure accuracy on a labelled corpus: whybounce eval DIR
  triage     diagnose a whole mailbox of bounces: whybounce triage [--csv|--json] [--workers N] FILE|DIR|-
  healthcheck  ask the running service on this machine if it is healthy

run "whybounce serve -h" for the service's flags and environment variables.
`

// run is the whole program, so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("no command given")
	}
	switch args[0] {
	case "serve":
		return runServe(ctx, args[1:], stdout, stderr)
	case "diagnose":
		return runDiagnose(ctx, args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(ctx, args[1:], stdout, stderr)
	case "triage":
		return runTriage(ctx, args[1:], stdin, stdout, stderr)
	case "healthcheck":
		return runHealthcheck(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}
