package apitest

import (
	"net/http"
	"testing"
)

// checkContract validates one exchange against the OpenAPI document.
// (Filled in with the OpenAPI contract test.)
func checkContract(t testing.TB, method, path string, h http.Header, reqBody []byte, r *Response) {
	_, _, _, _, _, _ = t, method, path, h, reqBody, r
}
