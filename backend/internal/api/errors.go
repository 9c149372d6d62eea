package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/carnet/carnet/backend/internal/logging"
	"github.com/carnet/carnet/backend/internal/store"
	"github.com/carnet/carnet/backend/internal/validate"
	"github.com/getsentry/sentry-go"
	sentryfiber "github.com/getsentry/sentry-go/fiber"
	"github.com/gofiber/fiber/v2"
)

// ProblemContentType is the media type of every API error (RFC 9457).
const ProblemContentType = "application/problem+json"

// Problem is the one public shape of every error.
type Problem struct {
	Type      string                `json:"type"`
	Title     string                `json:"title"`
	Status    int                   `json:"status"`
	Detail    string                `json:"detail,omitempty"`
	Instance  string                `json:"instance,omitempty"`
	RequestID string                `json:"request_id,omitempty"`
	Errors    []validate.FieldError `json:"errors,omitempty"`
	// RetryAfter, in seconds, becomes the Retry-After header when > 0.
	RetryAfter int `json:"-"`
}

func (p *Problem) Error() string { return fmt.Sprintf("%d %s: %s", p.Status, p.Title, p.Detail) }

// NewProblem builds a Problem; slug becomes the stable type "/problems/<slug>".
func NewProblem(status int, slug, title, detail string) *Problem {
	return &Problem{Type: "/problems/" + slug, Title: title, Status: status, Detail: detail}
}

// Common problems.
func errBadRequest(detail string) *Problem {
	return NewProblem(http.StatusBadRequest, "bad-request", "Bad request", detail)
}

func errUnauthorized(detail string) *Problem {
	return NewProblem(http.StatusUnauthorized, "unauthorized", "Authentication required", detail)
}

func errForbidden(detail string) *Problem {
	return NewProblem(http.StatusForbidden, "forbidden", "Forbidden", detail)
}

func errNotFound(detail string) *Problem {
	return NewProblem(http.StatusNotFound, "not-found", "Not found", detail)
}

// PanicError is a recovered panic; it answers 500.
type PanicError struct{ Value any }

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// ErrorHandler maps every error a handler returns to problem+json. Errors
// that were not expected are logged with the request id and sent to Sentry.
func ErrorHandler(log *slog.Logger) fiber.ErrorHandler {
	return func(c *fiber.Ctx, err error) error {
		p := toProblem(err)
		p.Instance = c.Path()
		p.RequestID = requestID(c)
		var panicked *PanicError
		if p.Status >= 500 && !errors.As(err, &panicked) { // panics are logged and reported where recovered
			log.ErrorContext(c.UserContext(), "request failed",
				"method", c.Method(), "path", c.Path(), "error", err.Error())
			if hub := sentryfiber.GetHubFromContext(c); hub != nil {
				hub.WithScope(func(s *sentry.Scope) {
					s.SetTag("request_id", p.RequestID)
					hub.CaptureException(err)
				})
			}
		}
		if p.RetryAfter > 0 {
			c.Set(fiber.HeaderRetryAfter, strconv.Itoa(p.RetryAfter))
		}
		body, _ := json.Marshal(p)
		c.Set(fiber.HeaderContentType, ProblemContentType)
		c.Set(fiber.HeaderCacheControl, "no-store")
		return c.Status(p.Status).Send(body)
	}
}

func toProblem(err error) *Problem {
	var p *Problem
	var verrs validate.Errors
	var conflict *store.ConflictError
	var ferr *fiber.Error
	switch {
	case errors.As(err, &p):
		cp := *p
		return &cp
	case errors.As(err, &verrs):
		return &Problem{Type: "/problems/validation", Title: "Invalid input", Status: http.StatusUnprocessableEntity,
			Detail: "Some fields are invalid; see errors.", Errors: verrs}
	case errors.As(err, &conflict):
		return &Problem{Type: "/problems/conflict", Title: "Conflict", Status: http.StatusConflict,
			Detail: conflict.Message, Errors: []validate.FieldError{{Field: conflict.Field, Message: conflict.Message}}}
	case errors.Is(err, store.ErrConflict):
		return NewProblem(http.StatusConflict, "conflict", "Conflict", "The value is already taken.")
	case errors.Is(err, store.ErrNotFound):
		return errNotFound("No such resource.")
	case errors.As(err, &ferr):
		switch ferr.Code {
		case http.StatusNotFound:
			return errNotFound("No such endpoint: check the path and the API version.")
		case http.StatusRequestEntityTooLarge:
			return NewProblem(ferr.Code, "payload-too-large", "Payload too large", "The request body is larger than the server accepts.")
		case http.StatusMethodNotAllowed:
			return NewProblem(ferr.Code, "method-not-allowed", "Method not allowed", ferr.Message)
		case http.StatusTooManyRequests:
			return NewProblem(ferr.Code, "rate-limited", "Too many requests", "Slow down and retry later.")
		}
		if ferr.Code >= 500 {
			break
		}
		return NewProblem(ferr.Code, "http-"+strconv.Itoa(ferr.Code), http.StatusText(ferr.Code), ferr.Message)
	}
	return NewProblem(http.StatusInternalServerError, "internal", "Internal server error",
		"Something went wrong on our side. It has been logged; quote the request id when reporting it.")
}

func requestID(c *fiber.Ctx) string {
	return logging.RequestID(c.UserContext())
}
