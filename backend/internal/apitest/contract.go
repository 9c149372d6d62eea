package apitest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/carnet/carnet/backend/internal/api"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// The contract test: every exchange made through a Client is checked against
// backend/internal/api/openapi.yaml.
//
//   - The response (status, headers, content type, body) must match the
//     operation's documented response for that status. Response objects are
//     treated as closed: a field the document does not list is a mismatch,
//     so the code cannot grow undocumented fields (schemas used inside allOf
//     stay open, as closing them would reject the other branches' fields).
//   - The request is checked only when the server accepted it (2xx): request
//     schemas are deliberately loose, and a request the server rejects with
//     400, 404, 415 or 422 is supposed to be invalid.
//   - A path under /api/ that the document does not describe fails, unless
//     the server answered 404 (tests of unknown paths) or 405.
//
// Non-API paths (/healthz, the SPA, assets) and the reference pages under
// /api/docs are not part of the contract and are skipped.

var contract struct {
	once   sync.Once
	doc    *openapi3.T
	router routers.Router
	err    error
}

func loadContract() {
	ctx := context.Background()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(api.OpenAPIYAML())
	if err != nil {
		contract.err = fmt.Errorf("loading openapi.yaml: %w", err)
		return
	}
	if err := doc.Validate(ctx); err != nil {
		contract.err = fmt.Errorf("openapi.yaml is not a valid OpenAPI document: %w", err)
		return
	}
	closeResponseObjects(doc)
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		contract.err = fmt.Errorf("routing openapi.yaml: %w", err)
		return
	}
	contract.doc, contract.router = doc, router
}

// ContractDocument returns the loaded OpenAPI document (response objects
// closed, see above).
func ContractDocument(t testing.TB) *openapi3.T {
	t.Helper()
	contract.once.Do(loadContract)
	if contract.err != nil {
		t.Fatalf("contract: %v", contract.err)
	}
	return contract.doc
}

// checkContract validates one exchange against the OpenAPI document. It
// reports with t.Errorf (safe from any goroutine) so that one test shows
// every mismatch it meets.
func checkContract(t testing.TB, method, path string, h http.Header, reqBody []byte, r *Response) {
	t.Helper()
	req := httptest.NewRequest(method, "http://carnet.test"+path, bytes.NewReader(reqBody))
	p := req.URL.Path
	if !strings.HasPrefix(p, "/api/") || p == "/api/docs" || strings.HasPrefix(p, "/api/docs/") {
		return
	}
	contract.once.Do(loadContract)
	if contract.err != nil {
		t.Errorf("contract: %v", contract.err)
		return
	}
	req.Header = h.Clone()

	route, pathParams, err := contract.router.FindRoute(req)
	if err != nil {
		if r.Status == http.StatusNotFound || (r.Status == http.StatusMethodNotAllowed && errors.Is(err, routers.ErrMethodNotAllowed)) {
			return
		}
		t.Errorf("contract: %s %s answered %d, but the OpenAPI document has no such operation (%v): "+
			"describe it in backend/internal/api/openapi.yaml", method, p, r.Status, err)
		return
	}
	op := fmt.Sprintf("%s (%s /api/v1%s)", route.Operation.OperationID, method, route.Path)
	ctx := context.Background()
	in := &openapi3filter.RequestValidationInput{
		Request:    req,
		PathParams: pathParams,
		Route:      route,
		Options: &openapi3filter.Options{
			MultiError:                        true,
			RejectWhenRequestBodyNotSpecified: true,
			// Authentication is the server's business, tested on its own.
			AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
		},
	}
	if r.Status >= 200 && r.Status < 300 {
		if err := openapi3filter.ValidateRequest(ctx, in); err != nil {
			t.Errorf("contract: %s: the server answered %d to a request that the document says is invalid:\n%s\nrequest body: %s",
				op, r.Status, describeContractError(err), truncate(reqBody))
		}
	}
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 r.Status,
		Header:                 r.Header,
		Body:                   io.NopCloser(bytes.NewReader(r.Body)),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
		t.Errorf("contract: %s answered %d, which the document does not allow:\n%s\nresponse body: %s",
			op, r.Status, describeContractError(err), truncate(r.Body))
	}
}

// describeContractError turns kin-openapi's nested errors into one line per
// mismatch: where (JSON pointer, parameter, header) and what.
func describeContractError(err error) string {
	var lines []string
	var walk func(prefix string, err error)
	walk = func(prefix string, err error) {
		var me openapi3.MultiError
		var resErr *openapi3filter.ResponseError
		var reqErr *openapi3filter.RequestError
		var schErr *openapi3.SchemaError
		switch {
		case errors.As(err, &me) && isMulti(err):
			for _, e := range me {
				walk(prefix, e)
			}
		case errors.As(err, &resErr) && isType[*openapi3filter.ResponseError](err):
			if resErr.Err != nil {
				walk(joinPrefix(prefix, resErr.Reason), resErr.Err)
			} else {
				lines = append(lines, joinPrefix(prefix, resErr.Reason))
			}
		case errors.As(err, &reqErr) && isType[*openapi3filter.RequestError](err):
			where := "request"
			switch {
			case reqErr.Parameter != nil:
				where = fmt.Sprintf("%s parameter %q", reqErr.Parameter.In, reqErr.Parameter.Name)
			case reqErr.RequestBody != nil:
				where = "request body"
			}
			where = joinPrefix(where, reqErr.Reason)
			if reqErr.Err != nil {
				walk(joinPrefix(prefix, where), reqErr.Err)
			} else {
				lines = append(lines, joinPrefix(prefix, where))
			}
		case errors.As(err, &schErr) && isType[*openapi3.SchemaError](err):
			ptr := "/" + strings.Join(schErr.JSONPointer(), "/")
			v, _ := json.Marshal(schErr.Value)
			lines = append(lines, fmt.Sprintf("%s at %s: %s (value: %s)", prefix, ptr, schErr.Reason, truncate(v)))
		default:
			lines = append(lines, joinPrefix(prefix, err.Error()))
		}
	}
	walk("", err)
	for i, l := range lines {
		lines[i] = "  - " + strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}

func isMulti(err error) bool { _, ok := err.(openapi3.MultiError); return ok }

func isType[T error](err error) bool { _, ok := err.(T); return ok }

func joinPrefix(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ": " + b
}

func truncate(b []byte) string {
	const max = 600
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}

// closeResponseObjects sets additionalProperties: false on every object
// schema reachable from a response that does not say otherwise, except the
// schemas used inside an allOf.
func closeResponseObjects(doc *openapi3.T) {
	var responseSchemas []*openapi3.SchemaRef
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.Responses == nil {
				continue
			}
			for _, resp := range op.Responses.Map() {
				if resp.Value == nil {
					continue
				}
				for _, mt := range resp.Value.Content {
					if mt.Schema != nil {
						responseSchemas = append(responseSchemas, mt.Schema)
					}
				}
			}
		}
	}
	inAllOf := map[*openapi3.Schema]bool{}
	seen := map[*openapi3.Schema]bool{}
	var mark func(s *openapi3.SchemaRef)
	mark = func(s *openapi3.SchemaRef) {
		if s == nil || s.Value == nil || seen[s.Value] {
			return
		}
		v := s.Value
		seen[v] = true
		for _, p := range v.Properties {
			mark(p)
		}
		mark(v.Items)
		mark(v.AdditionalProperties.Schema)
		for _, x := range v.AllOf {
			if x.Value != nil {
				inAllOf[x.Value] = true
			}
			mark(x)
		}
		for _, x := range v.OneOf {
			mark(x)
		}
		for _, x := range v.AnyOf {
			mark(x)
		}
	}
	for _, s := range responseSchemas {
		mark(s)
	}
	closed := false
	for v := range seen {
		isObject := (v.Type != nil && v.Type.Is(openapi3.TypeObject)) || len(v.Properties) > 0
		if isObject && !inAllOf[v] && len(v.AllOf) == 0 && v.AdditionalProperties.Has == nil && v.AdditionalProperties.Schema == nil {
			v.AdditionalProperties.Has = &closed
		}
	}
}
