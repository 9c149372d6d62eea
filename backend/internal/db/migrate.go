package db

import (
	"context"
	"fmt"
	"strings"

	"github.com/carnet/carnet/migrations"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"
)

// Migrator runs the embedded migrations of db's dialect.
type Migrator struct {
	m  *migrate.Migrator
	ms *migrate.Migrations
}

// NewMigrator discovers the embedded migrations for db's dialect.
func NewMigrator(db *bun.DB) (*Migrator, error) {
	ms := migrate.NewMigrations()
	if err := ms.Discover(migrations.For(Dialect(db))); err != nil {
		return nil, fmt.Errorf("db: discovering migrations: %w", err)
	}
	return &Migrator{m: migrate.NewMigrator(db, ms, migrate.WithMarkAppliedOnSuccess(true)), ms: ms}, nil
}

// MigrationStatus is one migration and whether it ran.
type MigrationStatus struct {
	Name    string
	Comment string
	Applied bool
	GroupID int64
}

func (mg *Migrator) init(ctx context.Context) error {
	if err := mg.m.Init(ctx); err != nil {
		return fmt.Errorf("db: creating migration tables: %w", err)
	}
	return nil
}

// Up applies every pending migration under the migration lock (safe when
// several instances start at once) and returns the names applied.
func (mg *Migrator) Up(ctx context.Context) ([]string, error) {
	if err := mg.init(ctx); err != nil {
		return nil, err
	}
	if err := mg.m.Lock(ctx); err != nil {
		return nil, fmt.Errorf("db: taking migration lock: %w", err)
	}
	defer mg.m.Unlock(ctx) //nolint:errcheck
	group, err := mg.m.Migrate(ctx)
	if err != nil {
		return nil, fmt.Errorf("db: migrating: %w", err)
	}
	var names []string
	for _, m := range group.Migrations {
		names = append(names, m.String())
	}
	return names, nil
}

// Down rolls back the last group of migrations.
func (mg *Migrator) Down(ctx context.Context) ([]string, error) {
	if err := mg.init(ctx); err != nil {
		return nil, err
	}
	if err := mg.m.Lock(ctx); err != nil {
		return nil, fmt.Errorf("db: taking migration lock: %w", err)
	}
	defer mg.m.Unlock(ctx) //nolint:errcheck
	group, err := mg.m.Rollback(ctx)
	if err != nil {
		return nil, fmt.Errorf("db: rolling back: %w", err)
	}
	var names []string
	for _, m := range group.Migrations {
		names = append(names, m.String())
	}
	return names, nil
}

// Status lists every known migration and whether it is applied.
func (mg *Migrator) Status(ctx context.Context) ([]MigrationStatus, error) {
	if err := mg.init(ctx); err != nil {
		return nil, err
	}
	ms, err := mg.m.MigrationsWithStatus(ctx)
	if err != nil {
		return nil, fmt.Errorf("db: reading migration status: %w", err)
	}
	out := make([]MigrationStatus, 0, len(ms))
	for _, m := range ms {
		out = append(out, MigrationStatus{Name: m.Name, Comment: m.Comment, Applied: m.IsApplied(), GroupID: m.GroupID})
	}
	return out, nil
}

// Pending returns the names of migrations not yet applied. It does not create
// the migration tables, so it is safe to call read-only.
func (mg *Migrator) Pending(ctx context.Context) ([]string, error) {
	ms, err := mg.m.MigrationsWithStatus(ctx)
	if err != nil {
		if isMissingTable(err) {
			// No migration table yet: everything is pending.
			return mg.allNames(), nil
		}
		return nil, fmt.Errorf("db: reading migration status: %w", err)
	}
	var names []string
	for _, m := range ms.Unapplied() {
		names = append(names, m.String())
	}
	return names, nil
}

func (mg *Migrator) allNames() []string {
	var out []string
	for _, m := range mg.ms.Sorted() {
		out = append(out, m.String())
	}
	return out
}

func isMissingTable(err error) bool {
	s := err.Error()
	return strings.Contains(s, "no such table") || strings.Contains(s, "does not exist")
}
