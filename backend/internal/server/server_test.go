package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/server"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestMain(m *testing.M) { testutil.Main(m) }

var spaFiles = fstest.MapFS{
	"index.html":              {Data: []byte("<!doctype html><title>Carnet</title>")},
	"favicon.svg":             {Data: []byte("<svg/>")},
	"assets/app-abc123.js":    {Data: []byte("console.log('plain')")},
	"assets/app-abc123.js.br": {Data: []byte("BROTLI")},
	"assets/app-abc123.js.gz": {Data: []byte("GZIP")},
}

func newServer(t *testing.T, bdb *bun.DB, env map[string]string) *server.Server {
	t.Helper()
	cfg, err := config.FromEnv(func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(server.Options{Config: cfg, DB: bdb, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), SPA: spaFiles})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

func do(t *testing.T, srv *server.Server, req *http.Request) (*http.Response, string) {
	t.Helper()
	resp, err := srv.App.Test(req, -1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestServer(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		srv := newServer(t, bdb, nil)
		cases := []struct {
			name, method, path string
			headers            map[string]string
			wantStatus         int
			wantHeaders        map[string]string
			wantBody           string
		}{
			{name: "healthz", path: "/healthz", wantStatus: 200, wantBody: `"ok"`},
			{name: "readyz", path: "/readyz", wantStatus: 200, wantBody: `"database":"ok"`},
			{name: "meta", path: "/api/v1/meta", wantStatus: 200, wantBody: `"version":"`},
			{name: "unknown api path is JSON 404", path: "/api/v1/nope", wantStatus: 404,
				wantHeaders: map[string]string{"Content-Type": "application/problem+json"}, wantBody: `"type":"/problems/not-found"`},
			{name: "unknown api version is JSON 404", path: "/api/v9/vehicles", wantStatus: 404,
				wantHeaders: map[string]string{"Content-Type": "application/problem+json"}},
			{name: "spa root", path: "/", wantStatus: 200,
				wantHeaders: map[string]string{"Cache-Control": "no-cache", "Content-Type": "text/html; charset=utf-8"}, wantBody: "<title>Carnet</title>"},
			{name: "client-side route falls back to index", path: "/vehicles/12/service", wantStatus: 200, wantBody: "<title>Carnet</title>"},
			{name: "asset brotli", path: "/assets/app-abc123.js", headers: map[string]string{"Accept-Encoding": "gzip, br"}, wantStatus: 200,
				wantHeaders: map[string]string{"Content-Encoding": "br", "Cache-Control": "public, max-age=31536000, immutable", "Vary": "Accept-Encoding"}, wantBody: "BROTLI"},
			{name: "asset gzip", path: "/assets/app-abc123.js", headers: map[string]string{"Accept-Encoding": "gzip"}, wantStatus: 200,
				wantHeaders: map[string]string{"Content-Encoding": "gzip"}, wantBody: "GZIP"},
			{name: "asset refused br", path: "/assets/app-abc123.js", headers: map[string]string{"Accept-Encoding": "br;q=0"}, wantStatus: 200,
				wantHeaders: map[string]string{"Content-Encoding": ""}, wantBody: "console.log"},
			{name: "missing asset is 404, not the app", path: "/assets/missing-1.js", wantStatus: 404},
			{name: "top-level file", path: "/favicon.svg", wantStatus: 200, wantHeaders: map[string]string{"Content-Type": "image/svg+xml"}},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				method := tc.method
				if method == "" {
					method = http.MethodGet
				}
				req := httptest.NewRequest(method, tc.path, nil)
				for k, v := range tc.headers {
					req.Header.Set(k, v)
				}
				resp, body := do(t, srv, req)
				if resp.StatusCode != tc.wantStatus {
					t.Fatalf("status = %d, want %d; body %s", resp.StatusCode, tc.wantStatus, body)
				}
				for k, v := range tc.wantHeaders {
					if got := resp.Header.Get(k); got != v {
						t.Errorf("%s = %q, want %q", k, got, v)
					}
				}
				if !strings.Contains(body, tc.wantBody) {
					t.Errorf("body %q does not contain %q", body, tc.wantBody)
				}
				// Security headers on every response.
				csp := resp.Header.Get("Content-Security-Policy")
				if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") || !strings.Contains(csp, "frame-ancestors 'none'") {
					t.Errorf("CSP = %q", csp)
				}
				for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin"} {
					if got := resp.Header.Get(k); got != v {
						t.Errorf("%s = %q, want %q", k, got, v)
					}
				}
				if resp.Header.Get("Permissions-Policy") == "" || resp.Header.Get("X-Request-Id") == "" {
					t.Errorf("missing Permissions-Policy or X-Request-Id: %v", resp.Header)
				}
			})
		}
	})
}

func TestReadyzReportsPendingMigrations(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		mg, err := db.NewMigrator(bdb)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := mg.Down(context.Background()); err != nil {
			t.Fatal(err)
		}
		srv := newServer(t, bdb, nil)
		resp, body := do(t, srv, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		if resp.StatusCode != 503 || !strings.Contains(body, "pending_migrations") {
			t.Fatalf("readyz = %d %s, want 503 with pending migrations", resp.StatusCode, body)
		}
	})
}

func TestHSTSAndHTTPSRedirect(t *testing.T) {
	bdb := testutil.NewDB(t, "sqlite")
	srv := newServer(t, bdb, map[string]string{
		"CARNET_HTTPS_REDIRECT": "true", "CARNET_HSTS_SECONDS": "31536000", "CARNET_TRUSTED_PROXIES": "0.0.0.0/0",
	})
	resp, _ := do(t, srv, httptest.NewRequest(http.MethodGet, "http://carnet.example/vehicles?x=1", nil))
	if resp.StatusCode != http.StatusPermanentRedirect || resp.Header.Get("Location") != "https://carnet.example/vehicles?x=1" {
		t.Fatalf("redirect = %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	req := httptest.NewRequest(http.MethodGet, "http://carnet.example/", nil)
	req.Header.Set("X-Forwarded-Proto", "https")
	resp, _ = do(t, srv, req)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Strict-Transport-Security"), "max-age=31536000") {
		t.Fatalf("behind a trusted TLS proxy: %d, HSTS %q", resp.StatusCode, resp.Header.Get("Strict-Transport-Security"))
	}
}

func TestUntrustedForwardedProtoIgnored(t *testing.T) {
	bdb := testutil.NewDB(t, "sqlite")
	srv := newServer(t, bdb, map[string]string{"CARNET_HTTPS_REDIRECT": "true", "CARNET_TRUSTED_PROXIES": "10.9.9.9"})
	req := httptest.NewRequest(http.MethodGet, "http://carnet.example/", nil)
	req.Header.Set("X-Forwarded-Proto", "https")
	resp, _ := do(t, srv, req)
	if resp.StatusCode != http.StatusPermanentRedirect {
		t.Fatalf("a spoofed X-Forwarded-Proto from an untrusted client was honoured: %d", resp.StatusCode)
	}
}

func TestMetrics(t *testing.T) {
	bdb := testutil.NewDB(t, "sqlite")
	srv := newServer(t, bdb, nil)
	do(t, srv, httptest.NewRequest(http.MethodGet, "/api/v1/meta", nil))
	_, body := do(t, srv, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, want := range []string{
		`carnet_http_requests_total{method="GET",route="/api/v1/meta",status="200"} 1`,
		"carnet_http_request_duration_seconds_bucket",
		"go_goroutines", `go_sql_max_open_connections{db_name="carnet"}`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestProblemJSONShape(t *testing.T) {
	bdb := testutil.NewDB(t, "sqlite")
	srv := newServer(t, bdb, nil)
	_, body := do(t, srv, httptest.NewRequest(http.MethodGet, "/api/v1/does-not-exist", nil))
	var p map[string]any
	if err := json.Unmarshal([]byte(body), &p); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"type", "title", "status", "detail", "request_id"} {
		if _, ok := p[k]; !ok {
			t.Errorf("problem lacks %q: %s", k, body)
		}
	}
}
