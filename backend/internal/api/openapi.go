package api

import _ "embed"

//go:embed openapi.yaml
var openapiYAML []byte
