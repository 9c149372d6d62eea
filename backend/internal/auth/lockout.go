package auth

import "time"

// Lockout is the policy for repeated failed logins on one account: from the
// Threshold-th consecutive failure the account is locked for Delay, doubling
// with each further failure up to MaxDelay. A successful login resets it.
// Threshold 0 disables lockout.
type Lockout struct {
	Threshold int
	Delay     time.Duration
	MaxDelay  time.Duration
}

// LockFor returns how long an account with failures consecutive failures is
// locked (0: not locked).
func (l Lockout) LockFor(failures int) time.Duration {
	if l.Threshold <= 0 || failures < l.Threshold {
		return 0
	}
	d := l.Delay
	for i := l.Threshold; i < failures; i++ {
		d *= 2
		if d >= l.MaxDelay || d <= 0 {
			return l.MaxDelay
		}
	}
	return min(d, l.MaxDelay)
}
