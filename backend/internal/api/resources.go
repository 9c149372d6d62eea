package api

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/gofiber/fiber/v2"
)

// Helpers shared by the vehicle and record handlers.
//
// Every resource has one input struct (JSON names, validate tags; dates and
// money as strings). POST decodes the body onto the defaults, PATCH onto the
// current record: either way only the fields present change, `null` clears a
// nullable field, and the merged result is normalised and validated as a
// whole, with the conversions to model types and the domain rules adding to
// the same list of field errors.

// input is a request struct.
type input interface {
	// normalize trims text fields (and the like) before validation.
	normalize()
}

// bindInput decodes the body onto in, normalises and validates it, and
// returns the field errors so far (malformed bodies return an error).
func bindInput(c *fiber.Ctx, in input) (*fields, error) {
	if err := decodeBody(c, in); err != nil {
		return nil, err
	}
	in.normalize()
	f := &fields{}
	if err := validate.Struct(in); err != nil {
		if !errors.As(err, &f.errs) {
			return nil, err
		}
	}
	return f, nil
}

// trimAll trims the strings in place.
func trimAll(ss ...*string) {
	for _, s := range ss {
		*s = strings.TrimSpace(*s)
	}
}

// userToday is the current date in the user's time zone.
func (a *API) userToday(u *model.User) model.Date {
	now := a.clock()
	if loc, err := time.LoadLocation(u.Timezone); err == nil && u.Timezone != "" {
		now = now.In(loc)
	}
	return model.DateOf(now)
}

// earliestDate is the earliest date any record may carry.
var earliestDate = model.NewDate(1900, time.January, 1)

// dateField parses a date (required or not) that may not be before 1900 nor,
// when notAfter is set, after it (a record of the past: "today").
func (f *fields) dateField(field string, s *string, required bool, notAfter *model.Date) *model.Date {
	var d *model.Date
	if required {
		v := f.date(field, s)
		d = &v
	} else {
		d = f.optDate(field, s)
	}
	switch {
	case d == nil || f.errs.Has(field):
		return d
	case d.Before(earliestDate):
		f.add(field, "must not be before 1900-01-01")
	case notAfter != nil && d.After(*notAfter):
		f.add(field, "must not be in the future")
	}
	return d
}

// Bounds of the numbers the API takes.
const (
	maxOdometer = 10_000_000 // in the vehicle's unit: 25 times round the Earth
	maxPage     = 1_000_000_000
)

// checkOdometer adds an error when an odometer value is out of range.
func (f *fields) checkOdometer(field string, v *int, required bool) {
	switch {
	case v == nil && required:
		f.add(field, "is required")
	case v == nil:
	case *v < 0:
		f.add(field, "must not be negative")
	case *v > maxOdometer:
		f.add(field, "must be at most "+strconv.Itoa(maxOdometer))
	}
}

// moneyText is how an optional amount is written into an input struct.
func moneyText(m *model.Money) *string {
	if m == nil {
		return nil
	}
	s := m.String()
	return &s
}

// dateText is how an optional date is written into an input struct.
func dateText(d *model.Date) *string {
	if d == nil {
		return nil
	}
	s := d.String()
	return &s
}

// clone copies a pointed-to value, so that decoding a PATCH body onto an
// input never writes through to the record it was made from.
func clone[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func ptr[T any](v T) *T { return &v }

// recordList is the answer of every list endpoint.
type recordList[T any] struct {
	Items   []T `json:"items"`
	Page    int `json:"page"`
	PerPage int `json:"per_page"`
	Total   int `json:"total"`
}

func newRecordList[T any](items []T, o store.ListOptions, total int) recordList[T] {
	if items == nil {
		items = []T{}
	}
	return recordList[T]{Items: items, Page: o.Page, PerPage: o.PerPage, Total: total}
}

// mapList converts a page of models to their JSON form.
func mapList[M, T any](items []M, o store.ListOptions, total int, conv func(*M) T) recordList[T] {
	out := make([]T, len(items))
	for i := range items {
		out[i] = conv(&items[i])
	}
	return newRecordList(out, o, total)
}

// listQuery reads page (from 1, default 1), per_page (1 to 100, default 20)
// and sort (a key of spec, "-" prefixed for descending; default spec's)
// from the query string. Bad values are field errors named by the parameter
// (422), never clamped: a client asking for 500 items should learn that it
// gets at most 100.
func listQuery(c *fiber.Ctx, spec store.SortSpec, f *fields) store.ListOptions {
	o := store.ListOptions{
		Page:    f.queryInt(c, "page", 1, 1, maxPage),
		PerPage: f.queryInt(c, "per_page", 20, 1, 100),
	}
	if s := c.Query("sort"); s != "" {
		key, desc := strings.CutPrefix(s, "-")
		if !spec.Has(key) {
			f.add("sort", "must be one of "+strings.Join(spec.Keys(), ", ")+", optionally prefixed with - for descending order")
		}
		o.Sort, o.Desc = key, desc
	}
	return o
}

// queryInt reads an integer query parameter in [lo, hi].
func (f *fields) queryInt(c *fiber.Ctx, name string, def, lo, hi int) int {
	s := c.Query(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		f.add(name, "must be a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
		return def
	}
	return n
}

// queryDates reads the from and to query parameters (inclusive dates).
func (f *fields) queryDates(c *fiber.Ctx) store.DateRange {
	var r store.DateRange
	for _, p := range []struct {
		name string
		dst  **model.Date
	}{{"from", &r.From}, {"to", &r.To}} {
		if s := c.Query(p.name); s != "" {
			d, err := model.ParseDate(s)
			if err != nil {
				f.add(p.name, err.Error())
				continue
			}
			*p.dst = &d
		}
	}
	if r.From != nil && r.To != nil && r.To.Before(*r.From) {
		f.add("to", "must not be before from")
	}
	return r
}

// queryEnum reads an optional query parameter that must be one of values.
func (f *fields) queryEnum(c *fiber.Ctx, name string, values []string) string {
	s := c.Query(name)
	if s != "" && !slices.Contains(values, s) {
		f.add(name, "must be one of: "+strings.Join(values, ", "))
	}
	return s
}
