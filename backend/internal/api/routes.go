package api

import "github.com/gofiber/fiber/v2"

// routes registers every /api/v1 route. Each route names its own guard:
// `user` (requireUser) for anything that touches an account's data.
func (a *API) routes(r fiber.Router) {
	r.Use(a.authenticate)
	user := a.requireUser

	r.Get("/meta", a.getMeta)
	r.Get("/openapi.json", a.getOpenAPI)
	a.authRoutes(r, user)
	a.resourceRoutes(r, user)
}
