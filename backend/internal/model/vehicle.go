package model

import (
	"time"

	"github.com/uptrace/bun"
)

// Vehicle belongs to one user. CurrentOdometer is kept up to date by the
// store from the newest reading of any kind (service, fuel, odometer).
type Vehicle struct {
	bun.BaseModel `bun:"table:vehicles"`

	ID               int64     `bun:"id,pk,autoincrement"`
	UserID           int64     `bun:"user_id,notnull"`
	Name             string    `bun:"name,notnull"`
	Make             string    `bun:"make,notnull"`
	Model            string    `bun:"model,notnull"`
	Year             int       `bun:"year,notnull"`
	Trim             string    `bun:"trim,notnull"`
	VIN              *string   `bun:"vin"`
	LicensePlate     string    `bun:"license_plate,notnull"`
	Color            string    `bun:"color,notnull"`
	FuelType         string    `bun:"fuel_type,notnull"`
	DistanceUnit     string    `bun:"distance_unit,notnull"`
	PurchaseDate     *Date     `bun:"purchase_date"`
	PurchasePrice    *Money    `bun:"purchase_price"`
	PurchaseOdometer *int      `bun:"purchase_odometer"`
	Notes            string    `bun:"notes,notnull"`
	Archived         bool      `bun:"archived,notnull"`
	CurrentOdometer  *int      `bun:"current_odometer"`
	CreatedAt        time.Time `bun:"created_at,notnull"`
	UpdatedAt        time.Time `bun:"updated_at,notnull"`
}

// ServiceRecord is maintenance, a repair or an upgrade.
type ServiceRecord struct {
	bun.BaseModel `bun:"table:service_records"`

	ID            int64     `bun:"id,pk,autoincrement"`
	VehicleID     int64     `bun:"vehicle_id,notnull"`
	Date          Date      `bun:"date,notnull"`
	Odometer      *int      `bun:"odometer"`
	OdometerReset bool      `bun:"odometer_reset,notnull"`
	Category      string    `bun:"category,notnull"`
	ServiceType   string    `bun:"service_type,notnull"`
	Title         string    `bun:"title,notnull"`
	Description   string    `bun:"description,notnull"`
	Cost          Money     `bun:"cost,notnull"`
	Vendor        string    `bun:"vendor,notnull"`
	Notes         string    `bun:"notes,notnull"`
	CreatedAt     time.Time `bun:"created_at,notnull"`
	UpdatedAt     time.Time `bun:"updated_at,notnull"`
}

// Registration is a vehicle registration with its inspection date.
type Registration struct {
	bun.BaseModel `bun:"table:registrations"`

	ID                 int64     `bun:"id,pk,autoincrement"`
	VehicleID          int64     `bun:"vehicle_id,notnull"`
	Plate              string    `bun:"plate,notnull"`
	Region             string    `bun:"region,notnull"`
	RegistrationNumber string    `bun:"registration_number,notnull"`
	IssuedOn           *Date     `bun:"issued_on"`
	ExpiresOn          Date      `bun:"expires_on,notnull"`
	InspectionDueOn    *Date     `bun:"inspection_due_on"`
	Fee                *Money    `bun:"fee"`
	Notes              string    `bun:"notes,notnull"`
	CreatedAt          time.Time `bun:"created_at,notnull"`
	UpdatedAt          time.Time `bun:"updated_at,notnull"`
}

// InsurancePolicy covers one vehicle of its user.
type InsurancePolicy struct {
	bun.BaseModel `bun:"table:insurance_policies"`

	ID            int64     `bun:"id,pk,autoincrement"`
	UserID        int64     `bun:"user_id,notnull"`
	VehicleID     int64     `bun:"vehicle_id,notnull"`
	Provider      string    `bun:"provider,notnull"`
	PolicyNumber  string    `bun:"policy_number,notnull"`
	CoverageType  string    `bun:"coverage_type,notnull"`
	CoverageStart Date      `bun:"coverage_start,notnull"`
	CoverageEnd   Date      `bun:"coverage_end,notnull"`
	Premium       Money     `bun:"premium,notnull"`
	PremiumPeriod string    `bun:"premium_period,notnull"`
	Deductible    *Money    `bun:"deductible"`
	AgentName     string    `bun:"agent_name,notnull"`
	AgentPhone    string    `bun:"agent_phone,notnull"`
	Notes         string    `bun:"notes,notnull"`
	CreatedAt     time.Time `bun:"created_at,notnull"`
	UpdatedAt     time.Time `bun:"updated_at,notnull"`
}

// OdometerReading is a plain odometer note.
type OdometerReading struct {
	bun.BaseModel `bun:"table:odometer_readings"`

	ID            int64     `bun:"id,pk,autoincrement"`
	VehicleID     int64     `bun:"vehicle_id,notnull"`
	Date          Date      `bun:"date,notnull"`
	Odometer      int       `bun:"odometer,notnull"`
	OdometerReset bool      `bun:"odometer_reset,notnull"`
	Notes         string    `bun:"notes,notnull"`
	CreatedAt     time.Time `bun:"created_at,notnull"`
	UpdatedAt     time.Time `bun:"updated_at,notnull"`
}

// FuelEntry is one fill-up. Quantity is in liters (km vehicles) or US
// gallons (mi vehicles), in thousandths.
type FuelEntry struct {
	bun.BaseModel `bun:"table:fuel_entries"`

	ID             int64     `bun:"id,pk,autoincrement"`
	VehicleID      int64     `bun:"vehicle_id,notnull"`
	Date           Date      `bun:"date,notnull"`
	Odometer       int       `bun:"odometer,notnull"`
	OdometerReset  bool      `bun:"odometer_reset,notnull"`
	QuantityMilli  Milli     `bun:"quantity_milli,notnull"`
	UnitPriceMilli Milli     `bun:"unit_price_milli,notnull"`
	TotalCost      Money     `bun:"total_cost,notnull"`
	FullTank       bool      `bun:"full_tank,notnull"`
	MissedPrevious bool      `bun:"missed_previous,notnull"`
	Station        string    `bun:"station,notnull"`
	Notes          string    `bun:"notes,notnull"`
	CreatedAt      time.Time `bun:"created_at,notnull"`
	UpdatedAt      time.Time `bun:"updated_at,notnull"`
}
