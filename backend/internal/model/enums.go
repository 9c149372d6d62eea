package model

// The enumerations of the domain, written as they travel in JSON. The
// request structs of the API repeat them in their `oneof` validate tags;
// api's TestEnumTagsMatchModel keeps the two in step.

// Fuel types of a vehicle.
var FuelTypes = []string{"gasoline", "diesel", "electric", "hybrid", "plug_in_hybrid", "lpg", "cng", "other"}

// Distance units: a vehicle's odometer and every distance of its records.
const (
	Miles      = "mi"
	Kilometres = "km"
)

// DistanceUnits lists the distance units.
var DistanceUnits = []string{Miles, Kilometres}

// Fuel economy units (a user preference).
const (
	MilesPerGallon = "mpg"
	LitresPer100km = "l_per_100km"
	KmPerLitre     = "km_per_l"
)

// FuelEconomyUnits lists the fuel economy units.
var FuelEconomyUnits = []string{MilesPerGallon, LitresPer100km, KmPerLitre}

// Service record categories.
var ServiceCategories = []string{"maintenance", "repair", "upgrade"}

// Insurance premium periods.
var PremiumPeriods = []string{"monthly", "quarterly", "semiannual", "annual"}

// ServiceType is one entry of the fixed service type catalogue: its key, a
// human label and the category it usually belongs to (a suggestion for
// forms; a record may carry any category).
type ServiceType struct {
	Key      string `json:"key"`
	Label    string `json:"label"`
	Category string `json:"category"`
}

// ServiceTypes is the catalogue, in display order.
var ServiceTypes = []ServiceType{
	{"oil_change", "Oil change", "maintenance"},
	{"tire_rotation", "Tire rotation", "maintenance"},
	{"brakes", "Brakes", "repair"},
	{"battery", "Battery", "repair"},
	{"air_filter", "Air filter", "maintenance"},
	{"cabin_filter", "Cabin filter", "maintenance"},
	{"coolant", "Coolant", "maintenance"},
	{"transmission", "Transmission", "repair"},
	{"spark_plugs", "Spark plugs", "maintenance"},
	{"wipers", "Wipers", "maintenance"},
	{"alignment", "Alignment", "maintenance"},
	{"tires", "Tires", "maintenance"},
	{"inspection", "Inspection", "maintenance"},
	{"other", "Other", "maintenance"},
}

// ServiceTypeKeys lists the catalogue's keys.
func ServiceTypeKeys() []string {
	keys := make([]string, len(ServiceTypes))
	for i, t := range ServiceTypes {
		keys[i] = t.Key
	}
	return keys
}
