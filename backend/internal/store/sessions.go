package store

import (
	"context"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/uptrace/bun"
)

// CreateSession stores a session.
func CreateSession(ctx context.Context, idb bun.IDB, s *model.Session) error {
	_, err := idb.NewInsert().Model(s).Exec(ctx)
	return err
}

// SessionUser returns the live session with id and its user.
func SessionUser(ctx context.Context, idb bun.IDB, id string, now time.Time) (*model.Session, *model.User, error) {
	s := new(model.Session)
	if err := idb.NewSelect().Model(s).Where("id = ?", id).Where("expires_at > ?", now).Scan(ctx); err != nil {
		return nil, nil, notFound(err)
	}
	u, err := UserByID(ctx, idb, s.UserID)
	if err != nil {
		return nil, nil, err
	}
	return s, u, nil
}

// TouchSession records activity and slides the expiry.
func TouchSession(ctx context.Context, idb bun.IDB, id string, now, expires time.Time) error {
	_, err := idb.NewUpdate().Model((*model.Session)(nil)).
		Set("last_seen_at = ?", now).Set("expires_at = ?", expires).
		Where("id = ?", id).Exec(ctx)
	return err
}

// DeleteSession revokes one session.
func DeleteSession(ctx context.Context, idb bun.IDB, id string) error {
	_, err := idb.NewDelete().Model((*model.Session)(nil)).Where("id = ?", id).Exec(ctx)
	return err
}

// DeleteUserSessions revokes every session of a user except keepID.
func DeleteUserSessions(ctx context.Context, idb bun.IDB, userID int64, keepID string) error {
	q := idb.NewDelete().Model((*model.Session)(nil)).Where("user_id = ?", userID)
	if keepID != "" {
		q = q.Where("id <> ?", keepID)
	}
	_, err := q.Exec(ctx)
	return err
}

// DeleteExpiredSessions removes sessions past their expiry.
func DeleteExpiredSessions(ctx context.Context, idb bun.IDB, now time.Time) (int64, error) {
	res, err := idb.NewDelete().Model((*model.Session)(nil)).Where("expires_at <= ?", now).Exec(ctx)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
