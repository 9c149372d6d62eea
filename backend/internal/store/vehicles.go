package store

import (
	"context"
	"fmt"
	"time"

	"github.com/carnet/carnet/backend/internal/db"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/uptrace/bun"
)

// VehicleCounts is how many records of each kind a vehicle has.
type VehicleCounts struct {
	ServiceRecords    int `bun:"service_records,scanonly"`
	FuelEntries       int `bun:"fuel_entries,scanonly"`
	OdometerReadings  int `bun:"odometer_readings,scanonly"`
	Registrations     int `bun:"registrations,scanonly"`
	InsurancePolicies int `bun:"insurance_policies,scanonly"`
}

// VehicleDetail is a vehicle with its record counts and latest service.
type VehicleDetail struct {
	model.Vehicle `bun:",extend"`
	Counts        VehicleCounts        `bun:"embed:n_"`
	LatestService *model.ServiceRecord `bun:"-"`
}

// VehicleFilter filters the vehicle list.
type VehicleFilter struct {
	// Archived: nil for all vehicles, else only those with this flag.
	Archived *bool
}

// VehicleSorts are the vehicle list's sort keys; newest first by default.
var VehicleSorts = newSortSpec("created_at", true, "name,lower", "make,lower", "year", "created_at")

var vinTaken = &ConflictError{Field: "vin", Message: "a vehicle with this VIN already exists in your garage"}

// CreateVehicle inserts v (owned by v.UserID); its current odometer starts
// at the purchase odometer. A VIN already in the owner's garage is a
// *ConflictError on "vin" (VINs are unique per account, not server-wide).
func CreateVehicle(ctx context.Context, idb bun.IDB, v *model.Vehicle, now time.Time) error {
	v.CreatedAt, v.UpdatedAt = stamp(now), stamp(now)
	v.CurrentOdometer = v.PurchaseOdometer
	if _, err := idb.NewInsert().Model(v).Returning("id").Exec(ctx); err != nil {
		if db.IsUniqueViolation(err) {
			return vinTaken
		}
		return fmt.Errorf("store: creating vehicle: %w", err)
	}
	return nil
}

// VehicleByID returns userID's vehicle id.
func VehicleByID(ctx context.Context, idb bun.IDB, userID, id int64) (*model.Vehicle, error) {
	v := new(model.Vehicle)
	if err := idb.NewSelect().Model(v).Where("id = ?", id).Where("user_id = ?", userID).Scan(ctx); err != nil {
		return nil, notFound(err)
	}
	return v, nil
}

// UpdateVehicle writes every column of v (owned by v.UserID) and, when the
// purchase odometer may matter, refreshes the current odometer, in one
// transaction.
func UpdateVehicle(ctx context.Context, idb bun.IDB, v *model.Vehicle, now time.Time) error {
	v.UpdatedAt = stamp(now)
	return idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		res, err := tx.NewUpdate().Model(v).WherePK().Where("user_id = ?", v.UserID).
			ExcludeColumn("id", "user_id", "created_at", "current_odometer").Exec(ctx)
		if err != nil {
			if db.IsUniqueViolation(err) {
				return vinTaken
			}
			return fmt.Errorf("store: updating vehicle: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return refreshCurrentOdometer(ctx, tx, v)
	})
}

// DeleteVehicle deletes userID's vehicle id; its records go with it
// (ON DELETE CASCADE).
func DeleteVehicle(ctx context.Context, idb bun.IDB, userID, id int64) error {
	res, err := idb.NewDelete().Model((*model.Vehicle)(nil)).Where("id = ?", id).Where("user_id = ?", userID).Exec(ctx)
	if err != nil {
		return fmt.Errorf("store: deleting vehicle: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// VehicleDetailByID returns userID's vehicle id with its counts and latest
// service.
func VehicleDetailByID(ctx context.Context, idb bun.IDB, userID, id int64) (*VehicleDetail, error) {
	var rows []VehicleDetail
	if err := detailQuery(idb, userID, &rows).Where("vehicle.id = ?", id).Scan(ctx); err != nil {
		return nil, fmt.Errorf("store: loading vehicle: %w", err)
	}
	if len(rows) == 0 {
		return nil, ErrNotFound
	}
	if err := addLatestService(ctx, idb, userID, rows); err != nil {
		return nil, err
	}
	return &rows[0], nil
}

// ListVehicles returns one page of userID's vehicles with their counts and
// latest service, and the total over all pages. It makes three queries
// however many vehicles the page holds: the count, the page (counts are
// correlated subqueries), and the latest services of the page's vehicles.
func ListVehicles(ctx context.Context, idb bun.IDB, userID int64, f VehicleFilter, o ListOptions) ([]VehicleDetail, int, error) {
	rows := []VehicleDetail{}
	q := detailQuery(idb, userID, &rows)
	if f.Archived != nil {
		q = q.Where("vehicle.archived = ?", *f.Archived)
	}
	n, err := VehicleSorts.apply(q, o).ScanAndCount(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("store: listing vehicles: %w", err)
	}
	if err := addLatestService(ctx, idb, userID, rows); err != nil {
		return nil, 0, err
	}
	return rows, int(n), nil
}

func detailQuery(idb bun.IDB, userID int64, rows *[]VehicleDetail) *bun.SelectQuery {
	q := idb.NewSelect().Model(rows).ColumnExpr("vehicle.*").Where("vehicle.user_id = ?", userID)
	for _, t := range []string{"service_records", "fuel_entries", "odometer_readings", "registrations", "insurance_policies"} {
		q = q.ColumnExpr("(SELECT count(*) FROM " + t + " AS c WHERE c.vehicle_id = vehicle.id) AS n_" + t)
	}
	return q
}

// addLatestService fills in the latest (by date, then id) service record of
// each vehicle of rows, in one query.
func addLatestService(ctx context.Context, idb bun.IDB, userID int64, rows []VehicleDetail) error {
	if len(rows) == 0 {
		return nil
	}
	ids := make([]int64, len(rows))
	for i := range rows {
		ids[i] = rows[i].ID
	}
	ranked := idb.NewSelect().Model((*model.ServiceRecord)(nil)).
		ColumnExpr("service_record.*").
		ColumnExpr("row_number() OVER (PARTITION BY vehicle_id ORDER BY date DESC, id DESC) AS rn").
		Where("vehicle_id IN (?)", bun.List(ids)).Where(ownedVehicles, userID)
	var latest []model.ServiceRecord
	err := idb.NewSelect().
		ColumnExpr("r.id, r.vehicle_id, r.date, r.odometer, r.odometer_reset, r.category, r.service_type, r.title").
		ColumnExpr("r.description, r.cost, r.vendor, r.notes, r.created_at, r.updated_at").
		TableExpr("(?) AS r", ranked).Where("r.rn = 1").Scan(ctx, &latest)
	if err != nil {
		return fmt.Errorf("store: loading latest services: %w", err)
	}
	byVehicle := make(map[int64]*model.ServiceRecord, len(latest))
	for i := range latest {
		byVehicle[latest[i].VehicleID] = &latest[i]
	}
	for i := range rows {
		rows[i].LatestService = byVehicle[rows[i].ID]
	}
	return nil
}
