package auth

import (
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Access-token constants. The signing algorithm is fixed: a token naming any
// other algorithm (none, HS512, RS256, ...) is refused.
const (
	AccessTokenTTL      = 15 * time.Minute
	AccessTokenIssuer   = "carnet"
	AccessTokenAudience = "carnet-api"
	accessTokenKeyInfo  = "carnet/access-token/hs256/v1"
)

// ErrInvalidAccessToken covers every reason an access token is refused; the
// cause is wrapped for logs but never shown to clients.
var ErrInvalidAccessToken = errors.New("auth: invalid access token")

// AccessTokens issues and verifies JWT access tokens (HS256) with a key
// derived from the server secret, so the secret itself never signs anything
// and rotating CARNET_SECRET_KEY invalidates every token.
type AccessTokens struct {
	key []byte
}

// DeriveKey derives a purpose-bound 32-byte key from the server secret
// (HKDF-SHA256 with info as the label).
func DeriveKey(secret []byte, info string) []byte {
	k, err := hkdf.Key(sha256.New, secret, nil, info, 32)
	if err != nil {
		panic(err) // only for absurd key lengths
	}
	return k
}

// NewAccessTokens derives the signing key from secret.
func NewAccessTokens(secret []byte) *AccessTokens {
	return &AccessTokens{key: DeriveKey(secret, accessTokenKeyInfo)}
}

// Issue signs an access token for userID valid from now for AccessTokenTTL.
func (a *AccessTokens) Issue(userID int64, now time.Time) (string, time.Time, error) {
	exp := now.Add(AccessTokenTTL)
	claims := jwt.RegisteredClaims{
		Subject:   strconv.FormatInt(userID, 10),
		Issuer:    AccessTokenIssuer,
		Audience:  jwt.ClaimStrings{AccessTokenAudience},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(exp),
		ID:        NewToken()[:22],
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(a.key)
	return s, exp, err
}

// Verify checks signature, algorithm, issuer, audience, expiry and issue
// time at now, and returns the user id in sub and the issue time.
func (a *AccessTokens) Verify(token string, now time.Time) (int64, time.Time, error) {
	var claims jwt.RegisteredClaims
	p := jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(AccessTokenIssuer),
		jwt.WithAudience(AccessTokenAudience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithStrictDecoding(),
		jwt.WithTimeFunc(func() time.Time { return now }),
	)
	_, err := p.ParseWithClaims(token, &claims, func(t *jwt.Token) (any, error) {
		// Belt and braces: WithValidMethods already pins the algorithm.
		if t.Method != jwt.SigningMethodHS256 {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return a.key, nil
	})
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("%w: %w", ErrInvalidAccessToken, err)
	}
	id, err := strconv.ParseInt(claims.Subject, 10, 64)
	if err != nil || id <= 0 {
		return 0, time.Time{}, fmt.Errorf("%w: bad subject %q", ErrInvalidAccessToken, claims.Subject)
	}
	if claims.ID == "" {
		return 0, time.Time{}, fmt.Errorf("%w: no jti", ErrInvalidAccessToken)
	}
	return id, claims.IssuedAt.Time, nil
}
