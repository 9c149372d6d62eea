package api

import (
	"io"
	"net/http/httptest"
	"net/netip"
	"testing"

	"github.com/carnet/carnet/backend/internal/config"
	"github.com/gofiber/fiber/v2"
)

// app.Test connections come from 0.0.0.0, which plays the peer here.
func TestClientAddr(t *testing.T) {
	cases := []struct {
		name    string
		proxies []string
		xff     string
		want    string
	}{
		{"no proxies: the peer, header ignored", nil, "203.0.113.9", "0.0.0.0"},
		{"peer not trusted: header ignored", []string{"10.0.0.0/8"}, "203.0.113.9", "0.0.0.0"},
		{"trusted peer: the client it reports", []string{"0.0.0.0"}, "203.0.113.9", "203.0.113.9"},
		{"made-up entries on the left are skipped", []string{"0.0.0.0"}, "1.2.3.4, 203.0.113.9", "203.0.113.9"},
		{"chain of trusted proxies", []string{"0.0.0.0", "10.0.0.0/8"}, "1.2.3.4, 203.0.113.9, 10.1.2.3, 10.0.0.1", "203.0.113.9"},
		{"garbage hop: the last trusted hop", []string{"0.0.0.0", "10.0.0.0/8"}, "203.0.113.9, nonsense, 10.0.0.1", "10.0.0.1"},
		{"empty header: the peer", []string{"0.0.0.0"}, "", "0.0.0.0"},
		{"IPv6 client", []string{"0.0.0.0"}, "2001:db8::1", "2001:db8::1"},
		{"IPv4-mapped IPv6 is unmapped", []string{"0.0.0.0"}, "::ffff:203.0.113.9", "203.0.113.9"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := &API{sec: newSecurity(&config.Config{TrustedProxies: tc.proxies})}
			app := fiber.New()
			app.Get("/", func(c *fiber.Ctx) error { return c.SendString(a.clientAddr(c).String()) })
			req := httptest.NewRequest("GET", "/", nil)
			if tc.xff != "" {
				req.Header.Set("X-Forwarded-For", tc.xff)
			}
			resp, err := app.Test(req, -1)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			if string(b) != tc.want {
				t.Fatalf("clientAddr = %s, want %s", b, tc.want)
			}
		})
	}
}

func TestRateKey(t *testing.T) {
	cases := map[string]string{
		"203.0.113.9":          "203.0.113.9",
		"2001:db8:1:2:3:4:5:6": "2001:db8:1:2::/64",
		"2001:db8:1:2:ffff::1": "2001:db8:1:2::/64",
	}
	for in, want := range cases {
		if got := rateKey(netip.MustParseAddr(in)); got != want {
			t.Errorf("rateKey(%s) = %s, want %s", in, got, want)
		}
	}
}
