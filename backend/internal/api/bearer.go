package api

import "github.com/gofiber/fiber/v2"

// bearerPrincipal resolves a Bearer token: a JWT access token or a personal
// API token. (Implemented with the token endpoints.)
func (a *API) bearerPrincipal(c *fiber.Ctx, token string) (*principal, error) {
	_ = c
	_ = token
	return nil, errUnauthorized("The bearer token is invalid or expired.")
}
