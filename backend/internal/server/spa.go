package server

import (
	"errors"
	"io/fs"
	"mime"
	"path"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// spa serves the embedded single-page app: hashed assets with a year of
// immutable caching, precompressed variants chosen by Accept-Encoding, and
// index.html (no-cache) for every client-side route.
type spa struct {
	fsys  fs.FS
	index []byte
}

func newSPA(fsys fs.FS) (*spa, error) {
	s := &spa{fsys: fsys}
	if fsys == nil {
		return s, nil
	}
	b, err := fs.ReadFile(fsys, "index.html")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	s.index = b
	return s, nil
}

func (s *spa) mount(app *fiber.App) {
	app.Get("/assets/*", s.asset)
	app.Get("/*", s.page)
	app.Head("/*", s.page)
}

func (s *spa) asset(c *fiber.Ctx) error {
	name := path.Clean("assets/" + c.Params("*"))
	if !strings.HasPrefix(name, "assets/") || s.fsys == nil {
		return fiber.ErrNotFound
	}
	if err := s.serveFile(c, name, "public, max-age=31536000, immutable"); err != nil {
		return err
	}
	return nil
}

func (s *spa) page(c *fiber.Ctx) error {
	p := strings.TrimPrefix(path.Clean(c.Path()), "/")
	// A real top-level file (favicon, robots.txt, manifest) is served as is.
	if p != "" && p != "index.html" && s.fsys != nil && !strings.HasPrefix(p, "assets/") {
		if st, err := fs.Stat(s.fsys, p); err == nil && !st.IsDir() {
			return s.serveFile(c, p, "public, max-age=3600")
		}
	}
	// Paths that look like files but don't exist are 404s, not the app.
	if ext := path.Ext(p); ext != "" && ext != ".html" {
		return fiber.ErrNotFound
	}
	c.Set(fiber.HeaderCacheControl, "no-cache")
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	if s.index == nil {
		c.Set(fiber.HeaderContentType, fiber.MIMETextPlainCharsetUTF8)
		return c.Status(fiber.StatusServiceUnavailable).SendString(
			"Carnet's web app is not built into this binary. Run `make build` (it builds the SPA, then the binary).\n")
	}
	return c.Send(s.index)
}

func (s *spa) serveFile(c *fiber.Ctx, name, cacheControl string) error {
	data, err := fs.ReadFile(s.fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fiber.ErrNotFound
		}
		return err
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	c.Set(fiber.HeaderContentType, ctype)
	c.Set(fiber.HeaderCacheControl, cacheControl)
	c.Set(fiber.HeaderVary, fiber.HeaderAcceptEncoding)
	accept := c.Get(fiber.HeaderAcceptEncoding)
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.token) {
			continue
		}
		if b, err := fs.ReadFile(s.fsys, name+enc.ext); err == nil {
			c.Set(fiber.HeaderContentEncoding, enc.token)
			return c.Send(b)
		}
	}
	return c.Send(data)
}

// acceptsEncoding reports whether an Accept-Encoding header allows token
// (a q=0 entry refuses it).
func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), token) {
			continue
		}
		for _, f := range fields[1:] {
			f = strings.ReplaceAll(strings.TrimSpace(f), " ", "")
			if f == "q=0" || f == "q=0.0" || f == "q=0.00" || f == "q=0.000" {
				return false
			}
		}
		return true
	}
	return false
}
