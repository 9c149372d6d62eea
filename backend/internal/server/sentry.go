package server

import (
	"fmt"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/version"
	"github.com/getsentry/sentry-go"
)

// InitSentry sets up error reporting when CARNET_SENTRY_DSN is set: panics
// and 5xx errors are sent with the request id, without bodies, cookies or
// credentials. It returns a flush function to call before exiting.
func InitSentry(cfg *config.Config) (flush func(), err error) {
	if cfg.SentryDSN == "" {
		return func() {}, nil
	}
	if err := sentry.Init(sentry.ClientOptions{
		Dsn:              cfg.SentryDSN,
		Environment:      cfg.SentryEnv,
		Release:          "carnet@" + version.Version,
		AttachStacktrace: true,
		BeforeSend:       scrubSentryEvent,
	}); err != nil {
		return nil, fmt.Errorf("CARNET_SENTRY_DSN: %w", err)
	}
	return func() { sentry.Flush(2 * time.Second) }, nil
}

// scrubSentryEvent drops request bodies, cookies and credentials before an
// event leaves the process.
func scrubSentryEvent(e *sentry.Event, _ *sentry.EventHint) *sentry.Event {
	if e.Request != nil {
		e.Request.Data = ""
		e.Request.Cookies = ""
		for k := range e.Request.Headers {
			switch strings.ToLower(k) {
			case "authorization", "cookie", "x-csrf-token":
				e.Request.Headers[k] = "[redacted]"
			}
		}
	}
	return e
}
