package api

import (
	"context"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
	"github.com/google/uuid"
	"github.com/uptrace/bun"
)

// TokenResponse is the answer of POST /auth/token and /auth/refresh.
type TokenResponse struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in"`
}

type refreshRequest struct {
	RefreshToken string `json:"refresh_token" validate:"required,max=512"`
}

// issueToken: POST /auth/token, email and password for a token pair that
// starts a new refresh-token family.
func (a *API) issueToken(c *fiber.Ctx) error {
	var in loginRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	u, err := a.checkCredentials(c, in.Email, in.Password, "token")
	if err != nil {
		return err
	}
	now := a.clock()
	out, err := a.newTokenPair(c.UserContext(), a.db, u.ID, uuid.NewString(), now.Add(auth.RefreshFamilyTTL), now)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.JSON(out)
}

// refreshToken: POST /auth/refresh rotates a refresh token. Presenting one
// that was already used means it leaked (or a client kept a stale copy): the
// whole family is revoked, so both the thief and the client must sign in again.
func (a *API) refreshToken(c *fiber.Ctx) error {
	var in refreshRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	ctx := c.UserContext()
	now := a.clock()
	ip := a.clientAddr(c).String()
	refused := errUnauthorized("The refresh token is invalid, expired or revoked; get a new one from POST /api/v1/auth/token.")

	rt, err := store.RefreshTokenByHash(ctx, a.db, auth.HashToken(in.RefreshToken))
	switch {
	case err == store.ErrNotFound:
		a.log.WarnContext(ctx, "refresh refused", "reason", "unknown token", "ip", ip)
		return refused
	case err != nil:
		return err
	case rt.RevokedAt != nil:
		a.log.WarnContext(ctx, "refresh refused", "reason", "revoked", "user_id", rt.UserID, "ip", ip)
		return refused
	case rt.UsedAt != nil:
		return a.refreshReused(c, rt, now, refused)
	case !now.Before(rt.ExpiresAt):
		a.log.InfoContext(ctx, "refresh refused", "reason", "expired", "user_id", rt.UserID, "ip", ip)
		return refused
	}

	var out *TokenResponse
	reused := false
	err = a.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.UseRefreshToken(ctx, tx, rt.ID, now)
		if err != nil || !ok {
			reused = !ok
			return err
		}
		out, err = a.newTokenPair(ctx, tx, rt.UserID, rt.FamilyID, rt.FamilyExpiresAt, now)
		return err
	})
	if err != nil {
		return err
	}
	if reused { // a concurrent refresh used it first
		return a.refreshReused(c, rt, now, refused)
	}
	a.log.InfoContext(ctx, "token refreshed", "user_id", rt.UserID, "ip", ip)
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.JSON(out)
}

func (a *API) refreshReused(c *fiber.Ctx, rt *model.RefreshToken, now time.Time, refused error) error {
	if err := store.RevokeRefreshFamily(c.UserContext(), a.db, rt.FamilyID, now); err != nil {
		return err
	}
	a.log.WarnContext(c.UserContext(), "refresh token reused: family revoked", "user_id", rt.UserID,
		"family_id", rt.FamilyID, "ip", a.clientAddr(c).String())
	return refused
}

// newTokenPair signs an access token and stores a new refresh token of
// family, living RefreshTokenTTL but never past the family's end.
func (a *API) newTokenPair(ctx context.Context, idb bun.IDB, userID int64, family string, familyExpires, now time.Time) (*TokenResponse, error) {
	access, _, err := a.sec.tokens.Issue(userID, now)
	if err != nil {
		return nil, err
	}
	refresh := auth.NewToken()
	expires := now.Add(auth.RefreshTokenTTL)
	if familyExpires.Before(expires) {
		expires = familyExpires
	}
	rt := &model.RefreshToken{
		UserID: userID, FamilyID: family, TokenHash: auth.HashToken(refresh),
		CreatedAt: now, ExpiresAt: expires, FamilyExpiresAt: familyExpires,
	}
	if err := store.CreateRefreshToken(ctx, idb, rt); err != nil {
		return nil, err
	}
	return &TokenResponse{
		AccessToken: access, RefreshToken: refresh, TokenType: "Bearer",
		ExpiresIn: int(auth.AccessTokenTTL / time.Second),
	}, nil
}
