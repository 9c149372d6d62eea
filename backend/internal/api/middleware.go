package api

import (
	"strings"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// Cookie names.
const (
	SessionCookie = "carnet_session"
	CSRFCookie    = "carnet_csrf"
	CSRFHeader    = "X-CSRF-Token"
)

// How a caller authenticated.
const (
	viaSession = "session"
	viaJWT     = "jwt"
	viaPAT     = "pat"
)

// Token scopes.
const (
	ScopeRead  = "read"
	ScopeWrite = "write"
)

// principal is the authenticated caller of a request.
type principal struct {
	User         *model.User
	Via          string
	Scope        string // write for sessions and JWTs; the token's for PATs
	SessionID    string // sessions only
	SessionToken string // sessions only: the cookie value, for the CSRF check
}

const principalKey = "carnet.principal"

// caller returns the request's principal, or nil when anonymous.
func caller(c *fiber.Ctx) *principal {
	p, _ := c.Locals(principalKey).(*principal)
	return p
}

// me returns the authenticated user; only call it behind requireUser.
func me(c *fiber.Ctx) *model.User { return caller(c).User }

// authenticate resolves the caller from a Bearer token or the session
// cookie. It never rejects: requireUser does.
func (a *API) authenticate(c *fiber.Ctx) error {
	if h := c.Get(fiber.HeaderAuthorization); h != "" {
		scheme, token, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(token) == "" {
			return errUnauthorized("The Authorization header must be `Bearer <token>`.")
		}
		p, err := a.bearerPrincipal(c, strings.TrimSpace(token))
		if err != nil {
			return err
		}
		c.Locals(principalKey, p)
		return c.Next()
	}
	if token := c.Cookies(SessionCookie); token != "" {
		now := a.clock()
		s, u, err := store.SessionUser(c.UserContext(), a.db, auth.HashToken(token), now)
		switch {
		case err == nil:
			if now.Sub(s.LastSeenAt) > sessionTouchEvery {
				if err := store.TouchSession(c.UserContext(), a.db, s.ID, now, now.Add(sessionIdleTTL)); err != nil {
					return err
				}
			}
			c.Locals(principalKey, &principal{User: u, Via: viaSession, Scope: ScopeWrite, SessionID: s.ID, SessionToken: token})
		case err == store.ErrNotFound:
			// Expired or revoked: carry on as anonymous.
		default:
			return err
		}
	}
	return c.Next()
}

// requireUser answers 401 for anonymous callers, 403 when a session request
// that changes something lacks the CSRF token, and 403 when a read-only token
// tries to change something.
func (a *API) requireUser(c *fiber.Ctx) error {
	p := caller(c)
	if p == nil {
		return errUnauthorized("Sign in, or send an access token or personal API token as `Authorization: Bearer <token>`.")
	}
	if unsafeMethod(c.Method()) {
		if p.Via == viaSession && !auth.CheckCSRF(a.cfg.SecretKey, p.SessionToken, c.Get(CSRFHeader)) {
			return NewProblem(fiber.StatusForbidden, "csrf", "CSRF token missing or wrong",
				"Requests made with the session cookie that change data must send the carnet_csrf cookie's value in the X-CSRF-Token header.")
		}
		if p.Scope != ScopeWrite {
			return errForbidden("This token has the read scope; create a token with the write scope to change data.")
		}
	}
	return c.Next()
}

func unsafeMethod(m string) bool {
	switch m {
	case fiber.MethodGet, fiber.MethodHead, fiber.MethodOptions:
		return false
	}
	return true
}
