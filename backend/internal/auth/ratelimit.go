package auth

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limiter is an in-memory token-bucket rate limiter keyed by a string (a
// client address). Time is passed in by the caller, so tests drive it with
// a fake clock. Idle keys are dropped once their bucket is full again.
// It is per process: with several instances each one limits on its own.
type Limiter struct {
	limit rate.Limit
	burst int
	idle  time.Duration // a bucket untouched this long is full again

	mu        sync.Mutex
	buckets   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// NewLimiter allows n events per `per` for each key, with bursts of up to
// burst events. n <= 0 returns nil, and a nil *Limiter allows everything.
func NewLimiter(n int, per time.Duration, burst int) *Limiter {
	if n <= 0 || per <= 0 {
		return nil
	}
	if burst < 1 {
		burst = 1
	}
	every := per / time.Duration(n)
	return &Limiter{
		limit:   rate.Every(every),
		burst:   burst,
		idle:    every * time.Duration(burst),
		buckets: map[string]*bucket{},
	}
}

// Allow takes one event for key at now. When refused it returns how long to
// wait before the next event would be allowed.
func (l *Limiter) Allow(key string, now time.Time) (bool, time.Duration) {
	if l == nil {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	b := l.buckets[key]
	if b == nil {
		b = &bucket{lim: rate.NewLimiter(l.limit, l.burst)}
		l.buckets[key] = b
	}
	b.seen = now
	r := b.lim.ReserveN(now, 1)
	if !r.OK() {
		return false, l.idle
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweep drops buckets idle long enough to be full; at most once per idle period.
func (l *Limiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < l.idle {
		return
	}
	l.lastSweep = now
	for k, b := range l.buckets {
		if now.Sub(b.seen) >= l.idle {
			delete(l.buckets, k)
		}
	}
}

// Len is the number of keys tracked (for tests and metrics).
func (l *Limiter) Len() int {
	if l == nil {
		return 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// RetryAfterSeconds rounds a wait up to whole seconds, at least 1, for the
// Retry-After header.
func RetryAfterSeconds(d time.Duration) int {
	s := int(math.Ceil(d.Seconds()))
	if s < 1 {
		return 1
	}
	return s
}
