// Package testutil gives tests fresh, migrated databases: every data-layer
// and API test runs on SQLite and on PostgreSQL.
//
// PostgreSQL comes from TEST_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres). Each test package migrates one
// template database once, and every test gets its own copy (CREATE DATABASE …
// TEMPLATE), dropped when the test ends. When PostgreSQL is unreachable the
// PostgreSQL subtests fail under CI=true and are skipped, loudly, elsewhere.
package testutil

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/db"
	_ "github.com/jackc/pgx/v5/stdlib" // "pgx" driver for the admin connection
	"github.com/uptrace/bun"
)

// DefaultPostgresURL is used when TEST_DATABASE_URL is not set.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/postgres"

// Dialects are the databases every test runs on.
var Dialects = []string{"sqlite", "postgres"}

// ForEachDB runs fn once per dialect as subtests named "sqlite" and
// "postgres", each with a fresh migrated database.
func ForEachDB(t *testing.T, fn func(t *testing.T, db *bun.DB)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) {
			fn(t, NewDB(t, d))
		})
	}
}

// NewDB returns a fresh migrated database of the dialect, closed and removed
// when t ends.
func NewDB(t testing.TB, dialect string) *bun.DB {
	t.Helper()
	switch dialect {
	case "sqlite":
		return newSQLite(t)
	case "postgres":
		return newPostgres(t)
	}
	t.Fatalf("testutil: unknown dialect %q", dialect)
	return nil
}

func newSQLite(t testing.TB) *bun.DB {
	path := filepath.Join(t.TempDir(), "carnet.db")
	bdb, err := db.Open(context.Background(), db.Options{SQLitePath: path})
	if err != nil {
		t.Fatalf("testutil: %v", err)
	}
	t.Cleanup(func() { _ = bdb.Close() })
	mg, err := db.NewMigrator(bdb)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mg.Up(context.Background()); err != nil {
		t.Fatalf("testutil: migrating SQLite: %v", err)
	}
	return bdb
}

var pg struct {
	sync.Mutex
	once     sync.Once
	admin    *sql.DB
	base     *url.URL
	template string
	err      error
	skipped  bool
}

// PostgresURL is the admin URL tests use.
func PostgresURL() string {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return u
	}
	return DefaultPostgresURL
}

// InCI reports whether the run is CI's, where nothing may be skipped.
func InCI() bool {
	v := strings.ToLower(os.Getenv("CI"))
	return v == "true" || v == "1"
}

func randomName(prefix string) string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

func setupPostgres() {
	u, err := url.Parse(PostgresURL())
	if err != nil {
		pg.err = fmt.Errorf("TEST_DATABASE_URL: %w", err)
		return
	}
	pg.base = u
	admin, err := sql.Open("pgx", u.String())
	if err != nil {
		pg.err = err
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := admin.PingContext(ctx); err != nil {
		_ = admin.Close()
		pg.err = fmt.Errorf("PostgreSQL unreachable at %s: %w", db.Redact(u.String()), err)
		return
	}
	pg.admin = admin
	pg.template = randomName("carnet_tmpl_")
	if _, err := admin.Exec("CREATE DATABASE " + pg.template); err != nil {
		pg.err = fmt.Errorf("creating template database: %w", err)
		return
	}
	tdb, err := db.Open(context.Background(), db.Options{URL: withDB(u, pg.template), MaxOpenConns: 2})
	if err != nil {
		pg.err = err
		return
	}
	defer tdb.Close()
	mg, err := db.NewMigrator(tdb)
	if err != nil {
		pg.err = err
		return
	}
	if _, err := mg.Up(context.Background()); err != nil {
		pg.err = fmt.Errorf("migrating PostgreSQL template: %w", err)
	}
}

func withDB(u *url.URL, name string) string {
	c := *u
	c.Path = "/" + name
	return c.String()
}

func newPostgres(t testing.TB) *bun.DB {
	t.Helper()
	pg.once.Do(setupPostgres)
	if pg.err != nil {
		if InCI() {
			t.Fatalf("PostgreSQL is required under CI=true: %v", pg.err)
		}
		pg.Lock()
		pg.skipped = true
		pg.Unlock()
		t.Skipf("POSTGRESQL TESTS SKIPPED: %v (set TEST_DATABASE_URL; under CI=true this fails)", pg.err)
	}
	name := randomName("carnet_t_")
	pg.Lock()
	_, err := pg.admin.Exec("CREATE DATABASE " + name + " TEMPLATE " + pg.template)
	pg.Unlock()
	if err != nil {
		t.Fatalf("testutil: creating database from template: %v", err)
	}
	bdb, err := db.Open(context.Background(), db.Options{URL: withDB(pg.base, name), MaxOpenConns: 10})
	if err != nil {
		t.Fatalf("testutil: %v", err)
	}
	t.Cleanup(func() {
		_ = bdb.Close()
		if _, err := pg.admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("testutil: dropping %s: %v", name, err)
		}
	})
	return bdb
}

// Main runs a package's tests, then drops its PostgreSQL template and says
// loudly when PostgreSQL tests were skipped. Call it from TestMain.
func Main(m interface{ Run() int }) {
	code := m.Run()
	if pg.admin != nil {
		if _, err := pg.admin.Exec("DROP DATABASE IF EXISTS " + pg.template + " WITH (FORCE)"); err != nil {
			fmt.Fprintf(os.Stderr, "testutil: dropping template %s: %v\n", pg.template, err)
		}
		_ = pg.admin.Close()
	}
	if pg.skipped {
		fmt.Fprintf(os.Stderr, "\n!!!!!!!!\n!!! POSTGRESQL TESTS WERE SKIPPED: %v\n!!! Start PostgreSQL or set TEST_DATABASE_URL; under CI=true this is a failure.\n!!!!!!!!\n\n", pg.err)
	}
	os.Exit(code)
}
