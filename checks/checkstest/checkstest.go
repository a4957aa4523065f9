// Package checkstest runs a DNS server on the loopback interface, inside
// the test process, so that tests of the live checks never touch the
// network. It answers from records written as zone-file lines: NXDOMAIN
// for a name with no records at or below it, an empty answer for a name
// without records of the type asked, and nothing at all for the names it
// is told to stay silent about, so that a lookup times out.
package checkstest

import (
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/miekg/dns"
)

// Server is a DNS server for one test.
type Server struct {
	// Addr is where it listens, "127.0.0.1:port", for checks.Config.Servers.
	Addr string

	mu      sync.Mutex
	records []dns.RR
	silent  map[string]bool
	queries atomic.Int64
}

// NewServer starts a server answering with records (zone-file lines such
// as "example.com. MX 10 mx1.example.com."), stopped when the test ends.
func NewServer(t testing.TB, records ...string) *Server {
	t.Helper()
	s := &Server{silent: map[string]bool{}}
	s.Add(t, records...)
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("checkstest: listen: %v", err)
	}
	s.Addr = pc.LocalAddr().String()
	started := make(chan struct{})
	srv := &dns.Server{PacketConn: pc, Handler: dns.HandlerFunc(s.serve), NotifyStartedFunc: func() { close(started) }}
	go func() { _ = srv.ActivateAndServe() }()
	<-started
	t.Cleanup(func() { _ = srv.Shutdown() })
	return s
}

// Add adds records; a line that does not parse fails the test.
func (s *Server) Add(t testing.TB, records ...string) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, line := range records {
		if strings.TrimSpace(line) == "" {
			continue
		}
		rr, err := dns.NewRR(line)
		if err != nil {
			t.Fatalf("checkstest: record %q: %v", line, err)
		}
		s.records = append(s.records, rr)
	}
}

// Silence makes the server never answer questions about names.
func (s *Server) Silence(names ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range names {
		s.silent[dns.CanonicalName(n)] = true
	}
}

// Queries counts the questions the server has received.
func (s *Server) Queries() int { return int(s.queries.Load()) }

func (s *Server) serve(w dns.ResponseWriter, req *dns.Msg) {
	s.queries.Add(1)
	if len(req.Question) != 1 {
		m := new(dns.Msg)
		m.SetRcode(req, dns.RcodeFormatError)
		_ = w.WriteMsg(m)
		return
	}
	q := req.Question[0]
	name := dns.CanonicalName(q.Name)
	s.mu.Lock()
	silent := s.silent[name]
	var answer []dns.RR
	exists := false
	for _, rr := range s.records {
		owner := dns.CanonicalName(rr.Header().Name)
		if owner == name || strings.HasSuffix(owner, "."+name) {
			exists = true
		}
		if owner == name && rr.Header().Rrtype == q.Qtype {
			a := dns.Copy(rr)
			a.Header().Name = q.Name
			answer = append(answer, a)
		}
	}
	s.mu.Unlock()
	if silent {
		return // the client times out
	}
	m := new(dns.Msg)
	m.SetReply(req)
	m.Authoritative = true
	m.RecursionAvailable = true
	m.Answer = answer
	if !exists {
		m.Rcode = dns.RcodeNameError
	}
	_ = w.WriteMsg(m)
}
