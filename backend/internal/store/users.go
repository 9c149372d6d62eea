package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/uptrace/bun"
)

// NormalizeEmail is how emails are compared and stored.
func NormalizeEmail(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// CreateUser inserts u; the first account becomes an admin. A taken email is
// a *ConflictError on "email".
func CreateUser(ctx context.Context, idb bun.IDB, u *model.User, now time.Time) error {
	u.Email = NormalizeEmail(u.Email)
	u.CreatedAt, u.UpdatedAt = now, now
	return idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		n, err := tx.NewSelect().Model((*model.User)(nil)).Count(ctx)
		if err != nil {
			return err
		}
		u.Role = model.RoleUser
		if n == 0 {
			u.Role = model.RoleAdmin
		}
		if _, err := tx.NewInsert().Model(u).Returning("id").Exec(ctx); err != nil {
			if db.IsUniqueViolation(err) {
				return &ConflictError{Field: "email", Message: "an account with this email already exists"}
			}
			return fmt.Errorf("store: creating user: %w", err)
		}
		return nil
	})
}

// UserByEmail finds a user by email, case-insensitively.
func UserByEmail(ctx context.Context, idb bun.IDB, email string) (*model.User, error) {
	u := new(model.User)
	err := idb.NewSelect().Model(u).Where("lower(email) = ?", NormalizeEmail(email)).Scan(ctx)
	return u, notFound(err)
}

// UserByID finds a user by id.
func UserByID(ctx context.Context, idb bun.IDB, id int64) (*model.User, error) {
	u := new(model.User)
	err := idb.NewSelect().Model(u).Where("id = ?", id).Scan(ctx)
	return u, notFound(err)
}

// UpdateUser writes the given columns of u.
func UpdateUser(ctx context.Context, idb bun.IDB, u *model.User, now time.Time, columns ...string) error {
	u.UpdatedAt = now
	u.Email = NormalizeEmail(u.Email)
	_, err := idb.NewUpdate().Model(u).Column(append(columns, "updated_at")...).WherePK().Exec(ctx)
	if db.IsUniqueViolation(err) {
		return &ConflictError{Field: "email", Message: "an account with this email already exists"}
	}
	return err
}

// notFound maps sql.ErrNoRows to ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}
