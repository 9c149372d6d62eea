package demo_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/demo"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/uptrace/bun"
)

func TestMain(m *testing.M) { testutil.Main(m) }

var today = time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)

func clock() time.Time { return today }

func count(t *testing.T, bdb *bun.DB, m any) int64 {
	t.Helper()
	n, err := bdb.NewSelect().Model(m).Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return int64(n)
}

// checkCounts: the result's counts are what the database holds, and none is
// zero.
func checkCounts(t *testing.T, bdb *bun.DB, c demo.Counts) {
	t.Helper()
	for _, x := range []struct {
		name string
		got  int64
		m    any
	}{
		{"users", c.Users, (*model.User)(nil)},
		{"vehicles", c.Vehicles, (*model.Vehicle)(nil)},
		{"service records", c.ServiceRecords, (*model.ServiceRecord)(nil)},
		{"fuel entries", c.FuelEntries, (*model.FuelEntry)(nil)},
		{"odometer readings", c.OdometerReadings, (*model.OdometerReading)(nil)},
		{"registrations", c.Registrations, (*model.Registration)(nil)},
		{"insurance policies", c.InsurancePolicies, (*model.InsurancePolicy)(nil)},
	} {
		if x.got == 0 {
			t.Errorf("no %s generated", x.name)
		}
		if db := count(t, bdb, x.m); db != x.got {
			t.Errorf("%s: result says %d, database has %d", x.name, x.got, db)
		}
	}
}

// checkVehicles: valid VINs, current_odometer = the highest reading, dates
// within the period, odometers never going backwards in time.
func checkVehicles(t *testing.T, bdb *bun.DB, years int) {
	t.Helper()
	ctx := context.Background()
	var vehicles []model.Vehicle
	if err := bdb.NewSelect().Model(&vehicles).Order("id").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	first := model.DateOf(today.AddDate(-years, 0, 0))
	last := model.DateOf(today)
	for _, v := range vehicles {
		if v.VIN == nil || validate.CheckVIN(*v.VIN) != "" {
			t.Errorf("vehicle %d: VIN %v: %s", v.ID, v.VIN, validate.CheckVIN(deref(v.VIN)))
		}
		if v.Year < 1900 || v.Year > today.Year()+2 || v.Make == "" || v.Model == "" {
			t.Errorf("vehicle %d: %d %q %q", v.ID, v.Year, v.Make, v.Model)
		}
		type reading struct {
			Date     model.Date
			Odometer int
		}
		var readings []reading
		var svc []model.ServiceRecord
		var fuel []model.FuelEntry
		var odo []model.OdometerReading
		if err := bdb.NewSelect().Model(&svc).Where("vehicle_id = ?", v.ID).Scan(ctx); err != nil {
			t.Fatal(err)
		}
		if err := bdb.NewSelect().Model(&fuel).Where("vehicle_id = ?", v.ID).Scan(ctx); err != nil {
			t.Fatal(err)
		}
		if err := bdb.NewSelect().Model(&odo).Where("vehicle_id = ?", v.ID).Scan(ctx); err != nil {
			t.Fatal(err)
		}
		if len(svc) == 0 || len(fuel) == 0 || len(odo) == 0 {
			t.Fatalf("vehicle %d: %d service records, %d fuel entries, %d odometer readings", v.ID, len(svc), len(fuel), len(odo))
		}
		for _, r := range svc {
			readings = append(readings, reading{r.Date, *r.Odometer})
			if r.Category == "" || r.ServiceType == "" || r.Title == "" {
				t.Errorf("service record %d: %+v", r.ID, r)
			}
		}
		partial, missed := 0, 0
		for _, f := range fuel {
			readings = append(readings, reading{f.Date, f.Odometer})
			if !f.FullTank {
				partial++
			}
			if f.MissedPrevious {
				missed++
			}
			// total = quantity x unit price, to the cent.
			if want := (int64(f.QuantityMilli)*int64(f.UnitPriceMilli) + 5000) / 10000; int64(f.TotalCost) != want {
				t.Errorf("fuel entry %d: total %s, want %d cents", f.ID, f.TotalCost, want)
			}
		}
		if years >= 3 && (partial == 0 || missed != 1) {
			t.Errorf("vehicle %d: %d partial fill-ups, %d missed_previous; want some and exactly one", v.ID, partial, missed)
		}
		for _, o := range odo {
			readings = append(readings, reading{o.Date, o.Odometer})
		}
		maxOdo := 0
		for _, r := range readings {
			maxOdo = max(maxOdo, r.Odometer)
			if r.Date.Before(first) || r.Date.After(last) {
				t.Errorf("vehicle %d: a reading dated %s, outside %s..%s", v.ID, r.Date, first, last)
			}
			for _, o := range readings {
				if o.Date.Before(r.Date) && o.Odometer > r.Odometer {
					t.Fatalf("vehicle %d: odometer %d on %s is lower than %d on %s", v.ID, r.Odometer, r.Date, o.Odometer, o.Date)
				}
			}
		}
		if v.CurrentOdometer == nil || *v.CurrentOdometer != maxOdo {
			t.Errorf("vehicle %d: current_odometer %v, want the highest reading %d", v.ID, v.CurrentOdometer, maxOdo)
		}
		if v.PurchaseOdometer == nil || *v.PurchaseOdometer > maxOdo {
			t.Errorf("vehicle %d: purchase odometer %v above the readings", v.ID, v.PurchaseOdometer)
		}

		// The current registration and policy cover today.
		var reg model.Registration
		if err := bdb.NewSelect().Model(&reg).Where("vehicle_id = ?", v.ID).Order("expires_on DESC").Limit(1).Scan(ctx); err != nil {
			t.Fatal(err)
		}
		if reg.ExpiresOn.Before(last) || reg.IssuedOn == nil || reg.IssuedOn.After(last) {
			t.Errorf("vehicle %d: latest registration %s..%s does not cover today", v.ID, reg.IssuedOn, reg.ExpiresOn)
		}
		var pol model.InsurancePolicy
		if err := bdb.NewSelect().Model(&pol).Where("vehicle_id = ?", v.ID).Order("coverage_end DESC").Limit(1).Scan(ctx); err != nil {
			t.Fatal(err)
		}
		if pol.CoverageEnd.Before(last) || pol.CoverageStart.After(last) || pol.UserID != v.UserID {
			t.Errorf("vehicle %d: latest policy %s..%s (user %d) does not cover today", v.ID, pol.CoverageStart, pol.CoverageEnd, pol.UserID)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestDefaultDemoData(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		ctx := context.Background()
		res, err := demo.Generate(ctx, bdb, demo.Options{Seed: 7, Now: clock, Argon2: &apitest.CheapArgon2})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Emails) != 1 || res.Emails[0] != demo.DefaultEmail || len(res.Password) < 10 {
			t.Fatalf("account %v / %q", res.Emails, res.Password)
		}
		if res.Counts.Users != 1 || res.Counts.Vehicles != 3 {
			t.Fatalf("counts %+v, want 1 account with 3 vehicles", res.Counts)
		}
		// Three years: service every few months, fuel every week or two,
		// monthly odometer notes, yearly registrations.
		c := res.Counts
		if c.ServiceRecords < 3*3*4 || c.FuelEntries < 3*3*20 || c.OdometerReadings < 3*35 || c.Registrations < 3*3 || c.InsurancePolicies < 3*3 {
			t.Fatalf("thin history: %+v", c)
		}
		checkCounts(t, bdb, c)
		checkVehicles(t, bdb, 3)

		// The account signs in with the printed email and password.
		env := apitest.New(t, bdb, nil)
		client := env.Anon()
		client.Do("POST", "/api/v1/auth/login", map[string]any{"email": res.Emails[0], "password": res.Password}).Expect(200)
		me := client.Do("GET", "/api/v1/me", nil).Expect(200).Map()
		if me["email"] != demo.DefaultEmail || me["role"] != "admin" {
			t.Fatalf("me = %v (the first account of a server is its admin)", me)
		}

		// A second run refuses, and writes nothing.
		_, err = demo.Generate(ctx, bdb, demo.Options{Now: clock, Argon2: &apitest.CheapArgon2})
		if !errors.Is(err, demo.ErrEmailTaken) {
			t.Fatalf("second run: %v, want ErrEmailTaken", err)
		}
		checkCounts(t, bdb, c)
	})
}

func TestVolumeDemoData(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		ctx := context.Background()
		// Someone is there already: no demo account becomes admin.
		env := apitest.New(t, bdb, nil)
		env.Register()

		var progress int
		res, err := demo.Generate(ctx, bdb, demo.Options{
			Users: 5, Vehicles: 2, Years: 1, Seed: 11, Password: "load-test-password", Email: "load@example.com",
			Now: clock, Argon2: &apitest.CheapArgon2, Workers: 3, BatchSize: 7, // tiny chunks: many INSERTs
			Progress: func(demo.Counts) { progress++ },
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"load@example.com", "load+2@example.com", "load+3@example.com", "load+4@example.com", "load+5@example.com"}
		for i, e := range want {
			if res.Emails[i] != e {
				t.Fatalf("emails %v, want %v", res.Emails, want)
			}
		}
		if res.Counts.Users != 5 || res.Counts.Vehicles != 10 || progress == 0 {
			t.Fatalf("counts %+v, progress calls %d", res.Counts, progress)
		}
		res.Counts.Users++ // the account registered above
		checkCounts(t, bdb, res.Counts)
		checkVehicles(t, bdb, 1)
		admins, err := bdb.NewSelect().Model((*model.User)(nil)).Where("role = ?", model.RoleAdmin).Count(ctx)
		if err != nil || admins != 1 {
			t.Fatalf("%d admins (%v), want only the first registered account", admins, err)
		}
		env.Anon().Do("POST", "/api/v1/auth/login", map[string]any{"email": "load+4@example.com", "password": "load-test-password"}).Expect(200)

		// Same seed, other emails: the same VINs again, in other accounts (VINs are unique per account).
		res2, err := demo.Generate(ctx, bdb, demo.Options{
			Users: 5, Vehicles: 2, Years: 1, Seed: 11, Password: "load-test-password", Email: "again@example.com",
			Now: clock, Argon2: &apitest.CheapArgon2,
		})
		if err != nil {
			t.Fatalf("rerun with the same seed: %v", err)
		}
		if res2.Counts.Vehicles != 10 || count(t, bdb, (*model.Vehicle)(nil)) != 20 {
			t.Fatalf("rerun: %+v", res2.Counts)
		}
	})
}

func TestOptionsAreChecked(t *testing.T) {
	bdb := testutil.NewDB(t, "sqlite")
	for _, o := range []demo.Options{
		{Users: -1}, {Vehicles: 101}, {Years: 31}, {Password: "short"}, {Email: "not-an-email"}, {Email: "a+b@example.com"},
	} {
		o.Now = clock
		if _, err := demo.Generate(context.Background(), bdb, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	if n := count(t, bdb, (*model.User)(nil)); n != 0 {
		t.Fatalf("%d users written by refused runs", n)
	}
}
