package server_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/gofiber/fiber/v2"
)

// Cancelling the serve context (what SIGTERM does) lets an in-flight request
// finish before Serve returns, and refuses new connections afterwards.
func TestGracefulShutdownFinishesInFlightRequests(t *testing.T) {
	bdb := testutil.NewDB(t, "sqlite")
	srv := newServer(t, bdb, nil)
	started, release := make(chan struct{}), make(chan struct{})
	// POST: GET /* belongs to the SPA, registered first.
	srv.App.Post("/test/slow", func(c *fiber.Ctx) error {
		close(started)
		<-release
		return c.SendString("finished")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()

	url := "http://" + ln.Addr().String()
	type result struct {
		body string
		err  error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.Post(url+"/test/slow", "text/plain", nil)
		if err != nil {
			got <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- result{string(b), err}
	}()
	select {
	case <-started:
	case r := <-got:
		t.Fatalf("the slow handler did not run: %+v", r)
	case <-time.After(10 * time.Second):
		t.Fatal("the slow request never reached its handler")
	}
	cancel() // as on SIGTERM
	select {
	case err := <-served:
		t.Fatalf("Serve returned (%v) while a request was in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	r := <-got
	if r.err != nil || r.body != "finished" {
		t.Fatalf("in-flight request: %q, %v", r.body, r.err)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after the in-flight request finished")
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("the server still accepts connections after shutdown")
	}
}
