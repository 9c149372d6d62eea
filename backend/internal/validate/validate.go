// Package validate wraps go-playground/validator with Carnet's custom rules
// and turns failures into per-field errors named by their JSON field.
package validate

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"
)

// FieldError is one bad field, named by its JSON name.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Errors is a validation failure; it answers 422.
type Errors []FieldError

func (e Errors) Error() string {
	parts := make([]string, len(e))
	for i, f := range e {
		parts[i] = f.Field + ": " + f.Message
	}
	return "validation failed: " + strings.Join(parts, "; ")
}

// Add appends a field error.
func (e *Errors) Add(field, msg string) { *e = append(*e, FieldError{Field: field, Message: msg}) }

// Has reports whether field already has an error.
func (e Errors) Has(field string) bool {
	for _, f := range e {
		if f.Field == field {
			return true
		}
	}
	return false
}

// Err returns nil when there are no errors, so callers can `return errs.Err()`.
func (e Errors) Err() error {
	if len(e) == 0 {
		return nil
	}
	return e
}

// Field returns a single-field validation error.
func Field(field, msg string) error { return Errors{{Field: field, Message: msg}} }

var (
	once sync.Once
	v    *validator.Validate
)

// V returns the shared validator with Carnet's rules registered.
func V() *validator.Validate {
	once.Do(func() {
		v = validator.New(validator.WithRequiredStructEnabled())
		v.RegisterTagNameFunc(func(f reflect.StructField) string {
			name := strings.SplitN(f.Tag.Get("json"), ",", 2)[0]
			if name == "-" {
				return ""
			}
			if name == "" {
				return f.Name
			}
			return name
		})
		_ = v.RegisterValidation("vin", func(fl validator.FieldLevel) bool { return CheckVIN(fl.Field().String()) == "" })
		_ = v.RegisterValidation("currency", func(fl validator.FieldLevel) bool { return IsCurrency(fl.Field().String()) })
		_ = v.RegisterValidation("timezone", func(fl validator.FieldLevel) bool { return IsTimezone(fl.Field().String()) })
	})
	return v
}

// Struct validates s with its `validate` tags and returns Errors (or nil).
// Pointer fields that are nil are skipped unless tagged `required`.
func Struct(s any) error {
	err := V().Struct(s)
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return err
	}
	out := make(Errors, 0, len(ves))
	for _, fe := range ves {
		field := jsonPath(fe)
		if out.Has(field) {
			continue
		}
		out = append(out, FieldError{Field: field, Message: message(fe)})
	}
	return out
}

func jsonPath(fe validator.FieldError) string {
	// Namespace is "Struct.field.sub"; drop the struct name.
	ns := fe.Namespace()
	if i := strings.IndexByte(ns, '.'); i >= 0 {
		return ns[i+1:]
	}
	return fe.Field()
}

func message(fe validator.FieldError) string {
	p := fe.Param()
	switch fe.Tag() {
	case "required":
		return "is required"
	case "email":
		return "must be a valid email address"
	case "min":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must be at least %s characters long", p)
		}
		return "must be at least " + p
	case "max":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must be at most %s characters long", p)
		}
		return "must be at most " + p
	case "gte":
		return "must be at least " + p
	case "lte":
		return "must be at most " + p
	case "gt":
		return "must be greater than " + p
	case "oneof":
		return "must be one of: " + strings.ReplaceAll(p, " ", ", ")
	case "vin":
		return CheckVIN(fmt.Sprint(fe.Value()))
	case "currency":
		return "must be a three-letter ISO 4217 currency code such as USD or EUR"
	case "timezone":
		return "must be an IANA time zone such as Europe/Paris"
	case "len":
		return fmt.Sprintf("must be exactly %s characters long", p)
	}
	return "is invalid (" + fe.Tag() + ")"
}
