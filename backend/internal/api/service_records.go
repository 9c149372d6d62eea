package api

import (
	"net/http"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/gofiber/fiber/v2"
)

// serviceRecordInput is the body of POST and PATCH service records.
type serviceRecordInput struct {
	Date          *string `json:"date"`
	Odometer      *int    `json:"odometer"`
	OdometerReset bool    `json:"odometer_reset"`
	Category      string  `json:"category" validate:"required,oneof=maintenance repair upgrade"`
	ServiceType   string  `json:"service_type" validate:"required,oneof=oil_change tire_rotation brakes battery air_filter cabin_filter coolant transmission spark_plugs wipers alignment tires inspection other"`
	Title         string  `json:"title" validate:"max=200"`
	Description   string  `json:"description" validate:"max=10000"`
	Cost          *string `json:"cost"`
	Vendor        string  `json:"vendor" validate:"max=200"`
	Notes         string  `json:"notes" validate:"max=10000"`
}

func (in *serviceRecordInput) normalize() {
	trimAll(&in.Category, &in.ServiceType, &in.Title, &in.Vendor)
}

func serviceRecordInputFrom(r *model.ServiceRecord) serviceRecordInput {
	return serviceRecordInput{
		Date: dateText(&r.Date), Odometer: clone(r.Odometer), OdometerReset: r.OdometerReset,
		Category: r.Category, ServiceType: r.ServiceType, Title: r.Title, Description: r.Description,
		Cost: moneyText(&r.Cost), Vendor: r.Vendor, Notes: r.Notes,
	}
}

func (in *serviceRecordInput) apply(f *fields, r *model.ServiceRecord, today model.Date) error {
	date := f.dateField("date", in.Date, true, &today)
	f.checkOdometer("odometer", in.Odometer, false)
	cost := f.money("cost", in.Cost, false)
	if err := f.err(); err != nil {
		return err
	}
	r.Date, r.Odometer, r.OdometerReset, r.Cost = *date, in.Odometer, in.OdometerReset, cost
	r.Category, r.ServiceType, r.Title, r.Description = in.Category, in.ServiceType, in.Title, in.Description
	r.Vendor, r.Notes = in.Vendor, in.Notes
	return nil
}

// ServiceRecord is the JSON form of a service record.
type ServiceRecord struct {
	ID            int64       `json:"id"`
	VehicleID     int64       `json:"vehicle_id"`
	Date          model.Date  `json:"date"`
	Odometer      *int        `json:"odometer"`
	OdometerReset bool        `json:"odometer_reset"`
	Category      string      `json:"category"`
	ServiceType   string      `json:"service_type"`
	Title         string      `json:"title"`
	Description   string      `json:"description"`
	Cost          model.Money `json:"cost"`
	Vendor        string      `json:"vendor"`
	Notes         string      `json:"notes"`
	CreatedAt     time.Time   `json:"created_at"`
	UpdatedAt     time.Time   `json:"updated_at"`
}

func serviceRecordOut(r *model.ServiceRecord) ServiceRecord {
	return ServiceRecord{
		ID: r.ID, VehicleID: r.VehicleID, Date: r.Date, Odometer: r.Odometer, OdometerReset: r.OdometerReset,
		Category: r.Category, ServiceType: r.ServiceType, Title: r.Title, Description: r.Description,
		Cost: r.Cost, Vendor: r.Vendor, Notes: r.Notes, CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
	}
}

// pathVehicle loads the caller's vehicle named by the :id path parameter.
func (a *API) pathVehicle(c *fiber.Ctx) (*model.Vehicle, error) {
	id, err := pathID(c, "id")
	if err != nil {
		return nil, err
	}
	return store.VehicleByID(c.UserContext(), a.db, me(c).ID, id)
}

func (a *API) listServiceRecords(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	f := &fields{}
	o := listQuery(c, store.ServiceRecordSorts, f)
	filter := store.ServiceRecordFilter{
		Dates:       f.queryDates(c),
		Category:    f.queryEnum(c, "category", model.ServiceCategories),
		ServiceType: f.queryEnum(c, "service_type", model.ServiceTypeKeys()),
	}
	if err := f.err(); err != nil {
		return err
	}
	items, total, err := store.ListServiceRecords(c.UserContext(), a.db, me(c).ID, v.ID, filter, o)
	if err != nil {
		return err
	}
	return c.JSON(mapList(items, o, total, serviceRecordOut))
}

func (a *API) createServiceRecord(c *fiber.Ctx) error {
	v, err := a.pathVehicle(c)
	if err != nil {
		return err
	}
	var in serviceRecordInput
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	r := &model.ServiceRecord{VehicleID: v.ID}
	if err := in.apply(f, r, a.userToday(me(c))); err != nil {
		return err
	}
	if err := store.CreateServiceRecord(c.UserContext(), a.db, me(c).ID, r, a.clock()); err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(serviceRecordOut(r))
}

func (a *API) getServiceRecord(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	r, err := store.ServiceRecordByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	return c.JSON(serviceRecordOut(r))
}

func (a *API) updateServiceRecord(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	r, err := store.ServiceRecordByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	in := serviceRecordInputFrom(r)
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	if err := in.apply(f, r, a.userToday(me(c))); err != nil {
		return err
	}
	if err := store.UpdateServiceRecord(c.UserContext(), a.db, me(c).ID, r, a.clock()); err != nil {
		return err
	}
	return c.JSON(serviceRecordOut(r))
}

func (a *API) deleteServiceRecord(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := store.DeleteServiceRecord(c.UserContext(), a.db, me(c).ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}

func (a *API) listServiceTypes(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"items": model.ServiceTypes})
}
