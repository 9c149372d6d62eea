package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/uptrace/bun"
)

// ListOptions selects one page of a list and its order. Sort is a key of the
// list's SortSpec; an empty Sort means the list's default order.
type ListOptions struct {
	Page    int // from 1
	PerPage int
	Sort    string
	Desc    bool
}

// DateRange filters records on a date column; zero bounds are open.
type DateRange struct {
	From, To *model.Date
}

// SortSpec maps the sort keys a list accepts to their SQL expression.
// Expressions are trusted SQL: never built from input.
type SortSpec struct {
	keys     []string
	exprs    map[string]string
	nullable map[string]bool
	// Default is the order when none is asked for.
	Default string
	// DefaultDesc is the default order's direction.
	DefaultDesc bool
}

func newSortSpec(def string, defDesc bool, cols ...string) SortSpec {
	s := SortSpec{exprs: map[string]string{}, nullable: map[string]bool{}, Default: def, DefaultDesc: defDesc}
	for _, c := range cols {
		key, opt, _ := strings.Cut(c, ",")
		expr := "?TableAlias." + key
		if opt == "lower" {
			expr = "lower(?TableAlias." + key + ")"
		}
		s.keys = append(s.keys, key)
		s.exprs[key] = expr
		s.nullable[key] = opt == "nullable"
	}
	return s
}

// Keys lists the accepted sort keys.
func (s SortSpec) Keys() []string { return slices.Clone(s.keys) }

// Has reports whether key is a sort key of s.
func (s SortSpec) Has(key string) bool { _, ok := s.exprs[key]; return ok }

// apply orders q by o's sort (or the default), nulls last in both
// directions (the two databases disagree otherwise), ties broken by id in the
// same direction so that paging is stable; then selects o's page.
func (s SortSpec) apply(q *bun.SelectQuery, o ListOptions) *bun.SelectQuery {
	key, desc := o.Sort, o.Desc
	if key == "" {
		key, desc = s.Default, s.DefaultDesc
	}
	expr, ok := s.exprs[key]
	if !ok {
		panic(fmt.Sprintf("store: unknown sort key %q", key)) // the API checks keys first
	}
	dir := " ASC"
	if desc {
		dir = " DESC"
	}
	if s.nullable[key] {
		q = q.OrderExpr("?TableAlias." + key + " IS NULL")
	}
	q = q.OrderExpr(expr + dir).OrderExpr("?TableAlias.id" + dir)
	if o.PerPage > 0 {
		q = q.Limit(int64(o.PerPage)).Offset(int64(max(o.Page, 1)-1) * int64(o.PerPage))
	}
	return q
}

// apply adds r's bounds on column to q.
func (r DateRange) apply(q *bun.SelectQuery, column string) *bun.SelectQuery {
	if r.From != nil {
		q = q.Where("?TableAlias."+column+" >= ?", *r.From)
	}
	if r.To != nil {
		q = q.Where("?TableAlias."+column+" <= ?", *r.To)
	}
	return q
}

// ownedVehicles is the subquery of the ids of a user's vehicles; every
// record query is scoped through it.
const ownedVehicles = "?TableAlias.vehicle_id IN (SELECT id FROM vehicles WHERE user_id = ?)"

// stamp returns the time written to created_at/updated_at: UTC, at the
// precision both databases keep, so a record reads back as it was returned.
func stamp(now time.Time) time.Time { return now.UTC().Truncate(time.Microsecond) }

// getOwned loads the record id of type T if it belongs to one of userID's
// vehicles.
func getOwned[T any](ctx context.Context, idb bun.IDB, userID, id int64) (*T, error) {
	rec := new(T)
	err := idb.NewSelect().Model(rec).Where("?TableAlias.id = ?", id).Where(ownedVehicles, userID).Scan(ctx)
	if err != nil {
		return nil, notFound(err)
	}
	return rec, nil
}

// listOwned selects one page of vehicleID's records of type T, scoped by
// userID, with filter adding conditions, and the total over all pages.
func listOwned[T any](ctx context.Context, idb bun.IDB, userID, vehicleID int64, spec SortSpec, o ListOptions,
	filter func(*bun.SelectQuery) *bun.SelectQuery,
) ([]T, int, error) {
	items := []T{}
	q := idb.NewSelect().Model(&items).Where("?TableAlias.vehicle_id = ?", vehicleID).Where(ownedVehicles, userID)
	if filter != nil {
		q = filter(q)
	}
	n, err := spec.apply(q, o).ScanAndCount(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("store: listing: %w", err)
	}
	return items, int(n), nil
}

// deleteOwned deletes the record id of type T if it belongs to one of
// userID's vehicles.
func deleteOwned[T any](ctx context.Context, idb bun.IDB, userID, id int64) error {
	res, err := idb.NewDelete().Model((*T)(nil)).Where("?TableAlias.id = ?", id).Where(ownedVehicles, userID).Exec(ctx)
	if err != nil {
		return fmt.Errorf("store: deleting: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// createOwned inserts rec, a record of userID's vehicle vehicleID, in a
// transaction that checks (and locks) the vehicle.
func createOwned[T any](ctx context.Context, idb bun.IDB, userID, vehicleID int64, rec *T) error {
	return idb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := lockVehicle(ctx, tx, userID, vehicleID); err != nil {
			return err
		}
		return insert(ctx, tx, rec)
	})
}

// insert inserts rec and reads back its id.
func insert[T any](ctx context.Context, idb bun.IDB, rec *T) error {
	if _, err := idb.NewInsert().Model(rec).Returning("id").Exec(ctx); err != nil {
		return fmt.Errorf("store: inserting %T: %w", rec, err)
	}
	return nil
}

// updateOwned writes every column of rec, which must belong to one of
// userID's vehicles.
func updateOwned[T any](ctx context.Context, tx bun.IDB, userID int64, rec *T) error {
	res, err := tx.NewUpdate().Model(rec).WherePK().Where(ownedVehicles, userID).
		ExcludeColumn("id", "vehicle_id", "created_at").Exec(ctx)
	if err != nil {
		return fmt.Errorf("store: updating: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}
