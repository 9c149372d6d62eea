package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/gofiber/fiber/v2"
	"github.com/uptrace/bun"
)

// updateMeRequest: every field optional; absent or null leaves it unchanged.
type updateMeRequest struct {
	Name            *string `json:"name" validate:"omitnil,max=100"`
	Email           *string `json:"email" validate:"omitnil,email,max=254"`
	Currency        *string `json:"currency" validate:"omitnil,currency"`
	DistanceUnit    *string `json:"distance_unit" validate:"omitnil,oneof=mi km"`
	FuelEconomyUnit *string `json:"fuel_economy_unit" validate:"omitnil,oneof=mpg l_per_100km km_per_l"`
	Timezone        *string `json:"timezone" validate:"omitnil,timezone"`
	DateFormat      *string `json:"date_format" validate:"omitnil,oneof=YYYY-MM-DD MM/DD/YYYY DD/MM/YYYY DD.MM.YYYY"`
}

type changePasswordRequest struct {
	CurrentPassword string `json:"current_password" validate:"required,max=256"`
	NewPassword     string `json:"new_password" validate:"required,min=10,max=256"`
}

// updateMe: PATCH /me changes the caller's profile and preferences.
func (a *API) updateMe(c *fiber.Ctx) error {
	var in updateMeRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	u := *me(c)
	var cols []string
	set := func(col string, dst *string, v *string) {
		if v != nil {
			*dst = *v
			cols = append(cols, col)
		}
	}
	if in.Name != nil {
		n := strings.TrimSpace(*in.Name)
		in.Name = &n
	}
	set("name", &u.Name, in.Name)
	set("email", &u.Email, in.Email)
	set("currency", &u.Currency, in.Currency)
	set("distance_unit", &u.DistanceUnit, in.DistanceUnit)
	set("fuel_economy_unit", &u.FuelEconomyUnit, in.FuelEconomyUnit)
	set("timezone", &u.Timezone, in.Timezone)
	set("date_format", &u.DateFormat, in.DateFormat)
	if len(cols) > 0 {
		if err := store.UpdateUser(c.UserContext(), a.db, &u, a.clock(), cols...); err != nil {
			return err
		}
		if in.Email != nil && u.Email != me(c).Email {
			a.log.InfoContext(c.UserContext(), "email changed", "user_id", u.ID, "ip", a.clientAddr(c).String())
		}
	}
	return c.JSON(&u)
}

// changePassword: POST /me/password. Every other session and every refresh
// token of the user are revoked; the session making the change stays signed
// in. Personal API tokens are kept (they are revoked one by one).
func (a *API) changePassword(c *fiber.Ctx) error {
	var in changePasswordRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	ctx := c.UserContext()
	p := caller(c)
	u := *p.User
	ip := a.clientAddr(c).String()
	ok, err := auth.CheckPassword(in.CurrentPassword, u.PasswordHash)
	if err != nil {
		return err
	}
	if !ok {
		a.log.WarnContext(ctx, "password change refused: wrong current password", "user_id", u.ID, "ip", ip, "via", p.Via)
		return validate.Field("current_password", "is wrong")
	}
	hash, err := auth.HashPassword(in.NewPassword, a.argon2)
	if err != nil {
		return err
	}
	now := a.clock()
	u.PasswordHash = hash
	u.CredentialsChangedAt = &now
	err = a.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if err := store.UpdateUser(ctx, tx, &u, now, "password_hash", "credentials_changed_at"); err != nil {
			return err
		}
		if err := store.DeleteUserSessions(ctx, tx, u.ID, p.SessionID); err != nil {
			return err
		}
		if err := store.RevokeUserRefreshTokens(ctx, tx, u.ID, now); err != nil {
			return err
		}
		return store.ResetLoginFailures(ctx, tx, u.ID)
	})
	if err != nil {
		return err
	}
	a.log.InfoContext(ctx, "password changed", "user_id", u.ID, "ip", ip, "via", p.Via)
	return c.SendStatus(http.StatusNoContent)
}
