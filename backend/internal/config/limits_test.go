package config

import (
	"errors"
	"testing"
	"time"
)

func TestParseRate(t *testing.T) {
	cases := []struct {
		in      string
		want    Rate
		wantErr bool
	}{
		{"10/min", Rate{10, time.Minute}, false},
		{"10/m", Rate{10, time.Minute}, false},
		{" 5 / second ", Rate{5, time.Second}, false},
		{"100/hour", Rate{100, time.Hour}, false},
		{"1000/day", Rate{1000, 24 * time.Hour}, false},
		{"5/30s", Rate{5, 30 * time.Second}, false},
		{"OFF", Rate{}, false},
		{"0", Rate{}, false},
		{"10", Rate{}, true},
		{"0/min", Rate{}, true},
		{"-1/min", Rate{}, true},
		{"ten/min", Rate{}, true},
		{"10/fortnight", Rate{}, true},
		{"10/100ms", Rate{}, true},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseRate(tc.in)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Fatalf("ParseRate(%q) = %v, %v; want %v, err %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestAuthLimitsFromEnv(t *testing.T) {
	c, err := FromEnv(lookup(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.RateLimitAuth != (Rate{10, time.Minute}) || c.RateLimitAuthBurst != 5 || c.LockoutThreshold != 5 ||
		c.LockoutDelay != time.Minute || c.LockoutMaxDelay != time.Hour {
		t.Fatalf("defaults: %v burst %d lockout %d %v %v", c.RateLimitAuth, c.RateLimitAuthBurst, c.LockoutThreshold, c.LockoutDelay, c.LockoutMaxDelay)
	}
	c, err = FromEnv(lookup(map[string]string{"CARNET_RATE_LIMIT_AUTH": "3/min"}))
	if err != nil || c.RateLimitAuthBurst != 3 {
		t.Fatalf("burst for 3/min = %d, %v; want 3", c.RateLimitAuthBurst, err)
	}
	c, err = FromEnv(lookup(map[string]string{"CARNET_RATE_LIMIT_AUTH": "off", "CARNET_LOCKOUT_THRESHOLD": "0"}))
	if err != nil || !c.RateLimitAuth.Off() || c.LockoutThreshold != 0 {
		t.Fatalf("off: %+v, %v", c, err)
	}

	bad := map[string]struct {
		env     map[string]string
		wantVar string
	}{
		"rate without period": {map[string]string{"CARNET_RATE_LIMIT_AUTH": "10"}, "CARNET_RATE_LIMIT_AUTH"},
		"rate bad unit":       {map[string]string{"CARNET_RATE_LIMIT_AUTH": "10/week"}, "CARNET_RATE_LIMIT_AUTH"},
		"burst zero":          {map[string]string{"CARNET_RATE_LIMIT_AUTH_BURST": "0"}, "CARNET_RATE_LIMIT_AUTH_BURST"},
		"burst not a number":  {map[string]string{"CARNET_RATE_LIMIT_AUTH_BURST": "many"}, "CARNET_RATE_LIMIT_AUTH_BURST"},
		"negative threshold":  {map[string]string{"CARNET_LOCKOUT_THRESHOLD": "-1"}, "CARNET_LOCKOUT_THRESHOLD"},
		"bad delay":           {map[string]string{"CARNET_LOCKOUT_DELAY": "1"}, "CARNET_LOCKOUT_DELAY"},
		"max below delay":     {map[string]string{"CARNET_LOCKOUT_DELAY": "10m", "CARNET_LOCKOUT_MAX_DELAY": "5m"}, "CARNET_LOCKOUT_MAX_DELAY"},
	}
	for name, tc := range bad {
		t.Run(name, func(t *testing.T) {
			_, err := FromEnv(lookup(tc.env))
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Var != tc.wantVar {
				t.Fatalf("err = %v, want a FieldError on %s", err, tc.wantVar)
			}
		})
	}
}
