package web

import (
	"io"
	"net"
	"strconv"
	"sync"
	"time"
)

// LimitConns caps the connections one client (an IPv4 address, or an IPv6
// /64) may hold open on ln at ConnsPerClient. A connection over the cap is
// answered "429 Too Many Requests" and closed, without reading its request;
// the client's other connections go on. Behind a reverse proxy every
// connection comes from the proxy: leave ln as it is there and let the proxy
// cap its clients.
func (s *Server) LimitConns(ln net.Listener) net.Listener {
	return &connLimiter{Listener: ln, max: s.limits.ConnsPerClient, open: map[string]int{},
		refusing: make(chan struct{}, maxRefusing), refused: s.metrics.connsRefused}
}

// maxRefusing bounds the connections being answered 429 at once; past it, a
// connection over the cap is closed without an answer.
const maxRefusing = 64

// refusedAnswer is what a connection over the cap is told.
var refusedAnswer = func() []byte {
	body := "Too many connections from your address at once. Close some and try again.\n"
	return []byte("HTTP/1.1 429 Too Many Requests\r\nContent-Type: text/plain; charset=utf-8\r\n" +
		"Retry-After: " + strconv.Itoa(retryAfterBusy) + "\r\nConnection: close\r\n" +
		"Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body)
}()

type connLimiter struct {
	net.Listener
	max      int
	refusing chan struct{}
	refused  func()

	mu   sync.Mutex
	open map[string]int
}

func (l *connLimiter) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		key := clientKeyOf(c.RemoteAddr().String())
		l.mu.Lock()
		if l.open[key] >= l.max {
			l.mu.Unlock()
			l.refuse(c)
			continue
		}
		l.open[key]++
		l.mu.Unlock()
		return &limitedConn{Conn: c, closed: sync.OnceFunc(func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			if l.open[key]--; l.open[key] <= 0 {
				delete(l.open, key)
			}
		})}, nil
	}
}

// refuse answers c with 429 and closes it, away from the accept loop. It
// reads a little of what the client sent first, so that the answer is not
// lost to a reset.
func (l *connLimiter) refuse(c net.Conn) {
	l.refused()
	select {
	case l.refusing <- struct{}{}:
	default:
		c.Close()
		return
	}
	go func() {
		defer func() { <-l.refusing }()
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(time.Second))
		if _, err := c.Write(refusedAnswer); err != nil {
			return
		}
		if cw, ok := c.(interface{ CloseWrite() error }); ok {
			_ = cw.CloseWrite()
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(c, 64<<10))
	}()
}

// limitedConn is a connection counted against its client's cap until closed.
type limitedConn struct {
	net.Conn
	closed func()
}

func (c *limitedConn) Close() error {
	c.closed()
	return c.Conn.Close()
}

// CloseWrite lets net/http close the sending side first, as it does with a
// plain TCP connection, so that a client still sending reads the answer.
func (c *limitedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}
