package store

import (
	"context"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/uptrace/bun"
)

// RecordLoginFailure counts one more consecutive failed login for the user
// (atomically, so concurrent failures all count) and sets locked_until to
// now + lockFor(failures) when that is positive. It returns the new count
// and the lock's end (nil when not locked).
func RecordLoginFailure(ctx context.Context, idb bun.IDB, userID int64, now time.Time, lockFor func(failures int) time.Duration) (int, *time.Time, error) {
	var failures int
	var until *time.Time
	err := idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if err := tx.NewUpdate().Model((*model.User)(nil)).
			Set("failed_logins = failed_logins + 1").
			Where("id = ?", userID).
			Returning("failed_logins").
			Scan(ctx, &failures); err != nil {
			return notFound(err)
		}
		d := lockFor(failures)
		if d <= 0 {
			return nil
		}
		t := now.Add(d)
		until = &t
		_, err := tx.NewUpdate().Model((*model.User)(nil)).Set("locked_until = ?", t).Where("id = ?", userID).Exec(ctx)
		return err
	})
	return failures, until, err
}

// ResetLoginFailures clears the failure count and any lock.
func ResetLoginFailures(ctx context.Context, idb bun.IDB, userID int64) error {
	_, err := idb.NewUpdate().Model((*model.User)(nil)).
		Set("failed_logins = 0").Set("locked_until = NULL").
		Where("id = ?", userID).Exec(ctx)
	return err
}
