// Package api holds the Fiber handlers of the JSON API, one file per resource.
// Handlers decode and validate input, call the stores and domain packages, and
// return errors for ErrorHandler to render; they never write SQL.
package api

import (
	"log/slog"
	"time"

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
}

// API is the v1 JSON API.
type API struct {
	db    *bun.DB
	cfg   *config.Config
	log   *slog.Logger
	clock Clock
}

// New builds the API from its dependencies.
func New(d Deps) *API {
	if d.Clock == nil {
		d.Clock = time.Now
	}
	return &API{db: d.DB, cfg: d.Config, log: d.Log, clock: d.Clock}
}

// Mount registers every /api route on app.
func (a *API) Mount(app *fiber.App) {
	v1 := app.Group("/api/v1")
	a.routes(v1)
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
