package auth

import (
	"testing"
	"time"
)

func TestLockoutLockFor(t *testing.T) {
	l := Lockout{Threshold: 5, Delay: time.Minute, MaxDelay: time.Hour}
	cases := []struct {
		failures int
		want     time.Duration
	}{
		{0, 0}, {1, 0}, {4, 0},
		{5, time.Minute}, {6, 2 * time.Minute}, {7, 4 * time.Minute}, {10, 32 * time.Minute},
		{11, time.Hour}, {12, time.Hour}, {1000, time.Hour},
	}
	for _, tc := range cases {
		if got := l.LockFor(tc.failures); got != tc.want {
			t.Errorf("LockFor(%d) = %v, want %v", tc.failures, got, tc.want)
		}
	}
	if got := (Lockout{}).LockFor(100); got != 0 {
		t.Errorf("disabled lockout LockFor = %v", got)
	}
}

func TestRate(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	r := NewRate(10, time.Minute, 3) // one every 6s, bursts of 3
	state := map[string]time.Time{}
	take := func(key string, now time.Time) (bool, time.Duration) {
		next, ok, wait := r.Take(state[key], now)
		if ok {
			state[key] = next
		}
		return ok, wait
	}
	for i := range 3 {
		if ok, _ := take("a", t0); !ok {
			t.Fatalf("request %d of the burst refused", i+1)
		}
	}
	ok, wait := take("a", t0)
	if ok || wait != 6*time.Second {
		t.Fatalf("4th request: ok=%v wait=%v, want refused with 6s", ok, wait)
	}
	// A refused request does not consume a token.
	if ok, wait := take("a", t0.Add(time.Second)); ok || wait != 5*time.Second {
		t.Fatalf("after 1s: ok=%v wait=%v, want refused with 5s", ok, wait)
	}
	if ok, _ := take("b", t0); !ok {
		t.Fatal("another key is limited too")
	}
	if ok, _ := take("a", t0.Add(6*time.Second)); !ok {
		t.Fatal("refused after the refill delay")
	}
	if ok, _ := take("a", t0.Add(6*time.Second)); ok {
		t.Fatal("allowed twice after one refill")
	}
	// After a long pause the whole burst is available again.
	for i := range 3 {
		if ok, _ := take("a", t0.Add(time.Hour)); !ok {
			t.Fatalf("after an hour, request %d of the burst refused", i+1)
		}
	}
	var off *Rate = NewRate(0, time.Minute, 5)
	for range 100 {
		if _, ok, _ := off.Take(time.Time{}, t0); !ok {
			t.Fatal("a disabled limit refused")
		}
	}
}

func TestRetryAfterSeconds(t *testing.T) {
	cases := map[time.Duration]int{0: 1, time.Millisecond: 1, time.Second: 1, 1500 * time.Millisecond: 2, time.Minute: 60}
	for d, want := range cases {
		if got := RetryAfterSeconds(d); got != want {
			t.Errorf("RetryAfterSeconds(%v) = %d, want %d", d, got, want)
		}
	}
}
