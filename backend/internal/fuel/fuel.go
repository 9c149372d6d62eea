// Package fuel holds the fuel rules: deriving a fill-up's total cost or unit
// price from the other, and fuel economy between full-tank fill-ups.
package fuel

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/validate"
)

// Limits keep the price arithmetic far from int64 overflow
// (quantity × unit price stays below 10^17).
const (
	MaxQuantity  = model.Milli(100_000 * 1000)      // 100,000 litres or gallons
	MaxUnitPrice = model.Milli(1_000_000 * 1000)    // 1,000,000 a litre or gallon
	MaxTotalCost = model.Money(1_000_000_000 * 100) // a billion
)

// Price completes a fill-up's price pair. Give the unit price, the total
// cost, or both: the missing one is derived (rounded half up); when both are
// given, the total must be within a cent of quantity × unit price. quantity
// must be positive. Errors name the JSON fields.
func Price(quantity model.Milli, unitPrice *model.Milli, total *model.Money) (model.Milli, model.Money, error) {
	q := int64(quantity)
	switch {
	case unitPrice == nil && total == nil:
		return 0, 0, validate.Errors{
			{Field: "total_cost", Message: "is required when unit_price is not given"},
			{Field: "unit_price", Message: "is required when total_cost is not given"},
		}
	case total == nil:
		// cents = quantity(thousandths) × price(thousandths) / 10^4
		return *unitPrice, model.Money((q*int64(*unitPrice) + 5_000) / 10_000), nil
	case unitPrice == nil:
		// price(thousandths) = cents × 10^4 / quantity(thousandths)
		return model.Milli((int64(*total)*20_000 + q) / (2 * q)), *total, nil
	}
	exact := q * int64(*unitPrice) // in 10^-4 cents
	if diff := exact - int64(*total)*10_000; diff > 10_000 || diff < -10_000 {
		return 0, 0, validate.Field("total_cost", fmt.Sprintf(
			"does not match quantity × unit_price (%s); give only one of them to have the other derived",
			model.Money((exact+5_000)/10_000)))
	}
	return *unitPrice, *total, nil
}

// Fill is what economy needs of a fuel entry.
type Fill struct {
	ID             int64
	Date           model.Date
	Odometer       int
	Quantity       model.Milli
	FullTank       bool
	MissedPrevious bool
	OdometerReset  bool
}

// Unit conversions.
const (
	kmPerMile      = 1.609344
	litresPerGalUS = 3.785411784
)

// Economy computes the fuel economy of each full-tank fill-up that closes a
// measurable segment and returns it by fill id, in economyUnit (mpg,
// l_per_100km or km_per_l), rounded to two decimals. Distances are in
// distanceUnit; quantities in US gallons for "mi" vehicles and litres for
// "km" ones.
//
// A segment runs from one full-tank fill-up to the next, in date order (then
// odometer, then id): its distance is the odometer difference and its fuel
// the quantity of every fill-up after the first, the closing one included
// (the partial fill-ups in between count). A fill-up marked missed_previous
// or odometer_reset breaks the segment it is in: no economy for the segment,
// and a new one starts at the next full-tank fill-up (at this one, when it is
// a full tank itself). resets are the dates of odometer resets recorded on
// other kinds of records: a reset dated after the start of a segment and no
// later than its end breaks it too. Fills outside a measurable segment get no
// entry.
func Economy(fills []Fill, resets []model.Date, distanceUnit, economyUnit string) map[int64]float64 {
	sorted := slices.Clone(fills)
	slices.SortFunc(sorted, func(a, b Fill) int {
		return cmp.Or(a.Date.Compare(b.Date.Time), cmp.Compare(a.Odometer, b.Odometer), cmp.Compare(a.ID, b.ID))
	})
	out := map[int64]float64{}
	var start *Fill // the full fill-up opening the current segment, nil when none
	var used model.Milli
	for i := range sorted {
		f := &sorted[i]
		if f.MissedPrevious || f.OdometerReset || (start != nil && resetBetween(resets, start.Date, f.Date)) {
			start, used = nil, 0
			if f.FullTank {
				start = f
			}
			continue
		}
		used += f.Quantity
		if !f.FullTank {
			continue
		}
		if start != nil {
			if e, ok := convert(f.Odometer-start.Odometer, used, distanceUnit, economyUnit); ok {
				out[f.ID] = e
			}
		}
		start, used = f, 0
	}
	return out
}

func resetBetween(resets []model.Date, after, upTo model.Date) bool {
	for _, r := range resets {
		if r.After(after) && !r.After(upTo) {
			return true
		}
	}
	return false
}

// convert expresses distance per fuel used in economyUnit.
func convert(distance int, used model.Milli, distanceUnit, economyUnit string) (float64, bool) {
	if distance <= 0 || used <= 0 {
		return 0, false
	}
	km, litres := float64(distance), used.Float()
	if distanceUnit == model.Miles {
		km, litres = km*kmPerMile, litres*litresPerGalUS
	}
	var v float64
	switch economyUnit {
	case model.MilesPerGallon:
		v = (km / kmPerMile) / (litres / litresPerGalUS)
	case model.LitresPer100km:
		v = litres / km * 100
	case model.KmPerLitre:
		v = km / litres
	default:
		return 0, false
	}
	return math.Round(v*100) / 100, true
}
