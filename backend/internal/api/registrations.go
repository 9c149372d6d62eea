package api

import (
	"net/http"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// registrationInput is the body of POST and PATCH registrations.
type registrationInput struct {
	Plate              string  `json:"plate" validate:"max=20"`
	Region             string  `json:"region" validate:"max=100"`
	RegistrationNumber string  `json:"registration_number" validate:"max=100"`
	IssuedOn           *string `json:"issued_on"`
	ExpiresOn          *string `json:"expires_on"`
	InspectionDueOn    *string `json:"inspection_due_on"`
	Fee                *string `json:"fee"`
	Notes              string  `json:"notes" validate:"max=10000"`
}

func (in *registrationInput) normalize() { trimAll(&in.Plate, &in.Region, &in.RegistrationNumber) }

func registrationInputFrom(r *model.Registration) registrationInput {
	return registrationInput{
		Plate: r.Plate, Region: r.Region, RegistrationNumber: r.RegistrationNumber,
		IssuedOn: dateText(r.IssuedOn), ExpiresOn: dateText(&r.ExpiresOn), InspectionDueOn: dateText(r.InspectionDueOn),
		Fee: moneyText(r.Fee), Notes: r.Notes,
	}
}

func (in *registrationInput) apply(f *fields, r *model.Registration) error {
	issued := f.dateField("issued_on", in.IssuedOn, false, nil)
	expires := f.dateField("expires_on", in.ExpiresOn, true, nil)
	inspection := f.dateField("inspection_due_on", in.InspectionDueOn, false, nil)
	fee := f.optMoney("fee", in.Fee)
	if issued != nil && !f.errs.Has("issued_on") && !f.errs.Has("expires_on") && expires.Before(*issued) {
		f.add("expires_on", "must not be before issued_on")
	}
	if err := f.err(); err != nil {
		return err
	}
	r.Plate, r.Region, r.RegistrationNumber = in.Plate, in.Region, in.RegistrationNumber
	r.IssuedOn, r.ExpiresOn, r.InspectionDueOn, r.Fee, r.Notes = issued, *expires, inspection, fee, in.Notes
	return nil
}

// Registration is the JSON form of a registration.
type Registration struct {
	ID                 int64        `json:"id"`
	VehicleID          int64        `json:"vehicle_id"`
	Plate              string       `json:"plate"`
	Region             string       `json:"region"`
	RegistrationNumber string       `json:"registration_number"`
	IssuedOn           *model.Date  `json:"issued_on"`
	ExpiresOn          model.Date   `json:"expires_on"`
	InspectionDueOn    *model.Date  `json:"inspection_due_on"`
	Fee                *model.Money `json:"fee"`
	Notes              string       `json:"notes"`
	CreatedAt          time.Time    `json:"created_at"`
	UpdatedAt          time.Time    `json:"updated_at"`
}

func registrationOut(r *model.Registration) Registration {
	return Registration{
		ID: r.ID, VehicleID: r.VehicleID, Plate: r.Plate, Region: r.Region, RegistrationNumber: r.RegistrationNumber,
		IssuedOn: r.IssuedOn, ExpiresOn: r.ExpiresOn, InspectionDueOn: r.InspectionDueOn, Fee: r.Fee, Notes: r.Notes,
		CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}
}

func (a *API) listRegistrations(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	f := &fields{}
	o := listQuery(c, store.RegistrationSorts, f)
	if err := f.err(); err != nil {
		return err
	}
	items, total, err := store.ListRegistrations(c.UserContext(), a.db, me(c).ID, v.ID, o)
	if err != nil {
		return err
	}
	return c.JSON(mapList(items, o, total, registrationOut))
}

func (a *API) createRegistration(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	var in registrationInput
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	r := &model.Registration{VehicleID: v.ID}
	if err := in.apply(f, r); err != nil {
		return err
	}
	if err := store.CreateRegistration(c.UserContext(), a.db, me(c).ID, r, a.clock()); err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(registrationOut(r))
}

func (a *API) getRegistration(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	r, err := store.RegistrationByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	return c.JSON(registrationOut(r))
}

func (a *API) updateRegistration(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	r, err := store.RegistrationByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	in := registrationInputFrom(r)
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	if err := in.apply(f, r); err != nil {
		return err
	}
	if err := store.UpdateRegistration(c.UserContext(), a.db, me(c).ID, r, a.clock()); err != nil {
		return err
	}
	return c.JSON(registrationOut(r))
}

func (a *API) deleteRegistration(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := store.DeleteRegistration(c.UserContext(), a.db, me(c).ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}
