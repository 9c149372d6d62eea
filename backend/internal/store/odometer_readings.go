package store

import (
	"context"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/odometer"
	"github.com/uptrace/bun"
)

// OdometerReadingSorts are the odometer reading list's sort keys; newest
// first by default.
var OdometerReadingSorts = newSortSpec("date", true, "date", "odometer")

func odometerReading(r *model.OdometerReading) *odometer.Reading {
	return &odometer.Reading{Kind: odometer.KindOdometerReading, ID: r.ID, Date: r.Date, Odometer: r.Odometer, Reset: r.OdometerReset}
}

// CreateOdometerReading adds r to one of userID's vehicles (r.VehicleID),
// checking the odometer rule and updating the vehicle's current odometer.
func CreateOdometerReading(ctx context.Context, idb bun.IDB, userID int64, r *model.OdometerReading, now time.Time) error {
	r.CreatedAt, r.UpdatedAt = stamp(now), stamp(now)
	return createReading(ctx, idb, userID, r.VehicleID, r, odometerReading(r))
}

// OdometerReadingByID returns the odometer reading id of one of userID's vehicles.
func OdometerReadingByID(ctx context.Context, idb bun.IDB, userID, id int64) (*model.OdometerReading, error) {
	return getOwned[model.OdometerReading](ctx, idb, userID, id)
}

// UpdateOdometerReading writes r (loaded with OdometerReadingByID, then changed).
func UpdateOdometerReading(ctx context.Context, idb bun.IDB, userID int64, r *model.OdometerReading, now time.Time) error {
	r.UpdatedAt = stamp(now)
	return updateReading(ctx, idb, userID, r.VehicleID, r, *odometerReading(r), odometerReading(r))
}

// DeleteOdometerReading deletes the odometer reading id of one of userID's vehicles.
func DeleteOdometerReading(ctx context.Context, idb bun.IDB, userID, id int64) error {
	r, err := OdometerReadingByID(ctx, idb, userID, id)
	if err != nil {
		return err
	}
	return deleteReading[model.OdometerReading](ctx, idb, userID, r.VehicleID, *odometerReading(r))
}

// ListOdometerReadings returns one page of a vehicle's odometer readings and
// the total over all pages.
func ListOdometerReadings(ctx context.Context, idb bun.IDB, userID, vehicleID int64, dates DateRange, o ListOptions,
) ([]model.OdometerReading, int, error) {
	return listOwned[model.OdometerReading](ctx, idb, userID, vehicleID, OdometerReadingSorts, o,
		func(q *bun.SelectQuery) *bun.SelectQuery { return dates.apply(q, "date") })
}
