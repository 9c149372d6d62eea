package store

import (
	"context"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/uptrace/bun"
)

// RegistrationSorts are the registration list's sort keys; latest expiry
// first by default.
var RegistrationSorts = newSortSpec("expires_on", true,
	"expires_on", "issued_on,nullable", "inspection_due_on,nullable", "created_at")

// CreateRegistration adds r to one of userID's vehicles (r.VehicleID).
func CreateRegistration(ctx context.Context, idb bun.IDB, userID int64, r *model.Registration, now time.Time) error {
	r.CreatedAt, r.UpdatedAt = stamp(now), stamp(now)
	return createOwned(ctx, idb, userID, r.VehicleID, r)
}

// RegistrationByID returns the registration id of one of userID's vehicles.
func RegistrationByID(ctx context.Context, idb bun.IDB, userID, id int64) (*model.Registration, error) {
	return getOwned[model.Registration](ctx, idb, userID, id)
}

// UpdateRegistration writes r (loaded with RegistrationByID, then changed).
func UpdateRegistration(ctx context.Context, idb bun.IDB, userID int64, r *model.Registration, now time.Time) error {
	r.UpdatedAt = stamp(now)
	return updateOwned(ctx, idb, userID, r)
}

// DeleteRegistration deletes the registration id of one of userID's vehicles.
func DeleteRegistration(ctx context.Context, idb bun.IDB, userID, id int64) error {
	return deleteOwned[model.Registration](ctx, idb, userID, id)
}

// ListRegistrations returns one page of a vehicle's registrations and the
// total over all pages.
func ListRegistrations(ctx context.Context, idb bun.IDB, userID, vehicleID int64, o ListOptions) ([]model.Registration, int, error) {
	return listOwned[model.Registration](ctx, idb, userID, vehicleID, RegistrationSorts, o, nil)
}
