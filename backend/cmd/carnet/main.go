// Command carnet is Carnet's single binary: the web server, migrations and
// maintenance commands. Wiring only: the work is done in internal packages.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // IANA zones for user preferences, even on minimal images

	"github.com/carnet/carnet/backend/internal/config"
	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/logging"
	"github.com/carnet/carnet/backend/internal/server"
	"github.com/carnet/carnet/backend/internal/version"
	"github.com/carnet/carnet/frontend"
	"github.com/uptrace/bun"
)

const usage = `Carnet: a self-hosted car maintenance tracker.

Usage:
  carnet [command] [flags]

Commands:
  serve              start the web server (the default when no command is given)
  migrate up         apply every pending database migration
  migrate down       roll back the last group of migrations
  migrate status     list migrations and whether each is applied
  demo-data          create demo accounts, vehicles and history (see carnet demo-data --help)
  healthcheck        exit 0 when the server on CARNET_ADDR answers /healthz (for container HEALTHCHECKs)
  version            print the version
  help               print this help

Configuration comes from environment variables (and a .env file in the working
directory); see README.md or .env.example. Main ones: CARNET_ENV, CARNET_ADDR,
CARNET_DATA_DIR, DATABASE_URL, CARNET_SECRET_KEY.
`

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "carnet:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	} else if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		cmd = "help"
	}
	switch cmd {
	case "help":
		fmt.Fprint(stdout, usage)
		return nil
	case "version":
		fmt.Fprintf(stdout, "carnet %s (commit %s)\n", version.Version, version.Commit)
		return nil
	case "serve":
		return serve(args, stdout)
	case "migrate":
		return migrateCmd(args, stdout)
	case "demo-data":
		return demoDataCmd(args, stdout)
	case "healthcheck":
		return healthcheck(stdout)
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}

// setup loads the configuration, the logger and the database.
func setup(ctx context.Context) (*config.Config, *slog.Logger, *bun.DB, func(), error) {
	cfg, err := config.Load()
	if err != nil {
		return nil, nil, nil, nil, err
	}
	log, logCloser := logging.New(logging.Options{Level: cfg.LogLevel, Format: cfg.LogFormat, File: cfg.LogFile})
	slog.SetDefault(log)
	opts := db.Options{SQLitePath: cfg.SQLitePath(), MaxOpenConns: cfg.DBMaxOpenConns}
	if !cfg.SQLite() {
		opts.URL = cfg.DatabaseURL
	}
	bdb, err := db.Open(ctx, opts)
	if err != nil {
		_ = logCloser.Close()
		return nil, nil, nil, nil, err
	}
	return cfg, log, bdb, func() { _ = bdb.Close(); _ = logCloser.Close() }, nil
}

func serve(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stdout)
	flags.Usage = func() {
		fmt.Fprintln(stdout, "Usage: carnet serve\n\nStarts the web server on CARNET_ADDR. Applies pending migrations first when\nCARNET_AUTO_MIGRATE is true (the default in development); in production it\nrefuses to start while migrations are pending.")
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	cfg, log, bdb, closeAll, err := setup(ctx)
	if err != nil {
		return err
	}
	defer closeAll()

	flushSentry, err := server.InitSentry(cfg)
	if err != nil {
		return err
	}
	defer flushSentry()

	if err := ensureMigrated(ctx, cfg, log, bdb); err != nil {
		return err
	}

	spaFS, err := fs.Sub(frontend.Dist, "dist")
	if err != nil {
		return err
	}
	srv, err := server.New(server.Options{Config: cfg, DB: bdb, Log: log, SPA: spaFS})
	if err != nil {
		return err
	}
	return srv.Listen(ctx)
}

func migrateCmd(args []string, stdout io.Writer) error {
	if len(args) != 1 || (args[0] != "up" && args[0] != "down" && args[0] != "status") {
		return fmt.Errorf("usage: carnet migrate up|down|status")
	}
	ctx := context.Background()
	_, _, bdb, closeAll, err := setup(ctx)
	if err != nil {
		return err
	}
	defer closeAll()
	mg, err := db.NewMigrator(bdb)
	if err != nil {
		return err
	}
	switch args[0] {
	case "up":
		names, err := mg.Up(ctx)
		if err != nil {
			return err
		}
		if len(names) == 0 {
			fmt.Fprintln(stdout, "database is up to date")
		}
		for _, n := range names {
			fmt.Fprintln(stdout, "applied", n)
		}
	case "down":
		names, err := mg.Down(ctx)
		if err != nil {
			return err
		}
		if len(names) == 0 {
			fmt.Fprintln(stdout, "nothing to roll back")
		}
		for _, n := range names {
			fmt.Fprintln(stdout, "rolled back", n)
		}
	case "status":
		st, err := mg.Status(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "database: %s\n", db.Dialect(bdb))
		pending := 0
		for _, m := range st {
			state := "pending"
			if m.Applied {
				state = fmt.Sprintf("applied (group %d)", m.GroupID)
			} else {
				pending++
			}
			fmt.Fprintf(stdout, "  %s_%s  %s\n", m.Name, m.Comment, state)
		}
		fmt.Fprintf(stdout, "%d migrations, %d applied, %d pending\n", len(st), len(st)-pending, pending)
	}
	return nil
}

// healthcheck asks the local server's /healthz; containers without curl use it.
func healthcheck(stdout io.Writer) error {
	addr := os.Getenv("CARNET_ADDR")
	if addr == "" {
		addr = "127.0.0.1:8080"
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("CARNET_ADDR: %w", err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	client := &http.Client{Timeout: 3 * time.Second}
	resp, err := client.Get("http://" + net.JoinHostPort(host, port) + "/healthz")
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: /healthz answered %d", resp.StatusCode)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}

// ensureMigrated applies pending migrations when CARNET_AUTO_MIGRATE is true,
// and otherwise refuses to go on while any are pending.
func ensureMigrated(ctx context.Context, cfg *config.Config, log *slog.Logger, bdb *bun.DB) error {
	mg, err := db.NewMigrator(bdb)
	if err != nil {
		return err
	}
	if cfg.AutoMigrate {
		applied, err := mg.Up(ctx)
		if err != nil {
			return err
		}
		if len(applied) > 0 {
			log.Info("migrations applied", "migrations", applied)
		}
		return nil
	}
	pending, err := mg.Pending(ctx)
	if err != nil {
		return err
	}
	if len(pending) > 0 {
		return fmt.Errorf("%d database migration(s) pending (%s): run `carnet migrate up` first, or set CARNET_AUTO_MIGRATE=true",
			len(pending), strings.Join(pending, ", "))
	}
	return nil
}
