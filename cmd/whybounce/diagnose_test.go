package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const engineData = "../../testdata/engine"

// runCmd runs the whole program with args and returns stdout, stderr, error.
func runCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestDiagnoseJSON(t *testing.T) {
	files := []string{
		filepath.Join(engineData, "postfix-user-unknown.eml"),
		filepath.Join(engineData, "visible-qmail.txt"),
		filepath.Join(engineData, "one-line.txt"),
	}
	out, errOut, err := runCmd(t, "", append([]string{"diagnose", "--json"}, files...)...)
	if err != nil {
		t.Fatalf("diagnose: %v (stderr %q)", err, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(files) {
		t.Fatalf("got %d JSON lines, want %d:\n%s", len(lines), len(files), out)
	}
	type recipient struct {
		Address, Category, Action, Status string
		ReplyCode                         string `json:"reply_code"`
	}
	want := []struct {
		category string
		first    recipient
	}{
		{"mailbox-not-found", recipient{"ann@example.com", "mailbox-not-found", "failed", "5.1.1", "550"}},
		{"mailbox-full", recipient{"carol@example.com", "mailbox-full", "failed", "5.2.2", "552"}},
		{"blocklisted", recipient{"", "blocklisted", "failed", "5.7.1", "550"}},
	}
	for i, line := range lines {
		var got struct {
			File       string
			Category   string
			Recipients []recipient
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if got.File != files[i] || got.Category != want[i].category {
			t.Errorf("line %d: file %q category %q, want %q %q", i+1, got.File, got.Category, files[i], want[i].category)
		}
		if len(got.Recipients) == 0 || got.Recipients[0] != want[i].first {
			t.Errorf("line %d: recipients %+v, want first %+v", i+1, got.Recipients, want[i].first)
		}
	}
}

func TestDiagnoseReport(t *testing.T) {
	out, _, err := runCmd(t, "Mailbox full\n", "diagnose", "-")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== -", "Category: mailbox-full", "Evidence:"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// A complaint's recipient has no delivery action: its line says so by
// leaving the action out, not by printing an empty one.
func TestDiagnoseReportComplaint(t *testing.T) {
	arf := "From: fbl@example.net\r\nTo: abuse@example.com\r\nSubject: report\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nThis is an email abuse report.\r\n" +
		"--b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nUser-Agent: x/1\r\nVersion: 1\r\n" +
		"Original-Rcpt-To: ann@example.net\r\n--b--\r\n"
	out, _, err := runCmd(t, arf, "diagnose", "-")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Recipient 1: ann@example.net: complaint (high confidence)\n"; !strings.Contains(out, want) {
		t.Errorf("report lacks %q:\n%s", want, out)
	}
}

// A notice that gave up on one recipient and still retries another says
// so, not "nobody will try again".
func TestDiagnoseReportPartlyFinal(t *testing.T) {
	notice := "This is the mail system at host mx.example.org.\n\n" +
		"<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown\n\n" +
		"<cy@example.net>: host mx.example.net[192.0.2.2] said: 452 4.2.2 Mailbox full, try again later\n"
	out, _, err := runCmd(t, notice, "diagnose", "-")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"failed [550 5.1.1]", "delayed [452 4.2.2]", "partly final: the sending server gave up on some recipients and still retries the others"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// An unreadable file is reported, the others are still diagnosed, and the
// command fails at the end.
func TestDiagnoseUnreadableFile(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.eml")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(engineData, "one-line.txt")
	out, errOut, err := runCmd(t, "", "diagnose", "--json", "no-such-file.eml", empty, good)
	if err == nil {
		t.Fatal("no error for unreadable inputs")
	}
	if !strings.Contains(errOut, "no-such-file.eml") || !strings.Contains(errOut, "empty") {
		t.Errorf("stderr does not name both bad inputs: %q", errOut)
	}
	if n := strings.Count(out, "\n"); n != 1 || !strings.Contains(out, `"blocklisted"`) {
		t.Errorf("stdout = %q, want the one good file diagnosed", out)
	}
}

func TestDiagnoseNeedsInput(t *testing.T) {
	if _, _, err := runCmd(t, "", "diagnose"); err == nil {
		t.Error("diagnose with no files gave no error")
	}
}

func TestEval(t *testing.T) {
	// The small corpus labels b.txt (a full mailbox) as mailbox-not-found on
	// purpose, so the output shows one miss.
	out, _, err := runCmd(t, "", "eval", filepath.Join(engineData, "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"recipients right: 1/2 (50.00%)",
		"status codes right: 2/2 (100.00%)",
		"mailbox-not-found -> mailbox-full: 1",
		"emails/b.txt",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	if _, _, err := runCmd(t, "", "eval", t.TempDir()); err == nil {
		t.Error("eval of a folder without labels.tsv gave no error")
	}
}
