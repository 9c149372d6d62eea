package auth

import (
	"strings"
	"testing"
)

var cheap = Argon2Params{Memory: 64, Time: 1, Threads: 1}

func TestHashAndCheckPassword(t *testing.T) {
	hash, err := HashPassword("correct horse battery staple", cheap)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("hash %q is not a PHC argon2id string with the given cost", hash)
	}
	if strings.Contains(hash, "correct horse") {
		t.Fatal("hash contains the password")
	}
	again, _ := HashPassword("correct horse battery staple", cheap)
	if again == hash {
		t.Fatal("two hashes of one password are equal: the salt is not random")
	}
	parts := strings.Split(hash, "$")
	cases := []struct {
		name     string
		password string
		hash     string
		want     bool
		wantErr  bool
	}{
		{"right password", "correct horse battery staple", hash, true, false},
		{"right password, second hash", "correct horse battery staple", again, true, false},
		{"wrong password", "correct horse battery stapler", hash, false, false},
		{"empty password", "", hash, false, false},
		{"bcrypt hash", "x", "$2a$10$abcdefghijklmnopqrstuu", false, true},
		{"argon2i", "x", strings.Replace(hash, "argon2id", "argon2i", 1), false, true},
		{"wrong version", "x", strings.Replace(hash, "v=19", "v=16", 1), false, true},
		{"bad params", "x", strings.Replace(hash, "m=64,t=1,p=1", "m=x", 1), false, true},
		{"bad salt", "x", strings.Join([]string{"", parts[1], parts[2], parts[3], "!!!", parts[5]}, "$"), false, true},
		{"bad key", "x", strings.Join([]string{"", parts[1], parts[2], parts[3], parts[4], "!!!"}, "$"), false, true},
		{"empty", "x", "", false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ok, err := CheckPassword(tc.password, tc.hash)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if ok != tc.want {
				t.Fatalf("CheckPassword = %v, want %v", ok, tc.want)
			}
		})
	}
}

func TestCSRF(t *testing.T) {
	secret := []byte("0123456789abcdef0123456789abcdef")
	tok := CSRFToken(secret, "session-a")
	if tok != CSRFToken(secret, "session-a") {
		t.Fatal("CSRFToken is not deterministic")
	}
	if tok == "" || strings.Contains(tok, "session-a") {
		t.Fatalf("CSRFToken = %q", tok)
	}
	cases := []struct {
		name      string
		secret    []byte
		session   string
		presented string
		want      bool
	}{
		{"right token", secret, "session-a", tok, true},
		{"missing", secret, "session-a", "", false},
		{"another session's token", secret, "session-b", tok, false},
		{"signed with another secret", []byte("another secret another secret!!"), "session-a", tok, false},
		{"the session token itself", secret, "session-a", "session-a", false},
		{"truncated", secret, "session-a", tok[:len(tok)-1], false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := CheckCSRF(tc.secret, tc.session, tc.presented); got != tc.want {
				t.Fatalf("CheckCSRF = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	a, b := NewToken(), NewToken()
	if a == b || len(a) != 43 {
		t.Fatalf("NewToken: %q, %q", a, b)
	}
	ha := HashToken(a)
	if ha == HashToken(b) || ha != HashToken(a) || len(ha) != 64 {
		t.Fatal("HashToken is not a stable SHA-256 hex digest")
	}
	pat := NewAPIToken()
	if !IsAPIToken(pat) || IsAPIToken(a) || len(pat) != len(APITokenPrefix)+43 {
		t.Fatalf("NewAPIToken = %q", pat)
	}
	if d := APITokenDisplay(pat); len(d) != APITokenDisplayLen || !strings.HasPrefix(pat, d) {
		t.Fatalf("APITokenDisplay = %q", d)
	}
}
