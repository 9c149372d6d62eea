package api_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

const validVIN = "1HGCM82633A004352" // a real North American VIN (check digit 3)

func TestVehicleCRUD(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()

		v := create(t, c, "/api/v1/vehicles", map[string]any{
			"name": "  Blue Civic ", "make": "Honda", "model": "Civic", "year": 2018, "trim": "EX",
			"vin": " 1hgcm82633a004352 ", "license_plate": "ABC-1234", "color": "blue", "fuel_type": "gasoline",
			"purchase_date": "2019-03-02", "purchase_price": "18500", "purchase_odometer": 12000, "notes": "first car",
		})
		want := map[string]any{
			"name": "Blue Civic", "make": "Honda", "vin": validVIN, "distance_unit": "mi", "purchase_date": "2019-03-02",
			"purchase_price": "18500.00", "purchase_odometer": 12000.0, "current_odometer": 12000.0, "archived": false,
			"latest_service": nil, "counts": map[string]any{"service_records": 0.0, "fuel_entries": 0.0,
				"odometer_readings": 0.0, "registrations": 0.0, "insurance_policies": 0.0},
			"created_at": "2026-06-15T12:00:00Z",
		}
		for k, w := range want {
			if !reflect.DeepEqual(v[k], w) {
				t.Errorf("created %s = %#v, want %#v", k, v[k], w)
			}
		}
		path := "/api/v1/vehicles/" + idOf(v)
		if got := c.Do("GET", path, nil).Expect(200).Map(); !reflect.DeepEqual(got, v) {
			t.Fatalf("GET = %v\nwant %v", got, v)
		}

		// PATCH changes only what it is given; null clears a nullable field.
		env.Clock.Advance(3600e9)
		got := c.Do("PATCH", path, map[string]any{"color": "red", "vin": nil, "purchase_price": nil}).Expect(200).Map()
		if got["color"] != "red" || got["vin"] != nil || got["purchase_price"] != nil || got["make"] != "Honda" ||
			got["trim"] != "EX" || got["purchase_odometer"] != 12000.0 || got["updated_at"] != "2026-06-15T13:00:00Z" ||
			got["created_at"] != "2026-06-15T12:00:00Z" {
			t.Fatalf("PATCH = %v", got)
		}
		c.Do("PATCH", path, map[string]any{}).Expect(200)

		// The distance unit defaults to the user's preference.
		c.Do("PATCH", "/api/v1/me", map[string]any{"distance_unit": "km"}).Expect(200)
		km := newVehicle(t, c, map[string]any{"fuel_type": "diesel"})
		if km["distance_unit"] != "km" || km["fuel_type"] != "diesel" || km["current_odometer"] != nil {
			t.Fatalf("second vehicle = %v", km)
		}

		// Archived vehicles leave the default list.
		c.Do("PATCH", path, map[string]any{"archived": true}).Expect(200)
		if l := items(t, c.Do("GET", "/api/v1/vehicles", nil), 1, 20, 1); l[0]["id"] != km["id"] {
			t.Fatalf("active list = %v", l)
		}
		if l := items(t, c.Do("GET", "/api/v1/vehicles?archived=true", nil), 1, 20, 1); l[0]["id"] != v["id"] {
			t.Fatalf("archived list = %v", l)
		}
		items(t, c.Do("GET", "/api/v1/vehicles?archived=all", nil), 1, 20, 2)

		c.Do("DELETE", path, nil).Expect(204)
		c.Do("GET", path, nil).ExpectProblem(404, "not-found")
		c.Do("DELETE", path, nil).ExpectProblem(404, "not-found")
		c.Do("PATCH", path, map[string]any{"color": "red"}).ExpectProblem(404, "not-found")
		c.Do("GET", "/api/v1/vehicles/abc", nil).ExpectProblem(404, "not-found")
	})
}

func TestVehicleValidation(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		base := func(kv ...any) map[string]any {
			m := map[string]any{"make": "Honda", "model": "Civic", "year": 2018}
			for i := 0; i < len(kv); i += 2 {
				if kv[i+1] == nil {
					delete(m, kv[i].(string))
				} else {
					m[kv[i].(string)] = kv[i+1]
				}
			}
			return m
		}
		tests := []struct {
			name  string
			body  map[string]any
			field string
		}{
			{"year missing", base("year", nil), "year"},
			{"year too old", base("year", 1899), "year"},
			{"year past current + 2 (clock 2026)", base("year", 2029), "year"},
			{"year not a number", base("year", "2018"), "year"},
			{"make missing", base("make", nil), "make"},
			{"make blank", base("make", "   "), "make"},
			{"vin wrong check digit", base("vin", "1HGCM82634A004352"), "vin"},
			{"vin with I", base("vin", "1HGCM82633A00435I"), "vin"},
			{"vin with O", base("vin", "WAUZZZ8KXBAO12345"), "vin"},
			{"vin with Q", base("vin", "JHMQZ82633A004352"), "vin"},
			{"vin too short", base("vin", "1HGCM82633"), "vin"},
			{"unknown fuel type", base("fuel_type", "steam"), "fuel_type"},
			{"unknown distance unit", base("distance_unit", "miles"), "distance_unit"},
			{"negative price", base("purchase_price", "-1.00"), "purchase_price"},
			{"price with 3 decimals", base("purchase_price", "1.234"), "purchase_price"},
			{"price as a number", base("purchase_price", 100), "purchase_price"},
			{"bad date", base("purchase_date", "2024-13-01"), "purchase_date"},
			{"date written otherwise", base("purchase_date", "03/02/2019"), "purchase_date"},
			{"purchase in the future", base("purchase_date", "2026-06-16"), "purchase_date"},
			{"negative odometer", base("purchase_odometer", -1), "purchase_odometer"},
			{"name too long", base("name", string(make([]byte, 101))), "name"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c.Do("POST", "/api/v1/vehicles", tt.body).ExpectProblem(422, "validation", tt.field)
			})
		}
		// Every bad field is listed in one answer.
		c.Do("POST", "/api/v1/vehicles", map[string]any{"year": 1800, "vin": "X", "purchase_date": "soon", "purchase_price": "-3"}).
			ExpectProblem(422, "validation", "make", "model", "year", "vin", "purchase_date", "purchase_price")
		c.Do("POST", "/api/v1/vehicles", `{"make": "Honda", "model": "Civic", "year": 2018, "colour": "red"}`).
			ExpectProblem(400, "bad-request", "colour")
		c.Do("POST", "/api/v1/vehicles", `{"make": `).ExpectProblem(400, "bad-request")
		// Non-North-American VINs have no check digit; the current year + 2 is fine.
		newVehicle(t, c, map[string]any{"vin": "WVWZZZ1JZXW000001", "year": 2028})
		items(t, c.Do("GET", "/api/v1/vehicles", nil), 1, 20, 1) // nothing else was written

		// A VIN is unique within an account; another account may hold the same car
		// and learns nothing about the first one.
		v := newVehicle(t, c, map[string]any{"vin": validVIN})
		c.Do("POST", "/api/v1/vehicles", base("vin", "1hgcm82633a004352")).ExpectProblem(409, "conflict", "vin")
		env.Register().Do("POST", "/api/v1/vehicles", base("vin", validVIN)).Expect(201)
		other := newVehicle(t, c, nil)
		c.Do("PATCH", "/api/v1/vehicles/"+idOf(other), map[string]any{"vin": validVIN}).ExpectProblem(409, "conflict", "vin")
		c.Do("PATCH", "/api/v1/vehicles/"+idOf(v), map[string]any{"vin": validVIN}).Expect(200) // its own VIN

		// PATCH validates the merged vehicle and writes nothing when it fails.
		c.Do("PATCH", "/api/v1/vehicles/"+idOf(v), map[string]any{"year": 3000, "color": "red"}).ExpectProblem(422, "validation", "year")
		c.Do("PATCH", "/api/v1/vehicles/"+idOf(v), map[string]any{"make": ""}).ExpectProblem(422, "validation", "make")
		if got := c.Do("GET", "/api/v1/vehicles/"+idOf(v), nil).Expect(200).Map(); got["color"] != "" || got["year"] != 2018.0 {
			t.Fatalf("failed PATCH wrote: %v", got)
		}
	})
}

func TestVehicleListPagingSortFilter(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		for i := 1; i <= 45; i++ {
			newVehicle(t, c, map[string]any{"name": fmt.Sprintf("Car %02d", i), "year": 1980 + i%7, "make": []string{"audi", "BMW", "Citroën"}[i%3]})
			env.Clock.Advance(1e9)
		}
		var names []any
		for page, n := range []int{20, 20, 5} {
			l := items(t, c.Do("GET", fmt.Sprintf("/api/v1/vehicles?page=%d", page+1), nil), page+1, 20, 45)
			if len(l) != n {
				t.Fatalf("page %d: %d items, want %d", page+1, len(l), n)
			}
			names = append(names, field(l, "name")...)
		}
		if names[0] != "Car 45" || names[44] != "Car 01" { // default: newest first
			t.Fatalf("default order: %v", names)
		}
		if l := items(t, c.Do("GET", "/api/v1/vehicles?page=4", nil), 4, 20, 45); len(l) != 0 {
			t.Fatalf("page past the end: %d items", len(l))
		}
		l := items(t, c.Do("GET", "/api/v1/vehicles?sort=name&per_page=100", nil), 1, 100, 45)
		if l[0]["name"] != "Car 01" || l[44]["name"] != "Car 45" {
			t.Fatalf("sort=name: %v", field(l, "name"))
		}
		l = items(t, c.Do("GET", "/api/v1/vehicles?sort=-name&per_page=3", nil), 1, 3, 45)
		if !reflect.DeepEqual(field(l, "name"), []any{"Car 45", "Car 44", "Car 43"}) {
			t.Fatalf("sort=-name: %v", field(l, "name"))
		}
		l = items(t, c.Do("GET", "/api/v1/vehicles?sort=make&per_page=100", nil), 1, 100, 45)
		if l[0]["make"] != "audi" || l[15]["make"] != "BMW" || l[44]["make"] != "Citroën" { // case-insensitive
			t.Fatalf("sort=make: %v", field(l, "make"))
		}
		l = items(t, c.Do("GET", "/api/v1/vehicles?sort=-year&per_page=100", nil), 1, 100, 45)
		for i := 1; i < len(l); i++ {
			if num(l[i], "year") > num(l[i-1], "year") {
				t.Fatalf("sort=-year: %v", field(l, "year"))
			}
		}
		l = items(t, c.Do("GET", "/api/v1/vehicles?sort=created_at&per_page=1", nil), 1, 1, 45)
		if l[0]["name"] != "Car 01" {
			t.Fatalf("sort=created_at: %v", field(l, "name"))
		}
		for q, param := range map[string]string{
			"per_page=0": "per_page", "per_page=101": "per_page", "per_page=x": "per_page",
			"page=0": "page", "page=-1": "page", "page=1.5": "page",
			"sort=color": "sort", "sort=--name": "sort", "archived=maybe": "archived",
		} {
			c.Do("GET", "/api/v1/vehicles?"+q, nil).ExpectProblem(422, "validation", param)
		}
	})
}

// TestVehicleListQueryCount: the list costs the same number of queries for
// 3 vehicles as for 12, each with records of every kind.
func TestVehicleListQueryCount(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		addVehicles := func(n int) {
			for i := 0; i < n; i++ {
				v := newVehicle(t, c, nil)
				withOneRecordOfEachKind(t, c, v)
			}
		}
		qc := &queryCounter{}
		//lint:ignore SA1019 the server already holds bdb: WithQueryHook's copy would not be counted
		bdb.AddQueryHook(qc)
		list := func(n int) func() {
			return func() {
				l := items(t, c.Do("GET", "/api/v1/vehicles?per_page=100", nil), 1, 100, n)
				for _, v := range l {
					want := map[string]any{"service_records": 1.0, "fuel_entries": 1.0, "odometer_readings": 1.0,
						"registrations": 1.0, "insurance_policies": 1.0}
					if !reflect.DeepEqual(v["counts"], want) {
						t.Fatalf("counts = %v", v["counts"])
					}
					ls, _ := v["latest_service"].(map[string]any)
					if ls == nil || ls["title"] != "Oil change" || ls["odometer"] != 45000.0 || v["current_odometer"] != 45100.0 {
						t.Fatalf("latest_service = %v, current_odometer = %v", v["latest_service"], v["current_odometer"])
					}
				}
			}
		}
		addVehicles(3)
		three := qc.count(list(3))
		addVehicles(9)
		twelve := qc.count(list(12))
		t.Logf("GET /vehicles: %d queries for 3 vehicles, %d for 12", three, twelve)
		if three != twelve {
			t.Fatalf("GET /vehicles made %d queries for 3 vehicles and %d for 12", three, twelve)
		}
	})
}

// withOneRecordOfEachKind gives vehicle v one record of every kind.
func withOneRecordOfEachKind(t *testing.T, c *apitest.Client, v map[string]any) map[string]string {
	t.Helper()
	vp := "/api/v1/vehicles/" + idOf(v)
	return map[string]string{
		"service-records": idOf(create(t, c, vp+"/service-records", map[string]any{
			"date": "2026-05-01", "odometer": 45000, "category": "maintenance", "service_type": "oil_change",
			"title": "Oil change", "cost": "45.99"})),
		"fuel-entries": idOf(create(t, c, vp+"/fuel-entries", map[string]any{
			"date": "2026-05-02", "odometer": 45100, "quantity": 11.482, "unit_price": "3.499", "full_tank": true})),
		"odometer-readings": idOf(create(t, c, vp+"/odometer-readings", map[string]any{
			"date": "2026-04-01", "odometer": 44000})),
		"registrations": idOf(create(t, c, vp+"/registrations", map[string]any{
			"plate": "ABC-1234", "region": "NY", "issued_on": "2025-07-01", "expires_on": "2026-06-30", "fee": "140.00"})),
		"insurance-policies": idOf(create(t, c, "/api/v1/insurance-policies", map[string]any{
			"vehicle_id": v["id"], "provider": "Acme Mutual", "coverage_start": "2025-07-01", "coverage_end": "2026-06-30",
			"premium": "612.50", "premium_period": "semiannual"})),
	}
}
