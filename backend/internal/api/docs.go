package api

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/gofiber/fiber/v2"
)

// The interactive API reference at /api/docs: Swagger UI (vendored from the
// swagger-ui-dist npm package by `make docs-vendor`, stored gzip-compressed
// in docs/vendor) started by our own docs/index.html and docs/init.js.
// Nothing is loaded from another origin, and the pages run under the
// site-wide CSP (script-src 'self', style-src 'self'): Swagger UI sets its
// styles through the CSSOM, which the CSP allows; the one exception is the
// markdown renderer's `style="text-align:..."` on aligned table columns, so
// openapi.yaml must not align table columns (TestDocsMarkdownTables).
//
//go:embed docs
var docsFS embed.FS

type docsAsset struct {
	contentType string
	etag        string
	body        []byte // as stored: gzip-compressed when gz is true
	gz          bool

	plainOnce sync.Once
	plain     []byte // body decompressed, for the rare client without gzip
	plainErr  error
}

func (d *docsAsset) uncompressed() ([]byte, error) {
	if !d.gz {
		return d.body, nil
	}
	d.plainOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(d.body))
		if err != nil {
			d.plainErr = err
			return
		}
		d.plain, d.plainErr = io.ReadAll(zr)
	})
	return d.plain, d.plainErr
}

var docsContentTypes = map[string]string{
	".html": fiber.MIMETextHTMLCharsetUTF8,
	".css":  "text/css; charset=utf-8",
	".js":   fiber.MIMETextJavaScriptCharsetUTF8,
	".txt":  fiber.MIMETextPlainCharsetUTF8,
}

// loadDocsAssets indexes the embedded files by the name they are served
// under: docs/x and docs/vendor/x.gz are both served as /api/docs/x.
var loadDocsAssets = sync.OnceValues(func() (map[string]*docsAsset, error) {
	assets := map[string]*docsAsset{}
	err := fs.WalkDir(docsFS, "docs", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := docsFS.ReadFile(p)
		if err != nil {
			return err
		}
		name, gz := path.Base(p), false
		if strings.HasSuffix(name, ".gz") {
			name, gz = strings.TrimSuffix(name, ".gz"), true
		}
		ct, ok := docsContentTypes[path.Ext(name)]
		if !ok {
			ct = fiber.MIMETextPlainCharsetUTF8 // LICENSE, NOTICE
		}
		if _, dup := assets[name]; dup {
			return fmt.Errorf("api: two docs files are served as %q", name)
		}
		sum := sha256.Sum256(b)
		assets[name] = &docsAsset{contentType: ct, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, body: b, gz: gz}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, must := range []string{"index.html", "init.js", "swagger-ui-bundle.js", "swagger-ui.css"} {
		if assets[must] == nil {
			return nil, fmt.Errorf("api: docs file %q is missing (run `make docs-vendor`)", must)
		}
	}
	return assets, nil
})

// docsRoutes mounts the API reference: /api/docs and its files.
func (a *API) docsRoutes(app *fiber.App) {
	app.Get("/api/docs", func(c *fiber.Ctx) error { return serveDocsAsset(c, "index.html") })
	app.Get("/api/docs/:file", func(c *fiber.Ctx) error { return serveDocsAsset(c, c.Params("file")) })
}

func serveDocsAsset(c *fiber.Ctx, name string) error {
	assets, err := loadDocsAssets()
	if err != nil {
		return err
	}
	d := assets[name]
	if d == nil {
		return errNotFound("No such file in the API reference: " + name + ".")
	}
	// Same URL for every version: browsers revalidate, and get a 304 when
	// the binary did not change.
	c.Set(fiber.HeaderCacheControl, "no-cache")
	c.Set(fiber.HeaderETag, d.etag)
	c.Set(fiber.HeaderContentType, d.contentType)
	if d.gz {
		c.Vary(fiber.HeaderAcceptEncoding)
	}
	if etagMatches(c.Get(fiber.HeaderIfNoneMatch), d.etag) {
		return c.SendStatus(fiber.StatusNotModified)
	}
	if d.gz && acceptsGzip(c.Get(fiber.HeaderAcceptEncoding)) {
		// Already compressed: the compress middleware leaves it alone.
		c.Set(fiber.HeaderContentEncoding, "gzip")
		return c.Send(d.body)
	}
	b, err := d.uncompressed()
	if err != nil {
		return err
	}
	return c.Send(b)
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip.
func acceptsGzip(h string) bool {
	for _, part := range strings.Split(h, ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") || strings.TrimSpace(enc) == "*" {
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}
