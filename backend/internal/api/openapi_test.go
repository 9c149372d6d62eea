package api_test

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/carnet/carnet/backend/internal/api"
	"github.com/carnet/carnet/backend/internal/apitest"
	"github.com/carnet/carnet/backend/internal/server"
	"github.com/carnet/carnet/backend/internal/testutil"
	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v4"
)

func loadDoc(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPIYAML())
	if err != nil {
		t.Fatalf("loading openapi.yaml: %v", err)
	}
	return doc
}

func TestOpenAPIDocumentIsValid(t *testing.T) {
	doc := loadDoc(t)
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.yaml is not a valid OpenAPI document: %v", err)
	}
	ids := map[string]string{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.OperationID == "" {
				t.Errorf("%s %s has no operationId", method, path)
			}
			if prev, dup := ids[op.OperationID]; dup {
				t.Errorf("operationId %q is used by %s and %s %s", op.OperationID, prev, method, path)
			}
			ids[op.OperationID] = method + " " + path
		}
	}
}

var fiberParam = regexp.MustCompile(`:([A-Za-z0-9_]+)`)

// TestRoutesMatchOpenAPI: every route under /api/v1 has an operation in the
// document and every operation has a route, so the two cannot drift apart.
func TestRoutesMatchOpenAPI(t *testing.T) {
	env := apitest.New(t, testutil.NewDB(t, "sqlite"), nil)
	routes := map[string]bool{}
	for _, r := range env.Server.App.GetRoutes(true) {
		if !strings.HasPrefix(r.Path, "/api/v1/") || r.Method == http.MethodHead {
			continue
		}
		routes[r.Method+" "+fiberParam.ReplaceAllString(strings.TrimPrefix(r.Path, "/api/v1"), "{$1}")] = true
	}
	ops := map[string]bool{}
	for path, item := range loadDoc(t).Paths.Map() {
		for method := range item.Operations() {
			ops[method+" "+path] = true
		}
	}
	var missingInDoc, missingRoute []string
	for r := range routes {
		if !ops[r] {
			missingInDoc = append(missingInDoc, r)
		}
	}
	for op := range ops {
		if !routes[op] {
			missingRoute = append(missingRoute, op)
		}
	}
	sort.Strings(missingInDoc)
	sort.Strings(missingRoute)
	if len(missingInDoc) > 0 {
		t.Errorf("routes under /api/v1 that openapi.yaml does not document:\n  %s", strings.Join(missingInDoc, "\n  "))
	}
	if len(missingRoute) > 0 {
		t.Errorf("operations in openapi.yaml that the server does not route:\n  %s", strings.Join(missingRoute, "\n  "))
	}
}

// TestOpenAPIJSON: the served JSON is the YAML document, in the YAML's order.
func TestOpenAPIJSON(t *testing.T) {
	got, err := api.OpenAPIJSON()
	if err != nil {
		t.Fatal(err)
	}
	var fromJSON, fromYAML any
	if err := json.Unmarshal(got, &fromJSON); err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}
	if err := yaml.Unmarshal(api.OpenAPIYAML(), &fromYAML); err != nil {
		t.Fatal(err)
	}
	// Through JSON once, so numbers compare as float64 on both sides.
	b, err := json.Marshal(fromYAML)
	if err != nil {
		t.Fatalf("the YAML has values JSON cannot hold: %v", err)
	}
	var normalised any
	_ = json.Unmarshal(b, &normalised)
	if !reflect.DeepEqual(fromJSON, normalised) {
		t.Fatal("openapi.json differs from openapi.yaml")
	}
	// Paths keep the document's order (the reference lists them so).
	i, j := strings.Index(string(got), `"/meta"`), strings.Index(string(got), `"/auth/register"`)
	if i < 0 || j < 0 || i > j {
		t.Fatalf("paths are not in the document's order (/meta at %d, /auth/register at %d)", i, j)
	}

	conv, err := api.YAMLToJSON([]byte("a: &x {b: 1, c: [true, null, 1.5, '2', 2024-01-02]}\nd: *x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"a":{"b":1,"c":[true,null,1.5,"2","2024-01-02"]},"d":{"b":1,"c":[true,null,1.5,"2","2024-01-02"]}}`; string(conv) != want {
		t.Fatalf("YAMLToJSON = %s, want %s", conv, want)
	}
	if _, err := api.YAMLToJSON([]byte("a: .nan\n")); err == nil {
		t.Fatal("NaN became JSON")
	}
}

func TestServeOpenAPIJSON(t *testing.T) {
	env := apitest.New(t, testutil.NewDB(t, "sqlite"), nil)
	r := env.Anon().Do("GET", "/api/v1/openapi.json", nil).Expect(200)
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q", ct)
	}
	if cc := r.Header.Get("Cache-Control"); cc != "public, max-age=3600" {
		t.Fatalf("Cache-Control %q", cc)
	}
	etag := r.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	if m := r.Map(); m["openapi"] != "3.0.3" {
		t.Fatalf("openapi = %v", m["openapi"])
	}

	req := httptest.NewRequest("GET", "/api/v1/openapi.json", nil)
	req.Header.Set("If-None-Match", etag)
	resp, err := env.Server.App.Test(req, -1)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusNotModified {
		t.Fatalf("If-None-Match with the current ETag: status %d, want 304", resp.StatusCode)
	}
}

var (
	assetRef    = regexp.MustCompile(`(?:src|href)="(/api/docs/[^"]+)"`)
	inlineBlock = regexp.MustCompile(`(?i)<script(?:\s[^>]*)?>\s*[^<\s]|<style|\sstyle=|\son[a-z]+=`)
)

func TestDocsPage(t *testing.T) {
	env := apitest.New(t, testutil.NewDB(t, "sqlite"), nil)
	get := func(path, acceptEncoding string) *http.Response {
		t.Helper()
		req := httptest.NewRequest("GET", path, nil)
		if acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", acceptEncoding)
		}
		resp, err := env.Server.App.Test(req, -1)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = resp.Body.Close() })
		return resp
	}
	body := func(resp *http.Response) string {
		t.Helper()
		var rd io.Reader = resp.Body
		if resp.Header.Get("Content-Encoding") == "gzip" {
			zr, err := gzip.NewReader(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			rd = zr
		}
		b, err := io.ReadAll(rd)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	for _, path := range []string{"/api/docs", "/api/docs/"} {
		resp := get(path, "")
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			t.Fatalf("GET %s: %d %s", path, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	}
	resp := get("/api/docs", "")
	// The reference runs under the site's strict policy, unrelaxed.
	if csp := resp.Header.Get("Content-Security-Policy"); csp != server.ContentSecurityPolicy {
		t.Fatalf("CSP %q, want the site-wide policy %q", csp, server.ContentSecurityPolicy)
	}
	page := body(resp)
	if inlineBlock.MatchString(page) {
		t.Fatalf("the docs page has an inline script, style or handler: %q", inlineBlock.FindString(page))
	}
	refs := assetRef.FindAllStringSubmatch(page, -1)
	if len(refs) < 4 {
		t.Fatalf("the docs page references %d files, want the bundle, its CSS and ours", len(refs))
	}
	for _, m := range refs {
		for _, enc := range []string{"gzip, deflate, br", ""} {
			resp := get(m[1], enc)
			if resp.StatusCode != 200 {
				t.Fatalf("GET %s: %d", m[1], resp.StatusCode)
			}
			b := body(resp)
			if len(b) == 0 {
				t.Fatalf("GET %s (Accept-Encoding %q): empty", m[1], enc)
			}
			if enc == "" && resp.Header.Get("Content-Encoding") != "" {
				t.Fatalf("GET %s without Accept-Encoding: encoded %q", m[1], resp.Header.Get("Content-Encoding"))
			}
			if strings.HasSuffix(m[1], ".js") && !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/javascript") &&
				!strings.HasPrefix(resp.Header.Get("Content-Type"), "application/javascript") {
				t.Fatalf("GET %s: Content-Type %q", m[1], resp.Header.Get("Content-Type"))
			}
		}
	}
	bundle := get("/api/docs/swagger-ui-bundle.js", "gzip")
	if bundle.Header.Get("Content-Encoding") != "gzip" || !slices.Contains(bundle.Header.Values("Vary"), "Accept-Encoding") {
		t.Fatalf("bundle: Content-Encoding %q, Vary %q", bundle.Header.Get("Content-Encoding"), bundle.Header.Values("Vary"))
	}
	if !strings.Contains(body(bundle), "SwaggerUIBundle") {
		t.Fatal("the bundle is not Swagger UI")
	}
	req := httptest.NewRequest("GET", "/api/docs/swagger-ui-bundle.js", nil)
	req.Header.Set("If-None-Match", bundle.Header.Get("ETag"))
	if resp, err := env.Server.App.Test(req, -1); err != nil || resp.StatusCode != http.StatusNotModified {
		t.Fatalf("revalidating the bundle: %v %v", resp.StatusCode, err)
	}
	if resp := get("/api/docs/nope.js", ""); resp.StatusCode != 404 {
		t.Fatalf("unknown docs file: %d", resp.StatusCode)
	}
}

// alignedColumn matches a markdown table delimiter row with an aligned
// column (":---", "---:" or ":---:").
var alignedColumn = regexp.MustCompile(`(?m)^\s*\|?(?:\s*:?-+:?\s*\|)*\s*(?::-+|-+:)`)

// TestDocsMarkdownTables: Swagger UI renders an aligned table column with a
// style attribute, which the CSP (style-src 'self') blocks; keep the
// document's tables unaligned.
func TestDocsMarkdownTables(t *testing.T) {
	for i, line := range strings.Split(string(api.OpenAPIYAML()), "\n") {
		if strings.Contains(line, "|") && alignedColumn.MatchString(line) {
			t.Errorf("openapi.yaml line %d aligns a table column (the docs CSP blocks its style attribute): %s", i+1, line)
		}
	}
	if !alignedColumn.MatchString("|-------:|--------|") || !alignedColumn.MatchString("| :--- | --- |") || alignedColumn.MatchString("|--------|------|") {
		t.Fatal("alignedColumn regexp is wrong")
	}
}
