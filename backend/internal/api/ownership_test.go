package api_test

import (
	"reflect"
	"testing"

	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

// TestOtherUsersIDsAre404: a second user walks every vehicle and record
// route with the first user's ids and gets 404 on each, exactly as for ids
// that do not exist; their lists are empty; the first user's data is intact.
func TestOtherUsersIDsAre404(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		alice, mallory := env.Register(), env.Register()
		v := newVehicle(t, alice, map[string]any{"vin": validVIN, "purchase_odometer": 100})
		rec := withOneRecordOfEachKind(t, alice, v)
		vid := idOf(v)
		malloryVehicle := newVehicle(t, mallory, nil)

		// Bodies that would be valid for the caller's own records.
		bodies := map[string]map[string]any{
			"service-records":    {"date": "2026-05-03", "odometer": 45200, "category": "repair", "service_type": "brakes"},
			"registrations":      {"expires_on": "2027-06-30"},
			"odometer-readings":  {"date": "2026-05-03", "odometer": 45200},
			"fuel-entries":       {"date": "2026-05-03", "odometer": 45200, "quantity": 10, "total_cost": "30.00"},
			"insurance-policies": {"provider": "Evil Corp"},
		}
		type route struct {
			method, path string
			body         map[string]any
		}
		vp := "/api/v1/vehicles/" + vid
		routes := []route{
			{"GET", vp, nil}, {"PATCH", vp, map[string]any{"color": "stolen"}}, {"DELETE", vp, nil},
			{"GET", "/api/v1/insurance-policies?vehicle_id=" + vid, nil},
		}
		for _, kind := range []string{"service-records", "registrations", "odometer-readings", "fuel-entries"} {
			routes = append(routes, route{"GET", vp + "/" + kind, nil}, route{"POST", vp + "/" + kind, bodies[kind]})
		}
		for kind, id := range rec {
			p := "/api/v1/" + kind + "/" + id
			routes = append(routes, route{"GET", p, nil}, route{"PATCH", p, bodies[kind]}, route{"DELETE", p, nil})
		}
		if len(routes) != 4+8+15 {
			t.Fatalf("%d routes, want 27", len(routes))
		}
		for _, r := range routes {
			t.Run(r.method+" "+r.path, func(t *testing.T) {
				var body any
				if r.body != nil {
					body = r.body
				}
				mallory.Do(r.method, r.path, body).ExpectProblem(404, "not-found")
			})
		}
		// The same answer as for ids that do not exist.
		alice.Do("GET", "/api/v1/vehicles/999999", nil).ExpectProblem(404, "not-found")
		alice.Do("GET", "/api/v1/service-records/999999", nil).ExpectProblem(404, "not-found")

		// Mallory's lists show nothing of Alice's.
		if l := items(t, mallory.Do("GET", "/api/v1/vehicles?archived=all", nil), 1, 20, 1); l[0]["id"] != malloryVehicle["id"] {
			t.Fatalf("mallory's vehicles = %v", l)
		}
		items(t, mallory.Do("GET", "/api/v1/insurance-policies", nil), 1, 20, 0)
		for _, kind := range []string{"service-records", "registrations", "odometer-readings", "fuel-entries"} {
			items(t, mallory.Do("GET", "/api/v1/vehicles/"+idOf(malloryVehicle)+"/"+kind, nil), 1, 20, 0)
		}
		// Nor can Mallory attach records to Alice's vehicle through a body.
		mallory.Do("POST", "/api/v1/insurance-policies", map[string]any{"vehicle_id": v["id"], "provider": "Evil Corp",
			"coverage_start": "2026-01-01", "coverage_end": "2027-01-01"}).ExpectProblem(422, "validation", "vehicle_id")
		// Holding the same VIN as Alice tells Mallory nothing (VINs are unique per account).
		mallory.Do("PATCH", "/api/v1/vehicles/"+idOf(malloryVehicle), map[string]any{"vin": validVIN}).Expect(200)

		// Alice's data is untouched.
		got := alice.Do("GET", vp, nil).Expect(200).Map()
		if got["color"] != "" || !reflect.DeepEqual(got["counts"], map[string]any{"service_records": 1.0, "fuel_entries": 1.0,
			"odometer_readings": 1.0, "registrations": 1.0, "insurance_policies": 1.0}) || got["current_odometer"] != 45100.0 {
			t.Fatalf("alice's vehicle = %v", got)
		}
		for kind, id := range rec {
			alice.Do("GET", "/api/v1/"+kind+"/"+id, nil).Expect(200)
		}
	})
}

// TestVehicleDeleteCascades: deleting a vehicle deletes its records.
func TestVehicleDeleteCascades(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		v, keep := newVehicle(t, c, nil), newVehicle(t, c, nil)
		rec := withOneRecordOfEachKind(t, c, v)
		withOneRecordOfEachKind(t, c, keep)
		c.Do("DELETE", "/api/v1/vehicles/"+idOf(v), nil).Expect(204)
		for kind, id := range rec {
			c.Do("GET", "/api/v1/"+kind+"/"+id, nil).ExpectProblem(404, "not-found")
		}
		for _, table := range []string{"service_records", "fuel_entries", "odometer_readings", "registrations", "insurance_policies"} {
			n, err := bdb.NewSelect().Table(table).Where("vehicle_id = ?", int64(v["id"].(float64))).Count(t.Context())
			if err != nil || n != 0 {
				t.Fatalf("%s: %d rows left for the deleted vehicle (%v)", table, n, err)
			}
			if n, err := bdb.NewSelect().Table(table).Count(t.Context()); err != nil || n != 1 {
				t.Fatalf("%s: %d rows in all, want the other vehicle's 1 (%v)", table, n, err)
			}
		}
		items(t, c.Do("GET", "/api/v1/insurance-policies", nil), 1, 20, 1)
	})
}
