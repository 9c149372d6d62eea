package fuel

import (
	"errors"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/validate"
)

func milli(s string) *model.Milli {
	m, err := model.ParseMilli(s)
	if err != nil {
		panic(err)
	}
	return &m
}

func money(s string) *model.Money {
	m, err := model.ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return &m
}

func TestPrice(t *testing.T) {
	tests := []struct {
		name           string
		quantity       string
		unit           *model.Milli
		total          *model.Money
		wantUnit       string
		wantTotal      string
		wantErrOnField string
	}{
		{"total from unit price", "10", milli("3.499"), nil, "3.499", "34.99", ""},
		{"total rounded half up", "11.482", milli("3.499"), nil, "3.499", "40.18", ""},
		{"total rounds down", "1.001", milli("1.001"), nil, "1.001", "1.00", ""},
		{"unit price from total", "11.482", nil, money("40.18"), "3.499", "40.18", ""},
		{"unit price from total, litres", "45.2", nil, money("81.30"), "1.799", "81.30", ""},
		{"both, exact", "10", milli("3.499"), money("34.99"), "3.499", "34.99", ""},
		{"both, within a cent", "11.482", milli("3.499"), money("40.17"), "3.499", "40.17", ""},
		{"both, a cent off the other way", "11.482", milli("3.499"), money("40.19"), "", "", "total_cost"},
		{"both, far apart", "10", milli("3.499"), money("50.00"), "", "", "total_cost"},
		{"neither", "10", nil, nil, "", "", "unit_price"},
		{"free fuel", "10", milli("0"), nil, "0.000", "0.00", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			unit, total, err := Price(*milli(tt.quantity), tt.unit, tt.total)
			if tt.wantErrOnField != "" {
				var verrs validate.Errors
				if !errors.As(err, &verrs) || !verrs.Has(tt.wantErrOnField) {
					t.Fatalf("Price error = %v, want one on %s", err, tt.wantErrOnField)
				}
				return
			}
			if err != nil {
				t.Fatalf("Price: %v", err)
			}
			if unit.String() != tt.wantUnit || total.String() != tt.wantTotal {
				t.Fatalf("Price = %s, %s; want %s, %s", unit, total, tt.wantUnit, tt.wantTotal)
			}
		})
	}
}

func TestEconomy(t *testing.T) {
	d := func(m time.Month, day int) model.Date { return model.NewDate(2024, m, day) }
	q := func(s string) model.Milli { return *milli(s) }
	// A year of fill-ups of a car counted in miles and US gallons.
	fills := []Fill{
		{ID: 1, Date: d(1, 1), Odometer: 10_000, Quantity: q("10"), FullTank: true},                        // first full: nothing to measure
		{ID: 2, Date: d(1, 10), Odometer: 10_300, Quantity: q("10"), FullTank: true},                       // 300 mi / 10 gal
		{ID: 3, Date: d(1, 20), Odometer: 10_500, Quantity: q("5")},                                        // partial
		{ID: 4, Date: d(1, 30), Odometer: 10_800, Quantity: q("6"), FullTank: true},                        // 500 mi / (5+6) gal
		{ID: 5, Date: d(2, 10), Odometer: 11_100, Quantity: q("10"), FullTank: true, MissedPrevious: true}, // broken
		{ID: 6, Date: d(2, 20), Odometer: 11_400, Quantity: q("12"), FullTank: true},                       // 300 / 12
		{ID: 7, Date: d(3, 1), Odometer: 11_600, Quantity: q("4"), MissedPrevious: true},                   // partial after a missed one
		{ID: 8, Date: d(3, 5), Odometer: 11_800, Quantity: q("8"), FullTank: true},                         // segment has no full start
		{ID: 9, Date: d(3, 10), Odometer: 50, Quantity: q("10"), FullTank: true, OdometerReset: true},      // meter replaced
		{ID: 10, Date: d(3, 20), Odometer: 350, Quantity: q("10"), FullTank: true},                         // 300 / 10
		{ID: 11, Date: d(4, 10), Odometer: 100, Quantity: q("10"), FullTank: true},                         // reset on Apr 1 on another record
		{ID: 12, Date: d(4, 20), Odometer: 400, Quantity: q("7.5"), FullTank: true},                        // 300 / 7.5
		{ID: 13, Date: d(4, 25), Odometer: 400, Quantity: q("1"), FullTank: true},                          // no distance
	}
	resets := []model.Date{d(4, 1)}
	want := map[int64]float64{2: 30, 4: 45.45, 6: 25, 10: 30, 12: 40}
	// Order of the input does not matter.
	shuffled := append([]Fill{}, fills[7:]...)
	shuffled = append(shuffled, fills[:7]...)
	got := Economy(shuffled, resets, model.Miles, model.MilesPerGallon)
	if len(got) != len(want) {
		t.Fatalf("Economy = %v, want %v", got, want)
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("fill %d: economy %v, want %v (all: %v)", id, got[id], w, got)
		}
	}

	units := []struct {
		name         string
		distanceUnit string
		distance     int
		quantity     string
		economyUnit  string
		want         float64
	}{
		{"mi vehicle in mpg", model.Miles, 300, "10", model.MilesPerGallon, 30},
		{"mi vehicle in l/100km", model.Miles, 300, "10", model.LitresPer100km, 7.84},
		{"mi vehicle in km/l", model.Miles, 300, "10", model.KmPerLitre, 12.75},
		{"km vehicle in l/100km", model.Kilometres, 500, "40", model.LitresPer100km, 8},
		{"km vehicle in km/l", model.Kilometres, 500, "40", model.KmPerLitre, 12.5},
		{"km vehicle in mpg", model.Kilometres, 500, "40", model.MilesPerGallon, 29.4},
	}
	for _, tt := range units {
		t.Run(tt.name, func(t *testing.T) {
			got := Economy([]Fill{
				{ID: 1, Date: d(1, 1), Odometer: 1000, Quantity: q("30"), FullTank: true},
				{ID: 2, Date: d(1, 9), Odometer: 1000 + tt.distance, Quantity: q(tt.quantity), FullTank: true},
			}, nil, tt.distanceUnit, tt.economyUnit)
			if got[2] != tt.want {
				t.Fatalf("economy = %v, want %v", got[2], tt.want)
			}
		})
	}
	if got := Economy([]Fill{
		{ID: 1, Date: d(1, 1), Odometer: 1000, Quantity: q("30"), FullTank: true},
		{ID: 2, Date: d(1, 9), Odometer: 1300, Quantity: q("10"), FullTank: true},
	}, nil, model.Miles, "furlongs_per_hogshead"); len(got) != 0 {
		t.Fatalf("unknown unit: %v, want none", got)
	}
}
