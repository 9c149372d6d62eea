package store

import (
	"context"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/odometer"
	"github.com/uptrace/bun"
)

// ServiceRecordFilter filters a vehicle's service records.
type ServiceRecordFilter struct {
	Dates       DateRange
	Category    string // "" for any
	ServiceType string // "" for any
}

// ServiceRecordSorts are the service record list's sort keys; newest first
// by default.
var ServiceRecordSorts = newSortSpec("date", true, "date", "cost", "odometer,nullable")

// serviceReading is the record's odometer reading; nil when it has no odometer.
func serviceReading(r *model.ServiceRecord) *odometer.Reading {
	if r.Odometer == nil {
		return nil
	}
	return &odometer.Reading{Kind: odometer.KindServiceRecord, ID: r.ID, Date: r.Date, Odometer: *r.Odometer, Reset: r.OdometerReset}
}

// CreateServiceRecord adds r to one of userID's vehicles (r.VehicleID),
// checking the odometer rule and updating the vehicle's current odometer.
func CreateServiceRecord(ctx context.Context, idb bun.IDB, userID int64, r *model.ServiceRecord, now time.Time) error {
	r.CreatedAt, r.UpdatedAt = stamp(now), stamp(now)
	return createReading(ctx, idb, userID, r.VehicleID, r, serviceReading(r))
}

// ServiceRecordByID returns the service record id of one of userID's vehicles.
func ServiceRecordByID(ctx context.Context, idb bun.IDB, userID, id int64) (*model.ServiceRecord, error) {
	return getOwned[model.ServiceRecord](ctx, idb, userID, id)
}

// UpdateServiceRecord writes r (loaded with ServiceRecordByID, then changed).
func UpdateServiceRecord(ctx context.Context, idb bun.IDB, userID int64, r *model.ServiceRecord, now time.Time) error {
	r.UpdatedAt = stamp(now)
	self := odometer.Reading{Kind: odometer.KindServiceRecord, ID: r.ID}
	return updateReading(ctx, idb, userID, r.VehicleID, r, self, serviceReading(r))
}

// DeleteServiceRecord deletes the service record id of one of userID's vehicles.
func DeleteServiceRecord(ctx context.Context, idb bun.IDB, userID, id int64) error {
	r, err := ServiceRecordByID(ctx, idb, userID, id)
	if err != nil {
		return err
	}
	return deleteReading[model.ServiceRecord](ctx, idb, userID, r.VehicleID, odometer.Reading{Kind: odometer.KindServiceRecord, ID: id})
}

// ListServiceRecords returns one page of a vehicle's service records and the
// total over all pages.
func ListServiceRecords(ctx context.Context, idb bun.IDB, userID, vehicleID int64, f ServiceRecordFilter, o ListOptions,
) ([]model.ServiceRecord, int, error) {
	return listOwned[model.ServiceRecord](ctx, idb, userID, vehicleID, ServiceRecordSorts, o,
		func(q *bun.SelectQuery) *bun.SelectQuery {
			q = f.Dates.apply(q, "date")
			if f.Category != "" {
				q = q.Where("?TableAlias.category = ?", f.Category)
			}
			if f.ServiceType != "" {
				q = q.Where("?TableAlias.service_type = ?", f.ServiceType)
			}
			return q
		})
}
