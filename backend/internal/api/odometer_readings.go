package api

import (
	"net/http"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// odometerReadingInput is the body of POST and PATCH odometer readings.
type odometerReadingInput struct {
	Date          *string `json:"date"`
	Odometer      *int    `json:"odometer"`
	OdometerReset bool    `json:"odometer_reset"`
	Notes         string  `json:"notes" validate:"max=10000"`
}

func (in *odometerReadingInput) normalize() {}

func odometerReadingInputFrom(r *model.OdometerReading) odometerReadingInput {
	return odometerReadingInput{Date: dateText(&r.Date), Odometer: ptr(r.Odometer), OdometerReset: r.OdometerReset, Notes: r.Notes}
}

func (in *odometerReadingInput) apply(f *fields, r *model.OdometerReading, today model.Date) error {
	date := f.dateField("date", in.Date, true, &today)
	f.checkOdometer("odometer", in.Odometer, true)
	if err := f.err(); err != nil {
		return err
	}
	r.Date, r.Odometer, r.OdometerReset, r.Notes = *date, *in.Odometer, in.OdometerReset, in.Notes
	return nil
}

// OdometerReading is the JSON form of an odometer reading.
type OdometerReading struct {
	ID            int64      `json:"id"`
	VehicleID     int64      `json:"vehicle_id"`
	Date          model.Date `json:"date"`
	Odometer      int        `json:"odometer"`
	OdometerReset bool       `json:"odometer_reset"`
	Notes         string     `json:"notes"`
	CreatedAt     time.Time  `json:"created_at"`
	UpdatedAt     time.Time  `json:"updated_at"`
}

func odometerReadingOut(r *model.OdometerReading) OdometerReading {
	return OdometerReading{
		ID: r.ID, VehicleID: r.VehicleID, Date: r.Date, Odometer: r.Odometer, OdometerReset: r.OdometerReset,
		Notes: r.Notes, CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}
}

func (a *API) listOdometerReadings(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	f := &fields{}
	o := listQuery(c, store.OdometerReadingSorts, f)
	dates := f.queryDates(c)
	if err := f.err(); err != nil {
		return err
	}
	items, total, err := store.ListOdometerReadings(c.UserContext(), a.db, me(c).ID, v.ID, dates, o)
	if err != nil {
		return err
	}
	return c.JSON(mapList(items, o, total, odometerReadingOut))
}

func (a *API) createOdometerReading(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	var in odometerReadingInput
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	r := &model.OdometerReading{VehicleID: v.ID}
	if err := in.apply(f, r, a.userToday(me(c))); err != nil {
		return err
	}
	if err := store.CreateOdometerReading(c.UserContext(), a.db, me(c).ID, r, a.clock()); err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(odometerReadingOut(r))
}

func (a *API) getOdometerReading(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	r, err := store.OdometerReadingByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	return c.JSON(odometerReadingOut(r))
}

func (a *API) updateOdometerReading(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	r, err := store.OdometerReadingByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	in := odometerReadingInputFrom(r)
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	if err := in.apply(f, r, a.userToday(me(c))); err != nil {
		return err
	}
	if err := store.UpdateOdometerReading(c.UserContext(), a.db, me(c).ID, r, a.clock()); err != nil {
		return err
	}
	return c.JSON(odometerReadingOut(r))
}

func (a *API) deleteOdometerReading(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := store.DeleteOdometerReading(c.UserContext(), a.db, me(c).ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}
