package auth

import (
	"math"
	"time"
)

// Rate is a token-bucket rate limit in GCRA form (the generic cell rate
// algorithm): one event every Interval on average, bursts of up to Burst.
// Its whole state per key is one instant, the "theoretical arrival time",
// which the store keeps in the database so that every instance behind a load
// balancer shares the same limit. Time is passed in, so tests drive it with a
// fake clock.
type Rate struct {
	Interval time.Duration
	Burst    int
}

// NewRate allows n events per `per`, with bursts of up to burst events.
// n <= 0 returns nil, and a nil *Rate allows everything.
func NewRate(n int, per time.Duration, burst int) *Rate {
	if n <= 0 || per <= 0 {
		return nil
	}
	return &Rate{Interval: per / time.Duration(n), Burst: max(burst, 1)}
}

// Take decides one event at now, given the stored theoretical arrival time
// (the zero time when none is stored). When the event is allowed it returns
// the new time to store; when refused, how long to wait.
func (r *Rate) Take(tat, now time.Time) (next time.Time, ok bool, wait time.Duration) {
	if r == nil {
		return tat, true, 0
	}
	if tat.Before(now) {
		tat = now
	}
	tolerance := time.Duration(r.Burst-1) * r.Interval
	if ahead := tat.Sub(now); ahead > tolerance {
		return tat, false, ahead - tolerance
	}
	return tat.Add(r.Interval), true, 0
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
