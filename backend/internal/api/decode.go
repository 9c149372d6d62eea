package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/carnet/carnet/backend/internal/model"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/gofiber/fiber/v2"
)

// decodeJSON reads the request body into dst strictly: JSON only, one
// object, unknown fields refused (400); a value of the wrong type is a 422 on
// that field. dst is then validated with its `validate` tags (422).
func decodeJSON(c *fiber.Ctx, dst any) error {
	if err := decodeBody(c, dst); err != nil {
		return err
	}
	return validate.Struct(dst)
}

// decodeBody is decodeJSON without the validation, for handlers that
// normalise the input (or decode it onto the current values, for PATCH)
// before validating it.
func decodeBody(c *fiber.Ctx, dst any) error {
	if ct := c.Get(fiber.HeaderContentType); ct != "" && !strings.HasPrefix(strings.ToLower(ct), "application/json") {
		return NewProblem(http.StatusUnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
			"Send the body as application/json.")
	}
	body := c.Body()
	if len(bytes.TrimSpace(body)) == 0 {
		return errBadRequest("The request body is empty; send a JSON object.")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errBadRequest("The body must hold a single JSON object.")
	}
	return nil
}

func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return errBadRequest(fmt.Sprintf("Malformed JSON at byte %d: %v.", syn.Offset, syn))
	case errors.As(err, &typ):
		if typ.Field == "" {
			return errBadRequest("The body must be a JSON object.")
		}
		return validate.Field(typ.Field, "must be "+jsonKind(typ.Type.String()))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errBadRequest("Malformed JSON: the body ends too early.")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		p := errBadRequest(fmt.Sprintf("Unknown field %q.", field))
		p.Errors = []validate.FieldError{{Field: field, Message: "is not a known field"}}
		return p
	}
	return errBadRequest("Malformed JSON: " + err.Error())
}

func jsonKind(goType string) string {
	goType = strings.TrimPrefix(goType, "*")
	switch {
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "uint"):
		return "a whole number"
	case strings.HasPrefix(goType, "float"):
		return "a number"
	case goType == "string":
		return "a string"
	case goType == "bool":
		return "true or false"
	}
	return "of another type"
}

// fields collects per-field errors while request values are converted to
// model types, so one response lists every bad field.
type fields struct{ errs validate.Errors }

func (f *fields) add(field, msg string) { f.errs.Add(field, msg) }

func (f *fields) err() error { return f.errs.Err() }

// date parses a required date.
func (f *fields) date(field string, s *string) model.Date {
	if s == nil || strings.TrimSpace(*s) == "" {
		f.add(field, "is required")
		return model.Date{}
	}
	d, err := model.ParseDate(*s)
	if err != nil {
		f.add(field, err.Error())
	}
	return d
}

// optDate parses an optional date (nil or "" is none).
func (f *fields) optDate(field string, s *string) *model.Date {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil
	}
	d, err := model.ParseDate(*s)
	if err != nil {
		f.add(field, err.Error())
		return nil
	}
	return &d
}

// money parses a required amount; an absent one is zero when zeroOK.
func (f *fields) money(field string, s *string, required bool) model.Money {
	if s == nil || strings.TrimSpace(*s) == "" {
		if required {
			f.add(field, "is required")
		}
		return 0
	}
	m, err := model.ParseMoney(*s)
	if err != nil {
		f.add(field, err.Error())
	}
	return m
}

// optMoney parses an optional amount.
func (f *fields) optMoney(field string, s *string) *model.Money {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil
	}
	m, err := model.ParseMoney(*s)
	if err != nil {
		f.add(field, err.Error())
		return nil
	}
	return &m
}

// pathID reads a positive integer path parameter; anything else is a 404.
func pathID(c *fiber.Ctx, name string) (int64, error) {
	id, err := strconv.ParseInt(c.Params(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, errNotFound("No such resource.")
	}
	return id, nil
}
