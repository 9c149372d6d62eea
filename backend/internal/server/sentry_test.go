package server_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/server"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/getsentry/sentry-go"
	"github.com/gofiber/fiber/v2"
)

// A local endpoint stands in for sentry.io (outside our control): a panic in
// a handler is reported once, tagged with the request id, without the
// request body or credentials, and the client gets a problem+json 500.
func TestPanicsAreReportedToSentry(t *testing.T) {
	var mu sync.Mutex
	var envelopes []string
	got := make(chan struct{}, 10)
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		envelopes = append(envelopes, string(b))
		mu.Unlock()
		got <- struct{}{}
	}))
	defer fake.Close()

	bdb := testutil.NewDB(t, "sqlite")
	dsn := strings.Replace(fake.URL, "http://", "http://publickey@", 1) + "/42"
	srv := newServer(t, bdb, map[string]string{"CARNET_SENTRY_DSN": dsn})
	flush, err := server.InitSentry(&config.Config{SentryDSN: dsn, SentryEnv: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { flush(); sentry.CurrentHub().BindClient(nil) }()
	srv.App.Post("/test/panic", func(c *fiber.Ctx) error { panic("wheel fell off") })

	// Built at run time: the event's stack frames quote this file's source.
	password, token := "hunter2"+"-secret", "very-secret"+"-token"
	req := httptest.NewRequest(http.MethodPost, "/test/panic", strings.NewReader(`{"password":"`+password+`"}`))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, body := do(t, srv, req)
	if resp.StatusCode != 500 || resp.Header.Get("Content-Type") != "application/problem+json" || strings.Contains(body, "wheel") {
		t.Fatalf("client got %d %q %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	rid := resp.Header.Get("X-Request-Id")
	flush()
	select {
	case <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("no event reached the Sentry endpoint")
	}
	flush()
	mu.Lock()
	defer mu.Unlock()
	all := strings.Join(envelopes, "\n")
	if !strings.Contains(all, "wheel fell off") {
		t.Fatalf("the panic is not in the event: %s", all)
	}
	if !strings.Contains(all, rid) {
		t.Errorf("the event lacks the request id %s", rid)
	}
	for _, secret := range []string{password, token} {
		if strings.Contains(all, secret) {
			t.Errorf("the event leaks %q: %s", secret, all)
		}
	}
}
