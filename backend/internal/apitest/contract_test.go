package apitest

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }

func TestCheckContract(t *testing.T) {
	jsonH := http.Header{"Content-Type": {"application/json"}}
	problemH := http.Header{"Content-Type": {"application/problem+json"}}
	problem := func(status int, slug string) string {
		return fmt.Sprintf(`{"type":"/problems/%s","title":"x","status":%d}`, slug, status)
	}
	meta := `{"name":"Carnet","version":"1.0.0","registration":"open"}`
	for _, tc := range []struct {
		name         string
		method, path string
		reqBody      string
		status       int
		header       http.Header
		body         string
		want         []string // substrings of the reported error; none: no error
	}{
		{"valid", "GET", "/api/v1/meta", "", 200, jsonH, meta, nil},
		{"query string", "GET", "/api/v1/meta?x=1", "", 200, jsonH, meta, nil},
		{"undocumented field", "GET", "/api/v1/meta", "", 200, jsonH,
			`{"name":"Carnet","version":"1","registration":"open","secret":1}`, []string{"getMeta", "secret"}},
		{"missing field", "GET", "/api/v1/meta", "", 200, jsonH, `{"name":"Carnet","registration":"open"}`, []string{"getMeta", "version"}},
		{"wrong enum", "GET", "/api/v1/meta", "", 200, jsonH, `{"name":"Carnet","version":"1","registration":"maybe"}`, []string{"registration"}},
		{"undocumented status", "GET", "/api/v1/meta", "", 418, problemH, problem(418, "teapot"), []string{"getMeta", "418"}},
		{"wrong content type", "GET", "/api/v1/me", "", 401, jsonH, problem(401, "unauthorized"), []string{"getMe", "Content-Type"}},
		{"problem ok", "GET", "/api/v1/me", "", 401, problemH, problem(401, "unauthorized"), nil},
		{"undocumented path", "GET", "/api/v1/nope", "", 200, jsonH, `{}`, []string{"/api/v1/nope", "no such operation"}},
		{"unknown path answered 404", "GET", "/api/v2/vehicles", "", 404, problemH, problem(404, "not-found"), nil},
		{"non-integer id answered 404", "GET", "/api/v1/vehicles/abc", "", 404, problemH, problem(404, "not-found"), nil},
		{"invalid request accepted", "POST", "/api/v1/auth/login", `{"email":"a@b.c","password":"x","colour":"red"}`, 200,
			jsonH, `{}`, []string{"login", "request", "colour"}},
		{"invalid request rejected", "POST", "/api/v1/auth/login", `{"email":"a@b.c","password":"x","colour":"red"}`, 400,
			problemH, problem(400, "bad-request"), nil},
		{"not the API", "GET", "/healthz", "", 200, jsonH, `{"anything":1}`, nil},
		{"the reference", "GET", "/api/docs/init.js", "", 200, http.Header{}, `x`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{TB: t}
			h := http.Header{}
			if tc.reqBody != "" {
				h.Set("Content-Type", "application/json")
			}
			checkContract(rec, tc.method, tc.path, h, []byte(tc.reqBody),
				&Response{Status: tc.status, Header: tc.header, Body: []byte(tc.body)})
			got := strings.Join(rec.errs, "\n")
			if len(tc.want) == 0 && got != "" {
				t.Fatalf("unexpected contract error:\n%s", got)
			}
			if len(tc.want) > 0 && got == "" {
				t.Fatal("no contract error")
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("error does not mention %q:\n%s", w, got)
				}
			}
		})
	}
}
