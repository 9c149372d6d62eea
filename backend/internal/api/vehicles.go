package api

import (
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/gofiber/fiber/v2"
)

// vehicleInput is the body of POST and PATCH /vehicles.
type vehicleInput struct {
	Name             string  `json:"name" validate:"max=100"`
	Make             string  `json:"make" validate:"required,max=100"`
	Model            string  `json:"model" validate:"required,max=100"`
	Year             int     `json:"year" validate:"required,gte=1900"`
	Trim             string  `json:"trim" validate:"max=100"`
	VIN              *string `json:"vin"`
	LicensePlate     string  `json:"license_plate" validate:"max=20"`
	Color            string  `json:"color" validate:"max=50"`
	FuelType         string  `json:"fuel_type" validate:"oneof=gasoline diesel electric hybrid plug_in_hybrid lpg cng other"`
	DistanceUnit     string  `json:"distance_unit" validate:"oneof=mi km"`
	PurchaseDate     *string `json:"purchase_date"`
	PurchasePrice    *string `json:"purchase_price"`
	PurchaseOdometer *int    `json:"purchase_odometer"`
	Notes            string  `json:"notes" validate:"max=10000"`
	Archived         bool    `json:"archived"`
}

func (in *vehicleInput) normalize() {
	trimAll(&in.Name, &in.Make, &in.Model, &in.Trim, &in.LicensePlate, &in.Color)
	if in.VIN != nil {
		if vin := validate.NormalizeVIN(*in.VIN); vin != "" {
			in.VIN = &vin
		} else {
			in.VIN = nil
		}
	}
}

func vehicleInputFrom(v *model.Vehicle) vehicleInput {
	return vehicleInput{
		Name: v.Name, Make: v.Make, Model: v.Model, Year: v.Year, Trim: v.Trim, VIN: clone(v.VIN),
		LicensePlate: v.LicensePlate, Color: v.Color, FuelType: v.FuelType, DistanceUnit: v.DistanceUnit,
		PurchaseDate: dateText(v.PurchaseDate), PurchasePrice: moneyText(v.PurchasePrice),
		PurchaseOdometer: clone(v.PurchaseOdometer), Notes: v.Notes, Archived: v.Archived,
	}
}

// apply checks the rest of the rules and writes in onto v.
func (in *vehicleInput) apply(f *fields, v *model.Vehicle, today model.Date) error {
	if maxYear := today.Year() + 2; in.Year > maxYear && !f.errs.Has("year") {
		f.add("year", "must be at most "+strconv.Itoa(maxYear))
	}
	if in.VIN != nil {
		if msg := validate.CheckVIN(*in.VIN); msg != "" {
			f.add("vin", msg)
		}
	}
	purchaseDate := f.dateField("purchase_date", in.PurchaseDate, false, &today)
	purchasePrice := f.optMoney("purchase_price", in.PurchasePrice)
	f.checkOdometer("purchase_odometer", in.PurchaseOdometer, false)
	if err := f.err(); err != nil {
		return err
	}
	v.Name, v.Make, v.Model, v.Year, v.Trim, v.VIN = in.Name, in.Make, in.Model, in.Year, in.Trim, in.VIN
	v.LicensePlate, v.Color, v.FuelType, v.DistanceUnit = in.LicensePlate, in.Color, in.FuelType, in.DistanceUnit
	v.PurchaseDate, v.PurchasePrice, v.PurchaseOdometer = purchaseDate, purchasePrice, in.PurchaseOdometer
	v.Notes, v.Archived = in.Notes, in.Archived
	return nil
}

// Vehicle is the JSON form of a vehicle.
type Vehicle struct {
	ID               int64          `json:"id"`
	Name             string         `json:"name"`
	Make             string         `json:"make"`
	Model            string         `json:"model"`
	Year             int            `json:"year"`
	Trim             string         `json:"trim"`
	VIN              *string        `json:"vin"`
	LicensePlate     string         `json:"license_plate"`
	Color            string         `json:"color"`
	FuelType         string         `json:"fuel_type"`
	DistanceUnit     string         `json:"distance_unit"`
	PurchaseDate     *model.Date    `json:"purchase_date"`
	PurchasePrice    *model.Money   `json:"purchase_price"`
	PurchaseOdometer *int           `json:"purchase_odometer"`
	Notes            string         `json:"notes"`
	Archived         bool           `json:"archived"`
	CurrentOdometer  *int           `json:"current_odometer"`
	Counts           VehicleCounts  `json:"counts"`
	LatestService    *LatestService `json:"latest_service"`
	CreatedAt        time.Time      `json:"created_at"`
	UpdatedAt        time.Time      `json:"updated_at"`
}

// VehicleCounts is the number of records of each kind of a vehicle.
type VehicleCounts struct {
	ServiceRecords    int `json:"service_records"`
	FuelEntries       int `json:"fuel_entries"`
	OdometerReadings  int `json:"odometer_readings"`
	Registrations     int `json:"registrations"`
	InsurancePolicies int `json:"insurance_policies"`
}

// LatestService is the summary of a vehicle's latest service record.
type LatestService struct {
	ID          int64      `json:"id"`
	Date        model.Date `json:"date"`
	Title       string     `json:"title"`
	ServiceType string     `json:"service_type"`
	Odometer    *int       `json:"odometer"`
}

func vehicleOut(d *store.VehicleDetail) Vehicle {
	v := &d.Vehicle
	out := Vehicle{
		ID: v.ID, Name: v.Name, Make: v.Make, Model: v.Model, Year: v.Year, Trim: v.Trim, VIN: v.VIN,
		LicensePlate: v.LicensePlate, Color: v.Color, FuelType: v.FuelType, DistanceUnit: v.DistanceUnit,
		PurchaseDate: v.PurchaseDate, PurchasePrice: v.PurchasePrice, PurchaseOdometer: v.PurchaseOdometer,
		Notes: v.Notes, Archived: v.Archived, CurrentOdometer: v.CurrentOdometer,
		Counts:    VehicleCounts(d.Counts),
		CreatedAt: v.CreatedAt.UTC(), UpdatedAt: v.UpdatedAt.UTC(),
	}
	if s := d.LatestService; s != nil {
		out.LatestService = &LatestService{ID: s.ID, Date: s.Date, Title: s.Title, ServiceType: s.ServiceType, Odometer: s.Odometer}
	}
	return out
}

func (a *API) listVehicles(c *fiber.Ctx) error {
	f := &fields{}
	o := listQuery(c, store.VehicleSorts, f)
	var filter store.VehicleFilter
	switch c.Query("archived", "false") {
	case "false":
		filter.Archived = ptr(false)
	case "true":
		filter.Archived = ptr(true)
	case "all":
	default:
		f.add("archived", "must be one of: false, true, all")
	}
	if err := f.err(); err != nil {
		return err
	}
	rows, total, err := store.ListVehicles(c.UserContext(), a.db, me(c).ID, filter, o)
	if err != nil {
		return err
	}
	return c.JSON(mapList(rows, o, total, vehicleOut))
}

func (a *API) createVehicle(c *fiber.Ctx) error {
	u := me(c)
	in := vehicleInput{FuelType: "gasoline", DistanceUnit: u.DistanceUnit}
	if !slices.Contains(model.DistanceUnits, in.DistanceUnit) {
		in.DistanceUnit = model.Miles
	}
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	v := &model.Vehicle{UserID: u.ID}
	if err := in.apply(f, v, a.userToday(u)); err != nil {
		return err
	}
	if err := store.CreateVehicle(c.UserContext(), a.db, v, a.clock()); err != nil {
		return err
	}
	return c.Status(http.StatusCreated).JSON(vehicleOut(&store.VehicleDetail{Vehicle: *v}))
}

func (a *API) getVehicle(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	d, err := store.VehicleDetailByID(c.UserContext(), a.db, me(c).ID, id)
	if err != nil {
		return err
	}
	return c.JSON(vehicleOut(d))
}

func (a *API) updateVehicle(c *fiber.Ctx) error {
	u := me(c)
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	ctx := c.UserContext()
	v, err := store.VehicleByID(ctx, a.db, u.ID, id)
	if err != nil {
		return err
	}
	in := vehicleInputFrom(v)
	f, err := bindInput(c, &in)
	if err != nil {
		return err
	}
	if err := in.apply(f, v, a.userToday(u)); err != nil {
		return err
	}
	if err := store.UpdateVehicle(ctx, a.db, v, a.clock()); err != nil {
		return err
	}
	d, err := store.VehicleDetailByID(ctx, a.db, u.ID, id)
	if err != nil {
		return err
	}
	return c.JSON(vehicleOut(d))
}

func (a *API) deleteVehicle(c *fiber.Ctx) error {
	id, err := pathID(c, "id")
	if err != nil {
		return err
	}
	if err := store.DeleteVehicle(c.UserContext(), a.db, me(c).ID, id); err != nil {
		return err
	}
	return c.SendStatus(http.StatusNoContent)
}
