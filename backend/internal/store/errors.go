// Package store is Carnet's data access layer: one file per aggregate, every
// query for user data scoped by its owner. It never imports Fiber.
package store

import (
	"errors"
	"fmt"
)

// ErrNotFound: no such row, or not the caller's (the two are not told apart).
var ErrNotFound = errors.New("not found")

// ErrConflict: a unique value is taken.
var ErrConflict = errors.New("conflict")

// ConflictError says which field holds the taken value.
type ConflictError struct {
	Field   string
	Message string
}

func (e *ConflictError) Error() string { return fmt.Sprintf("conflict on %s: %s", e.Field, e.Message) }

// Is makes errors.Is(err, ErrConflict) true.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }
