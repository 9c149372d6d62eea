package api_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestAuthRateLimit(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil) // defaults: 10/min, bursts of 5
		cases := []struct {
			name string
			path string
			body func(i int) any
		}{
			{"login", "/api/v1/auth/login", func(int) any { return map[string]any{"email": "nobody@example.com", "password": "whatever pass"} }},
			{"token", "/api/v1/auth/token", func(int) any { return map[string]any{"email": "nobody@example.com", "password": "whatever pass"} }},
			{"refresh", "/api/v1/auth/refresh", func(int) any { return map[string]any{"refresh_token": "nope"} }},
			{"register", "/api/v1/auth/register", func(i int) any {
				return map[string]any{"email": "rl" + string(rune('a'+i)) + "@example.com", "password": "long enough pass"}
			}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				c := env.Anon()
				for i := range 5 {
					if r := c.Do("POST", tc.path, tc.body(i)); r.Status == 429 {
						t.Fatalf("request %d of the burst was limited", i+1)
					}
				}
				r := c.Do("POST", tc.path, tc.body(5)).ExpectProblem(429, "rate-limited")
				if got := r.Header.Get("Retry-After"); got != "6" {
					t.Fatalf("Retry-After = %q, want 6 (one request every 6s)", got)
				}
				// Another address is not affected.
				if r := env.Anon().Do("POST", tc.path, tc.body(6)); r.Status == 429 {
					t.Fatal("another address was limited")
				}
				env.Clock.Advance(5 * time.Second)
				c.Do("POST", tc.path, tc.body(7)).ExpectProblem(429, "rate-limited")
				env.Clock.Advance(time.Second)
				if r := c.Do("POST", tc.path, tc.body(8)); r.Status == 429 {
					t.Fatal("still limited after Retry-After")
				}
			})
		}

		// The endpoints share one bucket per address.
		c := env.Anon()
		for range 5 {
			c.Do("POST", "/api/v1/auth/login", map[string]any{"email": "nobody@example.com", "password": "x"}).ExpectProblem(401, "invalid-credentials")
		}
		c.Do("POST", "/api/v1/auth/token", map[string]any{"email": "nobody@example.com", "password": "x"}).ExpectProblem(429, "rate-limited")
		// Other routes are not limited.
		for range 10 {
			c.Do("GET", "/api/v1/meta", nil).Expect(200)
		}
		// Guessing the current password through a session is limited too.
		u := env.Register()
		wrong := map[string]any{"current_password": "guess guess", "new_password": "a new long password"}
		for range 4 { // the registration took the 5th
			u.Do("POST", "/api/v1/me/password", wrong).ExpectProblem(422, "validation", "current_password")
		}
		u.Do("POST", "/api/v1/me/password", wrong).ExpectProblem(429, "rate-limited")

		if !strings.Contains(env.Log.String(), "rate limited") {
			t.Fatal("rate limiting was not logged")
		}
	})
}

func TestAuthRateLimitConfig(t *testing.T) {
	cases := []struct {
		name    string
		env     map[string]string
		allowed int // requests allowed back to back; -1: unlimited
		retry   string
	}{
		{"two per minute", map[string]string{"CARNET_RATE_LIMIT_AUTH": "2/min"}, 2, "30"},
		{"bigger burst", map[string]string{"CARNET_RATE_LIMIT_AUTH": "60/hour", "CARNET_RATE_LIMIT_AUTH_BURST": "8"}, 8, "60"},
		{"off", map[string]string{"CARNET_RATE_LIMIT_AUTH": "off"}, -1, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := apitest.New(t, testutil.NewDB(t, "sqlite"), tc.env)
			c := env.Anon()
			n := tc.allowed
			if n < 0 {
				n = 30
			}
			body := map[string]any{"email": "nobody@example.com", "password": "x"}
			for i := range n {
				if r := c.Do("POST", "/api/v1/auth/login", body); r.Status != 401 {
					t.Fatalf("request %d: status %d, want 401", i+1, r.Status)
				}
			}
			if tc.allowed >= 0 {
				r := c.Do("POST", "/api/v1/auth/login", body).ExpectProblem(429, "rate-limited")
				if got := r.Header.Get("Retry-After"); got != tc.retry {
					t.Fatalf("Retry-After = %q, want %s", got, tc.retry)
				}
			}
		})
	}
}

func TestAccountLockout(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil) // defaults: 5 failures, 1 min doubling up to 1 h
		u := env.Register()
		// Each attempt from a fresh address: the lock is per account, whatever the address.
		try := func(path, password string) *apitest.Response {
			return env.Anon().Do("POST", path, map[string]any{"email": u.Email(), "password": password})
		}
		expectLocked := func(path string, retry string) {
			t.Helper()
			r := try(path, apitest.Password).ExpectProblem(429, "account-locked")
			if got := r.Header.Get("Retry-After"); got != retry {
				t.Fatalf("%s: Retry-After = %q, want %s", path, got, retry)
			}
		}
		lockState := func() (int, *time.Time) {
			t.Helper()
			var usr model.User
			if err := bdb.NewSelect().Model(&usr).Where("id = ?", int64(u.User["id"].(float64))).Scan(context.Background()); err != nil {
				t.Fatal(err)
			}
			return usr.FailedLogins, usr.LockedUntil
		}

		for i := range 4 {
			try("/api/v1/auth/login", "Tr0ub4dor&3-guess-"+string(rune('a'+i))).ExpectProblem(401, "invalid-credentials")
		}
		try("/api/v1/auth/login", apitest.Password).Expect(200) // a success resets the count
		if n, until := lockState(); n != 0 || until != nil {
			t.Fatalf("after a success: failed_logins %d, locked_until %v", n, until)
		}

		for range 4 {
			try("/api/v1/auth/login", "bad guess").ExpectProblem(401, "invalid-credentials")
		}
		try("/api/v1/auth/token", "bad guess").ExpectProblem(401, "invalid-credentials") // 5th failure, via /auth/token
		if n, until := lockState(); n != 5 || until == nil || !until.Equal(env.Clock.Now().Add(time.Minute)) {
			t.Fatalf("after 5 failures: failed_logins %d, locked_until %v", n, until)
		}
		// Locked: even the right password is refused, on both endpoints.
		expectLocked("/api/v1/auth/login", "60")
		expectLocked("/api/v1/auth/token", "60")
		env.Clock.Advance(45 * time.Second)
		expectLocked("/api/v1/auth/login", "15")
		if n, _ := lockState(); n != 5 {
			t.Fatalf("attempts while locked counted: failed_logins %d", n)
		}

		// After the delay another failure locks it again, for twice as long.
		env.Clock.Advance(15 * time.Second)
		try("/api/v1/auth/login", "bad guess").ExpectProblem(401, "invalid-credentials")
		expectLocked("/api/v1/auth/login", "120")
		env.Clock.Advance(2 * time.Minute)
		try("/api/v1/auth/login", "bad guess").ExpectProblem(401, "invalid-credentials")
		expectLocked("/api/v1/auth/token", "240")

		// Unlocked after the delay; a success clears everything.
		env.Clock.Advance(4 * time.Minute)
		try("/api/v1/auth/login", apitest.Password).Expect(200)
		if n, until := lockState(); n != 0 || until != nil {
			t.Fatalf("after unlocking: failed_logins %d, locked_until %v", n, until)
		}
		try("/api/v1/auth/login", "bad guess").ExpectProblem(401, "invalid-credentials")
		try("/api/v1/auth/token", apitest.Password).Expect(200)

		// The account's existing session is not affected by the lock.
		u.Do("GET", "/api/v1/me", nil).Expect(200)

		logs := env.Log.String()
		for _, want := range []string{"login failed", "login succeeded", "account locked after failed logins", "login refused: account locked", "ip=192.0.2."} {
			if !strings.Contains(logs, want) {
				t.Errorf("log has no %q", want)
			}
		}
		if strings.Contains(logs, "Tr0ub4dor") || strings.Contains(logs, "bad guess") || strings.Contains(logs, apitest.Password) {
			t.Fatal("a password was logged")
		}
	})
}

func TestLockoutConfigAndOtherAccounts(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, map[string]string{"CARNET_LOCKOUT_THRESHOLD": "2", "CARNET_LOCKOUT_DELAY": "10s", "CARNET_LOCKOUT_MAX_DELAY": "15s"})
		a, b := env.Register(), env.Register()
		fail := func(c *apitest.Client) *apitest.Response {
			return env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": c.Email(), "password": "wrong password"})
		}
		fail(a).ExpectProblem(401, "invalid-credentials")
		fail(a).ExpectProblem(401, "invalid-credentials")
		if r := fail(a).ExpectProblem(429, "account-locked"); r.Header.Get("Retry-After") != "10" {
			t.Fatalf("Retry-After = %q", r.Header.Get("Retry-After"))
		}
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": b.Email(), "password": apitest.Password}).Expect(200)
		env.Clock.Advance(10 * time.Second)
		fail(a).ExpectProblem(401, "invalid-credentials")
		if r := fail(a).ExpectProblem(429, "account-locked"); r.Header.Get("Retry-After") != "15" {
			t.Fatalf("Retry-After = %q, want the 15s cap", r.Header.Get("Retry-After"))
		}
	})
	t.Run("disabled", func(t *testing.T) {
		env := apitest.New(t, testutil.NewDB(t, "sqlite"), map[string]string{"CARNET_LOCKOUT_THRESHOLD": "0", "CARNET_RATE_LIMIT_AUTH": "off"})
		u := env.Register()
		for range 20 {
			u.Do("POST", "/api/v1/auth/login", map[string]any{"email": u.Email(), "password": "wrong password"}).ExpectProblem(401, "invalid-credentials")
		}
		u.Do("POST", "/api/v1/auth/login", map[string]any{"email": u.Email(), "password": apitest.Password}).Expect(200)
	})
}

func TestCSRF(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		other := env.Register()
		pat := authCreatePAT(t, u, map[string]any{"name": "x", "scope": "write"})
		patch := map[string]any{"name": "Changed"}
		cases := []struct {
			name   string
			header string // "-": none
			status int
		}{
			{"missing", "-", 403},
			{"empty", "", 403},
			{"wrong", "not-the-token", 403},
			{"the session token itself", u.Cookie("carnet_session"), 403},
			{"another session's token", other.Cookie("carnet_csrf"), 403},
			{"right", u.Cookie("carnet_csrf"), 200},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := authSessionDo(t, env, u, tc.header, "PATCH", "/api/v1/me", patch)
				if tc.status == 403 {
					r.ExpectProblem(403, "csrf")
				} else {
					r.Expect(tc.status)
				}
			})
		}
		for _, w := range []struct{ method, path string }{
			{"POST", "/api/v1/api-tokens"}, {"DELETE", "/api/v1/api-tokens/" + strconv.FormatInt(pat.ID, 10)}, {"POST", "/api/v1/me/password"},
		} {
			authSessionDo(t, env, u, "-", w.method, w.path, map[string]any{}).ExpectProblem(403, "csrf")
		}
		// Reads need no token.
		u.NoCSRF = true
		u.Do("GET", "/api/v1/me", nil).Expect(200)
		u.NoCSRF = false
		// Bearer requests need none either, even when a session cookie rides along.
		b := env.Anon()
		b.Bearer = pat.Token
		b.NoCSRF = true
		b.Do("PATCH", "/api/v1/me", patch).Expect(200)
	})
}

// authSessionDo sends a request with c's cookies and the given X-CSRF-Token
// ("-" for none).
func authSessionDo(t *testing.T, env *apitest.Env, c *apitest.Client, csrf, method, path string, body any) *apitest.Response {
	t.Helper()
	if csrf == "-" {
		c.NoCSRF = true
		defer func() { c.NoCSRF = false }()
		return c.Do(method, path, body)
	}
	saved := c.Cookie("carnet_csrf")
	c.SetCookie("carnet_csrf", csrf)
	defer c.SetCookie("carnet_csrf", saved)
	return c.Do(method, path, body)
}

func TestLogout(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()

		// A cross-site form cannot sign the user out: the CSRF token is required.
		u.NoCSRF = true
		u.Do("POST", "/api/v1/auth/logout", nil).ExpectProblem(403, "csrf")
		u.NoCSRF = false
		u.Do("GET", "/api/v1/me", nil).Expect(200)

		r := u.Do("POST", "/api/v1/auth/logout", nil).Expect(204)
		cleared := map[string]bool{}
		for _, sc := range r.Header.Values("Set-Cookie") {
			name, rest, _ := strings.Cut(sc, "=")
			if strings.HasPrefix(rest, ";") && (strings.Contains(sc, "max-age=0") || strings.Contains(strings.ToLower(sc), "expires=thu, 01 jan 1970")) {
				cleared[name] = true
			}
		}
		if !cleared["carnet_session"] || !cleared["carnet_csrf"] {
			t.Fatalf("logout did not clear both cookies: %v", r.Header.Values("Set-Cookie"))
		}
		if u.Cookie("carnet_session") != "" {
			t.Fatal("client still holds the session cookie")
		}
		u.Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")

		// Anonymous, stale-cookie and bearer logouts are harmless no-ops.
		env.Anon().Do("POST", "/api/v1/auth/logout", nil).Expect(204)
		stale := env.Anon()
		stale.SetCookie("carnet_session", "expired-or-forged")
		stale.Do("POST", "/api/v1/auth/logout", nil).Expect(204)
		p := authGetToken(t, env, u.Email(), apitest.Password)
		authBearer(env, p.AccessToken).Do("POST", "/api/v1/auth/logout", nil).Expect(204)
	})
}

// Instances behind a load balancer share one database, and so one limit: a
// client cannot multiply its attempts by spreading them over instances.
func TestAuthRateLimitIsSharedByInstances(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		one := apitest.New(t, bdb, nil) // 10/min, bursts of 5
		two := apitest.New(t, bdb, nil)
		a, b := one.Anon(), two.Anon()
		b.IP = a.IP // the same client, balanced over both instances
		body := map[string]any{"email": "nobody@example.com", "password": "whatever pass"}
		for i := range 5 {
			c := a
			if i%2 == 1 {
				c = b
			}
			if r := c.Do("POST", "/api/v1/auth/login", body); r.Status == 429 {
				t.Fatalf("request %d of the burst was limited", i+1)
			}
		}
		b.Do("POST", "/api/v1/auth/login", body).ExpectProblem(429, "rate-limited")
		a.Do("POST", "/api/v1/auth/login", body).ExpectProblem(429, "rate-limited")
		// The state expires: after the refill time both instances let it through.
		one.Clock.Advance(6 * time.Second)
		two.Clock.Advance(6 * time.Second)
		if r := b.Do("POST", "/api/v1/auth/login", body); r.Status == 429 {
			t.Fatal("still limited after the refill delay")
		}
	})
}
