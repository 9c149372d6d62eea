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

type authPAT struct {
	ID         int64      `json:"id"`
	Name       string     `json:"name"`
	Scope      string     `json:"scope"`
	Prefix     string     `json:"prefix"`
	CreatedAt  time.Time  `json:"created_at"`
	ExpiresAt  *time.Time `json:"expires_at"`
	LastUsedAt *time.Time `json:"last_used_at"`
	Token      string     `json:"token"`
}

type authPATList struct {
	Items   []authPAT `json:"items"`
	Page    int       `json:"page"`
	PerPage int       `json:"per_page"`
	Total   int       `json:"total"`
}

func authCreatePAT(t *testing.T, c *apitest.Client, body map[string]any) authPAT {
	t.Helper()
	var tok authPAT
	c.Do("POST", "/api/v1/api-tokens", body).Expect(201).Decode(&tok)
	return tok
}

func authListPATs(t *testing.T, c *apitest.Client, query string) authPATList {
	t.Helper()
	var l authPATList
	c.Do("GET", "/api/v1/api-tokens"+query, nil).Expect(200).Decode(&l)
	return l
}

func TestAPITokenScopes(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		read := authCreatePAT(t, u, map[string]any{"name": "  grafana  ", "scope": "read"})
		write := authCreatePAT(t, u, map[string]any{"name": "import script", "scope": "write"})

		if !strings.HasPrefix(read.Token, "carnet_pat_") || len(read.Token) != len("carnet_pat_")+43 {
			t.Fatalf("token %q", read.Token)
		}
		if read.Prefix != read.Token[:16] || read.Name != "grafana" || read.Scope != "read" || read.ExpiresAt != nil || read.LastUsedAt != nil {
			t.Fatalf("created token %+v", read)
		}
		if !read.CreatedAt.Equal(env.Clock.Now()) {
			t.Fatalf("created_at %v, want %v", read.CreatedAt, env.Clock.Now())
		}

		cases := []struct {
			name   string
			token  string
			method string
			path   string
			body   any
			status int
			slug   string
		}{
			{"read token reads", read.Token, "GET", "/api/v1/me", nil, 200, ""},
			{"read token lists tokens", read.Token, "GET", "/api/v1/api-tokens", nil, 200, ""},
			{"read token cannot write", read.Token, "PATCH", "/api/v1/me", map[string]any{"name": "x"}, 403, "forbidden"},
			{"read token cannot change the password", read.Token, "POST", "/api/v1/me/password",
				map[string]any{"current_password": apitest.Password, "new_password": "another long password"}, 403, "forbidden"},
			{"read token cannot revoke", read.Token, "DELETE", "/api/v1/api-tokens/" + strconv.FormatInt(write.ID, 10), nil, 403, "forbidden"},
			{"write token writes without CSRF", write.Token, "PATCH", "/api/v1/me", map[string]any{"name": "Scripted"}, 200, ""},
			{"write token cannot mint tokens", write.Token, "POST", "/api/v1/api-tokens", map[string]any{"name": "x", "scope": "write"}, 403, "forbidden"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				r := authBearer(env, tc.token).Do(tc.method, tc.path, tc.body)
				if tc.slug != "" {
					r.ExpectProblem(tc.status, tc.slug)
				} else {
					r.Expect(tc.status)
				}
			})
		}
		if got := u.Do("GET", "/api/v1/me", nil).Expect(200).Map()["name"]; got != "Scripted" {
			t.Fatalf("name = %v after the write-token PATCH", got)
		}

		// Listing never shows the secret; only hashes are stored.
		l := authListPATs(t, u, "")
		if l.Total != 2 || len(l.Items) != 2 || l.Page != 1 || l.PerPage != 20 {
			t.Fatalf("list %+v", l)
		}
		for _, it := range l.Items {
			if it.Token != "" {
				t.Fatal("list shows a token secret")
			}
		}
		var stored []model.APIToken
		if err := bdb.NewSelect().Model(&stored).Scan(context.Background()); err != nil {
			t.Fatal(err)
		}
		for _, s := range stored {
			if s.TokenHash == read.Token || s.TokenHash == write.Token || len(s.TokenHash) != 64 {
				t.Fatalf("token stored as %q", s.TokenHash)
			}
		}
	})
}

func TestAPITokenLastUsed(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		tok := authCreatePAT(t, u, map[string]any{"name": "cron", "scope": "read"})
		lastUsed := func() *time.Time {
			for _, it := range authListPATs(t, u, "").Items {
				if it.ID == tok.ID {
					return it.LastUsedAt
				}
			}
			t.Fatal("token not listed")
			return nil
		}
		if lastUsed() != nil {
			t.Fatal("last_used_at set before any use")
		}
		t0 := env.Clock.Now()
		authBearer(env, tok.Token).Do("GET", "/api/v1/me", nil).Expect(200)
		if lu := lastUsed(); lu == nil || !lu.Equal(t0) {
			t.Fatalf("last_used_at = %v, want %v", lu, t0)
		}
		env.Clock.Advance(59 * time.Second)
		authBearer(env, tok.Token).Do("GET", "/api/v1/me", nil).Expect(200)
		if lu := lastUsed(); !lu.Equal(t0) {
			t.Fatalf("last_used_at rewritten within a minute: %v", lu)
		}
		env.Clock.Advance(time.Second)
		authBearer(env, tok.Token).Do("GET", "/api/v1/me", nil).Expect(200)
		if lu := lastUsed(); !lu.Equal(t0.Add(time.Minute)) {
			t.Fatalf("last_used_at = %v, want %v", lu, t0.Add(time.Minute))
		}
	})
}

func TestAPITokenRevokeAndExpiry(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		other := env.Register()
		keep := authCreatePAT(t, u, map[string]any{"name": "keep", "scope": "read"})
		gone := authCreatePAT(t, u, map[string]any{"name": "gone", "scope": "write"})
		theirs := authCreatePAT(t, other, map[string]any{"name": "theirs", "scope": "read"})

		// Another user's token id answers 404 and stays alive.
		u.Do("DELETE", "/api/v1/api-tokens/"+strconv.FormatInt(theirs.ID, 10), nil).ExpectProblem(404, "not-found")
		authBearer(env, theirs.Token).Do("GET", "/api/v1/me", nil).Expect(200)
		if l := authListPATs(t, u, ""); l.Total != 2 {
			t.Fatalf("u sees %d tokens, want 2", l.Total)
		}
		u.Do("DELETE", "/api/v1/api-tokens/999999", nil).ExpectProblem(404, "not-found")
		u.Do("DELETE", "/api/v1/api-tokens/abc", nil).ExpectProblem(404, "not-found")

		authBearer(env, gone.Token).Do("GET", "/api/v1/me", nil).Expect(200)
		u.Do("DELETE", "/api/v1/api-tokens/"+strconv.FormatInt(gone.ID, 10), nil).Expect(204)
		authBearer(env, gone.Token).Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")
		u.Do("DELETE", "/api/v1/api-tokens/"+strconv.FormatInt(gone.ID, 10), nil).ExpectProblem(404, "not-found")
		if l := authListPATs(t, u, ""); l.Total != 1 || l.Items[0].ID != keep.ID {
			t.Fatalf("after revoking: %+v", l)
		}
		// A token can revoke itself.
		self := authCreatePAT(t, u, map[string]any{"name": "self", "scope": "write"})
		authBearer(env, self.Token).Do("DELETE", "/api/v1/api-tokens/"+strconv.FormatInt(self.ID, 10), nil).Expect(204)
		authBearer(env, self.Token).Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")

		// Expiry.
		in := env.Clock.Now().Add(time.Hour)
		exp := authCreatePAT(t, u, map[string]any{"name": "temp", "scope": "read", "expires_at": in.In(time.FixedZone("CEST", 2*3600)).Format(time.RFC3339)})
		if exp.ExpiresAt == nil || !exp.ExpiresAt.Equal(in) || exp.ExpiresAt.Location() != time.UTC {
			t.Fatalf("expires_at = %v, want %v in UTC", exp.ExpiresAt, in)
		}
		env.Clock.Advance(time.Hour - time.Second)
		authBearer(env, exp.Token).Do("GET", "/api/v1/me", nil).Expect(200)
		env.Clock.Advance(time.Second)
		authBearer(env, exp.Token).Do("GET", "/api/v1/me", nil).ExpectProblem(401, "unauthorized")
		authBearer(env, keep.Token).Do("GET", "/api/v1/me", nil).Expect(200)
	})
}

func TestAPITokenValidation(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := apitest.New(t, bdb, nil)
		u := env.Register()
		now := env.Clock.Now()
		cases := []struct {
			name   string
			body   any
			status int
			slug   string
			fields []string
		}{
			{"empty object", map[string]any{}, 422, "validation", []string{"name", "scope"}},
			{"blank name", map[string]any{"name": "   ", "scope": "read"}, 422, "validation", []string{"name"}},
			{"long name", map[string]any{"name": strings.Repeat("n", 101), "scope": "read"}, 422, "validation", []string{"name"}},
			{"bad scope", map[string]any{"name": "x", "scope": "admin"}, 422, "validation", []string{"scope"}},
			{"past expiry", map[string]any{"name": "x", "scope": "read", "expires_at": now.Add(-time.Minute).Format(time.RFC3339)}, 422, "validation", []string{"expires_at"}},
			{"expiry now", map[string]any{"name": "x", "scope": "read", "expires_at": now.Format(time.RFC3339)}, 422, "validation", []string{"expires_at"}},
			{"date-only expiry", map[string]any{"name": "x", "scope": "read", "expires_at": "2030-01-01"}, 422, "validation", []string{"expires_at"}},
			{"every field bad at once", map[string]any{"name": "", "scope": "root", "expires_at": "soon"}, 422, "validation", []string{"name", "scope", "expires_at"}},
			{"unknown field", map[string]any{"name": "x", "scope": "read", "user_id": 1}, 400, "bad-request", nil},
			{"wrong type", map[string]any{"name": 5, "scope": "read"}, 422, "validation", []string{"name"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				u.Do("POST", "/api/v1/api-tokens", tc.body).ExpectProblem(tc.status, tc.slug, tc.fields...)
			})
		}
		if l := authListPATs(t, u, ""); l.Total != 0 {
			t.Fatalf("a refused request created a token: %+v", l)
		}
		authCreatePAT(t, u, map[string]any{"name": "null expiry", "scope": "read", "expires_at": nil})

		// Pagination.
		for i := range 4 {
			env.Clock.Advance(time.Second)
			authCreatePAT(t, u, map[string]any{"name": "t" + strconv.Itoa(i), "scope": "read"})
		}
		l := authListPATs(t, u, "?page=2&per_page=2")
		if l.Total != 5 || l.Page != 2 || l.PerPage != 2 || len(l.Items) != 2 || l.Items[0].Name != "t1" || l.Items[1].Name != "t0" {
			t.Fatalf("page 2: %+v", l)
		}
		for _, q := range []string{"?per_page=101", "?per_page=0", "?page=0", "?page=x"} {
			u.Do("GET", "/api/v1/api-tokens"+q, nil).ExpectProblem(422, "validation")
		}
		env.Anon().Do("GET", "/api/v1/api-tokens", nil).ExpectProblem(401, "unauthorized")
		env.Anon().Do("POST", "/api/v1/api-tokens", map[string]any{"name": "x", "scope": "read"}).ExpectProblem(401, "unauthorized")
	})
}
