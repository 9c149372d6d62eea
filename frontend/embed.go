// Package frontend holds the compiled single-page app (built by `npm run build`
// into frontend/dist) so the Go server can serve it from the binary.
package frontend

import "embed"

// Dist is the built SPA: index.html at the root and hashed, precompressed
// (.br, .gz) files under assets/.
//
//go:embed all:dist
var Dist embed.FS
