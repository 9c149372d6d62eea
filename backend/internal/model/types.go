// Package model holds Carnet's Bun structs and the value types they use.
package model

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DateLayout is how dates travel in JSON and are stored.
const DateLayout = "2006-01-02"

// Date is a calendar date without time or zone ("YYYY-MM-DD"). It is stored
// as DATE in PostgreSQL and as TEXT in SQLite, so both compare correctly.
type Date struct{ time.Time }

// NewDate returns the date of y-m-d.
func NewDate(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date { return NewDate(t.Year(), t.Month(), t.Day()) }

// ParseDate parses "YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(DateLayout, strings.TrimSpace(s))
	if err != nil {
		return Date{}, fmt.Errorf("must be a date written YYYY-MM-DD")
	}
	return Date{t}, nil
}

func (d Date) String() string { return d.Format(DateLayout) }

// MarshalJSON writes "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

// UnmarshalJSON reads "YYYY-MM-DD".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Value stores the date as text, which both databases accept for DATE.
func (d Date) Value() (driver.Value, error) { return d.String(), nil }

// Scan reads a DATE (PostgreSQL: time.Time) or TEXT (SQLite).
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case time.Time:
		*d = NewDate(v.Year(), v.Month(), v.Day())
	case string:
		return d.scanString(v)
	case []byte:
		return d.scanString(string(v))
	default:
		return fmt.Errorf("model.Date: cannot scan %T", src)
	}
	return nil
}

func (d *Date) scanString(s string) error {
	if len(s) > 10 {
		s = s[:10]
	}
	p, err := time.Parse(DateLayout, s)
	if err != nil {
		return fmt.Errorf("model.Date: %w", err)
	}
	*d = Date{p}
	return nil
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Time.Before(o.Time) }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Time.After(o.Time) }

// Money is an amount in minor units (cents). JSON carries it as a decimal
// string with two decimals ("45.99").
type Money int64

// ParseMoney reads "45", "45.9" or "45.99"; negative amounts are refused.
func ParseMoney(s string) (Money, error) {
	n, err := parseDecimal(s, 2)
	if err != nil {
		return 0, err
	}
	return Money(n), nil
}

func (m Money) String() string { return formatDecimal(int64(m), 2) }

// MarshalJSON writes the decimal string.
func (m Money) MarshalJSON() ([]byte, error) { return []byte(`"` + m.String() + `"`), nil }

// Value stores the integer count of cents (without it, Bun would store the
// JSON form, as it does for every json.Marshaler).
func (m Money) Value() (driver.Value, error) { return int64(m), nil }

// Milli is an amount in thousandths, used for fuel unit prices ("3.499")
// and quantities.
type Milli int64

// ParseMilli reads a decimal string with up to three decimals.
func ParseMilli(s string) (Milli, error) {
	n, err := parseDecimal(s, 3)
	return Milli(n), err
}

func (m Milli) String() string { return formatDecimal(int64(m), 3) }

// MarshalJSON writes the decimal string.
func (m Milli) MarshalJSON() ([]byte, error) { return []byte(`"` + m.String() + `"`), nil }

// Value stores the integer count of thousandths (see Money.Value).
func (m Milli) Value() (driver.Value, error) { return int64(m), nil }

// Float returns the value as a float (for quantities in JSON).
func (m Milli) Float() float64 { return float64(m) / 1000 }

const maxDecimal = 1_000_000_000_000 // a trillion units: far above any real amount

func parseDecimal(s string, scale int) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("must be a decimal number such as \"45.99\"")
	}
	if strings.HasPrefix(s, "-") {
		return 0, fmt.Errorf("must not be negative")
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || (hasFrac && frac == "") || strings.ContainsAny(whole, "+eE") {
		return 0, fmt.Errorf("must be a decimal number such as \"45.99\"")
	}
	if len(frac) > scale {
		return 0, fmt.Errorf("must have at most %d decimals", scale)
	}
	w, err := strconv.ParseUint(whole, 10, 64)
	if err != nil || w >= maxDecimal {
		return 0, fmt.Errorf("must be a decimal number such as \"45.99\"")
	}
	frac += strings.Repeat("0", scale-len(frac))
	var f uint64
	if frac != "" {
		if f, err = strconv.ParseUint(frac, 10, 64); err != nil {
			return 0, fmt.Errorf("must be a decimal number such as \"45.99\"")
		}
	}
	pow := int64(1)
	for i := 0; i < scale; i++ {
		pow *= 10
	}
	return int64(w)*pow + int64(f), nil
}

func formatDecimal(n int64, scale int) string {
	pow := int64(1)
	for i := 0; i < scale; i++ {
		pow *= 10
	}
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	return fmt.Sprintf("%s%d.%0*d", sign, n/pow, scale, n%pow)
}
