package api

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/gofiber/fiber/v2"
	"go.yaml.in/yaml/v4"
)

//go:embed openapi.yaml
var openapiYAML []byte

// OpenAPIYAML returns the OpenAPI document as written (YAML). The contract
// test and the frontend's type generator read it.
func OpenAPIYAML() []byte { return bytes.Clone(openapiYAML) }

// openAPIDoc is the document converted to JSON once, with its ETag.
type openAPIDoc struct {
	json []byte
	etag string
}

var loadOpenAPIJSON = sync.OnceValues(func() (*openAPIDoc, error) {
	b, err := YAMLToJSON(openapiYAML)
	if err != nil {
		return nil, fmt.Errorf("api: converting openapi.yaml to JSON: %w", err)
	}
	sum := sha256.Sum256(b)
	return &openAPIDoc{json: b, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}, nil
})

// OpenAPIJSON returns the OpenAPI document as JSON, keys in the document's
// order.
func OpenAPIJSON() ([]byte, error) {
	d, err := loadOpenAPIJSON()
	if err != nil {
		return nil, err
	}
	return d.json, nil
}

// getOpenAPI serves GET /api/v1/openapi.json. The document only changes with
// the binary, so clients may keep it an hour and revalidate with the ETag.
func (a *API) getOpenAPI(c *fiber.Ctx) error {
	d, err := loadOpenAPIJSON()
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderCacheControl, "public, max-age=3600")
	c.Set(fiber.HeaderETag, d.etag)
	if etagMatches(c.Get(fiber.HeaderIfNoneMatch), d.etag) {
		return c.SendStatus(fiber.StatusNotModified)
	}
	c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSONCharsetUTF8)
	return c.Send(d.json)
}

// etagMatches reports whether an If-None-Match header lists etag (or *).
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// YAMLToJSON converts a YAML document to compact JSON, keeping the order of
// mapping keys (so paths and properties read in the order they were
// written). Mapping keys become strings; anchors and aliases are expanded.
func YAMLToJSON(in []byte) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(in, &root); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := writeJSON(&buf, &root, 0); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writeJSON(buf *bytes.Buffer, n *yaml.Node, depth int) error {
	if depth > 200 {
		return fmt.Errorf("line %d: nested too deeply", n.Line)
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			buf.WriteString("null")
			return nil
		}
		return writeJSON(buf, n.Content[0], depth+1)
	case yaml.AliasNode:
		return writeJSON(buf, n.Alias, depth+1)
	case yaml.MappingNode:
		buf.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.ShortTag() == "!!merge" {
				return fmt.Errorf("line %d: only plain scalar mapping keys can become JSON", k.Line)
			}
			if i > 0 {
				buf.WriteByte(',')
			}
			kb, _ := json.Marshal(k.Value)
			buf.Write(kb)
			buf.WriteByte(':')
			if err := writeJSON(buf, v, depth+1); err != nil {
				return err
			}
		}
		buf.WriteByte('}')
		return nil
	case yaml.SequenceNode:
		buf.WriteByte('[')
		for i, v := range n.Content {
			if i > 0 {
				buf.WriteByte(',')
			}
			if err := writeJSON(buf, v, depth+1); err != nil {
				return err
			}
		}
		buf.WriteByte(']')
		return nil
	case yaml.ScalarNode:
		var v any
		switch n.ShortTag() {
		case "!!null":
			buf.WriteString("null")
			return nil
		case "!!bool":
			var b bool
			if err := n.Decode(&b); err != nil {
				return err
			}
			v = b
		case "!!int":
			var i int64
			if err := n.Decode(&i); err != nil {
				return err
			}
			v = i
		case "!!float":
			var f float64
			if err := n.Decode(&f); err != nil {
				return err
			}
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return fmt.Errorf("line %d: %s has no JSON form", n.Line, n.Value)
			}
			v = f
		default: // !!str, !!timestamp, !!binary: the text as written
			v = n.Value
		}
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		buf.Write(b)
		return nil
	}
	return fmt.Errorf("line %d: unexpected YAML node kind %v", n.Line, n.Kind)
}
