package api

import "github.com/gofiber/fiber/v2"

// authRoutes: accounts, sessions, tokens.
func (a *API) authRoutes(r fiber.Router, user fiber.Handler) {
	r.Post("/auth/register", a.register)
	r.Post("/auth/login", a.login)
	r.Post("/auth/logout", a.logout)

	r.Get("/me", user, a.getMe)
}
