package demo

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
)

// household is what a user's vehicles share: where they live, where they
// buy fuel, who services and insures their cars.
type household struct {
	region     region
	stations   []string // favourites first
	lube, shop string
	tireShop   string
	insurer    insurer
	termMonths int  // 6 or 12
	monthly    bool // 12-month policy paid monthly
	agentName  string
	agentPhone string
}

func newHousehold(rng *rand.Rand) *household {
	h := &household{
		region:   regions[rng.IntN(len(regions))],
		lube:     pick(rng, quickLubes),
		shop:     pick(rng, shops),
		tireShop: pick(rng, tireShops),
		insurer:  insurers[rng.IntN(len(insurers))],
	}
	perm := rng.Perm(len(stations))
	for _, i := range perm[:4] {
		h.stations = append(h.stations, stations[i])
	}
	h.termMonths = 6
	if rng.IntN(3) == 0 {
		h.termMonths = 12
		h.monthly = rng.IntN(2) == 0
	}
	if h.insurer.Agents {
		h.agentName = pick(rng, firstNames) + " " + pick(rng, lastNames)
		h.agentPhone = fmt.Sprintf("(%d) 555-01%02d", 200+rng.IntN(780), rng.IntN(100))
	}
	return h
}

// vehicleData is one vehicle with its whole history, before insertion
// (the ids are filled in then).
type vehicleData struct {
	Vehicle  model.Vehicle
	Services []model.ServiceRecord
	Fuel     []model.FuelEntry
	Odometer []model.OdometerReading
	Regs     []model.Registration
	Policies []model.InsurancePolicy
}

// maintenance items with their intervals: miles and/or months (0: none).
type maintItem struct {
	key, title string
	miles      float64
	months     int
	min, max   int64 // dollars
	vendor     int   // 0 quick lube, 1 shop, 2 tire shop
}

const (
	atLube = iota
	atShop
	atTires
)

var maintItems = []maintItem{
	{"oil_change", "Oil change", 5000, 6, 45, 95, atLube},
	{"tire_rotation", "Tire rotation", 7500, 12, 20, 35, atLube},
	{"cabin_filter", "Cabin air filter", 15000, 12, 35, 70, atLube},
	{"air_filter", "Engine air filter", 30000, 36, 30, 60, atLube},
	{"wipers", "Wiper blades", 0, 12, 25, 50, atLube},
	{"brakes", "Brake pads and rotors", 40000, 0, 280, 520, atShop},
	{"battery", "New battery", 0, 54, 160, 260, atShop},
	{"coolant", "Coolant flush", 100000, 60, 120, 190, atShop},
	{"transmission", "Transmission fluid service", 60000, 0, 180, 280, atShop},
	{"spark_plugs", "Spark plugs", 100000, 0, 220, 420, atShop},
	{"tires", "New tires (set of 4)", 50000, 72, 650, 1200, atTires},
}

// sim generates one vehicle's history, day by day, from its purchase to
// today.
type sim struct {
	rng    *rand.Rand
	h      *household
	e      *catalogEntry
	prices *priceSeries
	start  time.Time // the first day of the generated period
	today  time.Time
	d      *vehicleData

	odo         float64
	fuel        float64 // gallons in the tank
	nextFillAt  float64 // fill when the tank falls below this
	fills       int
	missedAt    int // this fill is not recorded (-1: none)
	missedOne   bool
	nextMiles   []float64
	nextDate    []time.Time
	visitOn     time.Time // a shop visit is planned for this day
	inspections map[time.Time]bool
	odoDay      int
	annual      float64
	brakesRear  bool
}

func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func between(rng *rand.Rand, lo, hi float64) float64 { return lo + rng.Float64()*(hi-lo) }

func dollars(rng *rand.Rand, lo, hi int64) model.Money {
	if hi <= lo {
		return model.Money(lo * 100)
	}
	// Prices end in .99, .95, .00 or .50 most of the time.
	d := lo + rng.Int64N(hi-lo+1)
	cents := []int64{99, 95, 0, 50, 49, 0}[rng.IntN(6)]
	if d == hi && cents > 0 {
		d--
	}
	return model.Money(d*100 + cents)
}

func stamp(rng *rand.Rand, d time.Time) time.Time {
	return d.Add(time.Duration(16*60+rng.IntN(6*60)) * time.Minute).Add(time.Duration(rng.IntN(60)) * time.Second)
}

// newVehicle generates a vehicle of catalogue entry e bought around start,
// and its history up to today.
// age is the vehicle's age in years when bought (-1: new or used, at random).
func newVehicle(rng *rand.Rand, h *household, e *catalogEntry, prices *priceSeries, start, today time.Time, nickname string, age int) *vehicleData {
	s := &sim{rng: rng, h: h, e: e, prices: prices, today: today, d: &vehicleData{}, missedAt: -1}
	bought := start.AddDate(0, 0, rng.IntN(45))
	if bought.After(today) {
		bought = today
	}
	s.start = bought

	// New (about a third) or used, up to 9 years old.
	if age < 0 {
		age = 0
		if rng.IntN(3) != 0 {
			age = 1 + rng.IntN(9)
		}
	}
	year := bought.Year() - age
	if age == 0 && bought.Month() >= time.August {
		year++ // next model year is on sale
	}
	s.annual = between(rng, 8500, 15500)
	if e.Kind == truck {
		s.annual *= 1.15
	}
	purchaseOdo := between(rng, 5, 60)
	price := float64(e.MSRP) * between(rng, 0.93, 1.03)
	if age > 0 {
		purchaseOdo = float64(age) * s.annual * between(rng, 0.75, 1.25)
		price = float64(e.MSRP) * math.Pow(0.86, float64(age)) * between(rng, 0.9, 1.1)
	}
	s.odo = purchaseOdo

	trim := pick(rng, e.Trims)
	vin := makeVIN(rng, e, year)
	po := int(purchaseOdo)
	pp := model.Money(int64(price/100) * 100 * 100)
	pd := model.DateOf(bought)
	v := model.Vehicle{
		Name: nickname, Make: e.Make, Model: e.Model, Year: year, Trim: trim, VIN: &vin,
		LicensePlate: plate(rng, h.region.PlateStyle), Color: pick(rng, colors),
		FuelType: e.FuelType, DistanceUnit: "mi",
		PurchaseDate: &pd, PurchasePrice: &pp, PurchaseOdometer: &po,
		CreatedAt: stamp(rng, bought),
	}
	if age == 0 {
		v.Notes = "Bought new."
	} else {
		v.Notes = fmt.Sprintf("Bought used with %s mi.", thousands(po))
	}
	v.UpdatedAt = v.CreatedAt
	s.d.Vehicle = v

	s.registrations(price)
	s.policies(price, age)
	s.drive()

	// current_odometer: the highest (= newest) reading of any kind.
	maxOdo := po
	for _, r := range s.d.Services {
		if r.Odometer != nil && *r.Odometer > maxOdo {
			maxOdo = *r.Odometer
		}
	}
	for _, f := range s.d.Fuel {
		maxOdo = max(maxOdo, f.Odometer)
	}
	for _, o := range s.d.Odometer {
		maxOdo = max(maxOdo, o.Odometer)
	}
	s.d.Vehicle.CurrentOdometer = &maxOdo
	last := s.d.Vehicle.CreatedAt
	for _, o := range s.d.Odometer {
		if o.CreatedAt.After(last) {
			last = o.CreatedAt
		}
	}
	s.d.Vehicle.UpdatedAt = last
	return s.d
}

func plate(rng *rand.Rand, style int) string {
	const letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
	l := func() byte { return letters[rng.IntN(len(letters))] }
	n := func() byte { return byte('0' + rng.IntN(10)) }
	switch style {
	case 0:
		return string([]byte{byte('5' + rng.IntN(5)), l(), l(), l(), n(), n(), n()})
	case 1:
		return string([]byte{l(), l(), l(), '-', n(), n(), n(), n()})
	}
	return string([]byte{l(), l(), l(), n(), n(), n(), n()})
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// registrations: renewed every year on the purchase anniversary, the
// current one still running today. In states with a yearly inspection, the
// car is inspected in the weeks before each renewal.
func (s *sim) registrations(price float64) {
	rng, r := s.rng, s.h.region
	s.inspections = map[time.Time]bool{}
	number := fmt.Sprintf("%s%08d", r.Code, rng.IntN(100_000_000))
	fee := float64(r.FeeMin)
	if r.FeeMax > r.FeeMin {
		// Value-based in some states: pricier cars pay more.
		fee += float64(r.FeeMax-r.FeeMin) * math.Min(1, price/60000)
	}
	for issued := s.start; !issued.After(s.today); issued = issued.AddDate(1, 0, 0) {
		expires := issued.AddDate(1, 0, -1)
		iss, exp := model.DateOf(issued), model.DateOf(expires)
		reg := model.Registration{
			Plate: s.d.Vehicle.LicensePlate, Region: r.Code, RegistrationNumber: number,
			IssuedOn: &iss, ExpiresOn: exp, Notes: "",
			CreatedAt: stamp(rng, issued),
		}
		f := model.Money(int64(fee*100) / 100 * 100)
		reg.Fee = &f
		if r.Inspection {
			reg.InspectionDueOn = &exp
			inspect := expires.AddDate(0, 0, -3-rng.IntN(25))
			if !inspect.Before(s.start) && !inspect.After(s.today) {
				s.inspections[inspect] = true
			}
		}
		if issued.After(s.start) {
			reg.Notes = "Renewed online."
		}
		reg.UpdatedAt = reg.CreatedAt
		s.d.Regs = append(s.d.Regs, reg)
		fee *= 1.02
	}
}

// policies: renewed every 6 or 12 months from the purchase, premiums
// creeping up at each renewal.
func (s *sim) policies(price float64, age int) {
	rng, h := s.rng, s.h
	value := price
	annual := 650 + 0.022*value + between(rng, 0, 450)
	number := fmt.Sprintf("%s-%09d", h.insurer.Prefix, rng.IntN(1_000_000_000))
	deductible := model.Money([]int64{50000, 100000, 100000, 25000}[rng.IntN(4)])
	for start := s.start; !start.After(s.today); start = start.AddDate(0, h.termMonths, 0) {
		end := start.AddDate(0, h.termMonths, 0)
		p := model.InsurancePolicy{
			Provider: h.insurer.Name, PolicyNumber: number,
			CoverageStart: model.DateOf(start), CoverageEnd: model.DateOf(end),
			AgentName: h.agentName, AgentPhone: h.agentPhone,
			CreatedAt: stamp(rng, start.AddDate(0, 0, -10-rng.IntN(20))),
		}
		if p.CreatedAt.Before(s.start) {
			p.CreatedAt = stamp(rng, s.start)
		}
		full := age < 10 && value > 7000
		if full {
			p.CoverageType = "Full coverage"
			d := deductible
			p.Deductible = &d
		} else {
			p.CoverageType = "Liability only"
			annual *= 0.55
		}
		switch {
		case h.termMonths == 6:
			p.PremiumPeriod, p.Premium = "semiannual", model.Money(int64(annual/2*100))
		case h.monthly:
			p.PremiumPeriod, p.Premium = "monthly", model.Money(int64(annual/12*100))
			p.Notes = "Paid monthly by autopay."
		default:
			p.PremiumPeriod, p.Premium = "annual", model.Money(int64(annual*100))
		}
		if start.After(s.start) {
			p.Notes = strings.TrimSpace(p.Notes + " Renewal.")
		}
		p.UpdatedAt = p.CreatedAt
		s.d.Policies = append(s.d.Policies, p)
		annual *= 1 + between(rng, 0.01, 0.06)*float64(h.termMonths)/12 // up to 6% a year
		value *= math.Pow(0.88, float64(h.termMonths)/12)
		if !full {
			annual /= 0.55
		}
	}
}

// drive simulates every day from the purchase to today: miles driven, fuel
// burnt and bought, monthly odometer notes, maintenance when due, the odd
// repair and upgrade.
func (s *sim) drive() {
	rng := s.rng
	s.fuel = s.e.TankGal * between(rng, 0.5, 1)
	s.nextFillAt = s.e.TankGal * between(rng, 0.12, 0.3)
	s.odoDay = 1 + rng.IntN(28)
	s.nextMiles = make([]float64, len(maintItems))
	s.nextDate = make([]time.Time, len(maintItems))
	used := s.odo > 1000
	for i, it := range maintItems {
		// A used car is somewhere in each interval already.
		frac := 1.0
		if used {
			frac = rng.Float64()
		}
		if it.miles > 0 {
			s.nextMiles[i] = s.odo + it.miles*frac*between(rng, 0.9, 1.15)
		}
		if it.months > 0 {
			s.nextDate[i] = s.start.AddDate(0, int(math.Ceil(float64(it.months)*frac)), rng.IntN(20))
		}
	}
	// The one fill-up that was never logged (the next one says so).
	totalFills := int(float64(s.today.Sub(s.start).Hours()/24) / 365 * s.annual / s.e.MPG / (s.e.TankGal * 0.8))
	if totalFills > 4 {
		s.missedAt = totalFills/2 + rng.IntN(totalFills/4)
	}
	daily := s.annual / 365
	for d := s.start; !d.After(s.today); d = d.AddDate(0, 0, 1) {
		miles := daily * between(rng, 0.3, 1.7)
		switch d.Weekday() {
		case time.Saturday, time.Sunday:
			miles *= 0.75
		}
		if rng.IntN(30) == 0 {
			miles = 0 // the car stayed home
		}
		trip := rng.IntN(120) == 0
		if trip {
			miles += between(rng, 150, 450)
		}
		for miles > 0 {
			leg := math.Min(miles, 90)
			miles -= leg
			s.odo += leg
			mpg := s.e.MPG * seasonFactor(d) * between(rng, 0.95, 1.05)
			if trip {
				mpg *= 1.12
			}
			s.fuel -= leg / mpg
			if s.fuel < s.nextFillAt {
				s.fill(d, trip)
			}
		}
		s.maintain(d)
		if rng.IntN(450) == 0 { // about 0.8 repairs a year
			s.oneOff(d, repairs, "repair")
		}
		if rng.IntN(2400) == 0 { // an upgrade every six or seven years
			s.oneOff(d, upgrades, "upgrade")
		}
		if d.Day() == s.odoDay {
			o := model.OdometerReading{Date: model.DateOf(d), Odometer: int(s.odo), CreatedAt: stamp(rng, d)}
			if len(s.d.Odometer) == 0 {
				o.Notes = "Monthly odometer check."
			}
			o.UpdatedAt = o.CreatedAt
			s.d.Odometer = append(s.d.Odometer, o)
		}
	}
}

// seasonFactor: winter blends and cold starts cost mileage.
func seasonFactor(d time.Time) float64 {
	return 1 - 0.06*math.Cos(2*math.Pi*float64(d.YearDay()-15)/365)
}

func (s *sim) fill(d time.Time, trip bool) {
	rng, e := s.rng, s.e
	s.fills++
	missing := e.TankGal - s.fuel
	full := rng.IntN(14) != 0
	add := missing
	if !full {
		add = missing * between(rng, 0.35, 0.7)
	}
	s.fuel += add
	s.nextFillAt = e.TankGal * between(rng, 0.1, 0.3)
	if s.fills == s.missedAt {
		s.missedOne = true // filled up, but the receipt never made it in
		return
	}
	station := s.h.stations[0]
	if r := rng.IntN(10); r >= 6 {
		station = s.h.stations[1+rng.IntN(len(s.h.stations)-1)]
	}
	if trip {
		station = pick(rng, stations)
	}
	price := s.prices.at(d) + s.h.region.GasDelta + stationDelta(station) + between(rng, -0.03, 0.03)
	switch {
	case e.FuelType == "diesel":
		price += 0.55
	case e.Premium:
		price += 0.75
	}
	unit := model.Milli(int64(price*100)*10 + 9) // $3.459
	qty := model.Milli(int64(math.Round(add * 1000)))
	if qty < 100 {
		qty = 100
	}
	f := model.FuelEntry{
		Date: model.DateOf(d), Odometer: int(s.odo), QuantityMilli: qty, UnitPriceMilli: unit,
		TotalCost: model.Money((int64(qty)*int64(unit) + 5000) / 10000),
		FullTank:  full, MissedPrevious: s.missedOne, Station: station,
		CreatedAt: stamp(rng, d),
	}
	if s.missedOne {
		f.Notes = "Forgot to log the previous fill-up."
		s.missedOne = false
	} else if trip {
		f.Notes = "Road trip."
	}
	f.UpdatedAt = f.CreatedAt
	s.d.Fuel = append(s.d.Fuel, f)
}

func stationDelta(name string) float64 {
	h := fnv.New32a()
	_, _ = h.Write([]byte(name))
	return float64(int(h.Sum32()%31)-15) / 100 // ±15 cents, always the same per station
}

// maintain records the maintenance that is due: planned a few days after it
// falls due, with everything due soon done at the same visit.
func (s *sim) maintain(d time.Time) {
	rng := s.rng
	if s.inspections[d] {
		s.service(d, "inspection", "maintenance", "State safety inspection", "Passed. Sticker renewed.",
			dollars(rng, 12, 40), s.h.shop, "")
	}
	if s.visitOn.IsZero() {
		for i := range maintItems {
			if s.due(i, d, 0, 0) {
				s.visitOn = d.AddDate(0, 0, rng.IntN(10))
				break
			}
		}
	}
	if s.visitOn.IsZero() || d.Before(s.visitOn) {
		return
	}
	s.visitOn = time.Time{}
	didTires := false
	for i, it := range maintItems {
		if !s.due(i, d, 700, 30) {
			continue
		}
		cost := dollars(rng, it.min, it.max)
		title, desc, notes := it.title, "", ""
		vendor := s.h.lube
		switch it.vendor {
		case atShop:
			vendor = s.h.shop
		case atTires:
			vendor = s.h.tireShop
		}
		switch it.key {
		case "oil_change":
			desc = s.e.Oil + "; new oil filter."
			if s.e.Premium {
				cost = dollars(rng, 110, 170)
			}
			notes = fmt.Sprintf("Next change at %s mi.", thousands(int(s.odo+it.miles)/100*100))
		case "tire_rotation":
			desc = "Rotated front to back, pressures set to spec."
		case "brakes":
			if s.brakesRear {
				title, desc = "Rear brake pads and rotors", "Rear pads at 3 mm; pads and rotors replaced."
			} else {
				title, desc = "Front brake pads and rotors", "Front pads at 2 mm; pads and rotors replaced, fluid topped up."
			}
			s.brakesRear = !s.brakesRear
		case "battery":
			desc = "Battery tested weak; replaced with a 36-month warranty unit."
		case "tires":
			desc = "Four new all-season tires, mounted and balanced."
			if s.e.Kind == truck {
				cost = dollars(rng, 1000, 1800)
				desc = "Four new all-terrain tires, mounted and balanced."
			}
			didTires = true
		case "spark_plugs":
			if s.e.Kind == truck {
				cost = dollars(rng, 350, 600)
			}
			desc = "Iridium plugs replaced."
		case "transmission":
			desc = "Drain and fill with OEM fluid."
		case "coolant":
			desc = "Flushed and refilled with long-life coolant."
		case "cabin_filter":
			desc = "Cabin filter was full of leaves."
		case "air_filter":
			desc = "Engine air filter replaced."
		case "wipers":
			desc = "Front wiper blades replaced."
		}
		s.service(d, it.key, "maintenance", title, desc, cost, vendor, notes)
		s.reset(i, d)
	}
	if didTires {
		s.service(d, "alignment", "maintenance", "Four-wheel alignment", "Aligned with the new tires.",
			dollars(rng, 90, 140), s.h.tireShop, "")
	}
}

// due reports whether item i is due on d, or within slackMiles/slackDays.
func (s *sim) due(i int, d time.Time, slackMiles float64, slackDays int) bool {
	if s.nextMiles[i] > 0 && s.odo+slackMiles >= s.nextMiles[i] {
		return true
	}
	return !s.nextDate[i].IsZero() && !d.AddDate(0, 0, slackDays).Before(s.nextDate[i])
}

func (s *sim) reset(i int, d time.Time) {
	it := maintItems[i]
	if it.miles > 0 {
		s.nextMiles[i] = s.odo + it.miles*between(s.rng, 0.9, 1.15)
	}
	if it.months > 0 {
		s.nextDate[i] = d.AddDate(0, it.months, s.rng.IntN(15))
	}
}

func (s *sim) oneOff(d time.Time, list []oneOff, category string) {
	rng := s.rng
	for range 4 {
		o := list[rng.IntN(len(list))]
		if o.Trucks && s.e.Kind != truck {
			continue
		}
		vendor := s.h.shop
		if o.ServiceType == "tires" {
			vendor = s.h.tireShop
		}
		s.service(d, o.ServiceType, category, o.Title, o.Description, dollars(rng, o.Min, o.Max), vendor, "")
		if o.ServiceType == "battery" {
			for i, it := range maintItems {
				if it.key == "battery" {
					s.reset(i, d)
				}
			}
		}
		return
	}
}

func (s *sim) service(d time.Time, serviceType, category, title, desc string, cost model.Money, vendor, notes string) {
	odo := int(s.odo)
	r := model.ServiceRecord{
		Date: model.DateOf(d), Odometer: &odo, Category: category, ServiceType: serviceType,
		Title: title, Description: desc, Cost: cost, Vendor: vendor, Notes: notes,
		CreatedAt: stamp(s.rng, d),
	}
	r.UpdatedAt = r.CreatedAt
	s.d.Services = append(s.d.Services, r)
}

// priceSeries is the national average price of regular gasoline, one value
// a day: a mean-reverting random walk with a summer bump. Every vehicle of a
// run sees the same prices.
type priceSeries struct {
	first time.Time
	usd   []float64
}

func newPriceSeries(seed uint64, first, last time.Time) *priceSeries {
	rng := rand.New(rand.NewPCG(seed, 0x9a5))
	n := int(last.Sub(first).Hours()/24) + 1
	p := &priceSeries{first: first, usd: make([]float64, n)}
	level := 3.25
	for i := range n {
		level += rng.NormFloat64()*0.012 + 0.004*(3.30-level)
		d := first.AddDate(0, 0, i)
		p.usd[i] = level + 0.18*math.Sin(2*math.Pi*float64(d.YearDay()-80)/365)
	}
	return p
}

func (p *priceSeries) at(d time.Time) float64 {
	i := int(d.Sub(p.first).Hours() / 24)
	i = max(0, min(i, len(p.usd)-1))
	return max(p.usd[i], 1.5)
}
