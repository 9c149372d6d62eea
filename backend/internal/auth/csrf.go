package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
)

// CSRFToken derives the CSRF token of a session: HMAC(secret, session token).
// The browser gets it in the readable carnet_csrf cookie and echoes it in the
// X-CSRF-Token header; binding it to the session defeats cookie tossing.
func CSRFToken(secret []byte, sessionToken string) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("csrf:"))
	m.Write([]byte(sessionToken))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// CheckCSRF compares a presented token with the session's in constant time.
func CheckCSRF(secret []byte, sessionToken, presented string) bool {
	if presented == "" {
		return false
	}
	return hmac.Equal([]byte(CSRFToken(secret, sessionToken)), []byte(presented))
}
