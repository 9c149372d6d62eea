// Package db opens Carnet's database (SQLite or PostgreSQL) through Bun and
// runs the embedded migrations.
package db

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Options says which database to open.
type Options struct {
	// URL is a postgres:// URL; empty means SQLite at SQLitePath.
	URL          string
	SQLitePath   string
	MaxOpenConns int
}

// Open opens and pings the database.
func Open(ctx context.Context, o Options) (*bun.DB, error) {
	if o.URL == "" {
		return openSQLite(ctx, o.SQLitePath)
	}
	return openPostgres(ctx, o.URL, o.MaxOpenConns)
}

// SQLiteDSN is the connection string used for a SQLite file: WAL journal,
// foreign keys on, a busy timeout so concurrent writers wait instead of failing.
func SQLiteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

func openSQLite(ctx context.Context, path string) (*bun.DB, error) {
	if path == "" {
		return nil, fmt.Errorf("db: no SQLite path")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("db: creating %s: %w", dir, err)
		}
	}
	sqldb, err := sql.Open("sqlite", SQLiteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("db: opening SQLite %s: %w", path, err)
	}
	// SQLite allows one writer at a time; a small pool with immediate
	// transactions and a busy timeout serialises writers without errors.
	sqldb.SetMaxOpenConns(4)
	sqldb.SetMaxIdleConns(4)
	sqldb.SetConnMaxIdleTime(5 * time.Minute)
	bdb := bun.NewDB(sqldb, sqlitedialect.New())
	if err := bdb.PingContext(ctx); err != nil {
		_ = bdb.Close()
		return nil, fmt.Errorf("db: SQLite %s: %w", path, err)
	}
	return bdb, nil
}

func openPostgres(ctx context.Context, dsn string, maxOpen int) (*bun.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("db: DATABASE_URL: %w", err)
	}
	sqldb := stdlib.OpenDB(*cfg)
	if maxOpen <= 0 {
		maxOpen = 20
	}
	sqldb.SetMaxOpenConns(maxOpen)
	sqldb.SetMaxIdleConns(maxOpen / 2)
	sqldb.SetConnMaxLifetime(time.Hour)
	sqldb.SetConnMaxIdleTime(5 * time.Minute)
	bdb := bun.NewDB(sqldb, pgdialect.New())
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := bdb.PingContext(pctx); err != nil {
		_ = bdb.Close()
		return nil, fmt.Errorf("db: PostgreSQL at %s: %w", Redact(dsn), err)
	}
	return bdb, nil
}

// Dialect names the dialect of db: "postgres" or "sqlite".
func Dialect(db bun.IDB) string {
	if db.Dialect().Name() == dialect.PG {
		return "postgres"
	}
	return "sqlite"
}

// IsPostgres reports whether db is PostgreSQL.
func IsPostgres(db bun.IDB) bool { return db.Dialect().Name() == dialect.PG }

// Redact hides the password in a database URL for messages and logs.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "(unparseable URL)"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// IsUniqueViolation reports whether err is a unique-constraint violation on
// either database.
func IsUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return strings.Contains(s, "SQLSTATE 23505") || strings.Contains(s, "UNIQUE constraint failed") ||
		strings.Contains(s, "duplicate key value")
}
