// Package api holds the Fiber handlers of the JSON API, one file per resource.
// Handlers decode and validate input, call the stores and domain packages, and
// return errors for ErrorHandler to render; they never write SQL.
package api

import (
	"log/slog"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/version"
	"github.com/gofiber/fiber/v2"
	"github.com/uptrace/bun"
)

// Clock returns the current time; tests inject a fixed one.
type Clock func() time.Time

// Deps are what the handlers need.
type Deps struct {
	DB     *bun.DB
	Config *config.Config
	Log    *slog.Logger
	Clock  Clock
	// Argon2 overrides the password hashing cost (tests use a cheap one).
	Argon2 *auth.Argon2Params
}

// API is the v1 JSON API.
type API struct {
	db        *bun.DB
	cfg       *config.Config
	log       *slog.Logger
	clock     Clock
	argon2    auth.Argon2Params
	dummyHash string    // compared against when an email is unknown, to keep timing flat
	sec       *security // tokens, rate limits, lockout (security.go)
}

// New builds the API from its dependencies.
func New(d Deps) *API {
	if d.Clock == nil {
		d.Clock = func() time.Time { return time.Now().UTC() }
	}
	a := &API{db: d.DB, cfg: d.Config, log: d.Log, clock: d.Clock, argon2: auth.DefaultArgon2}
	if d.Argon2 != nil {
		a.argon2 = *d.Argon2
	}
	a.sec = newSecurity(d.Config)
	hash, err := auth.HashPassword(auth.NewToken(), a.argon2)
	if err != nil {
		panic(err)
	}
	a.dummyHash = hash
	return a
}

// Mount registers every /api route on app.
func (a *API) Mount(app *fiber.App) {
	v1 := app.Group("/api/v1")
	a.routes(v1)
	// The interactive API reference (Swagger UI over /api/v1/openapi.json).
	a.docsRoutes(app)
	// Unknown API paths answer a JSON 404, never the SPA.
	app.All("/api/*", func(c *fiber.Ctx) error {
		return errNotFound("No such endpoint: " + c.Method() + " " + c.Path() + ". See /api/docs for the API reference.")
	})
}

// MetaResponse is GET /api/v1/meta.
type MetaResponse struct {
	Name         string `json:"name"`
	Version      string `json:"version"`
	Registration string `json:"registration"`
}

func (a *API) getMeta(c *fiber.Ctx) error {
	return c.JSON(MetaResponse{Name: "Carnet", Version: version.Version, Registration: a.cfg.Registration})
}
