package db_test

import (
	"context"
	"testing"

	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func TestMigrationsUpDownUp(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		ctx := context.Background()
		mg, err := db.NewMigrator(bdb)
		if err != nil {
			t.Fatal(err)
		}
		st, err := mg.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(st) == 0 {
			t.Fatal("no migrations found")
		}
		for _, m := range st {
			if !m.Applied {
				t.Fatalf("%s not applied", m.Name)
			}
		}
		if pending, err := mg.Pending(ctx); err != nil || len(pending) != 0 {
			t.Fatalf("pending = %v, %v", pending, err)
		}
		// Roll everything back and forth: every down file must undo its up file.
		for {
			names, err := mg.Down(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(names) == 0 {
				break
			}
		}
		pending, err := mg.Pending(ctx)
		if err != nil || len(pending) != len(st) {
			t.Fatalf("after down: pending = %d (%v), want %d", len(pending), err, len(st))
		}
		if _, err := mg.Up(ctx); err != nil {
			t.Fatalf("re-applying: %v", err)
		}
		if pending, _ := mg.Pending(ctx); len(pending) != 0 {
			t.Fatalf("pending after up: %v", pending)
		}
	})
}

func TestSQLitePragmas(t *testing.T) {
	bdb := testutil.NewDB(t, "sqlite")
	var fk int
	var mode string
	if err := bdb.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d, %v", fk, err)
	}
	if err := bdb.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v", mode, err)
	}
}
