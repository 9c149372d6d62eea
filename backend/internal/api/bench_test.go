package api_test

import (
	"fmt"
	"testing"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/testutil"
)

// Benchmarks of the hot read paths through the whole HTTP stack on both
// databases: `make bench`. (Contract checks are off: they would dominate.)
func BenchmarkAPI(b *testing.B) {
	for _, dialect := range testutil.Dialects {
		b.Run(dialect, func(b *testing.B) {
			env := apitest.New(b, testutil.NewDB(b, dialect), nil)
			env.Contract = false
			c := env.Register()
			var firstVehicle string
			for v := 0; v < 10; v++ {
				var veh map[string]any
				c.Do("POST", "/api/v1/vehicles", map[string]any{"make": "Toyota", "model": fmt.Sprint("Model ", v), "year": 2015 + v}).Expect(201).Decode(&veh)
				id := fmt.Sprint(int64(veh["id"].(float64)))
				if firstVehicle == "" {
					firstVehicle = id
				}
				for i := 0; i < 30; i++ {
					c.Do("POST", "/api/v1/vehicles/"+id+"/service-records", map[string]any{
						"date": fmt.Sprintf("2025-%02d-%02d", i%12+1, i%28+1), "odometer": 1000 + i*1000 + (i%12)*10,
						"category": "maintenance", "service_type": "oil_change", "title": "Oil", "cost": "49.90", "odometer_reset": true,
					}).Expect(201)
				}
			}
			b.Run("list-vehicles", func(b *testing.B) {
				for b.Loop() {
					c.Do("GET", "/api/v1/vehicles", nil).Expect(200)
				}
			})
			b.Run("list-service-records", func(b *testing.B) {
				for b.Loop() {
					c.Do("GET", "/api/v1/vehicles/"+firstVehicle+"/service-records?sort=-cost&per_page=20", nil).Expect(200)
				}
			})
		})
	}
}
