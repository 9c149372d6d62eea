package api

import (
	"net/http"
	"net/netip"
	"strings"
	"sync/atomic"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/clientip"
	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// security holds the state of the authentication endpoints: the access-token
// signer, the per-address rate limit (its state lives in the database, shared
// by every instance), the lockout policy and the proxies whose
// X-Forwarded-For is believed.
type security struct {
	tokens    *auth.AccessTokens
	authRate  *auth.Rate // nil: no rate limit
	lockout   auth.Lockout
	clients   *clientip.Resolver
	lastSweep atomic.Int64 // Unix seconds of the last removal of stale rate-limit rows
}

func newSecurity(cfg *config.Config) *security {
	s := &security{
		tokens:  auth.NewAccessTokens(cfg.SecretKey),
		lockout: auth.Lockout{Threshold: cfg.LockoutThreshold, Delay: cfg.LockoutDelay, MaxDelay: cfg.LockoutMaxDelay},
		clients: clientip.New(cfg.TrustedProxies),
	}
	if !cfg.RateLimitAuth.Off() {
		s.authRate = auth.NewRate(cfg.RateLimitAuth.N, cfg.RateLimitAuth.Per, cfg.RateLimitAuthBurst)
	}
	return s
}

// sweepRateLimits removes stale rate-limit rows, at most once a minute per
// instance.
func (a *API) sweepRateLimits(c *fiber.Ctx, now time.Time) {
	last := a.sec.lastSweep.Load()
	if now.Unix()-last < 60 || !a.sec.lastSweep.CompareAndSwap(last, now.Unix()) {
		return
	}
	if _, err := store.DeleteStaleRateLimits(c.UserContext(), a.db, now); err != nil {
		a.log.WarnContext(c.UserContext(), "removing stale rate-limit rows", "error", err)
	}
}

// clientAddr is the address of the client (see package clientip).
func (a *API) clientAddr(c *fiber.Ctx) netip.Addr { return a.sec.clients.Addr(c) }

// rateKey groups IPv6 clients by /64, the smallest block one subscriber gets.
func rateKey(ip netip.Addr) string {
	if ip.Is6() {
		return netip.PrefixFrom(ip, 64).Masked().String()
	}
	return ip.String()
}

// limitAuth rate-limits the credential endpoints per client address.
func (a *API) limitAuth(c *fiber.Ctx) error {
	if a.sec.authRate == nil {
		return c.Next()
	}
	ip := a.clientAddr(c)
	now := a.clock()
	a.sweepRateLimits(c, now)
	ok, wait, err := store.TakeRateLimit(c.UserContext(), a.db, "auth:"+rateKey(ip), now, a.sec.authRate.Take)
	if err != nil {
		return err
	}
	if !ok {
		a.log.WarnContext(c.UserContext(), "rate limited", "ip", ip.String(), "path", c.Path())
		p := NewProblem(http.StatusTooManyRequests, "rate-limited", "Too many requests",
			"Too many sign-in attempts from this address; retry after the number of seconds in the Retry-After header.")
		p.RetryAfter = auth.RetryAfterSeconds(wait)
		return p
	}
	return c.Next()
}

func errAccountLocked(wait time.Duration) *Problem {
	p := NewProblem(http.StatusTooManyRequests, "account-locked", "Account temporarily locked",
		"Too many failed sign-ins for this account; retry after the number of seconds in the Retry-After header.")
	p.RetryAfter = auth.RetryAfterSeconds(wait)
	return p
}

func errInvalidCredentials() *Problem {
	return NewProblem(http.StatusUnauthorized, "invalid-credentials", "Wrong email or password",
		"The email or the password is wrong.")
}

func errCSRF() *Problem {
	return NewProblem(fiber.StatusForbidden, "csrf", "CSRF token missing or wrong",
		"Requests made with the session cookie that change data must send the carnet_csrf cookie's value in the X-CSRF-Token header.")
}

// logEmail bounds what an anonymous caller can put in a log line.
func logEmail(email string) string { return truncate(strings.ToLower(strings.TrimSpace(email)), 254) }
