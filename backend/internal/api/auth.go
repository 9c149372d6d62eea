package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

const (
	sessionIdleTTL    = 14 * 24 * time.Hour // a session unused this long ends
	sessionTouchEvery = time.Hour           // last_seen_at is written at most this often
	minPasswordLen    = 10
	maxPasswordLen    = 256
)

type registerRequest struct {
	Email    string `json:"email" validate:"required,email,max=254"`
	Password string `json:"password" validate:"required,min=10,max=256"`
	Name     string `json:"name" validate:"max=100"`
}

type loginRequest struct {
	Email    string `json:"email" validate:"required"`
	Password string `json:"password" validate:"required"`
}

func (a *API) register(c *fiber.Ctx) error {
	if a.cfg.Registration == "closed" {
		return NewProblem(http.StatusForbidden, "registration-closed", "Registration is closed",
			"This Carnet server does not accept new accounts; ask its administrator for one.")
	}
	var in registerRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	hash, err := auth.HashPassword(in.Password, a.argon2)
	if err != nil {
		return err
	}
	u := &model.User{
		Email: in.Email, Name: strings.TrimSpace(in.Name), PasswordHash: hash,
		Currency: "USD", DistanceUnit: "mi", FuelEconomyUnit: "mpg", Timezone: "UTC", DateFormat: "YYYY-MM-DD",
	}
	if err := store.CreateUser(c.UserContext(), a.db, u, a.clock()); err != nil {
		return err
	}
	a.log.InfoContext(c.UserContext(), "account created", "user_id", u.ID, "ip", a.clientAddr(c).String())
	if err := a.startSession(c, u); err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(u)
}

func (a *API) login(c *fiber.Ctx) error {
	var in loginRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	u, err := a.checkCredentials(c, in.Email, in.Password, viaSession)
	if err != nil {
		return err
	}
	if err := a.startSession(c, u); err != nil {
		return err
	}
	return c.JSON(u)
}

// checkCredentials verifies an email and password, spending the same time
// whether or not the account exists. A locked account answers 429
// account-locked without its password being checked; a wrong password counts
// towards the lock, a right one resets the count. via names the endpoint
// ("session" or "token") in the logs. Passwords are never logged.
func (a *API) checkCredentials(c *fiber.Ctx, email, password, via string) (*model.User, error) {
	ctx := c.UserContext()
	ip := a.clientAddr(c).String()
	now := a.clock()
	u, err := store.UserByEmail(ctx, a.db, email)
	if err != nil && err != store.ErrNotFound {
		return nil, err
	}
	known := err == nil
	if known && u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		a.log.WarnContext(ctx, "login refused: account locked", "user_id", u.ID, "email", logEmail(email), "ip", ip,
			"via", via, "locked_until", u.LockedUntil.UTC().Format(time.RFC3339))
		return nil, errAccountLocked(u.LockedUntil.Sub(now))
	}
	hash := a.dummyHash
	if known {
		hash = u.PasswordHash
	}
	ok, herr := auth.CheckPassword(password, hash)
	if herr != nil {
		return nil, herr
	}
	if !known {
		a.log.WarnContext(ctx, "login failed", "reason", "unknown email", "email", logEmail(email), "ip", ip, "via", via)
		return nil, errInvalidCredentials()
	}
	if !ok {
		failures, until, err := store.RecordLoginFailure(ctx, a.db, u.ID, now, a.sec.lockout.LockFor)
		if err != nil {
			return nil, err
		}
		a.log.WarnContext(ctx, "login failed", "reason", "wrong password", "user_id", u.ID, "email", logEmail(email),
			"ip", ip, "via", via, "failed_logins", failures)
		if until != nil {
			a.log.WarnContext(ctx, "account locked after failed logins", "user_id", u.ID, "ip", ip,
				"failed_logins", failures, "locked_until", until.UTC().Format(time.RFC3339))
		}
		return nil, errInvalidCredentials()
	}
	if u.FailedLogins != 0 || u.LockedUntil != nil {
		if err := store.ResetLoginFailures(ctx, a.db, u.ID); err != nil {
			return nil, err
		}
		u.FailedLogins, u.LockedUntil = 0, nil
	}
	a.log.InfoContext(ctx, "login succeeded", "user_id", u.ID, "ip", ip, "via", via)
	return u, nil
}

// startSession creates a fresh session (rotating any previous one) and sets
// the session and CSRF cookies.
func (a *API) startSession(c *fiber.Ctx, u *model.User) error {
	ctx := c.UserContext()
	if old := c.Cookies(SessionCookie); old != "" {
		if err := store.DeleteSession(ctx, a.db, auth.HashToken(old)); err != nil {
			return err
		}
	}
	now := a.clock()
	token := auth.NewToken()
	s := &model.Session{
		ID: auth.HashToken(token), UserID: u.ID, IP: a.clientAddr(c).String(), UserAgent: truncate(c.Get(fiber.HeaderUserAgent), 256),
		CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(sessionIdleTTL),
	}
	if err := store.CreateSession(ctx, a.db, s); err != nil {
		return err
	}
	a.setAuthCookies(c, token, s.ExpiresAt)
	return nil
}

func (a *API) setAuthCookies(c *fiber.Ctx, token string, expires time.Time) {
	c.Cookie(&fiber.Cookie{
		Name: SessionCookie, Value: token, Path: "/", Expires: expires,
		HTTPOnly: true, Secure: a.cfg.SecureCookies, SameSite: fiber.CookieSameSiteLaxMode,
	})
	c.Cookie(&fiber.Cookie{
		Name: CSRFCookie, Value: auth.CSRFToken(a.cfg.SecretKey, token), Path: "/", Expires: expires,
		HTTPOnly: false, Secure: a.cfg.SecureCookies, SameSite: fiber.CookieSameSiteLaxMode,
	})
}

func (a *API) clearAuthCookies(c *fiber.Ctx) {
	for _, name := range []string{SessionCookie, CSRFCookie} {
		c.Cookie(&fiber.Cookie{
			Name: name, Value: "", Path: "/", Expires: time.Unix(0, 0), MaxAge: -1,
			HTTPOnly: name == SessionCookie, Secure: a.cfg.SecureCookies, SameSite: fiber.CookieSameSiteLaxMode,
		})
	}
}

// logout ends the session. With a live session cookie the CSRF token is
// required (else any site could sign the user out); cookies are cleared in
// every other case.
func (a *API) logout(c *fiber.Ctx) error {
	if p := caller(c); p != nil && p.Via == viaSession {
		if !auth.CheckCSRF(a.cfg.SecretKey, p.SessionToken, c.Get(CSRFHeader)) {
			return errCSRF()
		}
		if err := store.DeleteSession(c.UserContext(), a.db, p.SessionID); err != nil {
			return err
		}
	}
	a.clearAuthCookies(c)
	return c.SendStatus(http.StatusNoContent)
}

func (a *API) getMe(c *fiber.Ctx) error { return c.JSON(me(c)) }

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
