package store

import (
	"context"
	"fmt"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/odometer"
	"github.com/uptrace/bun"
)

// FuelEntrySorts are the fuel entry list's sort keys; newest first by default.
var FuelEntrySorts = newSortSpec("date", true, "date", "odometer", "total_cost")

func fuelReading(e *model.FuelEntry) *odometer.Reading {
	return &odometer.Reading{Kind: odometer.KindFuelEntry, ID: e.ID, Date: e.Date, Odometer: e.Odometer, Reset: e.OdometerReset}
}

// CreateFuelEntry adds e to one of userID's vehicles (e.VehicleID),
// checking the odometer rule and updating the vehicle's current odometer.
func CreateFuelEntry(ctx context.Context, idb bun.IDB, userID int64, e *model.FuelEntry, now time.Time) error {
	e.CreatedAt, e.UpdatedAt = stamp(now), stamp(now)
	return createReading(ctx, idb, userID, e.VehicleID, e, fuelReading(e))
}

// FuelEntryByID returns the fuel entry id of one of userID's vehicles.
func FuelEntryByID(ctx context.Context, idb bun.IDB, userID, id int64) (*model.FuelEntry, error) {
	return getOwned[model.FuelEntry](ctx, idb, userID, id)
}

// UpdateFuelEntry writes e (loaded with FuelEntryByID, then changed).
func UpdateFuelEntry(ctx context.Context, idb bun.IDB, userID int64, e *model.FuelEntry, now time.Time) error {
	e.UpdatedAt = stamp(now)
	return updateReading(ctx, idb, userID, e.VehicleID, e, *fuelReading(e), fuelReading(e))
}

// DeleteFuelEntry deletes the fuel entry id of one of userID's vehicles.
func DeleteFuelEntry(ctx context.Context, idb bun.IDB, userID, id int64) error {
	e, err := FuelEntryByID(ctx, idb, userID, id)
	if err != nil {
		return err
	}
	return deleteReading[model.FuelEntry](ctx, idb, userID, e.VehicleID, *fuelReading(e))
}

// ListFuelEntries returns one page of a vehicle's fuel entries and the total
// over all pages.
func ListFuelEntries(ctx context.Context, idb bun.IDB, userID, vehicleID int64, dates DateRange, o ListOptions,
) ([]model.FuelEntry, int, error) {
	return listOwned[model.FuelEntry](ctx, idb, userID, vehicleID, FuelEntrySorts, o,
		func(q *bun.SelectQuery) *bun.SelectQuery { return dates.apply(q, "date") })
}

// FuelHistory returns every fuel entry of one of userID's vehicles, for fuel
// economy (which needs the entries before and after any page).
func FuelHistory(ctx context.Context, idb bun.IDB, userID, vehicleID int64) ([]model.FuelEntry, error) {
	var es []model.FuelEntry
	err := idb.NewSelect().Model(&es).
		Column("id", "vehicle_id", "date", "odometer", "odometer_reset", "quantity_milli", "full_tank", "missed_previous").
		Where("?TableAlias.vehicle_id = ?", vehicleID).Where(ownedVehicles, userID).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: loading fuel history: %w", err)
	}
	return es, nil
}
