// Package odometer holds the rules about a vehicle's odometer history: the
// readings of every record kind (service records, fuel entries, odometer
// readings) must not go backwards in time, except across an explicit
// odometer reset (meter replaced or rolled over).
//
// The rule, for a reading R dated D:
//
//   - Earlier readings: R may not be lower than any reading dated before D
//     and on or after the latest reset dated before D (the reset reading
//     itself included, other readings of the reset's day left out, since
//     their order within the day is unknown). R with Reset set skips this
//     check: that is what the flag is for.
//   - Later readings: R may not be higher than any reading dated after D and
//     before the first reset dated after D. This one has no override: the
//     later reading would otherwise become "lower than an earlier reading"
//     itself, so a history that breaks it is refused whichever record is
//     written last. Fix the later reading (or mark it as a reset) first.
//   - Readings of the same day as R are not compared with it.
//
// Deleting a reading is always allowed, even a reset whose removal leaves a
// later reading lower than an earlier one.
package odometer

import (
	"fmt"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/validate"
)

// Kinds of records that carry an odometer value.
const (
	KindServiceRecord   = "service_record"
	KindFuelEntry       = "fuel_entry"
	KindOdometerReading = "odometer_reading"
)

// Reading is one odometer value of a vehicle's history.
type Reading struct {
	Kind     string
	ID       int64
	Date     model.Date
	Odometer int
	Reset    bool
}

// Same reports whether r and o are the same record.
func (r Reading) Same(o Reading) bool { return r.Kind == o.Kind && r.ID == o.ID }

// Check returns a validation error on "odometer" when r breaks the rule
// against history (the vehicle's other readings, in any order; r itself, if
// present, is ignored).
func Check(history []Reading, r Reading) error {
	var lastReset, nextReset *Reading
	for i := range history {
		h := &history[i]
		if !h.Reset || h.Same(r) {
			continue
		}
		if h.Date.Before(r.Date) && (lastReset == nil || h.Date.After(lastReset.Date)) {
			lastReset = h
		}
		if h.Date.After(r.Date) && (nextReset == nil || h.Date.Before(nextReset.Date)) {
			nextReset = h
		}
	}
	var higher, lower *Reading // the worst earlier and later offenders
	for i := range history {
		h := &history[i]
		if h.Same(r) {
			continue
		}
		switch {
		case h.Date.Before(r.Date) && !r.Reset:
			if lastReset != nil && !h.Date.After(lastReset.Date) && !(h.Reset && h.Date.Equal(lastReset.Date.Time)) {
				continue // before the meter was reset
			}
			if h.Odometer > r.Odometer && (higher == nil || h.Odometer > higher.Odometer) {
				higher = h
			}
		case h.Date.After(r.Date):
			if nextReset != nil && !h.Date.Before(nextReset.Date) {
				continue // after the meter was reset again
			}
			if h.Odometer < r.Odometer && (lower == nil || h.Odometer < lower.Odometer) {
				lower = h
			}
		}
	}
	if higher != nil {
		return validate.Field("odometer", fmt.Sprintf(
			"is lower than an earlier reading (%d on %s); set odometer_reset if the meter was replaced or rolled over",
			higher.Odometer, higher.Date))
	}
	if lower != nil {
		return validate.Field("odometer", fmt.Sprintf(
			"is higher than a later reading (%d on %s); correct that reading first", lower.Odometer, lower.Date))
	}
	return nil
}

// Current returns the vehicle's current odometer: the value of the newest
// dated reading, ties broken by the highest value; fallback (the purchase
// odometer) when there is none.
func Current(history []Reading, fallback *int) *int {
	var best *Reading
	for i := range history {
		h := &history[i]
		if best == nil || h.Date.After(best.Date) || (h.Date.Equal(best.Date.Time) && h.Odometer > best.Odometer) {
			best = h
		}
	}
	if best == nil {
		return fallback
	}
	v := best.Odometer
	return &v
}

// With returns history with r added, or replacing the same record.
func With(history []Reading, r Reading) []Reading {
	return append(Without(history, r), r)
}

// Without returns history without the record r names (by kind and id).
func Without(history []Reading, r Reading) []Reading {
	out := make([]Reading, 0, len(history)+1)
	for _, h := range history {
		if !h.Same(r) {
			out = append(out, h)
		}
	}
	return out
}
