// Package apitest drives the real HTTP stack (server.New over a real
// database) for API tests: clients with a session (cookies + CSRF) or a
// bearer token, and every exchange checked against the OpenAPI contract.
package apitest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/server"
	"github.com/uptrace/bun"
)

// CheapArgon2 keeps password hashing fast in tests.
var CheapArgon2 = auth.Argon2Params{Memory: 64, Time: 1, Threads: 1}

// Clock is a settable clock for time-based rules.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// Now returns the clock's time.
func (c *Clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

// Advance moves the clock forward.
func (c *Clock) Advance(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

// Env is one server over one database.
type Env struct {
	T      testing.TB
	DB     *bun.DB
	Server *server.Server
	Clock  *Clock
	Config *config.Config
	// Log receives the server's log lines (tests may inspect it).
	Log *bytes.Buffer
	// Contract, when true (the default), checks every request and response
	// against the OpenAPI document.
	Contract bool
	users    atomic.Int64
}

// New builds a server over bdb. env overrides configuration variables.
func New(t testing.TB, bdb *bun.DB, env map[string]string) *Env {
	t.Helper()
	cfg, err := config.FromEnv(func(k string) (string, bool) {
		if v, ok := env[k]; ok {
			return v, true
		}
		// app.Test connections come from 0.0.0.0: trust it as a proxy so each
		// client's IP (sent as X-Forwarded-For) is its address for rate limits.
		if k == "CARNET_TRUSTED_PROXIES" {
			return "0.0.0.0", true
		}
		return "", false
	})
	if err != nil {
		t.Fatal(err)
	}
	cfg.SecretKey = []byte("test-secret-key-test-secret-key-0123456789")
	clock := &Clock{now: time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)}
	logBuf := &bytes.Buffer{}
	log := slog.New(slog.NewTextHandler(&lockedWriter{w: logBuf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv, err := server.New(server.Options{Config: cfg, DB: bdb, Log: log, Clock: clock.Now, Argon2: &CheapArgon2})
	if err != nil {
		t.Fatal(err)
	}
	return &Env{T: t, DB: bdb, Server: srv, Clock: clock, Config: cfg, Log: logBuf, Contract: true}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Client is a caller: anonymous, a browser session, or a bearer token.
type Client struct {
	env     *Env
	cookies map[string]string
	Bearer  string
	// IP is the client's address (rate limits are per address).
	IP string
	// NoCSRF leaves the X-CSRF-Token header out.
	NoCSRF bool
	// User is the registered user's JSON, when the client registered.
	User map[string]any
}

// Anon returns an anonymous client.
func (e *Env) Anon() *Client {
	n := e.users.Add(1)
	return &Client{env: e, cookies: map[string]string{}, IP: fmt.Sprintf("192.0.2.%d", n%250+1)}
}

// Password is the password Register uses.
const Password = "correct horse battery staple"

// Register creates a fresh account and returns a signed-in session client.
func (e *Env) Register() *Client {
	e.T.Helper()
	c := e.Anon()
	email := fmt.Sprintf("user%d-%d@example.com", e.users.Add(1), time.Now().UnixNano()%100000)
	r := c.Do("POST", "/api/v1/auth/register", map[string]any{"email": email, "password": Password, "name": "Test User"})
	r.Expect(201)
	r.Decode(&c.User)
	return c
}

// Email returns the client's account email.
func (c *Client) Email() string { s, _ := c.User["email"].(string); return s }

// Cookie returns a cookie the client holds.
func (c *Client) Cookie(name string) string { return c.cookies[name] }

// SetCookie sets (or, with an empty value, removes) a cookie the client sends.
func (c *Client) SetCookie(name, value string) {
	if value == "" {
		delete(c.cookies, name)
		return
	}
	c.cookies[name] = value
}

// Response is a finished exchange.
type Response struct {
	t      testing.TB
	Status int
	Header http.Header
	Body   []byte
	req    string
}

// Do sends a request with an optional JSON body (a string or []byte is sent raw).
func (c *Client) Do(method, path string, body any) *Response {
	c.env.T.Helper()
	var raw []byte
	switch b := body.(type) {
	case nil:
	case []byte:
		raw = b
	case string:
		raw = []byte(b)
	default:
		var err error
		if raw, err = json.Marshal(b); err != nil {
			c.env.T.Fatal(err)
		}
	}
	req := httptest.NewRequest(method, path, bytes.NewReader(raw))
	if raw != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("X-Forwarded-For", c.IP)
	req.RemoteAddr = c.IP + ":40000"
	if c.Bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.Bearer)
	}
	var parts []string
	for k, v := range c.cookies {
		parts = append(parts, k+"="+v)
	}
	if len(parts) > 0 {
		req.Header.Set("Cookie", strings.Join(parts, "; "))
	}
	if csrf := c.cookies["carnet_csrf"]; csrf != "" && !c.NoCSRF {
		req.Header.Set("X-CSRF-Token", csrf)
	}
	resp, err := c.env.Server.App.Test(req, -1)
	if err != nil {
		c.env.T.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, ck := range resp.Cookies() {
		if ck.MaxAge < 0 || ck.Value == "" {
			delete(c.cookies, ck.Name)
		} else {
			c.cookies[ck.Name] = ck.Value
		}
	}
	r := &Response{t: c.env.T, Status: resp.StatusCode, Header: resp.Header, Body: b, req: method + " " + path}
	if c.env.Contract {
		checkContract(c.env.T, method, path, req.Header, raw, r)
	}
	return r
}

// Expect fails the test unless the status is want.
func (r *Response) Expect(want int) *Response {
	r.t.Helper()
	if r.Status != want {
		r.t.Fatalf("%s: status %d, want %d; body: %s", r.req, r.Status, want, r.Body)
	}
	return r
}

// Decode unmarshals the body into v.
func (r *Response) Decode(v any) *Response {
	r.t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		r.t.Fatalf("%s: decoding %s: %v", r.req, r.Body, err)
	}
	return r
}

// Map returns the body as a JSON object.
func (r *Response) Map() map[string]any {
	r.t.Helper()
	var m map[string]any
	r.Decode(&m)
	return m
}

// FieldErrors returns the problem's errors as field -> message.
func (r *Response) FieldErrors() map[string]string {
	r.t.Helper()
	var p struct {
		Errors []struct{ Field, Message string } `json:"errors"`
	}
	r.Decode(&p)
	out := map[string]string{}
	for _, e := range p.Errors {
		out[e.Field] = e.Message
	}
	return out
}

// ExpectProblem checks status, problem type slug and, when given, that each
// field has an error.
func (r *Response) ExpectProblem(status int, slug string, fields ...string) *Response {
	r.t.Helper()
	r.Expect(status)
	if ct := r.Header.Get("Content-Type"); ct != "application/problem+json" {
		r.t.Fatalf("%s: Content-Type %q, want application/problem+json", r.req, ct)
	}
	m := r.Map()
	if m["type"] != "/problems/"+slug {
		r.t.Fatalf("%s: problem type %v, want /problems/%s; body %s", r.req, m["type"], slug, r.Body)
	}
	fe := r.FieldErrors()
	for _, f := range fields {
		if _, ok := fe[f]; !ok {
			r.t.Fatalf("%s: no error on field %q; errors: %v", r.req, f, fe)
		}
	}
	return r
}
