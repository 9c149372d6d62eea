// Package demo generates realistic demo data: accounts with vehicles and
// years of service, fuel, odometer, registration and insurance history. The
// default is one account to explore the app with; larger runs generate
// volume for load tests with batched multi-row inserts.
package demo

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/carnet/carnet/backend/internal/auth"
	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/uptrace/bun"
)

// DefaultEmail is the demo account's email; with more users the others are
// demo+2@carnet.local, demo+3@carnet.local, ...
const DefaultEmail = "demo@carnet.local"

// Options say what to generate.
type Options struct {
	Users    int    // accounts (default 1)
	Vehicles int    // vehicles per account (default 3)
	Years    int    // years of history ending today (default 3)
	Seed     uint64 // 0: a random seed (reported in the Result)
	Email    string // the first account's email (default DefaultEmail)
	Password string // shared by every generated account; "" makes a random one
	// Now is the clock: the history ends on Now's date.
	Now func() time.Time
	// Argon2 is the password hashing cost (default auth.DefaultArgon2).
	Argon2 *auth.Argon2Params
	// Workers insert in parallel on PostgreSQL (default: up to 4); SQLite
	// always uses one writer.
	Workers int
	// BatchSize is the number of rows per INSERT (default 1000).
	BatchSize int
	// Progress, when set, is called after each committed batch of accounts.
	Progress func(Counts)
}

// Counts are rows written, per table.
type Counts struct {
	Users, Vehicles, ServiceRecords, FuelEntries, OdometerReadings, Registrations, InsurancePolicies int64
}

// Total is the number of rows of every table.
func (c Counts) Total() int64 {
	return c.Users + c.Vehicles + c.ServiceRecords + c.FuelEntries + c.OdometerReadings + c.Registrations + c.InsurancePolicies
}

// Result is what a run created.
type Result struct {
	Emails   []string
	Password string
	Seed     uint64
	Counts   Counts
	Elapsed  time.Duration
}

// ErrEmailTaken: an account with one of the demo emails exists already.
var ErrEmailTaken = errors.New("demo: email already taken")

const maxUsers = 1_000_000

func (o *Options) defaults(bdb *bun.DB) error {
	if o.Users == 0 {
		o.Users = 1
	}
	if o.Vehicles == 0 {
		o.Vehicles = 3
	}
	if o.Years == 0 {
		o.Years = 3
	}
	switch {
	case o.Users < 1 || o.Users > maxUsers:
		return fmt.Errorf("demo: users must be between 1 and %d", maxUsers)
	case o.Vehicles < 1 || o.Vehicles > 100:
		return fmt.Errorf("demo: vehicles must be between 1 and 100")
	case o.Years < 1 || o.Years > 30:
		return fmt.Errorf("demo: years must be between 1 and 30")
	}
	if o.Email == "" {
		o.Email = DefaultEmail
	}
	o.Email = store.NormalizeEmail(o.Email)
	if local, domain, ok := strings.Cut(o.Email, "@"); !ok || local == "" || domain == "" || strings.Contains(local, "+") {
		return fmt.Errorf("demo: email %q must look like name@domain, without a +", o.Email)
	}
	if o.Password != "" && len(o.Password) < 10 {
		return fmt.Errorf("demo: the password must be at least 10 characters")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Argon2 == nil {
		o.Argon2 = &auth.DefaultArgon2
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 1000
	}
	if !db.IsPostgres(bdb) {
		o.Workers = 1
	} else if o.Workers <= 0 {
		o.Workers = min(4, runtime.NumCPU())
	}
	if o.Seed == 0 {
		o.Seed = mrand.Uint64()
	}
	return nil
}

// Emails returns the accounts' emails: the first as given, then
// local+2@domain, local+3@domain, ...
func Emails(first string, n int) []string {
	local, domain, _ := strings.Cut(first, "@")
	out := make([]string, n)
	out[0] = first
	for i := 1; i < n; i++ {
		out[i] = fmt.Sprintf("%s+%d@%s", local, i+1, domain)
	}
	return out
}

// Generate writes the demo data and returns what it created. It refuses,
// writing nothing, when one of the emails is taken.
func Generate(ctx context.Context, bdb *bun.DB, o Options) (*Result, error) {
	if err := o.defaults(bdb); err != nil {
		return nil, err
	}
	began := time.Now()
	emails := Emails(o.Email, o.Users)
	if err := checkEmailsFree(ctx, bdb, emails); err != nil {
		return nil, err
	}
	if o.Password == "" {
		o.Password = randomPassword()
	}
	// One hash for everyone: argon2id is deliberately slow.
	hash, err := auth.HashPassword(o.Password, *o.Argon2)
	if err != nil {
		return nil, err
	}
	n, err := bdb.NewSelect().Model((*model.User)(nil)).Count(ctx)
	if err != nil {
		return nil, err
	}
	now := o.Now().UTC()
	today := day(now)
	start := today.AddDate(-o.Years, 0, 0)
	g := &generator{
		o: o, db: bdb, hash: hash, emails: emails, firstIsAdmin: n == 0,
		now: now, today: today, start: start,
		prices: newPriceSeries(o.Seed, start, today),
		vins:   map[string]bool{},
	}

	// Accounts are generated and written in batches, each batch in one
	// transaction, by o.Workers writers.
	usersPerBatch := max(1, min(50, 20_000/(o.Vehicles*o.Years*60)))
	batches := make(chan int)
	errc := make(chan error, o.Workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for first := range batches {
				if err := g.batch(ctx, first, min(first+usersPerBatch, o.Users)); err != nil {
					errc <- err
					cancel()
					return
				}
				if o.Progress != nil {
					o.Progress(g.counts())
				}
			}
		}()
	}
feed:
	for first := 0; first < o.Users; first += usersPerBatch {
		select {
		case batches <- first:
		case <-ctx.Done():
			break feed
		}
	}
	close(batches)
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &Result{Emails: emails, Password: o.Password, Seed: o.Seed, Counts: g.counts(), Elapsed: time.Since(began)}, nil
}

func checkEmailsFree(ctx context.Context, bdb *bun.DB, emails []string) error {
	for i := 0; i < len(emails); i += 1000 {
		chunk := emails[i:min(i+1000, len(emails))]
		var taken []string
		err := bdb.NewSelect().Model((*model.User)(nil)).Column("email").
			Where("lower(email) IN (?)", bun.List(chunk)).Limit(3).Scan(ctx, &taken)
		if err != nil {
			return err
		}
		if len(taken) > 0 {
			return fmt.Errorf("%w: an account with the email %s exists already (use --email to pick another)", ErrEmailTaken, taken[0])
		}
	}
	return nil
}

// randomPassword is four groups of four letters and digits.
func randomPassword() string {
	const alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	var s strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			s.WriteByte('-')
		}
		s.WriteByte(alphabet[int(c)%len(alphabet)])
	}
	return s.String()
}

type generator struct {
	o            Options
	db           *bun.DB
	hash         string
	emails       []string
	firstIsAdmin bool
	now          time.Time
	today, start time.Time
	prices       *priceSeries

	vinMu sync.Mutex
	vins  map[string]bool // VINs of this run

	users, vehicles, services, fuel, odometer, regs, policies atomic.Int64
}

func (g *generator) counts() Counts {
	return Counts{
		Users: g.users.Load(), Vehicles: g.vehicles.Load(), ServiceRecords: g.services.Load(),
		FuelEntries: g.fuel.Load(), OdometerReadings: g.odometer.Load(), Registrations: g.regs.Load(),
		InsurancePolicies: g.policies.Load(),
	}
}

// account generates user i and its vehicles. The random stream depends only
// on the seed and i, so a seed always gives the same data whatever the
// number of workers.
func (g *generator) account(i int) (*model.User, []*vehicleData) {
	rng := mrand.New(mrand.NewPCG(g.o.Seed, uint64(i)+1))
	h := newHousehold(rng)
	name := pick(rng, firstNames) + " " + pick(rng, lastNames)
	if i == 0 && g.o.Users == 1 {
		name = "Demo Driver"
	}
	u := &model.User{
		Email: g.emails[i], Name: name, PasswordHash: g.hash, Role: model.RoleUser,
		Currency: "USD", DistanceUnit: "mi", FuelEconomyUnit: "mpg", Timezone: h.region.Timezone,
		DateFormat: "MM/DD/YYYY", UpdatedAt: g.now,
		// Signed up just before the history starts.
		CreatedAt: stamp(rng, g.start.AddDate(0, 0, -1-rng.IntN(10))),
	}
	if i == 0 && g.firstIsAdmin {
		u.Role = model.RoleAdmin // the first account of a server is its admin
	}
	var vs []*vehicleData
	used := map[string]bool{}
	for j := range g.o.Vehicles {
		e, age := &catalog[rng.IntN(len(catalog))], -1
		if g.o.Users == 1 && g.o.Vehicles == len(defaultGarage) {
			e, age = &catalog[defaultGarage[j].entry], defaultGarage[j].age
		}
		nick := pick(rng, nicknames[e.Kind])
		if used[nick] {
			nick = e.Model
		}
		used[nick] = true
		vd := newVehicle(rng, h, e, g.prices, g.start, g.today, nick, age)
		// A VIN this run already used (very rare) is replaced from another
		// random stream, so the rest of the account stays the same.
		for try := uint64(1); !g.reserveVIN(*vd.Vehicle.VIN); try++ {
			vin := makeVIN(mrand.New(mrand.NewPCG(g.o.Seed^try, uint64(i)<<8|uint64(j))), e, vd.Vehicle.Year)
			vd.Vehicle.VIN = &vin
		}
		vs = append(vs, vd)
	}
	return u, vs
}

func (g *generator) reserveVIN(vin string) bool {
	g.vinMu.Lock()
	defer g.vinMu.Unlock()
	if g.vins[vin] {
		return false
	}
	g.vins[vin] = true
	return true
}

// batch generates and writes accounts [from, to) in one transaction.
func (g *generator) batch(ctx context.Context, from, to int) error {
	users := make([]*model.User, 0, to-from)
	var vehicles []*vehicleData
	owner := []int{} // index into users, per vehicle
	for i := from; i < to; i++ {
		u, vs := g.account(i)
		users = append(users, u)
		for _, v := range vs {
			vehicles = append(vehicles, v)
			owner = append(owner, len(users)-1)
		}
	}
	var c Counts
	err := g.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(&users).Returning("id").Exec(ctx); err != nil {
			if db.IsUniqueViolation(err) {
				return fmt.Errorf("%w: one of %s … %s was created meanwhile", ErrEmailTaken, users[0].Email, users[len(users)-1].Email)
			}
			return fmt.Errorf("demo: inserting users: %w", err)
		}
		vrows := make([]*model.Vehicle, len(vehicles))
		for k, v := range vehicles {
			v.Vehicle.UserID = users[owner[k]].ID
			vrows[k] = &v.Vehicle
		}
		if err := insertChunks(ctx, tx, vrows, g.o.BatchSize, true); err != nil {
			return fmt.Errorf("demo: inserting vehicles: %w", err)
		}
		var services []*model.ServiceRecord
		var fuel []*model.FuelEntry
		var odo []*model.OdometerReading
		var regs []*model.Registration
		var pols []*model.InsurancePolicy
		for _, v := range vehicles {
			id := v.Vehicle.ID
			for k := range v.Services {
				v.Services[k].VehicleID = id
				services = append(services, &v.Services[k])
			}
			for k := range v.Fuel {
				v.Fuel[k].VehicleID = id
				fuel = append(fuel, &v.Fuel[k])
			}
			for k := range v.Odometer {
				v.Odometer[k].VehicleID = id
				odo = append(odo, &v.Odometer[k])
			}
			for k := range v.Regs {
				v.Regs[k].VehicleID = id
				regs = append(regs, &v.Regs[k])
			}
			for k := range v.Policies {
				v.Policies[k].VehicleID, v.Policies[k].UserID = id, v.Vehicle.UserID
				pols = append(pols, &v.Policies[k])
			}
		}
		if err := insertChunks(ctx, tx, services, g.o.BatchSize, false); err != nil {
			return fmt.Errorf("demo: inserting service records: %w", err)
		}
		if err := insertChunks(ctx, tx, fuel, g.o.BatchSize, false); err != nil {
			return fmt.Errorf("demo: inserting fuel entries: %w", err)
		}
		if err := insertChunks(ctx, tx, odo, g.o.BatchSize, false); err != nil {
			return fmt.Errorf("demo: inserting odometer readings: %w", err)
		}
		if err := insertChunks(ctx, tx, regs, g.o.BatchSize, false); err != nil {
			return fmt.Errorf("demo: inserting registrations: %w", err)
		}
		if err := insertChunks(ctx, tx, pols, g.o.BatchSize, false); err != nil {
			return fmt.Errorf("demo: inserting insurance policies: %w", err)
		}
		c = Counts{Users: int64(len(users)), Vehicles: int64(len(vrows)), ServiceRecords: int64(len(services)),
			FuelEntries: int64(len(fuel)), OdometerReadings: int64(len(odo)), Registrations: int64(len(regs)),
			InsurancePolicies: int64(len(pols))}
		return nil
	})
	if err != nil {
		return err
	}
	g.users.Add(c.Users)
	g.vehicles.Add(c.Vehicles)
	g.services.Add(c.ServiceRecords)
	g.fuel.Add(c.FuelEntries)
	g.odometer.Add(c.OdometerReadings)
	g.regs.Add(c.Registrations)
	g.policies.Add(c.InsurancePolicies)
	return nil
}

// insertChunks writes rows with multi-row INSERTs of at most size rows.
// withIDs reads the generated ids back (RETURNING id); otherwise nothing is
// returned, which keeps large inserts lean.
func insertChunks[T any](ctx context.Context, tx bun.Tx, rows []*T, size int, withIDs bool) error {
	for i := 0; i < len(rows); i += size {
		chunk := rows[i:min(i+size, len(rows))]
		q := tx.NewInsert().Model(&chunk)
		if withIDs {
			q = q.Returning("id")
		} else {
			q = q.Returning("NULL")
		}
		if _, err := q.Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
