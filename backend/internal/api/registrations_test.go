package api_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestRegistrationCRUD(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		vp := "/api/v1/vehicles/" + idOf(newVehicle(t, c, nil)) + "/registrations"

		r := create(t, c, vp, map[string]any{"plate": "ABC-1234", "region": "NY", "registration_number": "R-1",
			"issued_on": "2025-07-01", "expires_on": "2026-06-30", "inspection_due_on": "2026-05-31", "fee": "140"})
		if r["fee"] != "140.00" || r["expires_on"] != "2026-06-30" || r["inspection_due_on"] != "2026-05-31" {
			t.Fatalf("created %v", r)
		}
		path := "/api/v1/registrations/" + idOf(r)
		if got := c.Do("GET", path, nil).Expect(200).Map(); !reflect.DeepEqual(got, r) {
			t.Fatalf("GET = %v", got)
		}
		got := c.Do("PATCH", path, map[string]any{"expires_on": "2027-06-30", "fee": nil, "inspection_due_on": nil}).Expect(200).Map()
		if got["expires_on"] != "2027-06-30" || got["fee"] != nil || got["inspection_due_on"] != nil || got["plate"] != "ABC-1234" {
			t.Fatalf("PATCH = %v", got)
		}
		// Validation of the merged record: expires_on may not move before issued_on.
		c.Do("PATCH", path, map[string]any{"issued_on": "2027-07-01"}).ExpectProblem(422, "validation", "expires_on")
		c.Do("PATCH", path, map[string]any{"expires_on": nil}).ExpectProblem(422, "validation", "expires_on")
		for _, tt := range []struct {
			name  string
			body  map[string]any
			field string
		}{
			{"expires missing", map[string]any{"plate": "X"}, "expires_on"},
			{"expires before issued", map[string]any{"issued_on": "2026-01-02", "expires_on": "2026-01-01"}, "expires_on"},
			{"bad issued_on", map[string]any{"issued_on": "2026-1-2", "expires_on": "2027-01-01"}, "issued_on"},
			{"negative fee", map[string]any{"expires_on": "2027-01-01", "fee": "-1"}, "fee"},
			{"bad inspection date", map[string]any{"expires_on": "2027-01-01", "inspection_due_on": "soon"}, "inspection_due_on"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				c.Do("POST", vp, tt.body).ExpectProblem(422, "validation", tt.field)
			})
		}
		create(t, c, vp, map[string]any{"issued_on": "2026-01-01", "expires_on": "2026-01-01"}) // same day is fine

		// Sorted by expiry, latest first by default.
		for i := 0; i < 43; i++ {
			create(t, c, vp, map[string]any{"expires_on": fmt.Sprintf("20%02d-01-01", 30+i)})
		}
		var all []any
		for page, n := range []int{20, 20, 5} {
			l := items(t, c.Do("GET", fmt.Sprintf("%s?page=%d", vp, page+1), nil), page+1, 20, 45)
			if len(l) != n {
				t.Fatalf("page %d: %d items", page+1, len(l))
			}
			all = append(all, field(l, "expires_on")...)
		}
		if all[0] != "2072-01-01" || all[44] != "2026-01-01" {
			t.Fatalf("default order: %v", all)
		}
		l := items(t, c.Do("GET", vp+"?sort=issued_on&per_page=2", nil), 1, 2, 45)
		if l[0]["issued_on"] != "2025-07-01" || l[1]["issued_on"] != "2026-01-01" { // the failed PATCHes wrote nothing
			t.Fatalf("sort=issued_on: %v", field(l, "issued_on"))
		}
		l = items(t, c.Do("GET", vp+"?sort=-issued_on&per_page=3", nil), 1, 3, 45)
		if l[0]["issued_on"] != "2026-01-01" || l[1]["issued_on"] != "2025-07-01" || l[2]["issued_on"] != nil { // nulls last
			t.Fatalf("sort=-issued_on: %v", field(l, "issued_on"))
		}
		c.Do("GET", vp+"?sort=fee", nil).ExpectProblem(422, "validation", "sort")

		c.Do("DELETE", path, nil).Expect(204)
		c.Do("GET", path, nil).ExpectProblem(404, "not-found")
	})
}

func TestInsurancePolicyCRUD(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		v1, v2 := newVehicle(t, c, nil), newVehicle(t, c, nil)
		stranger := newVehicle(t, env.Register(), nil)

		body := func(kv ...any) map[string]any {
			m := map[string]any{"vehicle_id": v1["id"], "provider": "Acme Mutual", "policy_number": "PN-1",
				"coverage_start": "2025-07-01", "coverage_end": "2026-06-30", "premium": "612.50"}
			for i := 0; i < len(kv); i += 2 {
				if kv[i+1] == nil {
					delete(m, kv[i].(string))
				} else {
					m[kv[i].(string)] = kv[i+1]
				}
			}
			return m
		}
		p := create(t, c, "/api/v1/insurance-policies", body("deductible", "500"))
		if p["premium_period"] != "annual" || p["deductible"] != "500.00" || p["premium"] != "612.50" || p["vehicle_id"] != v1["id"] {
			t.Fatalf("created %v", p)
		}
		path := "/api/v1/insurance-policies/" + idOf(p)
		if got := c.Do("GET", path, nil).Expect(200).Map(); !reflect.DeepEqual(got, p) {
			t.Fatalf("GET = %v", got)
		}
		// Moving to another of the caller's vehicles is fine; to someone else's is not.
		got := c.Do("PATCH", path, map[string]any{"vehicle_id": v2["id"], "premium_period": "monthly"}).Expect(200).Map()
		if got["vehicle_id"] != v2["id"] || got["premium_period"] != "monthly" || got["provider"] != "Acme Mutual" {
			t.Fatalf("PATCH = %v", got)
		}
		c.Do("PATCH", path, map[string]any{"vehicle_id": stranger["id"]}).ExpectProblem(422, "validation", "vehicle_id")
		c.Do("PATCH", path, map[string]any{"coverage_end": "2025-07-01"}).ExpectProblem(422, "validation", "coverage_end")

		for _, tt := range []struct {
			name  string
			body  map[string]any
			field string
		}{
			{"another user's vehicle", body("vehicle_id", stranger["id"]), "vehicle_id"},
			{"no such vehicle", body("vehicle_id", 999999), "vehicle_id"},
			{"vehicle missing", body("vehicle_id", nil), "vehicle_id"},
			{"provider missing", body("provider", nil), "provider"},
			{"end before start", body("coverage_end", "2025-06-30"), "coverage_end"},
			{"end on start", body("coverage_end", "2025-07-01"), "coverage_end"},
			{"start missing", body("coverage_start", nil), "coverage_start"},
			{"unknown period", body("premium_period", "weekly"), "premium_period"},
			{"negative premium", body("premium", "-612.50"), "premium"},
			{"negative deductible", body("deductible", "-1"), "deductible"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				c.Do("POST", "/api/v1/insurance-policies", tt.body).ExpectProblem(422, "validation", tt.field)
			})
		}

		create(t, c, "/api/v1/insurance-policies", body("coverage_end", "2027-06-30", "provider", "zeta"))
		create(t, c, "/api/v1/insurance-policies", body("coverage_end", "2025-12-31", "provider", "Beta"))
		l := items(t, c.Do("GET", "/api/v1/insurance-policies", nil), 1, 20, 3)
		if !reflect.DeepEqual(field(l, "coverage_end"), []any{"2027-06-30", "2026-06-30", "2025-12-31"}) {
			t.Fatalf("default order: %v", field(l, "coverage_end"))
		}
		l = items(t, c.Do("GET", "/api/v1/insurance-policies?sort=provider", nil), 1, 20, 3)
		if !reflect.DeepEqual(field(l, "provider"), []any{"Acme Mutual", "Beta", "zeta"}) {
			t.Fatalf("sort=provider: %v", field(l, "provider"))
		}
		items(t, c.Do("GET", "/api/v1/insurance-policies?vehicle_id="+idOf(v1), nil), 1, 20, 2)
		items(t, c.Do("GET", "/api/v1/insurance-policies?vehicle_id="+idOf(v2), nil), 1, 20, 1)
		c.Do("GET", "/api/v1/insurance-policies?vehicle_id="+idOf(stranger), nil).ExpectProblem(404, "not-found")
		c.Do("GET", "/api/v1/insurance-policies?vehicle_id=abc", nil).ExpectProblem(422, "validation", "vehicle_id")
		c.Do("GET", "/api/v1/insurance-policies?sort=-agent_name", nil).ExpectProblem(422, "validation", "sort")

		c.Do("DELETE", path, nil).Expect(204)
		c.Do("GET", path, nil).ExpectProblem(404, "not-found")
		items(t, c.Do("GET", "/api/v1/insurance-policies", nil), 1, 20, 2)
	})
}
