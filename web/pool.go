package web

import (
	"context"
	"slices"
	"sync"
	"time"
)

// largePool admits large inputs in two steps. Before its body is read, a
// request enters: at most perClient from one client and maxInFlight in all
// are in progress, which bounds what they hold in memory. Once the body has
// arrived, the diagnosis takes a slot: at most slots at once, and at most
// share of them for one client. A request that finds no slot for it waits in
// line, up to wait; a slot that frees goes to the first in line whose client
// is under its share, so a client sending large inputs back to back takes
// turns with the others instead of holding the pool.
type largePool struct {
	slots, share           int
	maxInFlight, perClient int
	wait                   time.Duration

	mu       sync.Mutex
	inFlight map[string]int // requests in progress, by client
	total    int
	running  map[string]int // slots held, by client
	busy     int
	line     []*slotWaiter
}

// slotWaiter is a request waiting for a slot; ready is closed when it has one.
type slotWaiter struct {
	client string
	ready  chan struct{}
	given  bool
}

func newLargePool(l Limits) *largePool {
	return &largePool{
		slots: l.LargeSlots, share: max(1, l.LargeSlots/2),
		maxInFlight: l.LargeInFlight, perClient: l.LargePerClient, wait: l.LargeWait,
		inFlight: map[string]int{}, running: map[string]int{},
	}
}

// enter counts a large request of client in progress, or refuses it with
// errTooManyLarge (the client has its share in progress) or errBusy (the
// pool has). Call leave when the request is done.
func (p *largePool) enter(client string) (leave func(), err *limitError) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.inFlight[client] >= p.perClient:
		return nil, errTooManyLarge
	case p.total >= p.maxInFlight:
		return nil, errBusy
	}
	p.inFlight[client]++
	p.total++
	return sync.OnceFunc(func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.total--
		if p.inFlight[client]--; p.inFlight[client] <= 0 {
			delete(p.inFlight, client)
		}
	}), nil
}

// slot takes a slot of the pool for client, waiting in line up to the
// pool's wait, and returns the function that gives it back. It fails with
// errBusy when none came free in time, or with ctx's error.
func (p *largePool) slot(ctx context.Context, client string) (release func(), err error) {
	release = sync.OnceFunc(func() { p.release(client) })
	p.mu.Lock()
	if p.busy < p.slots && p.running[client] < p.share {
		p.take(client)
		p.mu.Unlock()
		return release, nil
	}
	w := &slotWaiter{client: client, ready: make(chan struct{})}
	p.line = append(p.line, w)
	p.mu.Unlock()

	timer := time.NewTimer(p.wait)
	defer timer.Stop()
	select {
	case <-w.ready:
		return release, nil
	case <-timer.C:
		err = errBusy
	case <-ctx.Done():
		err = ctx.Err()
	}
	p.mu.Lock()
	given := w.given
	if !given {
		p.line = slices.DeleteFunc(p.line, func(o *slotWaiter) bool { return o == w })
	}
	p.mu.Unlock()
	if given {
		// The slot came as the wait ended: pass it on.
		release()
	}
	return nil, err
}

// take gives client a slot; p.mu is held.
func (p *largePool) take(client string) {
	p.busy++
	p.running[client]++
}

// release gives client's slot back and hands free slots to the first in line
// whose client is under its share.
func (p *largePool) release(client string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.busy--
	if p.running[client]--; p.running[client] <= 0 {
		delete(p.running, client)
	}
	for i := 0; i < len(p.line) && p.busy < p.slots; {
		w := p.line[i]
		if p.running[w.client] >= p.share {
			i++
			continue
		}
		p.take(w.client)
		w.given = true
		close(w.ready)
		p.line = slices.Delete(p.line, i, i+1)
	}
}
