package api_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/uptrace/bun"
)

// Helpers of the vehicle and record tests.

// create POSTs body to path, expects 201 and returns the created object.
func create(t *testing.T, c *apitest.Client, path string, body map[string]any) map[string]any {
	t.Helper()
	return c.Do("POST", path, body).Expect(201).Map()
}

// idOf returns the "id" of a JSON object as a path segment.
func idOf(m map[string]any) string {
	return fmt.Sprint(int64(m["id"].(float64)))
}

// num returns a JSON number field as an int (or -1 when null).
func num(m map[string]any, field string) int {
	v, ok := m[field].(float64)
	if !ok {
		return -1
	}
	return int(v)
}

// items returns the items of a list answer, checking its paging fields.
func items(t *testing.T, r *apitest.Response, page, perPage, total int) []map[string]any {
	t.Helper()
	var l struct {
		Items   []map[string]any `json:"items"`
		Page    int              `json:"page"`
		PerPage int              `json:"per_page"`
		Total   int              `json:"total"`
	}
	r.Expect(200).Decode(&l)
	if l.Page != page || l.PerPage != perPage || l.Total != total {
		t.Fatalf("list page=%d per_page=%d total=%d, want %d, %d, %d", l.Page, l.PerPage, l.Total, page, perPage, total)
	}
	if l.Items == nil {
		t.Fatal("items is null, want an array")
	}
	return l.Items
}

// field returns the values of one field over a list's items.
func field(list []map[string]any, name string) []any {
	out := make([]any, len(list))
	for i, m := range list {
		out[i] = m[name]
	}
	return out
}

func newVehicle(t *testing.T, c *apitest.Client, extra map[string]any) map[string]any {
	t.Helper()
	body := map[string]any{"make": "Honda", "model": "Civic", "year": 2018}
	for k, v := range extra {
		body[k] = v
	}
	return create(t, c, "/api/v1/vehicles", body)
}

// queryCounter counts the queries a bun.DB runs.
type queryCounter struct{ n atomic.Int64 }

func (q *queryCounter) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context {
	q.n.Add(1)
	return ctx
}

func (q *queryCounter) AfterQuery(context.Context, *bun.QueryEvent) {}

// count returns how many queries fn made.
func (q *queryCounter) count(fn func()) int64 {
	before := q.n.Load()
	fn()
	return q.n.Load() - before
}

// newEnv is apitest.New that shows the server's errors when the test fails.
func newEnv(t *testing.T, bdb *bun.DB) *apitest.Env {
	env := apitest.New(t, bdb, nil)
	t.Cleanup(func() {
		if t.Failed() {
			for _, line := range strings.Split(env.Log.String(), "\n") {
				if strings.Contains(line, "level=ERROR") {
					t.Log(line)
				}
			}
		}
	})
	return env
}
