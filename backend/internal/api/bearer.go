package api

import (
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// apiTokenTouchEvery: a token's last_used_at is written at most this often.
const apiTokenTouchEvery = time.Minute

// bearerPrincipal resolves a Bearer token: a personal API token
// (carnet_pat_…, with its own scope) or a JWT access token (write scope).
// Bearer callers need no CSRF token: browsers never send the header on
// their own.
func (a *API) bearerPrincipal(c *fiber.Ctx, token string) (*principal, error) {
	ctx := c.UserContext()
	now := a.clock()
	refused := func(reason string, err error) error {
		a.log.DebugContext(ctx, "bearer token refused", "reason", reason, "error", err, "ip", a.clientAddr(c).String())
		c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="carnet", error="invalid_token"`)
		return errUnauthorized("The bearer token is invalid, expired or revoked.")
	}
	if auth.IsAPIToken(token) {
		t, u, err := store.APITokenUser(ctx, a.db, auth.HashToken(token), now)
		if err == store.ErrNotFound {
			return nil, refused("unknown, revoked or expired API token", err)
		} else if err != nil {
			return nil, err
		}
		if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) >= apiTokenTouchEvery {
			if err := store.TouchAPIToken(ctx, a.db, t.ID, now); err != nil {
				return nil, err
			}
		}
		return &principal{User: u, Via: viaPAT, Scope: t.Scope}, nil
	}
	id, issued, err := a.sec.tokens.Verify(token, now)
	if err != nil {
		return nil, refused("invalid access token", err)
	}
	u, err := store.UserByID(ctx, a.db, id)
	if err == store.ErrNotFound {
		return nil, refused("access token of a deleted user", err)
	} else if err != nil {
		return nil, err
	}
	// iat has whole seconds: a token of the same second as the change stays valid.
	if ch := u.CredentialsChangedAt; ch != nil && issued.Before(ch.Truncate(time.Second)) {
		return nil, refused("access token issued before a password change", nil)
	}
	return &principal{User: u, Via: viaJWT, Scope: ScopeWrite}, nil
}
