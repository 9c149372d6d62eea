// Package migrations holds the SQL migrations of both dialects, embedded into
// the binary. Files are numbered, one change per file, and never edited once
// they have landed.
package migrations

import (
	"embed"
	"io/fs"
)

//go:embed postgres/*.sql sqlite/*.sql
var files embed.FS

// For returns the migration files of a dialect: "postgres" or "sqlite".
func For(dialect string) fs.FS {
	sub, err := fs.Sub(files, dialect)
	if err != nil {
		panic(err) // the directories are embedded at compile time
	}
	return sub
}
