package api

import "github.com/gofiber/fiber/v2"

func (a *API) routes(r fiber.Router) {
	r.Get("/meta", a.getMeta)
}
