package api_test

import (
	"reflect"
	"testing"

	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

// TestFuelEntries: the price pair, and fuel economy over a realistic
// sequence of fill-ups, in the user's unit.
func TestFuelEntries(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		vp := "/api/v1/vehicles/" + idOf(newVehicle(t, c, nil)) + "/fuel-entries" // miles and US gallons
		seq := []map[string]any{
			{"date": "2026-01-03", "odometer": 20000, "quantity": 11.2, "unit_price": "3.199", "full_tank": true, "station": "Shell"},
			{"date": "2026-01-17", "odometer": 20310, "quantity": 10.5, "total_cost": "34.00", "full_tank": true},
			{"date": "2026-01-28", "odometer": 20450, "quantity": 4, "unit_price": "3.299"}, // partial
			{"date": "2026-02-07", "odometer": 20700, "quantity": 7.9, "unit_price": "3.299", "total_cost": "26.06", "full_tank": true},
			{"date": "2026-02-20", "odometer": 21000, "quantity": 10, "unit_price": "3.1", "full_tank": true, "missed_previous": true},
			{"date": "2026-03-05", "odometer": 21320, "quantity": 10.0, "unit_price": "3", "full_tank": true},
		}
		wantPrice := [][2]string{{"3.199", "35.83"}, {"3.238", "34.00"}, {"3.299", "13.20"}, {"3.299", "26.06"}, {"3.100", "31.00"}, {"3.000", "30.00"}}
		wantMPG := []any{nil, 29.52, nil, 32.77, nil, 32.0} // 310/10.5; 390/(4+7.9); 320/10
		var ids []string
		for i, body := range seq {
			e := create(t, c, vp, body)
			ids = append(ids, idOf(e))
			if e["unit_price"] != wantPrice[i][0] || e["total_cost"] != wantPrice[i][1] {
				t.Fatalf("entry %d: unit_price %v total_cost %v, want %v", i+1, e["unit_price"], e["total_cost"], wantPrice[i])
			}
			if e["quantity"] != body["quantity"] && e["quantity"] != float64(body["quantity"].(int)) {
				t.Fatalf("entry %d: quantity %v", i+1, e["quantity"])
			}
			if e["economy"] != wantMPG[i] || e["economy_unit"] != "mpg" {
				t.Fatalf("entry %d: economy %v %v, want %v mpg", i+1, e["economy"], e["economy_unit"], wantMPG[i])
			}
		}
		// The list carries each entry's economy whatever the page and order.
		l := items(t, c.Do("GET", vp+"?sort=date&per_page=4&page=2", nil), 2, 4, 6)
		if !reflect.DeepEqual(field(l, "economy"), []any{nil, 32.0}) {
			t.Fatalf("page 2 economy = %v", field(l, "economy"))
		}
		l = items(t, c.Do("GET", vp, nil), 1, 20, 6)
		if !reflect.DeepEqual(field(l, "economy"), []any{32.0, nil, 32.77, nil, 29.52, nil}) {
			t.Fatalf("economy newest first = %v", field(l, "economy"))
		}
		items(t, c.Do("GET", vp+"?from=2026-02-01&to=2026-02-28", nil), 1, 20, 2)
		if got := c.Do("GET", "/api/v1/fuel-entries/"+ids[1], nil).Expect(200).Map(); got["economy"] != 29.52 {
			t.Fatalf("GET economy = %v", got["economy"])
		}
		// In the user's unit.
		c.Do("PATCH", "/api/v1/me", map[string]any{"fuel_economy_unit": "l_per_100km"}).Expect(200)
		if got := c.Do("GET", "/api/v1/fuel-entries/"+ids[5], nil).Expect(200).Map(); got["economy"] != 7.35 || got["economy_unit"] != "l_per_100km" {
			t.Fatalf("economy = %v %v, want 7.35 l_per_100km", got["economy"], got["economy_unit"])
		}
		c.Do("PATCH", "/api/v1/me", map[string]any{"fuel_economy_unit": "mpg"}).Expect(200)

		// PATCH: the given half of the price pair is kept, the other derived; a
		// new quantity alone keeps the total paid.
		e2 := "/api/v1/fuel-entries/" + ids[1]
		got := c.Do("PATCH", e2, map[string]any{"quantity": 10}).Expect(200).Map()
		if got["total_cost"] != "34.00" || got["unit_price"] != "3.400" || got["economy"] != 31.0 {
			t.Fatalf("PATCH quantity = %v", got)
		}
		got = c.Do("PATCH", e2, map[string]any{"unit_price": "3.5"}).Expect(200).Map()
		if got["total_cost"] != "35.00" || got["unit_price"] != "3.500" {
			t.Fatalf("PATCH unit_price = %v", got)
		}
		got = c.Do("PATCH", e2, map[string]any{"total_cost": "30"}).Expect(200).Map()
		if got["total_cost"] != "30.00" || got["unit_price"] != "3.000" {
			t.Fatalf("PATCH total_cost = %v", got)
		}
		c.Do("PATCH", e2, map[string]any{"total_cost": "30", "unit_price": "4"}).ExpectProblem(422, "validation", "total_cost")
		// A derived unit price can be up to half a thousandth off: a PATCH that does
		// not touch the price pair keeps it as it is.
		big := create(t, c, vp, map[string]any{"date": "2026-03-20", "odometer": 21800, "quantity": 60, "total_cost": "100.00"})
		if big["unit_price"] != "1.667" {
			t.Fatalf("unit_price = %v", big["unit_price"])
		}
		got = c.Do("PATCH", "/api/v1/fuel-entries/"+idOf(big), map[string]any{"notes": "receipt lost"}).Expect(200).Map()
		if got["total_cost"] != "100.00" || got["unit_price"] != "1.667" || got["notes"] != "receipt lost" {
			t.Fatalf("PATCH notes = %v", got)
		}

		for _, tt := range []struct {
			name   string
			body   map[string]any
			fields []string
		}{
			{"total and unit price disagree", map[string]any{"quantity": 10, "unit_price": "3.499", "total_cost": "40.00"}, []string{"total_cost"}},
			{"neither total nor unit price", map[string]any{"quantity": 10}, []string{"total_cost", "unit_price"}},
			{"quantity missing", map[string]any{"total_cost": "10"}, []string{"quantity"}},
			{"quantity zero", map[string]any{"quantity": 0, "total_cost": "10"}, []string{"quantity"}},
			{"quantity negative", map[string]any{"quantity": -5, "total_cost": "10"}, []string{"quantity"}},
			{"quantity with 4 decimals", map[string]any{"quantity": 1.2345, "total_cost": "10"}, []string{"quantity"}},
			{"quantity as a string", map[string]any{"quantity": "10", "total_cost": "10"}, []string{"quantity"}},
			{"unit price with 4 decimals", map[string]any{"quantity": 10, "unit_price": "3.4999"}, []string{"unit_price"}},
			{"negative unit price", map[string]any{"quantity": 10, "unit_price": "-3.499"}, []string{"unit_price"}},
			{"negative total", map[string]any{"quantity": 10, "total_cost": "-35"}, []string{"total_cost"}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				body := map[string]any{"date": "2026-04-01", "odometer": 22000}
				for k, v := range tt.body {
					body[k] = v
				}
				c.Do("POST", vp, body).ExpectProblem(422, "validation", tt.fields...)
			})
		}
		c.Do("POST", vp, map[string]any{"date": "2026-04-01", "quantity": 1, "total_cost": "1"}).ExpectProblem(422, "validation", "odometer")
		items(t, c.Do("GET", vp, nil), 1, 20, 7)
		c.Do("GET", vp+"?sort=quantity", nil).ExpectProblem(422, "validation", "sort")
		l = items(t, c.Do("GET", vp+"?sort=-total_cost&per_page=1", nil), 1, 1, 7)
		if l[0]["total_cost"] != "100.00" {
			t.Fatalf("sort=-total_cost: %v", field(l, "total_cost"))
		}
	})
}
