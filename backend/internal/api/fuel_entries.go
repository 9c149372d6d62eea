package api

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/carnet/carnet/backend/internal/fuel"
	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// fuelEntryInput is the body of POST and PATCH fuel entries.
type fuelEntryInput struct {
	Date           *string  `json:"date"`
	Odometer       *int     `json:"odometer"`
	OdometerReset  bool     `json:"odometer_reset"`
	Quantity       *float64 `json:"quantity"`
	UnitPrice      *string  `json:"unit_price"`
	TotalCost      *string  `json:"total_cost"`
	FullTank       bool     `json:"full_tank"`
	MissedPrevious bool     `json:"missed_previous"`
	Station        string   `json:"station" validate:"max=200"`
	Notes          string   `json:"notes" validate:"max=10000"`
}

func (in *fuelEntryInput) normalize() { trimAll(&in.Station) }

func fuelEntryInputFrom(e *model.FuelEntry) fuelEntryInput {
	up := e.UnitPriceMilli.String()
	return fuelEntryInput{
		Date: dateText(&e.Date), Odometer: ptr(e.Odometer), OdometerReset: e.OdometerReset,
		Quantity: ptr(e.QuantityMilli.Float()), UnitPrice: &up, TotalCost: moneyText(&e.TotalCost),
		FullTank: e.FullTank, MissedPrevious: e.MissedPrevious, Station: e.Station, Notes: e.Notes,
	}
}

// apply checks the rest of the rules and writes in onto e. With price set,
// the price pair is completed from in's unit_price and total_cost (either
// may be nil: it is derived); without, e keeps its price pair (a PATCH that
// changes none of quantity, unit_price and total_cost).
func (in *fuelEntryInput) apply(f *fields, e *model.FuelEntry, today model.Date, price bool) error {
	date := f.dateField("date", in.Date, true, &today)
	f.checkOdometer("odometer", in.Odometer, true)
	quantity := f.quantity("quantity", in.Quantity)
	var unitPrice *model.Milli
	if in.UnitPrice != nil {
		p, err := model.ParseMilli(*in.UnitPrice)
		switch {
		case err != nil:
			f.add("unit_price", err.Error())
		case p > fuel.MaxUnitPrice:
			f.add("unit_price", "must be at most "+fuel.MaxUnitPrice.String())
		default:
			unitPrice = &p
		}
	}
	total := f.optMoney("total_cost", in.TotalCost)
	if total != nil && *total > fuel.MaxTotalCost {
		f.add("total_cost", "must be at most "+fuel.MaxTotalCost.String())
	}
	if err := f.err(); err != nil {
		return err
	}
	if price {
		p, t, err := fuel.Price(quantity, unitPrice, total)
		if err != nil {
			return err
		}
		e.UnitPriceMilli, e.TotalCost = p, t
	}
	e.Date, e.Odometer, e.OdometerReset, e.QuantityMilli = *date, *in.Odometer, in.OdometerReset, quantity
	e.FullTank, e.MissedPrevious, e.Station, e.Notes = in.FullTank, in.MissedPrevious, in.Station, in.Notes
	return nil
}

// quantity converts a fuel quantity (a JSON number) to thousandths, exactly.
func (f *fields) quantity(field string, q *float64) model.Milli {
	if q == nil {
		f.add(field, "is required")
		return 0
	}
	// The shortest decimal that reads back as q is the number the client wrote.
	m, err := model.ParseMilli(strconv.FormatFloat(*q, 'f', -1, 64))
	switch {
	case *q <= 0:
		f.add(field, "must be greater than 0")
	case err != nil:
		f.add(field, "must be a number with at most 3 decimals")
	case m > fuel.MaxQuantity:
		f.add(field, "must be at most "+strconv.FormatFloat(fuel.MaxQuantity.Float(), 'f', -1, 64))
	}
	return m
}

// FuelEntry is the JSON form of a fuel entry, with its fuel economy.
type FuelEntry struct {
	ID             int64       `json:"id"`
	VehicleID      int64       `json:"vehicle_id"`
	Date           model.Date  `json:"date"`
	Odometer       int         `json:"odometer"`
	OdometerReset  bool        `json:"odometer_reset"`
	Quantity       float64     `json:"quantity"`
	UnitPrice      model.Milli `json:"unit_price"`
	TotalCost      model.Money `json:"total_cost"`
	FullTank       bool        `json:"full_tank"`
	MissedPrevious bool        `json:"missed_previous"`
	Station        string      `json:"station"`
	Notes          string      `json:"notes"`
	Economy        *float64    `json:"economy"`
	EconomyUnit    string      `json:"economy_unit"`
	CreatedAt      time.Time   `json:"created_at"`
	UpdatedAt      time.Time   `json:"updated_at"`
}

// fuelEconomy is the economy of a vehicle's fuel entries by id, in the
// caller's unit.
type fuelEconomy struct {
	byID map[int64]float64
	unit string
}

func (ec fuelEconomy) out(e *model.FuelEntry) FuelEntry {
	out := FuelEntry{
		ID: e.ID, VehicleID: e.VehicleID, Date: e.Date, Odometer: e.Odometer, OdometerReset: e.OdometerReset,
		Quantity: e.QuantityMilli.Float(), UnitPrice: e.UnitPriceMilli, TotalCost: e.TotalCost,
		FullTank: e.FullTank, MissedPrevious: e.MissedPrevious, Station: e.Station, Notes: e.Notes,
		EconomyUnit: ec.unit, CreatedAt: e.CreatedAt.UTC(), UpdatedAt: e.UpdatedAt.UTC(),
	}
	if v, ok := ec.byID[e.ID]; ok {
		out.Economy = &v
	}
	return out
}

// fuelEconomyOf computes the economy of every fuel entry of v (it needs the
// whole history, whatever page is shown).
func (a *API) fuelEconomyOf(c *fiber.Ctx, v *model.Vehicle) (fuelEconomy, error) {
	u := me(c)
	ctx := c.UserContext()
	history, err := store.FuelHistory(ctx, a.db, u.ID, v.ID)
	if err != nil {
		return fuelEconomy{}, err
	}
	resets, err := store.OdometerResetDates(ctx, a.db, u.ID, v.ID)
	if err != nil {
		return fuelEconomy{}, err
	}
	fills := make([]fuel.Fill, len(history))
	for i, e := range history {
		fills[i] = fuel.Fill{ID: e.ID, Date: e.Date, Odometer: e.Odometer, Quantity: e.QuantityMilli,
			FullTank: e.FullTank, MissedPrevious: e.MissedPrevious, OdometerReset: e.OdometerReset}
	}
	return fuelEconomy{byID: fuel.Economy(fills, resets, v.DistanceUnit, u.FuelEconomyUnit), unit: u.FuelEconomyUnit}, nil
}

// fuelEntryOut answers one fuel entry of vehicle v (loaded when nil) with
// its economy.
func (a *API) fuelEntryOut(c *fiber.Ctx, status int, v *model.Vehicle, e *model.FuelEntry) error {
	if v == nil {
		var err error
		if v, err = store.VehicleByID(c.UserContext(), a.db, me(c).ID, e.VehicleID); err != nil {
			return err
		}
	}
	ec, err := a.fuelEconomyOf(c, v)
	if err != nil {
		return err
	}
	return c.Status(status).JSON(ec.out(e))
}

func (a *API) listFuelEntries(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	f := &fields{}
	o := listQuery(c, store.FuelEntrySorts, f)
	dates := f.queryDates(c)
	if err := f.err(); err != nil {
		return err
	}
	items, total, err := store.ListFuelEntries(c.UserContext(), a.db, me(c).ID, v.ID, dates, o)
	if err != nil {
		return err
	}
	ec, err := a.fuelEconomyOf(c, v)
	if err != nil {
		return err
	}
	return c.JSON(mapList(items, o, total, ec.out))
}

func (a *API) createFuelEntry(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	var in fuelEntryInput
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	e := &model.FuelEntry{VehicleID: v.ID}
	if err := in.apply(f, e, a.userToday(me(c)), true); err != nil {
		return err
	}
	if err := store.CreateFuelEntry(c.UserContext(), a.db, me(c).ID, e, a.clock()); err != nil {
		return err
	}
	return a.fuelEntryOut(c, http.StatusCreated, v, e)
}

func (a *API) getFuelEntry(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	e, err := store.FuelEntryByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	return a.fuelEntryOut(c, http.StatusOK, nil, e)
}

// updateFuelEntry: of the price pair, what the body gives is kept and the
// other is derived; when the body changes only the quantity, the total cost
// (what was paid) is kept and the unit price derived.
func (a *API) updateFuelEntry(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	e, err := store.FuelEntryByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	in := fuelEntryInputFrom(e)
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	var given map[string]json.RawMessage
	_ = json.Unmarshal(c.Body(), &given) // the body was decoded above: it is an object
	_, unitGiven := given["unit_price"]
	_, totalGiven := given["total_cost"]
	_, quantityGiven := given["quantity"]
	switch {
	case unitGiven && !totalGiven:
		in.TotalCost = nil
	case !unitGiven:
		in.UnitPrice = nil
	}
	if err := in.apply(f, e, a.userToday(me(c)), unitGiven || totalGiven || quantityGiven); err != nil {
		return err
	}
	if err := store.UpdateFuelEntry(c.UserContext(), a.db, me(c).ID, e, a.clock()); err != nil {
		return err
	}
	return a.fuelEntryOut(c, http.StatusOK, nil, e)
}

func (a *API) deleteFuelEntry(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := store.DeleteFuelEntry(c.UserContext(), a.db, me(c).ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}
