package api_test

import (
	"strings"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestUpdateMe(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		other := env.Register()

		full := map[string]any{
			"name": "  Ada Lovelace ", "email": "Ada@Example.com", "currency": "EUR", "distance_unit": "km",
			"fuel_economy_unit": "l_per_100km", "timezone": "Europe/Paris", "date_format": "DD.MM.YYYY",
		}
		got := u.Do("PATCH", "/api/v1/me", full).Expect(200).Map()
		want := map[string]any{
			"name": "Ada Lovelace", "email": "ada@example.com", "currency": "EUR", "distance_unit": "km",
			"fuel_economy_unit": "l_per_100km", "timezone": "Europe/Paris", "date_format": "DD.MM.YYYY",
			"role": "admin",
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s = %v, want %v", k, got[k], v)
			}
		}
		// Persisted, and a partial update leaves the rest alone.
		got = u.Do("PATCH", "/api/v1/me", map[string]any{"date_format": "MM/DD/YYYY"}).Expect(200).Map()
		if got["date_format"] != "MM/DD/YYYY" || got["currency"] != "EUR" || got["name"] != "Ada Lovelace" {
			t.Fatalf("partial update: %v", got)
		}
		if m := u.Do("GET", "/api/v1/me", nil).Expect(200).Map(); m["date_format"] != "MM/DD/YYYY" || m["email"] != "ada@example.com" {
			t.Fatalf("GET /me after PATCH: %v", m)
		}
		u.Do("PATCH", "/api/v1/me", map[string]any{}).Expect(200)
		// The new email signs in; the old one no longer does.
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": "ADA@example.com", "password": apitest.Password}).Expect(200)

		cases := []struct {
			name   string
			body   any
			status int
			slug   string
			fields []string
		}{
			{"bad email", map[string]any{"email": "not-an-email"}, 422, "validation", []string{"email"}},
			{"empty email", map[string]any{"email": ""}, 422, "validation", []string{"email"}},
			{"taken email", map[string]any{"email": "ADA@example.com"}, 409, "conflict", []string{"email"}},
			{"long name", map[string]any{"name": strings.Repeat("x", 101)}, 422, "validation", []string{"name"}},
			{"bad currency", map[string]any{"currency": "EURO"}, 422, "validation", []string{"currency"}},
			{"lower-case currency", map[string]any{"currency": "usd"}, 422, "validation", []string{"currency"}},
			{"bad distance unit", map[string]any{"distance_unit": "miles"}, 422, "validation", []string{"distance_unit"}},
			{"bad fuel economy unit", map[string]any{"fuel_economy_unit": "mpge"}, 422, "validation", []string{"fuel_economy_unit"}},
			{"bad timezone", map[string]any{"timezone": "Mars/Olympus_Mons"}, 422, "validation", []string{"timezone"}},
			{"Local timezone", map[string]any{"timezone": "Local"}, 422, "validation", []string{"timezone"}},
			{"bad date format", map[string]any{"date_format": "YYYY/MM/DD"}, 422, "validation", []string{"date_format"}},
			{"several bad fields", map[string]any{"currency": "XXX1", "timezone": "nowhere", "distance_unit": "ft"}, 422, "validation",
				[]string{"currency", "timezone", "distance_unit"}},
			{"role is not writable", map[string]any{"role": "admin"}, 400, "bad-request", []string{"role"}},
			{"password is not writable here", map[string]any{"password": "long enough password"}, 400, "bad-request", nil},
			{"wrong type", map[string]any{"name": 42}, 422, "validation", []string{"name"}},
			{"malformed", `{"name":`, 400, "bad-request", nil},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				other.Do("PATCH", "/api/v1/me", tc.body).ExpectProblem(tc.status, tc.slug, tc.fields...)
			})
		}
		// Nothing was written by the refused requests.
		if m := other.Do("GET", "/api/v1/me", nil).Expect(200).Map(); m["email"] != other.Email() || m["currency"] != "USD" || m["name"] != "Test User" {
			t.Fatalf("a refused PATCH changed the user: %v", m)
		}
		env.Anon().Do("PATCH", "/api/v1/me", map[string]any{"name": "x"}).ExpectProblem(401, "unauthorized")
	})
}

func TestChangePassword(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		// A second browser session, an API client and a personal token.
		laptop := env.Anon()
		laptop.Do("POST", "/api/v1/auth/login", map[string]any{"email": u.Email(), "password": apitest.Password}).Expect(200)
		pair := authGetToken(t, env, u.Email(), apitest.Password)
		pat := authCreatePAT(t, u, map[string]any{"name": "cli", "scope": "read"})
		bystander := env.Register()

		const newPassword = "a brand new passphrase"
		cases := []struct {
			name   string
			body   any
			fields []string
		}{
			{"wrong current", map[string]any{"current_password": "not my password", "new_password": newPassword}, []string{"current_password"}},
			{"short new", map[string]any{"current_password": apitest.Password, "new_password": "short"}, []string{"new_password"}},
			{"missing both", map[string]any{}, []string{"current_password", "new_password"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				u.Do("POST", "/api/v1/me/password", tc.body).ExpectProblem(422, "validation", tc.fields...)
			})
		}
		laptop.Do("GET", "/api/v1/me", nil).Expect(200) // nothing revoked yet

		env.Clock.Advance(time.Second) // access tokens carry whole seconds
		u.Do("POST", "/api/v1/me/password", map[string]any{"current_password": apitest.Password, "new_password": newPassword}).Expect(204)

		authBearer(env, pair.AccessToken).Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized") // older access tokens die at once
		u.Do("GET", "/api/v1/me", nil).Expect(200)                                                        // the current session stays
		laptop.Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")                            // other sessions end
		authRefresh(env, pair.RefreshToken).ExpectProblem(401, "unauthorized")                            // refresh tokens are revoked
		authBearer(env, pat.Token).Do("GET", "/api/v1/me", nil).Expect(200)                               // personal tokens are kept
		bystander.Do("GET", "/api/v1/me", nil).Expect(200)                                                // other users untouched
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": u.Email(), "password": apitest.Password}).
			ExpectProblem(401, "invalid-credentials")
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": u.Email(), "password": newPassword}).Expect(200)

		// Through a JWT (no session): every session ends.
		p2 := authGetToken(t, env, u.Email(), newPassword)
		authBearer(env, p2.AccessToken).Do("GET", "/api/v1/me", nil).Expect(200) // tokens issued after the change work
		authBearer(env, p2.AccessToken).Do("POST", "/api/v1/me/password",
			map[string]any{"current_password": newPassword, "new_password": "yet another passphrase"}).Expect(204)
		u.Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")

		if strings.Contains(env.Log.String(), newPassword) || strings.Contains(env.Log.String(), apitest.Password) {
			t.Fatal("a password was logged")
		}
	})
}
