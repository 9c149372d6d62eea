package demo

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/validate"
)

func TestCatalogueVINs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range catalog {
		e := &catalog[i]
		for year := 1995; year <= 2030; year++ {
			vin := makeVIN(rng, e, year) // panics on an invalid VIN
			if msg := validate.CheckVIN(vin); msg != "" || vin[:3] != e.WMI {
				t.Fatalf("%s %s %d: %s %s", e.Make, e.Model, year, vin, msg)
			}
		}
	}
	// A known VIN: the check digit of 1M8GDM9AXKP042788 (the standard example) is X.
	if got := vinCheckDigit([]byte("1M8GDM9A0KP042788")); got != 'X' {
		t.Fatalf("check digit %c, want X", got)
	}
}

func TestSameSeedSameData(t *testing.T) {
	g := func() *generator {
		today := time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)
		start := today.AddDate(-2, 0, 0)
		return &generator{o: Options{Seed: 99, Users: 3, Vehicles: 2}, emails: Emails("a@b.c", 3),
			today: today, start: start, now: today, prices: newPriceSeries(99, start, today), vins: map[string]bool{}}
	}
	g1, g2 := g(), g()
	type acct struct {
		name string
		v    []*vehicleData
	}
	a1, a2 := map[int]acct{}, map[int]acct{}
	for _, i := range []int{0, 1, 2} {
		u, v := g1.account(i)
		a1[i] = acct{u.Name, v}
	}
	for _, i := range []int{2, 1, 0} { // another order, as parallel workers do
		u, v := g2.account(i)
		a2[i] = acct{u.Name, v}
	}
	for i := range 3 {
		x, y := a1[i], a2[i]
		if x.name != y.name || len(x.v) != len(y.v) {
			t.Fatalf("account %d differs", i)
		}
		for k := range x.v {
			a, b := x.v[k], y.v[k]
			if *a.Vehicle.VIN != *b.Vehicle.VIN || *a.Vehicle.CurrentOdometer != *b.Vehicle.CurrentOdometer ||
				len(a.Fuel) != len(b.Fuel) || len(a.Services) != len(b.Services) {
				t.Fatalf("account %d vehicle %d differs", i, k)
			}
		}
	}
}
