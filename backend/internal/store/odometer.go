package store

import (
	"context"
	"fmt"

	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/odometer"
	"github.com/uptrace/bun"
)

// The odometer history of a vehicle spans three tables (service records,
// fuel entries, odometer readings). Every write to one of them goes through
// writeReading, which, in one transaction, locks the vehicle (so concurrent
// writers of the same vehicle queue), checks the odometer rule (package
// odometer) against the other readings, writes, and stores the vehicle's new
// current_odometer.

// lockVehicle loads userID's vehicle id inside tx, locking its row on
// PostgreSQL (SQLite transactions are already exclusive: _txlock=immediate).
func lockVehicle(ctx context.Context, tx bun.Tx, userID, vehicleID int64) (*model.Vehicle, error) {
	v := new(model.Vehicle)
	q := tx.NewSelect().Model(v).Where("id = ?", vehicleID).Where("user_id = ?", userID)
	if db.IsPostgres(tx) {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, notFound(err)
	}
	return v, nil
}

// readingsSQL selects every odometer value of vehicle ?0 of user ?1.
const readingsSQL = `
SELECT 'service_record' AS kind, id, date, odometer, odometer_reset AS reset
  FROM service_records WHERE vehicle_id = ?0 AND odometer IS NOT NULL
UNION ALL
SELECT 'fuel_entry', id, date, odometer, odometer_reset FROM fuel_entries WHERE vehicle_id = ?0
UNION ALL
SELECT 'odometer_reading', id, date, odometer, odometer_reset FROM odometer_readings WHERE vehicle_id = ?0`

// vehicleReadings loads every odometer value of a vehicle, of every kind.
func vehicleReadings(ctx context.Context, idb bun.IDB, v *model.Vehicle) ([]odometer.Reading, error) {
	var rs []odometer.Reading
	err := idb.NewRaw(`SELECT r.* FROM (`+readingsSQL+`) AS r
WHERE EXISTS (SELECT 1 FROM vehicles WHERE id = ?0 AND user_id = ?1)`, v.ID, v.UserID).Scan(ctx, &rs)
	if err != nil {
		return nil, fmt.Errorf("store: loading odometer readings: %w", err)
	}
	return rs, nil
}

// OdometerResetDates returns the dates of the odometer resets recorded on a
// vehicle's service records and odometer readings (fuel entries carry their
// own flag), for fuel economy.
func OdometerResetDates(ctx context.Context, idb bun.IDB, userID, vehicleID int64) ([]model.Date, error) {
	var dates []model.Date
	err := idb.NewRaw(`
SELECT date FROM service_records WHERE vehicle_id = ?0 AND odometer_reset
  AND vehicle_id IN (SELECT id FROM vehicles WHERE user_id = ?1)
UNION ALL
SELECT date FROM odometer_readings WHERE vehicle_id = ?0 AND odometer_reset
  AND vehicle_id IN (SELECT id FROM vehicles WHERE user_id = ?1)`, vehicleID, userID).Scan(ctx, &dates)
	if err != nil {
		return nil, fmt.Errorf("store: loading odometer resets: %w", err)
	}
	return dates, nil
}

// writeReading runs write in a transaction after checking the record's new
// reading (after) against the vehicle's other readings, then stores the
// vehicle's current_odometer. self names the record (kind and id; nil for a
// new one) and after is its reading once written (nil when deleted, or for a
// service record without odometer).
func writeReading(ctx context.Context, idb bun.IDB, userID, vehicleID int64, self, after *odometer.Reading,
	write func(ctx context.Context, tx bun.Tx) error,
) error {
	return idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		v, err := lockVehicle(ctx, tx, userID, vehicleID)
		if err != nil {
			return err
		}
		history, err := vehicleReadings(ctx, tx, v)
		if err != nil {
			return err
		}
		if after != nil {
			if err := odometer.Check(history, *after); err != nil {
				return err
			}
		}
		if err := write(ctx, tx); err != nil {
			return err
		}
		if self != nil {
			history = odometer.Without(history, *self)
		}
		if after != nil {
			history = odometer.With(history, *after)
		}
		return setCurrentOdometer(ctx, tx, v, odometer.Current(history, v.PurchaseOdometer))
	})
}

// createReading inserts rec, a record of userID's vehicle vehicleID whose
// reading is r (nil when it has none).
func createReading[T any](ctx context.Context, idb bun.IDB, userID, vehicleID int64, rec *T, r *odometer.Reading) error {
	return writeReading(ctx, idb, userID, vehicleID, nil, r, func(ctx context.Context, tx bun.Tx) error {
		return insert(ctx, tx, rec)
	})
}

// updateReading writes rec, the record self of userID's vehicle vehicleID,
// whose reading becomes r (nil when it has none).
func updateReading[T any](ctx context.Context, idb bun.IDB, userID, vehicleID int64, rec *T, self odometer.Reading,
	r *odometer.Reading,
) error {
	return writeReading(ctx, idb, userID, vehicleID, &self, r, func(ctx context.Context, tx bun.Tx) error {
		return updateOwned(ctx, tx, userID, rec)
	})
}

// deleteReading deletes the record self (of type T) of userID's vehicle
// vehicleID.
func deleteReading[T any](ctx context.Context, idb bun.IDB, userID, vehicleID int64, self odometer.Reading) error {
	return writeReading(ctx, idb, userID, vehicleID, &self, nil, func(ctx context.Context, tx bun.Tx) error {
		return deleteOwned[T](ctx, tx, userID, self.ID)
	})
}

// refreshCurrentOdometer recomputes a vehicle's current_odometer (after its
// purchase odometer changed).
func refreshCurrentOdometer(ctx context.Context, tx bun.Tx, v *model.Vehicle) error {
	history, err := vehicleReadings(ctx, tx, v)
	if err != nil {
		return err
	}
	return setCurrentOdometer(ctx, tx, v, odometer.Current(history, v.PurchaseOdometer))
}

func setCurrentOdometer(ctx context.Context, tx bun.Tx, v *model.Vehicle, current *int) error {
	v.CurrentOdometer = current
	_, err := tx.NewUpdate().Model(v).Column("current_odometer").WherePK().Where("user_id = ?", v.UserID).Exec(ctx)
	if err != nil {
		return fmt.Errorf("store: updating current odometer: %w", err)
	}
	return nil
}
