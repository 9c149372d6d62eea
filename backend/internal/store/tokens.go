package store

import (
	"context"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/uptrace/bun"
)

// ---- Refresh tokens ----

// CreateRefreshToken stores a refresh token (its hash).
func CreateRefreshToken(ctx context.Context, idb bun.IDB, t *model.RefreshToken) error {
	_, err := idb.NewInsert().Model(t).Returning("id").Exec(ctx)
	return err
}

// RefreshTokenByHash finds a refresh token by its hash, whatever its state;
// the caller decides what used, revoked or expired tokens mean.
func RefreshTokenByHash(ctx context.Context, idb bun.IDB, hash string) (*model.RefreshToken, error) {
	t := new(model.RefreshToken)
	err := idb.NewSelect().Model(t).Where("token_hash = ?", hash).Limit(1).Scan(ctx)
	return t, notFound(err)
}

// UseRefreshToken marks a live token used. It reports false when the token
// was already used or revoked meanwhile (a concurrent refresh won the race),
// which callers treat as reuse.
func UseRefreshToken(ctx context.Context, idb bun.IDB, id int64, now time.Time) (bool, error) {
	res, err := idb.NewUpdate().Model((*model.RefreshToken)(nil)).
		Set("used_at = ?", now).
		Where("id = ?", id).Where("used_at IS NULL").Where("revoked_at IS NULL").
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// RevokeRefreshFamily revokes every token of a family.
func RevokeRefreshFamily(ctx context.Context, idb bun.IDB, familyID string, now time.Time) error {
	_, err := idb.NewUpdate().Model((*model.RefreshToken)(nil)).
		Set("revoked_at = ?", now).
		Where("family_id = ?", familyID).Where("revoked_at IS NULL").
		Exec(ctx)
	return err
}

// RevokeUserRefreshTokens revokes every refresh token of a user.
func RevokeUserRefreshTokens(ctx context.Context, idb bun.IDB, userID int64, now time.Time) error {
	_, err := idb.NewUpdate().Model((*model.RefreshToken)(nil)).
		Set("revoked_at = ?", now).
		Where("user_id = ?", userID).Where("revoked_at IS NULL").
		Exec(ctx)
	return err
}

// DeleteExpiredRefreshTokens removes tokens past their expiry (for a cleanup job).
func DeleteExpiredRefreshTokens(ctx context.Context, idb bun.IDB, now time.Time) (int64, error) {
	res, err := idb.NewDelete().Model((*model.RefreshToken)(nil)).Where("expires_at <= ?", now).Exec(ctx)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// ---- Personal API tokens ----

// CreateAPIToken stores a personal API token (its hash).
func CreateAPIToken(ctx context.Context, idb bun.IDB, t *model.APIToken) error {
	_, err := idb.NewInsert().Model(t).Returning("id").Exec(ctx)
	return err
}

// ListAPITokens returns a user's tokens that are not revoked (expired ones
// included, so they can be seen and deleted), newest first, and their count.
func ListAPITokens(ctx context.Context, idb bun.IDB, userID int64, o ListOptions) ([]model.APIToken, int, error) {
	out := []model.APIToken{}
	q := idb.NewSelect().Model(&out).Where("user_id = ?", userID).Where("revoked_at IS NULL")
	n, err := APITokenSort.apply(q, o).ScanAndCount(ctx)
	return out, int(n), err
}

// APITokenSort is the order of the API token list: newest first by default.
var APITokenSort = newSortSpec("created_at", true, "created_at", "name,lower")

// RevokeAPIToken revokes one of the user's tokens; ErrNotFound when the user
// has no such live token.
func RevokeAPIToken(ctx context.Context, idb bun.IDB, userID, id int64, now time.Time) error {
	res, err := idb.NewUpdate().Model((*model.APIToken)(nil)).
		Set("revoked_at = ?", now).
		Where("id = ?", id).Where("user_id = ?", userID).Where("revoked_at IS NULL").
		Exec(ctx)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return ErrNotFound
	}
	return nil
}

// APITokenUser returns the live (not revoked, not expired at now) token with
// the hash and its user.
func APITokenUser(ctx context.Context, idb bun.IDB, hash string, now time.Time) (*model.APIToken, *model.User, error) {
	t := new(model.APIToken)
	if err := idb.NewSelect().Model(t).Where("token_hash = ?", hash).Where("revoked_at IS NULL").Limit(1).Scan(ctx); err != nil {
		return nil, nil, notFound(err)
	}
	if t.ExpiresAt != nil && !now.Before(*t.ExpiresAt) {
		return nil, nil, ErrNotFound
	}
	u, err := UserByID(ctx, idb, t.UserID)
	if err != nil {
		return nil, nil, err
	}
	return t, u, nil
}

// TouchAPIToken records when a token was last used.
func TouchAPIToken(ctx context.Context, idb bun.IDB, id int64, now time.Time) error {
	_, err := idb.NewUpdate().Model((*model.APIToken)(nil)).Set("last_used_at = ?", now).Where("id = ?", id).Exec(ctx)
	return err
}
