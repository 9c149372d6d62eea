package server

import (
	"strconv"
	"strings"

	"github.com/carnet/carnet/backend/internal/config"
	"github.com/gofiber/fiber/v2"
)

// ContentSecurityPolicy is sent with every response: no inline script, no
// eval, nothing from other origins, no framing.
var ContentSecurityPolicy = strings.Join([]string{
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data: blob:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
}, "; ")

func securityHeaders(cfg *config.Config) fiber.Handler {
	hsts := ""
	if cfg.HSTSSeconds > 0 {
		hsts = "max-age=" + strconv.Itoa(cfg.HSTSSeconds) + "; includeSubDomains"
	}
	return func(c *fiber.Ctx) error {
		h := &c.Response().Header
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if hsts != "" && (c.Protocol() == "https" || cfg.HTTPSRedirect) {
			h.Set("Strict-Transport-Security", hsts)
		}
		return c.Next()
	}
}
