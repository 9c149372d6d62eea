package api_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

type authTokenPair struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in"`
}

// authGetToken signs c's account in through POST /auth/token from a fresh address.
func authGetToken(t *testing.T, env *apitest.Env, email, password string) authTokenPair {
	t.Helper()
	var p authTokenPair
	r := env.Anon().Do("POST", "/api/v1/auth/token", map[string]any{"email": email, "password": password}).Expect(200)
	r.Decode(&p)
	if p.AccessToken == "" || p.RefreshToken == "" || p.TokenType != "Bearer" || p.ExpiresIn != 900 {
		t.Fatalf("token response %s", r.Body)
	}
	if cc := r.Header.Get("Cache-Control"); cc != "no-store" {
		t.Fatalf("Cache-Control %q, want no-store", cc)
	}
	return p
}

func authRefresh(env *apitest.Env, refresh string) *apitest.Response {
	return env.Anon().Do("POST", "/api/v1/auth/refresh", map[string]any{"refresh_token": refresh})
}

// authBearer is a client that sends only the bearer token (no cookies).
func authBearer(env *apitest.Env, token string) *apitest.Client {
	c := env.Anon()
	c.Bearer = token
	return c
}

func TestTokenFlow(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		p1 := authGetToken(t, env, strings.ToUpper(u.Email()), apitest.Password)
		if strings.Count(p1.AccessToken, ".") != 2 || strings.Contains(p1.RefreshToken, ".") {
			t.Fatalf("access token should be a JWT and the refresh token opaque: %+v", p1)
		}

		me := authBearer(env, p1.AccessToken).Do("GET", "/api/v1/me", nil).Expect(200).Map()
		if me["email"] != u.Email() {
			t.Fatalf("/me with bearer = %v", me)
		}
		// Bearer writes need no CSRF token.
		authBearer(env, p1.AccessToken).Do("PATCH", "/api/v1/me", map[string]any{"name": "Via JWT"}).Expect(200)

		// Refresh rotates: a new pair, the old access token still valid until it expires.
		var p2 authTokenPair
		authRefresh(env, p1.RefreshToken).Expect(200).Decode(&p2)
		if p2.RefreshToken == p1.RefreshToken || p2.AccessToken == p1.AccessToken || p2.TokenType != "Bearer" {
			t.Fatalf("refresh did not rotate: %+v -> %+v", p1, p2)
		}
		authBearer(env, p2.AccessToken).Do("GET", "/api/v1/me", nil).Expect(200)

		// Presenting the used refresh token again revokes the whole family...
		authRefresh(env, p1.RefreshToken).ExpectProblem(401, "unauthorized")
		// ...so the newest refresh token of the family is dead too.
		authRefresh(env, p2.RefreshToken).ExpectProblem(401, "unauthorized")
		var revoked int
		if err := bdb.NewSelect().Model((*model.RefreshToken)(nil)).Where("revoked_at IS NOT NULL").ColumnExpr("count(*)").Scan(context.Background(), &revoked); err != nil {
			t.Fatal(err)
		}
		if revoked != 2 {
			t.Fatalf("%d refresh tokens revoked, want the family's 2", revoked)
		}

		// Another family (another sign-in) is unaffected.
		p3 := authGetToken(t, env, u.Email(), apitest.Password)
		authRefresh(env, p3.RefreshToken).Expect(200)

		// Refresh tokens are stored hashed.
		var hashes []string
		if err := bdb.NewSelect().Model((*model.RefreshToken)(nil)).Column("token_hash").Scan(context.Background(), &hashes); err != nil {
			t.Fatal(err)
		}
		for _, h := range hashes {
			if h == p1.RefreshToken || h == p3.RefreshToken {
				t.Fatal("a refresh token is stored in clear")
			}
		}
	})
}

func TestTokenErrors(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		cases := []struct {
			name   string
			path   string
			body   any
			status int
			slug   string
			fields []string
		}{
			{"token: wrong password", "/api/v1/auth/token", map[string]any{"email": u.Email(), "password": "wrong password"}, 401, "invalid-credentials", nil},
			{"token: unknown email", "/api/v1/auth/token", map[string]any{"email": "nobody@example.com", "password": apitest.Password}, 401, "invalid-credentials", nil},
			{"token: missing fields", "/api/v1/auth/token", map[string]any{}, 422, "validation", []string{"email", "password"}},
			{"token: unknown field", "/api/v1/auth/token", map[string]any{"email": u.Email(), "password": "x", "scope": "admin"}, 400, "bad-request", nil},
			{"refresh: missing", "/api/v1/auth/refresh", map[string]any{}, 422, "validation", []string{"refresh_token"}},
			{"refresh: unknown token", "/api/v1/auth/refresh", map[string]any{"refresh_token": "nope"}, 401, "unauthorized", nil},
			{"refresh: an access token", "/api/v1/auth/refresh", map[string]any{"refresh_token": authGetToken(t, env, u.Email(), apitest.Password).AccessToken}, 401, "unauthorized", nil},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				env.Anon().Do("POST", tc.path, tc.body).ExpectProblem(tc.status, tc.slug, tc.fields...)
			})
		}
	})
}

func TestAccessTokenExpiry(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		p := authGetToken(t, env, u.Email(), apitest.Password)
		env.Clock.Advance(15*time.Minute - time.Second)
		authBearer(env, p.AccessToken).Do("GET", "/api/v1/me", nil).Expect(200)
		env.Clock.Advance(time.Second)
		r := authBearer(env, p.AccessToken).Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")
		if !strings.HasPrefix(r.Header.Get("WWW-Authenticate"), "Bearer") {
			t.Fatalf("WWW-Authenticate = %q", r.Header.Get("WWW-Authenticate"))
		}
		// The refresh token outlives it...
		var p2 authTokenPair
		authRefresh(env, p.RefreshToken).Expect(200).Decode(&p2)
		authBearer(env, p2.AccessToken).Do("GET", "/api/v1/me", nil).Expect(200)
		// ...for 30 days.
		env.Clock.Advance(30*24*time.Hour - time.Second)
		var p3 authTokenPair
		authRefresh(env, p2.RefreshToken).Expect(200).Decode(&p3)
		env.Clock.Advance(30 * 24 * time.Hour)
		authRefresh(env, p3.RefreshToken).ExpectProblem(401, "unauthorized")
	})
}

func TestForgedAccessTokens(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		victim := env.Register()
		attacker := env.Register()
		p := authGetToken(t, env, attacker.Email(), apitest.Password)
		parts := strings.Split(p.AccessToken, ".")
		var claims map[string]any
		raw, err := base64.RawURLEncoding.DecodeString(parts[1])
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &claims); err != nil {
			t.Fatal(err)
		}
		claims["sub"] = authJSONString(victim.User["id"])
		forged, _ := json.Marshal(claims)
		forgedPayload := base64.RawURLEncoding.EncodeToString(forged)
		none := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`))
		noneUpper := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"NONE","typ":"JWT"}`))

		cases := map[string]string{
			"payload changed, signature kept": parts[0] + "." + forgedPayload + "." + parts[2],
			"alg none, no signature":          none + "." + forgedPayload + ".",
			"alg NONE, original signature":    noneUpper + "." + forgedPayload + "." + parts[2],
			"signature flipped":               parts[0] + "." + parts[1] + "." + authFlipFirst(parts[2]),
			"not a JWT":                       "hello",
			"a refresh token":                 p.RefreshToken,
			"an unknown API token":            "carnet_pat_" + strings.Repeat("A", 43),
		}
		for name, tok := range cases {
			t.Run(name, func(t *testing.T) {
				authBearer(env, tok).Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")
			})
		}
		// The genuine token still works, for the attacker only.
		if got := authBearer(env, p.AccessToken).Do("GET", "/api/v1/me", nil).Expect(200).Map()["email"]; got != attacker.Email() {
			t.Fatalf("/me = %v", got)
		}
		// A malformed Authorization header is a 401 too.
		for _, h := range []string{"Basic YTpi", "Bearer", "Bearer    ", "Token " + p.AccessToken} {
			req := httptest.NewRequest("GET", "/api/v1/me", nil)
			req.Header.Set("Authorization", h)
			resp, err := env.Server.App.Test(req, -1)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != 401 {
				t.Fatalf("Authorization %q: status %d, want 401", h, resp.StatusCode)
			}
		}
	})
}

func authJSONString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// authFlipFirst changes the first character (whose bits all count, unlike the
// last one's of a base64 string).
func authFlipFirst(s string) string {
	repl := "A"
	if strings.HasPrefix(s, "A") {
		repl = "B"
	}
	return repl + s[1:]
}

// Concurrent refreshes of one token: exactly one wins, and the losers count
// as reuse, which revokes the family (the winner's new token included).
func TestConcurrentRefresh(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		p := authGetToken(t, env, u.Email(), apitest.Password)
		const n = 6
		statuses := make(chan int, n)
		pairs := make(chan authTokenPair, n)
		var wg sync.WaitGroup
		for range n {
			c := env.Anon()
			wg.Go(func() {
				r := c.Do("POST", "/api/v1/auth/refresh", map[string]any{"refresh_token": p.RefreshToken})
				statuses <- r.Status
				if r.Status == 200 {
					var np authTokenPair
					if err := json.Unmarshal(r.Body, &np); err == nil {
						pairs <- np
					}
				}
			})
		}
		wg.Wait()
		close(statuses)
		close(pairs)
		count := map[int]int{}
		for s := range statuses {
			count[s]++
		}
		if count[200] != 1 || count[401] != n-1 {
			t.Fatalf("statuses %v, want one 200 and %d 401", count, n-1)
		}
		for np := range pairs {
			authRefresh(env, np.RefreshToken).ExpectProblem(401, "unauthorized")
		}
	})
}

// Rotation keeps a client signed in for at most RefreshFamilyTTL after it
// last gave its password: a stolen refresh token cannot live forever.
func TestRefreshFamilyHasAnAbsoluteEnd(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		p := authGetToken(t, env, u.Email(), apitest.Password)
		// Refresh every 20 days: each token lives 30 days, but the family 90.
		for day := 20; day < 90; day += 20 {
			env.Clock.Advance(20 * 24 * time.Hour)
			var next authTokenPair
			authRefresh(env, p.RefreshToken).Expect(200).Decode(&next)
			p = next
		}
		// Day 80: the last token was issued then, yet it ends with the family
		// on day 90, not on day 110.
		env.Clock.Advance(10*24*time.Hour + time.Second)
		authRefresh(env, p.RefreshToken).ExpectProblem(401, "unauthorized")
		// Signing in with the password starts a new family.
		authGetToken(t, env, u.Email(), apitest.Password)
	})
}
