package api

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/gofiber/fiber/v2"
)

// APIToken is a personal API token as the API shows it; Token (the secret)
// is only present in the answer to its creation.
type APIToken struct {
	ID         int64      `json:"id"`
	Name       string     `json:"name"`
	Scope      string     `json:"scope"`
	Prefix     string     `json:"prefix"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  *time.Time `json:"expires_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	Token      string     `json:"token,omitempty"`
}

func apiTokenOut(t *model.APIToken) APIToken {
	utc := func(p *time.Time) *time.Time {
		if p == nil {
			return nil
		}
		v := p.UTC()
		return &v
	}
	return APIToken{
		ID: t.ID, Name: t.Name, Scope: t.Scope, Prefix: t.Prefix, CreatedAt: t.CreatedAt.UTC(),
		ExpiresAt: utc(t.ExpiresAt), LastUsedAt: utc(t.LastUsedAt),
	}
}

type createAPITokenRequest struct {
	Name      string  `json:"name" validate:"required,max=100"`
	Scope     string  `json:"scope" validate:"required,oneof=read write"`
	ExpiresAt *string `json:"expires_at"`
}

func (a *API) listAPITokens(c *fiber.Ctx) error {
	f := &fields{}
	o := listQuery(c, store.APITokenSort, f)
	if err := f.err(); err != nil {
		return err
	}
	rows, total, err := store.ListAPITokens(c.UserContext(), a.db, me(c).ID, o)
	if err != nil {
		return err
	}
	return c.JSON(mapList(rows, o, total, apiTokenOut))
}

func (a *API) createAPIToken(c *fiber.Ctx) error {
	if caller(c).Via == viaPAT {
		// A leaked token must not be able to mint longer-lived ones.
		return errForbidden("Personal API tokens cannot create tokens; sign in or use an access token from POST /api/v1/auth/token.")
	}
	var in createAPITokenRequest
	var errs validate.Errors
	if err := decodeJSON(c, &in); err != nil && !errors.As(err, &errs) {
		return err
	}
	now := a.clock()
	in.Name = strings.TrimSpace(in.Name)
	if in.Name == "" && !errs.Has("name") {
		errs.Add("name", "is required")
	}
	var expires *time.Time
	if in.ExpiresAt != nil && strings.TrimSpace(*in.ExpiresAt) != "" {
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(*in.ExpiresAt))
		switch {
		case err != nil:
			errs.Add("expires_at", "must be an RFC 3339 timestamp such as 2030-01-31T00:00:00Z")
		case !t.After(now):
			errs.Add("expires_at", "must be in the future")
		default:
			t = t.UTC()
			expires = &t
		}
	}
	if err := errs.Err(); err != nil {
		return err
	}
	secret := auth.NewAPIToken()
	t := &model.APIToken{
		UserID: me(c).ID, Name: in.Name, Scope: in.Scope, Prefix: auth.APITokenDisplay(secret),
		TokenHash: auth.HashToken(secret), CreatedAt: now, ExpiresAt: expires,
	}
	if err := store.CreateAPIToken(c.UserContext(), a.db, t); err != nil {
		return err
	}
	a.log.InfoContext(c.UserContext(), "api token created", "user_id", t.UserID, "token_id", t.ID, "scope", t.Scope,
		"ip", a.clientAddr(c).String())
	out := apiTokenOut(t)
	out.Token = secret
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.Status(http.StatusCreated).JSON(out)
}

func (a *API) deleteAPIToken(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := store.RevokeAPIToken(c.UserContext(), a.db, me(c).ID, id, a.clock()); err != nil {
		return err
	}
	a.log.InfoContext(c.UserContext(), "api token revoked", "user_id", me(c).ID, "token_id", id, "ip", a.clientAddr(c).String())
	return c.SendStatus(http.StatusNoContent)
}
