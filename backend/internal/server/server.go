// Package server assembles the Fiber app: middleware chain, health and
// metrics endpoints, the API and the embedded SPA, and graceful shutdown.
package server

import (
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"net"
	"regexp"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/api"
	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/clientip"
	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/logging"
	"github.com/getsentry/sentry-go"
	sentryfiber "github.com/getsentry/sentry-go/fiber"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/compress"
	"github.com/google/uuid"
	"github.com/uptrace/bun"
	"runtime/debug"
)

// Options are the server's dependencies.
type Options struct {
	Config *config.Config
	DB     *bun.DB
	Log    *slog.Logger
	// SPA is the built frontend (the contents of frontend/dist).
	SPA fs.FS
	// Clock for the API; nil means time.Now.
	Clock api.Clock
	// Argon2 overrides the password hashing cost (tests).
	Argon2 *auth.Argon2Params
}

// Server is a configured Fiber app.
type Server struct {
	App     *fiber.App
	cfg     *config.Config
	log     *slog.Logger
	db      *bun.DB
	mg      *db.Migrator // for readiness: are migrations current?
	metrics *metrics
}

// New builds the app with every route and middleware.
func New(o Options) (*Server, error) {
	cfg := o.Config
	mg, err := db.NewMigrator(o.DB)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: o.Log, db: o.DB, mg: mg}
	fcfg := fiber.Config{
		AppName:               "carnet",
		ErrorHandler:          api.ErrorHandler(o.Log),
		BodyLimit:             cfg.BodyLimitBytes,
		ReadTimeout:           cfg.ReadTimeout,
		WriteTimeout:          cfg.WriteTimeout,
		IdleTimeout:           cfg.IdleTimeout,
		DisableStartupMessage: true,
		ReadBufferSize:        16 * 1024,
	}
	if len(cfg.TrustedProxies) > 0 {
		// X-Forwarded-Proto is honoured only from these addresses (the client
		// address is resolved by package clientip, not by Fiber's ProxyHeader).
		fcfg.EnableTrustedProxyCheck = true
		fcfg.TrustedProxies = cfg.TrustedProxies
	}
	app := fiber.New(fcfg)
	s.App = app

	m, err := newMetrics(o.DB)
	if err != nil {
		return nil, err
	}
	s.metrics = m

	app.Use(requestIDMiddleware())
	app.Use(accessLog(o.Log, m, clientip.New(cfg.TrustedProxies)))
	app.Use(recoverPanics(o.Log))
	if cfg.SentryDSN != "" {
		// Reports panics (then re-panics for recoverPanics) and carries the
		// hub that ErrorHandler reports 5xx errors to.
		app.Use(sentryfiber.New(sentryfiber.Options{Repanic: true, Timeout: 2 * time.Second}))
		app.Use(func(c *fiber.Ctx) error {
			if hub := sentryfiber.GetHubFromContext(c); hub != nil {
				hub.Scope().SetTag("request_id", logging.RequestID(c.UserContext()))
			}
			return c.Next()
		})
	}
	app.Use(securityHeaders(cfg))
	if cfg.HTTPSRedirect {
		app.Use(httpsRedirect())
	}
	app.Use(compress.New(compress.Config{
		Level: compress.LevelDefault,
		// Assets are precompressed at build time; metrics scrapers rarely want gzip.
		Next: func(c *fiber.Ctx) bool { return strings.HasPrefix(c.Path(), "/assets/") },
	}))

	app.Get("/healthz", func(c *fiber.Ctx) error {
		c.Set(fiber.HeaderCacheControl, "no-store")
		return c.JSON(fiber.Map{"status": "ok"})
	})
	app.Get("/readyz", s.readyz)
	app.Get("/metrics", m.handler())

	api.New(api.Deps{DB: o.DB, Config: cfg, Log: o.Log, Clock: o.Clock, Argon2: o.Argon2}).Mount(app)

	spa, err := newSPA(o.SPA)
	if err != nil {
		return nil, err
	}
	spa.mount(app)
	return s, nil
}

func (s *Server) readyz(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	ctx, cancel := context.WithTimeout(c.UserContext(), 3*time.Second)
	defer cancel()
	if err := s.db.PingContext(ctx); err != nil {
		s.log.WarnContext(ctx, "readiness: database unreachable", "error", err)
		return c.Status(fiber.StatusServiceUnavailable).JSON(fiber.Map{"status": "unavailable", "database": "unreachable"})
	}
	pending, err := s.mg.Pending(ctx)
	if err != nil {
		return err
	}
	if len(pending) > 0 {
		return c.Status(fiber.StatusServiceUnavailable).JSON(fiber.Map{"status": "unavailable", "database": "ok", "pending_migrations": pending})
	}
	return c.JSON(fiber.Map{"status": "ok", "database": "ok", "dialect": db.Dialect(s.db)})
}

// Listen serves on the configured address until ctx is cancelled, then shuts
// down gracefully, letting in-flight requests finish.
func (s *Server) Listen(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Serve is Listen on an existing listener.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- s.App.Listener(ln) }()
	s.log.Info("carnet listening", "addr", "http://"+ln.Addr().String(), "env", s.cfg.Env, "database", db.Dialect(s.db))
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down: finishing in-flight requests", "timeout", s.cfg.ShutdownTimeout.String())
	if err := s.App.ShutdownWithTimeout(s.cfg.ShutdownTimeout); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, net.ErrClosed) {
		return err
	}
	sentry.Flush(2 * time.Second)
	return nil
}

var requestIDPattern = regexp.MustCompile(`^[A-Za-z0-9._:-]{8,64}$`)

// requestIDMiddleware takes a well-formed X-Request-ID from the client (a
// proxy's id) or makes one, echoes it, and puts it in the request context.
func requestIDMiddleware() fiber.Handler {
	return func(c *fiber.Ctx) error {
		id := c.Get(fiber.HeaderXRequestID)
		if !requestIDPattern.MatchString(id) {
			id = uuid.NewString()
		}
		c.Set(fiber.HeaderXRequestID, id)
		c.SetUserContext(logging.WithRequestID(c.UserContext(), id))
		return c.Next()
	}
}

func httpsRedirect() fiber.Handler {
	return func(c *fiber.Ctx) error {
		if c.Protocol() == "https" || c.Path() == "/healthz" || c.Path() == "/readyz" {
			return c.Next()
		}
		return c.Redirect("https://"+c.Hostname()+string(c.Request().URI().RequestURI()), fiber.StatusPermanentRedirect)
	}
}

// recoverPanics turns a panic into an api.PanicError (a 500 for the client)
// and logs it with its stack and the request id.
func recoverPanics(log *slog.Logger) fiber.Handler {
	return func(c *fiber.Ctx) (err error) {
		defer func() {
			if r := recover(); r != nil {
				log.ErrorContext(c.UserContext(), "panic", "panic", r, "path", c.Path(), "stack", string(debug.Stack()))
				err = &api.PanicError{Value: r}
			}
		}()
		return c.Next()
	}
}
