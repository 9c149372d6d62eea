package odometer

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/validate"
)

func day(m time.Month, d int) model.Date { return model.NewDate(2024, m, d) }

func rd(kind string, id int64, date model.Date, odo int, reset bool) Reading {
	return Reading{Kind: kind, ID: id, Date: date, Odometer: odo, Reset: reset}
}

func TestCheck(t *testing.T) {
	plain := []Reading{
		rd(KindServiceRecord, 1, day(1, 1), 1000, false),
		rd(KindFuelEntry, 1, day(2, 1), 2000, false),
		rd(KindOdometerReading, 1, day(3, 1), 3000, false),
	}
	withReset := []Reading{
		rd(KindServiceRecord, 1, day(1, 1), 100_000, false),
		rd(KindOdometerReading, 1, day(2, 1), 50, true),
		rd(KindFuelEntry, 1, day(2, 1), 100_500, false), // same day as the reset: order unknown
		rd(KindFuelEntry, 2, day(3, 1), 200, false),
	}
	tests := []struct {
		name    string
		history []Reading
		r       Reading
		want    string // "" for accepted, else a substring of the message
	}{
		{"between, in order", plain, rd(KindFuelEntry, 9, day(2, 15), 2500, false), ""},
		{"equal to the earlier", plain, rd(KindFuelEntry, 9, day(2, 15), 2000, false), ""},
		{"after all", plain, rd(KindFuelEntry, 9, day(4, 1), 3000, false), ""},
		{"before all", plain, rd(KindFuelEntry, 9, model.NewDate(2023, time.December, 31), 10, false), ""},
		{"lower than an earlier", plain, rd(KindFuelEntry, 9, day(2, 15), 1500, false), "lower than an earlier reading (2000 on 2024-02-01)"},
		{"lower than several earlier: names the highest", plain, rd(KindFuelEntry, 9, day(4, 1), 500, false), "(3000 on 2024-03-01)"},
		{"lower, with reset", plain, rd(KindFuelEntry, 9, day(4, 1), 500, true), ""},
		{"higher than a later", plain, rd(KindServiceRecord, 9, day(2, 15), 3500, false), "higher than a later reading (3000 on 2024-03-01)"},
		{"higher than a later, reset does not help", plain, rd(KindServiceRecord, 9, day(2, 15), 3500, true), "higher than a later"},
		{"same day is not compared", plain, rd(KindServiceRecord, 9, day(2, 1), 1500, false), ""},
		{"update of itself is not compared with its old value", plain, rd(KindFuelEntry, 1, day(2, 1), 2900, false), ""},
		{"update lowering below an earlier", plain, rd(KindFuelEntry, 1, day(2, 1), 900, false), "lower than an earlier reading (1000"},
		{"another kind with the same id is compared", plain, rd(KindServiceRecord, 1, day(2, 15), 1500, false), "lower than an earlier"},
		{"after a reset, older values do not count", withReset, rd(KindServiceRecord, 9, day(4, 1), 300, false), ""},
		{"after a reset, newer values count", withReset, rd(KindServiceRecord, 9, day(4, 1), 150, false), "lower than an earlier reading (200 on 2024-03-01)"},
		{"the reset reading itself counts", withReset, rd(KindServiceRecord, 9, day(2, 15), 40, false), "(50 on 2024-02-01)"},
		{"just after the reset", withReset, rd(KindServiceRecord, 9, day(2, 15), 60, false), ""},
		{"before a later reset, higher is fine", withReset, rd(KindServiceRecord, 9, day(1, 15), 150_000, false), ""},
		{"before a later reset, lower is not", withReset, rd(KindServiceRecord, 9, day(1, 15), 90_000, false), "(100000 on 2024-01-01)"},
		{"empty history", nil, rd(KindOdometerReading, 9, day(1, 1), 0, false), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.history, tt.r)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Check = %v, want nil", err)
				}
				return
			}
			var verrs validate.Errors
			if !errors.As(err, &verrs) || len(verrs) != 1 || verrs[0].Field != "odometer" {
				t.Fatalf("Check = %v, want one error on odometer", err)
			}
			if !strings.Contains(verrs[0].Message, tt.want) {
				t.Fatalf("message %q does not contain %q", verrs[0].Message, tt.want)
			}
		})
	}
}

func TestCurrent(t *testing.T) {
	purchase := 12
	tests := []struct {
		name     string
		history  []Reading
		fallback *int
		want     *int
	}{
		{"none, no purchase odometer", nil, nil, nil},
		{"none, purchase odometer", nil, &purchase, &purchase},
		{"newest date wins over higher value", []Reading{
			rd(KindFuelEntry, 1, day(3, 1), 100, true),
			rd(KindServiceRecord, 1, day(2, 1), 90_000, false),
		}, &purchase, ptr(100)},
		{"same date: highest value", []Reading{
			rd(KindFuelEntry, 1, day(3, 1), 500, false),
			rd(KindServiceRecord, 2, day(3, 1), 700, false),
			rd(KindOdometerReading, 3, day(3, 1), 600, false),
		}, nil, ptr(700)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Current(tt.history, tt.fallback)
			if (got == nil) != (tt.want == nil) || (got != nil && *got != *tt.want) {
				t.Fatalf("Current = %v, want %v", deref(got), deref(tt.want))
			}
		})
	}
}

func TestWithWithout(t *testing.T) {
	h := []Reading{rd(KindFuelEntry, 1, day(1, 1), 10, false), rd(KindServiceRecord, 1, day(1, 2), 20, false)}
	h = With(h, rd(KindFuelEntry, 1, day(1, 3), 30, false))
	if len(h) != 2 || h[1].Odometer != 30 {
		t.Fatalf("With replaced wrongly: %+v", h)
	}
	h = With(h, rd(KindOdometerReading, 1, day(1, 4), 40, false))
	h = Without(h, Reading{Kind: KindServiceRecord, ID: 1})
	if len(h) != 2 || h[0].Kind != KindFuelEntry || h[1].Kind != KindOdometerReading {
		t.Fatalf("Without: %+v", h)
	}
}

func ptr(v int) *int { return &v }

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}
