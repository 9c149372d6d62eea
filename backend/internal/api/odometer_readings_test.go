package api_test

import (
	"testing"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

// TestOdometerRule: readings of every kind share one history; a rollback
// needs odometer_reset; the vehicle's current odometer follows the newest
// reading and falls back to the purchase odometer.
func TestOdometerRule(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		v := newVehicle(t, c, map[string]any{"purchase_odometer": 12000})
		vp := "/api/v1/vehicles/" + idOf(v)
		current := func(want int) {
			t.Helper()
			if got := num(c.Do("GET", vp, nil).Expect(200).Map(), "current_odometer"); got != want {
				t.Fatalf("current_odometer = %d, want %d", got, want)
			}
		}
		reading := func(date string, odo int, reset bool) *apitest.Response {
			return c.Do("POST", vp+"/odometer-readings", map[string]any{"date": date, "odometer": odo, "odometer_reset": reset})
		}
		service := func(date string, odo int, reset bool) *apitest.Response {
			return c.Do("POST", vp+"/service-records", map[string]any{"date": date, "odometer": odo, "odometer_reset": reset,
				"category": "maintenance", "service_type": "inspection"})
		}
		fill := func(date string, odo int, reset bool) *apitest.Response {
			return c.Do("POST", vp+"/fuel-entries", map[string]any{"date": date, "odometer": odo, "odometer_reset": reset,
				"quantity": 10, "total_cost": "35.00", "full_tank": true})
		}
		current(12000)

		r1 := reading("2026-01-10", 15000, false).Expect(201).Map()
		current(15000)
		s1 := service("2026-02-01", 16000, false).Expect(201).Map()
		current(16000)
		// Lower than an earlier reading of another kind: refused, nothing written.
		fill("2026-03-01", 15500, false).ExpectProblem(422, "validation", "odometer")
		items(t, c.Do("GET", vp+"/fuel-entries", nil), 1, 20, 0)
		current(16000)
		// The meter was replaced: accepted with odometer_reset.
		f1 := fill("2026-03-01", 120, true).Expect(201).Map()
		current(120)
		service("2026-04-01", 100, false).ExpectProblem(422, "validation", "odometer")
		s2 := service("2026-04-01", 500, false).Expect(201).Map()
		current(500)
		// Back-dated readings must fit between their neighbours.
		reading("2026-01-20", 15800, false).Expect(201)
		reading("2026-01-20", 17000, false).ExpectProblem(422, "validation", "odometer")
		reading("2026-01-20", 14000, false).ExpectProblem(422, "validation", "odometer")
		current(500)

		// Updates are checked against the other readings, and move current_odometer.
		c.Do("PATCH", "/api/v1/service-records/"+idOf(s1), map[string]any{"odometer": 14000}).ExpectProblem(422, "validation", "odometer")
		c.Do("PATCH", "/api/v1/service-records/"+idOf(s2), map[string]any{"odometer": 800}).Expect(200)
		current(800)
		c.Do("PATCH", "/api/v1/odometer-readings/"+idOf(r1), map[string]any{"date": "2026-05-01", "odometer": 900}).Expect(200)
		current(900)
		c.Do("PATCH", "/api/v1/odometer-readings/"+idOf(r1), map[string]any{"odometer": 700}).ExpectProblem(422, "validation", "odometer")
		// Same date as another reading: the highest value is the current one.
		reading("2026-05-01", 950, false).Expect(201)
		current(950)

		// Deleting readings moves it back; with none left, the purchase odometer.
		for _, kind := range []string{"service-records", "fuel-entries", "odometer-readings"} {
			for _, it := range items(t, c.Do("GET", vp+"/"+kind, nil), 1, 20, map[string]int{
				"service-records": 2, "fuel-entries": 1, "odometer-readings": 3}[kind]) {
				c.Do("DELETE", "/api/v1/"+kind+"/"+idOf(it), nil).Expect(204)
			}
		}
		_ = f1
		current(12000)
		c.Do("PATCH", vp, map[string]any{"purchase_odometer": 13000}).Expect(200)
		current(13000)
		service("2026-04-01", 5, false).Expect(201) // no earlier readings: the purchase odometer is not one
		current(5)

		// Odometer readings: required, not negative, reset flag kept.
		for _, body := range []map[string]any{
			{"date": "2026-04-02"}, {"date": "2026-04-02", "odometer": -1}, {"date": "2026-04-02", "odometer": "10"},
		} {
			c.Do("POST", vp+"/odometer-readings", body).ExpectProblem(422, "validation", "odometer")
		}
		c.Do("POST", vp+"/odometer-readings", map[string]any{"odometer": 10}).ExpectProblem(422, "validation", "date")
		c.Do("POST", vp+"/odometer-readings", map[string]any{"odometer": 10, "date": "2026-06-16"}).ExpectProblem(422, "validation", "date")
		r := reading("2026-04-03", 3, true).Expect(201).Map()
		if r["odometer_reset"] != true || r["odometer"] != 3.0 || r["date"] != "2026-04-03" {
			t.Fatalf("reading = %v", r)
		}
		got := c.Do("PATCH", "/api/v1/odometer-readings/"+idOf(r), map[string]any{"notes": "new meter"}).Expect(200).Map()
		if got["notes"] != "new meter" || got["odometer_reset"] != true || got["odometer"] != 3.0 {
			t.Fatalf("PATCH = %v", got)
		}
		// Without the reset flag, 3 after 5 is a rollback.
		c.Do("PATCH", "/api/v1/odometer-readings/"+idOf(r), map[string]any{"odometer_reset": false}).ExpectProblem(422, "validation", "odometer")
	})
}

func TestOdometerReadingListFilters(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		vp := "/api/v1/vehicles/" + idOf(newVehicle(t, c, nil)) + "/odometer-readings"
		for i, d := range []string{"2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"} {
			create(t, c, vp, map[string]any{"date": d, "odometer": 1000 * (i + 1)})
		}
		l := items(t, c.Do("GET", vp+"?from=2026-02-01&to=2026-03-31", nil), 1, 20, 2)
		if l[0]["date"] != "2026-03-01" || l[1]["date"] != "2026-02-01" {
			t.Fatalf("filtered = %v", field(l, "date"))
		}
		l = items(t, c.Do("GET", vp+"?sort=odometer&per_page=2&page=2", nil), 2, 2, 4)
		if l[0]["odometer"] != 3000.0 || l[1]["odometer"] != 4000.0 {
			t.Fatalf("sort=odometer page 2 = %v", field(l, "odometer"))
		}
		c.Do("GET", vp+"?from=2026-02-31", nil).ExpectProblem(422, "validation", "from")
		c.Do("GET", vp+"?sort=notes", nil).ExpectProblem(422, "validation", "sort")
	})
}
