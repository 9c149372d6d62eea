package auth

import (
	"strings"
	"time"
)

// Personal API tokens look like carnet_pat_<43 random characters>: the
// prefix lets Bearer resolution (and secret scanners) tell them apart.
const (
	APITokenPrefix     = "carnet_pat_"
	APITokenDisplayLen = 16 // characters kept (in clear) to name a token in lists
)

// RefreshTokenTTL is how long a refresh token lives; each rotation issues a
// new one with a fresh TTL.
const RefreshTokenTTL = 30 * 24 * time.Hour

// RefreshFamilyTTL bounds a whole family of rotated refresh tokens: 90 days
// after signing in with a password, the client must sign in again.
const RefreshFamilyTTL = 90 * 24 * time.Hour

// NewAPIToken returns a new personal API token secret.
func NewAPIToken() string { return APITokenPrefix + NewToken() }

// IsAPIToken reports whether a bearer token is a personal API token.
func IsAPIToken(token string) bool { return strings.HasPrefix(token, APITokenPrefix) }

// APITokenDisplay returns the part of a token shown in lists.
func APITokenDisplay(token string) string {
	if len(token) <= APITokenDisplayLen {
		return token
	}
	return token[:APITokenDisplayLen]
}
