package api

import "github.com/gofiber/fiber/v2"

// authRoutes: accounts, sessions, tokens. limitAuth rate-limits the
// endpoints that take a password or a refresh token, per client address.
func (a *API) authRoutes(r fiber.Router, user fiber.Handler) {
	r.Post("/auth/register", a.limitAuth, a.register)
	r.Post("/auth/login", a.limitAuth, a.login)
	r.Post("/auth/logout", a.logout)
	r.Post("/auth/token", a.limitAuth, a.issueToken)
	r.Post("/auth/refresh", a.limitAuth, a.refreshToken)

	r.Get("/me", user, a.getMe)
	r.Patch("/me", user, a.updateMe)
	r.Post("/me/password", user, a.limitAuth, a.changePassword)

	r.Get("/api-tokens", user, a.listAPITokens)
	r.Post("/api-tokens", user, a.createAPIToken)
	r.Delete("/api-tokens/:id", user, a.deleteAPIToken)
}
