package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/uptrace/bun"
)

// InsurancePolicySorts are the insurance policy list's sort keys; latest
// coverage end first by default.
var InsurancePolicySorts = newSortSpec("coverage_end", true,
	"coverage_start", "coverage_end", "provider,lower", "premium", "created_at")

// CreateInsurancePolicy inserts p for p.UserID; p.VehicleID must be one of
// that user's vehicles, else a validation error on vehicle_id.
func CreateInsurancePolicy(ctx context.Context, idb bun.IDB, p *model.InsurancePolicy, now time.Time) error {
	p.CreatedAt, p.UpdatedAt = stamp(now), stamp(now)
	return idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if err := policyVehicle(ctx, tx, p); err != nil {
			return err
		}
		return insert(ctx, tx, p)
	})
}

// InsurancePolicyByID returns userID's insurance policy id.
func InsurancePolicyByID(ctx context.Context, idb bun.IDB, userID, id int64) (*model.InsurancePolicy, error) {
	p := new(model.InsurancePolicy)
	if err := idb.NewSelect().Model(p).Where("id = ?", id).Where("user_id = ?", userID).Scan(ctx); err != nil {
		return nil, notFound(err)
	}
	return p, nil
}

// UpdateInsurancePolicy writes p (loaded with InsurancePolicyByID, then
// changed); its vehicle must still be one of the user's.
func UpdateInsurancePolicy(ctx context.Context, idb bun.IDB, p *model.InsurancePolicy, now time.Time) error {
	p.UpdatedAt = stamp(now)
	return idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if err := policyVehicle(ctx, tx, p); err != nil {
			return err
		}
		res, err := tx.NewUpdate().Model(p).WherePK().Where("user_id = ?", p.UserID).
			ExcludeColumn("id", "user_id", "created_at").Exec(ctx)
		if err != nil {
			return fmt.Errorf("store: updating insurance policy: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
}

// policyVehicle checks (and locks) the policy's vehicle.
func policyVehicle(ctx context.Context, tx bun.Tx, p *model.InsurancePolicy) error {
	_, err := lockVehicle(ctx, tx, p.UserID, p.VehicleID)
	if errors.Is(err, ErrNotFound) {
		return validate.Field("vehicle_id", "is not one of your vehicles")
	}
	return err
}

// DeleteInsurancePolicy deletes userID's insurance policy id.
func DeleteInsurancePolicy(ctx context.Context, idb bun.IDB, userID, id int64) error {
	res, err := idb.NewDelete().Model((*model.InsurancePolicy)(nil)).Where("id = ?", id).Where("user_id = ?", userID).Exec(ctx)
	if err != nil {
		return fmt.Errorf("store: deleting insurance policy: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// ListInsurancePolicies returns one page of userID's insurance policies (of
// one vehicle when vehicleID is not 0) and the total over all pages.
func ListInsurancePolicies(ctx context.Context, idb bun.IDB, userID, vehicleID int64, o ListOptions,
) ([]model.InsurancePolicy, int, error) {
	items := []model.InsurancePolicy{}
	q := idb.NewSelect().Model(&items).Where("?TableAlias.user_id = ?", userID)
	if vehicleID != 0 {
		q = q.Where("?TableAlias.vehicle_id = ?", vehicleID)
	}
	n, err := InsurancePolicySorts.apply(q, o).ScanAndCount(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("store: listing insurance policies: %w", err)
	}
	return items, int(n), nil
}
