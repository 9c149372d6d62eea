package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func TestRateLimitState(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		ctx := context.Background()
		rate := auth.NewRate(1, time.Minute, 2)
		t0 := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
		for i, want := range []bool{true, true, false} {
			ok, wait, err := store.TakeRateLimit(ctx, bdb, "k", t0, rate.Take)
			if err != nil || ok != want {
				t.Fatalf("event %d: ok=%v wait=%v err=%v, want ok=%v", i+1, ok, wait, err, want)
			}
			if !ok && wait != time.Minute {
				t.Fatalf("wait = %v, want 1m", wait)
			}
		}
		if ok, _, _ := store.TakeRateLimit(ctx, bdb, "other", t0, rate.Take); !ok {
			t.Fatal("another key is limited")
		}
		// Stale rows go; live ones stay.
		n, err := store.DeleteStaleRateLimits(ctx, bdb, t0.Add(90*time.Second))
		if err != nil || n != 1 {
			t.Fatalf("deleted %d, %v; want only the row of key other", n, err)
		}
		if ok, _, _ := store.TakeRateLimit(ctx, bdb, "k", t0.Add(90*time.Second), rate.Take); !ok {
			t.Fatal("not refilled after 90s")
		}
		if ok, _, _ := store.TakeRateLimit(ctx, bdb, "k", t0.Add(90*time.Second), rate.Take); ok {
			t.Fatal("more than the refill allowed")
		}
	})
}
