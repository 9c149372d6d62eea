// Package logging builds Carnet's slog logger: text in development, JSON in
// production, optionally also written to a rotated file.
package logging

import (
	"context"
	"io"
	"log/slog"
	"os"

	"gopkg.in/natefinch/lumberjack.v2"
)

// Options configures New.
type Options struct {
	Level  string // debug | info | warn | error
	Format string // json | text
	File   string // optional path, rotated at 50 MB, 5 backups
}

// New returns the logger and a closer for the log file (no-op without one).
func New(o Options) (*slog.Logger, io.Closer) {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(o.Level))
	var w io.Writer = os.Stderr
	var closer io.Closer = nopCloser{}
	if o.File != "" {
		lj := &lumberjack.Logger{Filename: o.File, MaxSize: 50, MaxBackups: 5, MaxAge: 30, Compress: true}
		w = io.MultiWriter(os.Stderr, lj)
		closer = lj
	}
	hopts := &slog.HandlerOptions{Level: lvl}
	var h slog.Handler
	if o.Format == "json" {
		h = slog.NewJSONHandler(w, hopts)
	} else {
		h = slog.NewTextHandler(w, hopts)
	}
	return slog.New(contextHandler{h}), closer
}

type nopCloser struct{}

func (nopCloser) Close() error { return nil }

type ctxKey struct{}

// WithRequestID stores the request id in ctx so every log line made with that
// context carries it.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

// RequestID returns the request id stored in ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

// contextHandler adds request_id from the context to every record.
type contextHandler struct{ slog.Handler }

func (h contextHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := RequestID(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, r)
}

func (h contextHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return contextHandler{h.Handler.WithAttrs(attrs)}
}

func (h contextHandler) WithGroup(name string) slog.Handler {
	return contextHandler{h.Handler.WithGroup(name)}
}
