package main

import (
	"context"
	"fmt"
	"io"
)

// TEMPORARY: replaced by the engine's command line.
func runDiagnose(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return fmt.Errorf("diagnose: not built yet")
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return fmt.Errorf("eval: not built yet")
}
