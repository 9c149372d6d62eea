package store

import (
	"context"
	"fmt"
	"time"

	"github.com/carnet/carnet/backend/internal/db"
	"github.com/uptrace/bun"
)

// TakeRateLimit applies one event to key's rate-limit state atomically: take
// gets the stored instant (zero when none) and returns the instant to store,
// whether the event is allowed and, if not, the wait. The row is locked (or,
// on SQLite, the write transaction serialises writers), so instances sharing
// the database share the limit.
func TakeRateLimit(ctx context.Context, idb bun.IDB, key string, now time.Time,
	take func(stored, now time.Time) (time.Time, bool, time.Duration),
) (ok bool, wait time.Duration, err error) {
	lock := ""
	if db.IsPostgres(idb) {
		lock = " FOR UPDATE"
	}
	err = idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewRaw("INSERT INTO rate_limits (key, tat) VALUES (?, 0) ON CONFLICT (key) DO NOTHING", key).Exec(ctx); err != nil {
			return err
		}
		var tat int64
		if err := tx.NewRaw("SELECT tat FROM rate_limits WHERE key = ?"+lock, key).Scan(ctx, &tat); err != nil {
			return err
		}
		var stored time.Time
		if tat > 0 {
			stored = time.UnixMicro(tat)
		}
		var next time.Time
		next, ok, wait = take(stored, now)
		if !ok {
			return nil
		}
		_, err := tx.NewRaw("UPDATE rate_limits SET tat = ? WHERE key = ?", next.UnixMicro(), key).Exec(ctx)
		return err
	})
	if err != nil {
		return false, 0, fmt.Errorf("store: rate limit: %w", err)
	}
	return ok, wait, nil
}

// DeleteStaleRateLimits removes state that no longer limits anything (its
// instant is in the past: the bucket is full again).
func DeleteStaleRateLimits(ctx context.Context, idb bun.IDB, now time.Time) (int64, error) {
	res, err := idb.NewRaw("DELETE FROM rate_limits WHERE tat < ?", now.UnixMicro()).Exec(ctx)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
