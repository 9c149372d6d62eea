package demo

// The catalogue the generator draws from: real makes and models with
// plausible VIN prefixes, tank sizes, fuel economy and prices.

type vehicleKind int

const (
	sedan vehicleKind = iota
	suv
	truck
	hatch
)

type catalogEntry struct {
	Make, Model string
	Trims       []string
	Kind        vehicleKind
	FuelType    string
	// VIN: world manufacturer identifier, a vehicle descriptor (positions
	// 4-8) and plant codes (position 11).
	WMI, VDS string
	Plants   string
	TankGal  float64 // tank capacity, US gallons
	MPG      float64 // real-world combined
	MSRP     int64   // new price, dollars
	Oil      string  // what the oil change puts in
	Premium  bool    // premium fuel
}

var catalog = []catalogEntry{
	{Make: "Toyota", Model: "Camry", Trims: []string{"LE", "SE", "XLE"}, Kind: sedan, FuelType: "gasoline",
		WMI: "4T1", VDS: "B11HK", Plants: "U", TankGal: 15.8, MPG: 31, MSRP: 27500, Oil: "0W-20 full synthetic, 4.8 qt"},
	{Make: "Honda", Model: "CR-V", Trims: []string{"LX", "EX", "EX-L"}, Kind: suv, FuelType: "gasoline",
		WMI: "2HK", VDS: "RW2H5", Plants: "H", TankGal: 14.0, MPG: 29, MSRP: 30500, Oil: "0W-20 full synthetic, 3.7 qt"},
	{Make: "Ford", Model: "F-150", Trims: []string{"XL", "XLT", "Lariat"}, Kind: truck, FuelType: "gasoline",
		WMI: "1FT", VDS: "EW1EP", Plants: "FK", TankGal: 26.0, MPG: 19, MSRP: 44000, Oil: "5W-30 synthetic blend, 6.0 qt"},
	{Make: "Honda", Model: "Civic", Trims: []string{"LX", "Sport", "EX"}, Kind: sedan, FuelType: "gasoline",
		WMI: "19X", VDS: "FC2F5", Plants: "EH", TankGal: 12.4, MPG: 34, MSRP: 24500, Oil: "0W-20 full synthetic, 3.7 qt"},
	{Make: "Toyota", Model: "RAV4", Trims: []string{"LE", "XLE", "Adventure"}, Kind: suv, FuelType: "gasoline",
		WMI: "2T3", VDS: "W1RFV", Plants: "CW", TankGal: 14.5, MPG: 29, MSRP: 30000, Oil: "0W-16 full synthetic, 4.8 qt"},
	{Make: "Toyota", Model: "RAV4 Hybrid", Trims: []string{"LE", "XLE", "XSE"}, Kind: suv, FuelType: "hybrid",
		WMI: "4T3", VDS: "RWRFV", Plants: "CW", TankGal: 14.5, MPG: 39, MSRP: 33500, Oil: "0W-16 full synthetic, 4.5 qt"},
	{Make: "Chevrolet", Model: "Silverado 1500", Trims: []string{"WT", "LT", "RST"}, Kind: truck, FuelType: "gasoline",
		WMI: "1GC", VDS: "UYDED", Plants: "FZ", TankGal: 24.0, MPG: 18, MSRP: 42000, Oil: "0W-20 dexos1, 8.0 qt"},
	{Make: "Subaru", Model: "Outback", Trims: []string{"Base", "Premium", "Limited"}, Kind: suv, FuelType: "gasoline",
		WMI: "4S4", VDS: "BTACC", Plants: "3", TankGal: 18.5, MPG: 28, MSRP: 31000, Oil: "0W-20 full synthetic, 4.8 qt"},
	{Make: "Mazda", Model: "CX-5", Trims: []string{"Sport", "Touring", "Grand Touring"}, Kind: suv, FuelType: "gasoline",
		WMI: "JM3", VDS: "KFBCM", Plants: "0", TankGal: 14.8, MPG: 27, MSRP: 29500, Oil: "0W-20 full synthetic, 4.8 qt"},
	{Make: "Hyundai", Model: "Elantra", Trims: []string{"SE", "SEL", "Limited"}, Kind: sedan, FuelType: "gasoline",
		WMI: "5NP", VDS: "LM4AG", Plants: "H", TankGal: 12.4, MPG: 35, MSRP: 22500, Oil: "0W-20 full synthetic, 4.2 qt"},
	{Make: "Volkswagen", Model: "Golf", Trims: []string{"S", "SE", "TDI SE"}, Kind: hatch, FuelType: "gasoline",
		WMI: "3VW", VDS: "217AU", Plants: "M", TankGal: 13.2, MPG: 32, MSRP: 25000, Oil: "5W-40 VW 502 00, 5.7 qt"},
	{Make: "BMW", Model: "330i", Trims: []string{"Sedan", "xDrive"}, Kind: sedan, FuelType: "gasoline",
		WMI: "WBA", VDS: "5R1C0", Plants: "FA", TankGal: 15.6, MPG: 29, MSRP: 45500, Oil: "0W-30 BMW LL-01, 5.3 qt", Premium: true},
	{Make: "Ram", Model: "2500", Trims: []string{"Tradesman", "Big Horn", "Laramie"}, Kind: truck, FuelType: "diesel",
		WMI: "3C6", VDS: "UR5CL", Plants: "G", TankGal: 31.0, MPG: 16, MSRP: 56000, Oil: "5W-40 diesel, 12.0 qt"},
	{Make: "Nissan", Model: "Rogue", Trims: []string{"S", "SV", "SL"}, Kind: suv, FuelType: "gasoline",
		WMI: "5N1", VDS: "AT2MV", Plants: "C", TankGal: 14.5, MPG: 30, MSRP: 29000, Oil: "0W-20 full synthetic, 5.0 qt"},
	{Make: "Kia", Model: "Telluride", Trims: []string{"LX", "S", "EX"}, Kind: suv, FuelType: "gasoline",
		WMI: "5XY", VDS: "P3DHC", Plants: "G", TankGal: 18.8, MPG: 22, MSRP: 37000, Oil: "0W-20 full synthetic, 6.6 qt"},
}

// defaultGarage is the demo account's three vehicles: a Camry bought used
// at 4 years old, a CR-V bought new and a 7-year-old F-150.
var defaultGarage = []struct{ entry, age int }{{0, 4}, {1, 0}, {2, 7}}

var nicknames = map[vehicleKind][]string{
	sedan: {"Daily driver", "Commuter", "The sedan", "Old faithful"},
	suv:   {"Family car", "Road-trip car", "The SUV", "School run"},
	truck: {"Work truck", "The truck", "Hauler", "Weekend truck"},
	hatch: {"City car", "The hatch", "Runabout", "Zippy"},
}

var colors = []string{"Silver", "White", "Black", "Gray", "Blue", "Red", "Green", "Beige", "Dark blue", "Burgundy"}

// A US state: where a user lives, drives, registers and insures.
type region struct {
	Code, Timezone string
	// Registration fee range in dollars, and whether a yearly inspection is
	// required.
	FeeMin, FeeMax int64
	Inspection     bool
	PlateStyle     int // 0: 8ABC123, 1: ABC-1234, 2: ABC1234
	GasDelta       float64
}

var regions = []region{
	{"CA", "America/Los_Angeles", 180, 420, false, 0, 1.15},
	{"TX", "America/Chicago", 65, 110, true, 2, -0.35},
	{"NY", "America/New_York", 60, 180, true, 1, 0.15},
	{"PA", "America/New_York", 45, 45, true, 1, 0.25},
	{"WA", "America/Los_Angeles", 90, 320, false, 1, 0.85},
	{"IL", "America/Chicago", 151, 151, false, 0, 0.30},
	{"MA", "America/New_York", 60, 60, true, 0, 0.05},
	{"CO", "America/Denver", 80, 350, false, 1, 0.0},
	{"GA", "America/New_York", 20, 20, false, 1, -0.25},
	{"VA", "America/New_York", 41, 52, true, 1, -0.05},
}

var stations = []string{
	"Shell", "Chevron", "Exxon", "Mobil", "BP", "Costco Gasoline", "Sam's Club Fuel", "Speedway", "Circle K",
	"Wawa", "Sheetz", "QuikTrip", "Kroger Fuel Center", "Marathon", "Sunoco", "Valero", "76", "Arco", "Buc-ee's",
}

var quickLubes = []string{"Jiffy Lube", "Valvoline Instant Oil Change", "Take 5 Oil Change", "Grease Monkey", "Midas"}

var shops = []string{"Main Street Auto Repair", "Precision Tune Auto Care", "Firestone Complete Auto Care", "Pep Boys",
	"Meineke Car Care Center", "Mike's Garage", "Honest Wrench Auto Service"}

var tireShops = []string{"Discount Tire", "Costco Tire Center", "Firestone Complete Auto Care", "Les Schwab Tire Center", "NTB"}

type insurer struct {
	Name, Prefix string
	Agents       bool // sold through local agents
}

var insurers = []insurer{
	{"State Farm", "SF", true}, {"GEICO", "GE", false}, {"Progressive", "PG", false}, {"Allstate", "AL", true},
	{"USAA", "US", false}, {"Liberty Mutual", "LM", true}, {"Farmers", "FA", true}, {"Nationwide", "NW", true},
}

var firstNames = []string{"Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Jamie", "Riley", "Avery", "Quinn",
	"Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David", "Elena", "Wei", "Priya", "Omar"}

var lastNames = []string{"Martin", "Garcia", "Johnson", "Nguyen", "Smith", "Brown", "Lee", "Patel", "Kim", "Lopez",
	"Wilson", "Anderson", "Clark", "Rivera", "Walker", "Young", "Hall", "Baker", "Chen", "Okafor"}

// A repair or an upgrade that happens at random.
type oneOff struct {
	Title, ServiceType, Description string
	Min, Max                        int64 // cost in dollars
	Trucks                          bool  // only for trucks
}

var repairs = []oneOff{
	{"Replace serpentine belt", "other", "Belt was cracked and squealing on cold starts.", 120, 220, false},
	{"Replace rear wheel bearing", "other", "Humming noise above 40 mph; rear left hub assembly replaced.", 280, 460, false},
	{"Windshield chip repair", "other", "Rock chip filled before it could spread.", 0, 80, false},
	{"Replace headlight bulb", "other", "Driver-side low beam out.", 25, 60, false},
	{"Replace front sway bar links", "other", "Clunk over bumps; both end links replaced.", 180, 300, false},
	{"Check engine light: O2 sensor", "other", "Code P0141; downstream oxygen sensor replaced.", 220, 380, false},
	{"Battery died: replaced", "battery", "No-start on a cold morning; battery failed the load test.", 170, 250, false},
	{"Flat tire repaired", "tires", "Nail in the tread; plugged and patched.", 20, 40, false},
	{"Replace front brake caliper", "brakes", "Caliper sticking, pulling to the right.", 250, 400, false},
	{"A/C recharge", "other", "Blowing warm; evacuated and recharged, leak dye added.", 120, 220, false},
	{"Replace thermostat", "coolant", "Temperature gauge running low; thermostat stuck open.", 180, 320, false},
	{"Replace wheel speed sensor", "other", "ABS light on; front right sensor replaced.", 150, 260, false},
}

var upgrades = []oneOff{
	{"All-weather floor mats", "other", "Custom-fit mats, front and rear.", 120, 220, false},
	{"Dash cam installed", "other", "Front and rear camera, hardwired to the fuse box.", 150, 350, false},
	{"Remote start installed", "other", "Two-way remote starter with app control.", 300, 550, false},
	{"Roof rack crossbars", "other", "For the bike and kayak carriers.", 250, 450, false},
	{"LED headlight bulbs", "other", "Replaced halogen low beams with LEDs.", 60, 140, false},
	{"Trailer hitch installed", "other", "Class III receiver and 7-pin wiring.", 250, 480, true},
	{"Tonneau cover", "other", "Tri-fold hard cover for the bed.", 450, 900, true},
	{"Bed liner sprayed", "other", "Spray-in bed liner.", 450, 650, true},
}
