package api_test

import (
	"context"
	"strings"
	"testing"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func TestSessionLifecycle(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		c := env.Register()
		if c.User["role"] != "admin" {
			t.Fatalf("first account role = %v, want admin", c.User["role"])
		}
		if c.User["password_hash"] != nil || strings.Contains(string(c.Do("GET", "/api/v1/me", nil).Expect(200).Body), "argon2") {
			t.Fatal("password hash leaked")
		}
		second := env.Register()
		if second.User["role"] != "user" {
			t.Fatalf("second account role = %v, want user", second.User["role"])
		}

		// Signing in again with the same client rotates the session.
		old := c.Cookie("carnet_session")
		c.Do("POST", "/api/v1/auth/login", map[string]any{"email": c.Email(), "password": apitest.Password}).Expect(200)
		if c.Cookie("carnet_session") == old || c.Cookie("carnet_session") == "" {
			t.Fatal("login did not rotate the session")
		}
		stale := env.Anon()
		stale.Do("GET", "/api/v1/me", nil).Expect(401)

		c.Do("POST", "/api/v1/auth/logout", nil).Expect(204)
		c.Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")
	})
}

func TestRegisterValidation(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		a := env.Anon()
		a.Do("POST", "/api/v1/auth/register", map[string]any{"email": "nope", "password": "short"}).
			ExpectProblem(422, "validation", "email", "password")
		a.Do("POST", "/api/v1/auth/register", `{"email": "x@example.com", "password": "long enough pass", "admin": true}`).
			ExpectProblem(400, "bad-request", "admin")
		a.Do("POST", "/api/v1/auth/register", `{"email": `).ExpectProblem(400, "bad-request")
		a.Do("POST", "/api/v1/auth/register", map[string]any{"email": "Dup@Example.com", "password": "long enough pass"}).Expect(201)
		env.Anon().Do("POST", "/api/v1/auth/register", map[string]any{"email": "dup@example.COM", "password": "long enough pass"}).
			ExpectProblem(409, "conflict", "email")
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": "dup@example.com", "password": "wrong password"}).
			ExpectProblem(401, "invalid-credentials")
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": "DUP@example.com", "password": "long enough pass"}).Expect(200)
	})
}

func TestRegistrationClosed(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		open := apitest.New(t, bdb, nil)
		existing := open.Register()
		if m := open.Anon().Do("GET", "/api/v1/meta", nil).Expect(200).Map(); m["registration"] != "open" {
			t.Fatalf("meta registration = %v, want open", m["registration"])
		}

		env := apitest.New(t, bdb, map[string]string{"CARNET_REGISTRATION": "closed"})
		if m := env.Anon().Do("GET", "/api/v1/meta", nil).Expect(200).Map(); m["registration"] != "closed" {
			t.Fatalf("meta registration = %v, want closed", m["registration"])
		}
		for _, body := range []map[string]any{
			{"email": "new@example.com", "password": "long enough pass"},
			{"email": "bad", "password": "x"}, // refused before validation: closed says it all
		} {
			env.Anon().Do("POST", "/api/v1/auth/register", body).ExpectProblem(403, "registration-closed")
		}
		// Existing accounts still sign in, by session or token.
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": existing.Email(), "password": apitest.Password}).Expect(200)
		authGetToken(t, env, existing.Email(), apitest.Password)
		n, err := bdb.NewSelect().Table("users").Count(context.Background())
		if err != nil || n != 1 {
			t.Fatalf("%d users (%v), want 1", n, err)
		}
	})
}
