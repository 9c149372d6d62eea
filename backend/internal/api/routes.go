package api

import "github.com/gofiber/fiber/v2"

func (a *API) routes(r fiber.Router) {
	r.Use(a.authenticate)
	user := a.requireUser

	r.Get("/meta", a.getMeta)

	r.Post("/auth/register", a.register)
	r.Post("/auth/login", a.login)
	r.Post("/auth/logout", a.logout)

	r.Get("/me", user, a.getMe)
}
