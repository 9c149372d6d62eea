package api_test

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/uptrace/bun"
)

func TestServiceRecordCRUD(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		v := newVehicle(t, c, nil)
		vp := "/api/v1/vehicles/" + idOf(v)

		r := create(t, c, vp+"/service-records", map[string]any{
			"date": "2026-05-01", "odometer": 45210, "category": "maintenance", "service_type": "oil_change",
			"title": " Oil and filter ", "description": "5W-30", "cost": "45.99", "vendor": "Quick Lube", "notes": "n",
		})
		want := map[string]any{"vehicle_id": v["id"], "date": "2026-05-01", "odometer": 45210.0, "odometer_reset": false,
			"category": "maintenance", "service_type": "oil_change", "title": "Oil and filter", "cost": "45.99"}
		for k, w := range want {
			if r[k] != w {
				t.Errorf("created %s = %v, want %v", k, r[k], w)
			}
		}
		path := "/api/v1/service-records/" + idOf(r)
		if got := c.Do("GET", path, nil).Expect(200).Map(); !reflect.DeepEqual(got, r) {
			t.Fatalf("GET = %v, want %v", got, r)
		}
		got := c.Do("PATCH", path, map[string]any{"cost": "50", "odometer": nil}).Expect(200).Map()
		if got["cost"] != "50.00" || got["odometer"] != nil || got["title"] != "Oil and filter" || got["vendor"] != "Quick Lube" {
			t.Fatalf("PATCH = %v", got)
		}
		// Without odometer the record is not a reading: back to the purchase odometer (none).
		if cur := c.Do("GET", vp, nil).Expect(200).Map(); cur["current_odometer"] != nil || num(cur["counts"].(map[string]any), "service_records") != 1 {
			t.Fatalf("vehicle = %v", cur)
		}
		latest := c.Do("GET", vp, nil).Expect(200).Map()["latest_service"].(map[string]any)
		if latest["id"] != r["id"] || latest["title"] != "Oil and filter" || latest["service_type"] != "oil_change" {
			t.Fatalf("latest_service = %v", latest)
		}
		c.Do("DELETE", path, nil).Expect(204)
		c.Do("GET", path, nil).ExpectProblem(404, "not-found")
		c.Do("DELETE", path, nil).ExpectProblem(404, "not-found")
		if got := c.Do("GET", vp, nil).Expect(200).Map(); got["latest_service"] != nil {
			t.Fatalf("latest_service after delete = %v", got["latest_service"])
		}
	})
}

func TestServiceRecordValidation(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		vp := "/api/v1/vehicles/" + idOf(newVehicle(t, c, nil)) + "/service-records"
		base := func(k string, val any) map[string]any {
			m := map[string]any{"date": "2026-05-01", "category": "repair", "service_type": "brakes", "cost": "120.00"}
			if val == nil {
				delete(m, k)
			} else {
				m[k] = val
			}
			return m
		}
		for _, tt := range []struct {
			name  string
			body  map[string]any
			field string
		}{
			{"date missing", base("date", nil), "date"},
			{"bad date", base("date", "2026-02-30"), "date"},
			{"future date", base("date", "2026-06-16"), "date"},
			{"ancient date", base("date", "1066-10-14"), "date"},
			{"category missing", base("category", nil), "category"},
			{"unknown category", base("category", "tuning"), "category"},
			{"unknown service type", base("service_type", "car_wash"), "service_type"},
			{"negative cost", base("cost", "-45.99"), "cost"},
			{"cost not a number", base("cost", "cheap"), "cost"},
			{"negative odometer", base("odometer", -5), "odometer"},
			{"odometer too high", base("odometer", 20_000_000), "odometer"},
			{"odometer not an integer", base("odometer", 1.5), "odometer"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				c.Do("POST", vp, tt.body).ExpectProblem(422, "validation", tt.field)
			})
		}
		items(t, c.Do("GET", vp, nil), 1, 20, 0)
		// Every catalogue key is accepted.
		for _, st := range c.Do("GET", "/api/v1/service-types", nil).Expect(200).Map()["items"].([]any) {
			create(t, c, vp, base("service_type", st.(map[string]any)["key"]))
		}
	})
}

func TestServiceRecordListPagingSortFilter(t *testing.T) {
	testutil.ForEachDB(t, func(t *testing.T, bdb *bun.DB) {
		env := newEnv(t, bdb)
		c := env.Register()
		vp := "/api/v1/vehicles/" + idOf(newVehicle(t, c, nil)) + "/service-records"
		cats := []string{"maintenance", "repair", "upgrade"}
		types := []string{"oil_change", "brakes", "tires"}
		for i := 1; i <= 45; i++ { // one a week from 2025-06-01, odometer growing, cost varying
			body := map[string]any{
				"date": time.Date(2025, 6, 1+(i-1)*7, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), "odometer": 10000 + i*100,
				"category": cats[i%3], "service_type": types[i%3], "cost": fmt.Sprintf("%d.%02d", (i*37)%100, i),
			}
			if i%10 == 0 {
				delete(body, "odometer")
			}
			create(t, c, vp, body)
		}
		var dates []any
		for page, n := range []int{20, 20, 5} {
			l := items(t, c.Do("GET", fmt.Sprintf("%s?page=%d", vp, page+1), nil), page+1, 20, 45)
			if len(l) != n {
				t.Fatalf("page %d: %d items", page+1, len(l))
			}
			dates = append(dates, field(l, "date")...)
		}
		for i := 1; i < len(dates); i++ { // default -date
			if dates[i].(string) > dates[i-1].(string) {
				t.Fatalf("default order not newest first: %v", dates)
			}
		}
		l := items(t, c.Do("GET", vp+"?sort=cost&per_page=100", nil), 1, 100, 45)
		for i := 1; i < len(l); i++ {
			if money(l[i]["cost"]) < money(l[i-1]["cost"]) {
				t.Fatalf("sort=cost: %v", field(l, "cost"))
			}
		}
		for _, sort := range []string{"odometer", "-odometer"} {
			l = items(t, c.Do("GET", vp+"?per_page=100&sort="+sort, nil), 1, 100, 45)
			for i := 0; i < 41; i++ {
				a, b := num(l[i], "odometer"), num(l[i+1], "odometer")
				if b < 0 {
					continue
				}
				if (sort == "odometer" && b < a) || (sort == "-odometer" && b > a) {
					t.Fatalf("sort=%s: %v", sort, field(l, "odometer"))
				}
			}
			for _, m := range l[41:] { // records without odometer come last either way
				if m["odometer"] != nil {
					t.Fatalf("sort=%s: nulls not last: %v", sort, field(l, "odometer"))
				}
			}
		}
		l = items(t, c.Do("GET", vp+"?from=2025-07-01&to=2025-07-31&per_page=100", nil), 1, 100, 4)
		for _, m := range l {
			if d := m["date"].(string); d < "2025-07-01" || d > "2025-07-31" {
				t.Fatalf("date filter let %s through", d)
			}
		}
		items(t, c.Do("GET", vp+"?from=2025-07-13&to=2025-07-13", nil), 1, 20, 1)
		l = items(t, c.Do("GET", vp+"?category=repair&per_page=100", nil), 1, 100, 15)
		for _, m := range l {
			if m["category"] != "repair" {
				t.Fatalf("category filter: %v", m)
			}
		}
		items(t, c.Do("GET", vp+"?category=repair&service_type=oil_change", nil), 1, 20, 0)
		items(t, c.Do("GET", vp+"?service_type=tires&category=upgrade", nil), 1, 20, 15)
		for q, param := range map[string]string{
			"from=2025-13-01": "from", "to=yesterday": "to", "from=2025-08-01&to=2025-07-01": "to",
			"category=tuning": "category", "service_type=car_wash": "service_type", "sort=title": "sort",
			"per_page=1000": "per_page",
		} {
			c.Do("GET", vp+"?"+q, nil).ExpectProblem(422, "validation", param)
		}
	})
}

func TestServiceTypes(t *testing.T) {
	env := newEnv(t, testutil.NewDB(t, "sqlite"))
	l := env.Anon().Do("GET", "/api/v1/service-types", nil).Expect(200).Map()["items"].([]any)
	var keys []any
	for _, it := range l {
		m := it.(map[string]any)
		if m["label"] == "" || m["category"] == "" {
			t.Fatalf("incomplete entry %v", m)
		}
		keys = append(keys, m["key"])
	}
	want := []any{"oil_change", "tire_rotation", "brakes", "battery", "air_filter", "cabin_filter", "coolant",
		"transmission", "spark_plugs", "wipers", "alignment", "tires", "inspection", "other"}
	if !reflect.DeepEqual(keys, want) {
		t.Fatalf("keys = %v", keys)
	}
}

// money reads a decimal string as cents.
func money(v any) int {
	var whole, cents int
	fmt.Sscanf(v.(string), "%d.%d", &whole, &cents)
	return whole*100 + cents
}
