package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os/signal"
	"syscall"
	"time"

	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/demo"
)

const demoDataUsage = `Usage: carnet demo-data [flags]

Creates realistic demo data in the configured database: by default one
account (demo@carnet.local, with a random password printed at the end) with
three vehicles and three years of service, fuel, odometer, registration and
insurance history ending today. Refuses when the email is taken.

For load tests, --users, --vehicles and --years scale it up; the accounts are
demo@carnet.local, demo+2@carnet.local, ... and share one password. Rows are
written with multi-row INSERTs of --batch rows, by --workers writers on
PostgreSQL. Roughly: each vehicle-year is ~9 service records, ~30 fuel
entries, 12 odometer readings, 1 registration and 1-2 insurance policies, so
--users 2250 --vehicles 5 --years 10 makes about 1,000,000 service records
(6.3 million rows in all; about two minutes on a small PostgreSQL server).

Flags:
`

func demoDataCmd(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("demo-data", flag.ContinueOnError)
	flags.SetOutput(stdout)
	var o demo.Options
	var seed uint64
	flags.IntVar(&o.Users, "users", 1, "number of accounts")
	flags.IntVar(&o.Vehicles, "vehicles", 3, "vehicles per account")
	flags.IntVar(&o.Years, "years", 3, "years of history, ending today")
	flags.Uint64Var(&seed, "seed", 0, "random seed, for repeatable data (0: random)")
	flags.StringVar(&o.Email, "email", demo.DefaultEmail, "email of the (first) account")
	flags.StringVar(&o.Password, "password", "", "password of the accounts (default: a random one, printed)")
	flags.IntVar(&o.Workers, "workers", 0, "parallel writers on PostgreSQL (default: up to 4)")
	flags.IntVar(&o.BatchSize, "batch", 1000, "rows per INSERT")
	flags.Usage = func() {
		fmt.Fprint(stdout, demoDataUsage)
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("demo-data: unexpected argument %q (see carnet demo-data --help)", flags.Arg(0))
	}
	o.Seed = seed

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	cfg, log, bdb, closeAll, err := setup(ctx)
	if err != nil {
		return err
	}
	defer closeAll()
	if err := ensureMigrated(ctx, cfg, log, bdb); err != nil {
		return err
	}

	large := o.Users > 1 || o.Years > 5
	if large {
		fmt.Fprintf(stdout, "generating %d account(s) x %d vehicle(s) x %d year(s) in the %s database...\n",
			o.Users, o.Vehicles, o.Years, db.Dialect(bdb))
		last := time.Now()
		o.Progress = func(c demo.Counts) {
			if time.Since(last) > 5*time.Second {
				last = time.Now()
				fmt.Fprintf(stdout, "  %d accounts, %d service records, %d rows so far\n", c.Users, c.ServiceRecords, c.Total())
			}
		}
	}
	res, err := demo.Generate(ctx, bdb, o)
	if err != nil {
		return err
	}
	c := res.Counts
	fmt.Fprintf(stdout, "created %d account(s), %d vehicles, %d service records, %d fuel entries, %d odometer readings, %d registrations, %d insurance policies\n",
		c.Users, c.Vehicles, c.ServiceRecords, c.FuelEntries, c.OdometerReadings, c.Registrations, c.InsurancePolicies)
	secs := res.Elapsed.Seconds()
	fmt.Fprintf(stdout, "%d rows in %.1fs (%.0f rows/s), seed %d\n\n", c.Total(), secs, float64(c.Total())/max(secs, 0.001), res.Seed)
	if len(res.Emails) == 1 {
		fmt.Fprintf(stdout, "sign in with\n  email:    %s\n  password: %s\n", res.Emails[0], res.Password)
	} else {
		list := res.Emails[0] + ", " + res.Emails[1]
		if n := len(res.Emails); n > 2 {
			list += " … " + res.Emails[n-1]
		}
		fmt.Fprintf(stdout, "sign in with any of\n  emails:   %s\n  password: %s (the same for every account)\n", list, res.Password)
	}
	return nil
}
