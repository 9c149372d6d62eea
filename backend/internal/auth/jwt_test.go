package auth

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func TestAccessTokens(t *testing.T) {
	secret := []byte("test-secret-key-test-secret-key-0123456789")
	at := NewAccessTokens(secret)
	now := time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC)
	good, exp, err := at.Issue(42, now)
	if err != nil {
		t.Fatal(err)
	}
	if !exp.Equal(now.Add(15 * time.Minute)) {
		t.Fatalf("exp = %v", exp)
	}
	var hdr, claims map[string]any
	parts := strings.Split(good, ".")
	decodeSeg(t, parts[0], &hdr)
	decodeSeg(t, parts[1], &claims)
	if hdr["alg"] != "HS256" || claims["sub"] != "42" || claims["iss"] != "carnet" || claims["jti"] == "" ||
		claims["iat"] != float64(now.Unix()) || claims["exp"] != float64(exp.Unix()) {
		t.Fatalf("header %v claims %v", hdr, claims)
	}
	if aud, _ := claims["aud"].([]any); len(aud) != 1 || aud[0] != "carnet-api" {
		t.Fatalf("aud = %v", claims["aud"])
	}
	if string(at.key) == string(secret) || len(at.key) != 32 {
		t.Fatal("the signing key is not derived from the secret")
	}

	sign := func(m jwt.SigningMethod, key any, c jwt.MapClaims) string {
		t.Helper()
		s, err := jwt.NewWithClaims(m, c).SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	base := func(edit func(jwt.MapClaims)) jwt.MapClaims {
		c := jwt.MapClaims{"sub": "42", "iss": "carnet", "aud": []string{"carnet-api"}, "iat": now.Unix(),
			"exp": now.Add(15 * time.Minute).Unix(), "jti": "abc"}
		if edit != nil {
			edit(c)
		}
		return c
	}
	tampered := parts[0] + "." + encodeSeg(t, map[string]any{"sub": "1", "iss": "carnet", "aud": []string{"carnet-api"},
		"iat": now.Unix(), "exp": exp.Unix(), "jti": "x"}) + "." + parts[2]

	cases := []struct {
		name  string
		token string
		at    time.Time
		want  int64 // 0: refused
	}{
		{"valid", good, now, 42},
		{"valid just before expiry", good, exp.Add(-time.Second), 42},
		{"expired", good, exp, 0},
		{"issued in the future", good, now.Add(-time.Minute), 0},
		{"rebuilt with the same key", sign(jwt.SigningMethodHS256, at.key, base(nil)), now, 42},
		{"alg none", sign(jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, base(nil)), now, 0},
		{"HS512 with the right key", sign(jwt.SigningMethodHS512, at.key, base(nil)), now, 0},
		{"HS384 with the right key", sign(jwt.SigningMethodHS384, at.key, base(nil)), now, 0},
		{"signed with the raw secret", sign(jwt.SigningMethodHS256, secret, base(nil)), now, 0},
		{"signed with another key", sign(jwt.SigningMethodHS256, []byte("another key"), base(nil)), now, 0},
		{"payload tampered", tampered, now, 0},
		{"wrong issuer", sign(jwt.SigningMethodHS256, at.key, base(func(c jwt.MapClaims) { c["iss"] = "evil" })), now, 0},
		{"wrong audience", sign(jwt.SigningMethodHS256, at.key, base(func(c jwt.MapClaims) { c["aud"] = "other" })), now, 0},
		{"no audience", sign(jwt.SigningMethodHS256, at.key, base(func(c jwt.MapClaims) { delete(c, "aud") })), now, 0},
		{"no expiry", sign(jwt.SigningMethodHS256, at.key, base(func(c jwt.MapClaims) { delete(c, "exp") })), now, 0},
		{"no jti", sign(jwt.SigningMethodHS256, at.key, base(func(c jwt.MapClaims) { delete(c, "jti") })), now, 0},
		{"subject not a number", sign(jwt.SigningMethodHS256, at.key, base(func(c jwt.MapClaims) { c["sub"] = "admin" })), now, 0},
		{"subject zero", sign(jwt.SigningMethodHS256, at.key, base(func(c jwt.MapClaims) { c["sub"] = "0" })), now, 0},
		{"garbage", "not.a.jwt", now, 0},
		{"empty", "", now, 0},
		{"signature stripped", parts[0] + "." + parts[1] + ".", now, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id, _, err := at.Verify(tc.token, tc.at)
			if tc.want == 0 {
				if err == nil || !errors.Is(err, ErrInvalidAccessToken) {
					t.Fatalf("Verify = %d, %v; want ErrInvalidAccessToken", id, err)
				}
				return
			}
			if err != nil || id != tc.want {
				t.Fatalf("Verify = %d, %v; want %d", id, err, tc.want)
			}
		})
	}

	// Another server secret: tokens do not carry over.
	if _, _, err := NewAccessTokens([]byte("a different secret a different secret")).Verify(good, now); err == nil {
		t.Fatal("a token verified under another secret")
	}
}

func decodeSeg(t *testing.T, seg string, v any) {
	t.Helper()
	b, err := base64.RawURLEncoding.DecodeString(seg)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

func encodeSeg(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
