// Package version holds the build's version, set by the linker:
// -ldflags "-X github.com/carnet/carnet/backend/internal/version.Version=..."
package version

// Version and Commit are overwritten at link time by `make build`.
var (
	Version = "0.1.0-dev"
	Commit  = "unknown"
)
