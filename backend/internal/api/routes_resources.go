package api

import "github.com/gofiber/fiber/v2"

// resourceRoutes: vehicles and their records.
func (a *API) resourceRoutes(r fiber.Router, user fiber.Handler) {
	_ = r
	_ = user
}
