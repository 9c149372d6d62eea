package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Rate is "N events per Per". The zero Rate means no limit.
type Rate struct {
	N   int
	Per time.Duration
}

// Off reports whether the rate disables limiting.
func (r Rate) Off() bool { return r.N <= 0 }

func (r Rate) String() string {
	if r.Off() {
		return "off"
	}
	return fmt.Sprintf("%d/%s", r.N, r.Per)
}

// ParseRate reads "10/min", "100/hour", "5/30s" or "off".
func ParseRate(s string) (Rate, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "off" || s == "0" {
		return Rate{}, nil
	}
	ns, unit, ok := strings.Cut(s, "/")
	if !ok {
		return Rate{}, fmt.Errorf("must look like 10/min, 100/hour or 5/30s, or be off; got %q", s)
	}
	n, err := strconv.Atoi(strings.TrimSpace(ns))
	if err != nil || n < 1 {
		return Rate{}, fmt.Errorf("must start with a positive whole number of requests, as in 10/min; got %q", s)
	}
	var per time.Duration
	switch strings.TrimSpace(unit) {
	case "s", "sec", "second":
		per = time.Second
	case "m", "min", "minute":
		per = time.Minute
	case "h", "hour":
		per = time.Hour
	case "d", "day":
		per = 24 * time.Hour
	default:
		per, err = time.ParseDuration(strings.TrimSpace(unit))
		if err != nil || per < time.Second {
			return Rate{}, fmt.Errorf("period must be s, min, hour, day or a duration of at least 1s such as 30s; got %q", s)
		}
	}
	return Rate{N: n, Per: per}, nil
}

func (p *parser) rate(name, def string) Rate {
	v := p.str(name, def)
	r, err := ParseRate(v)
	if err != nil {
		p.fail(name, err.Error())
	}
	return r
}

// readAuthLimits reads the rate-limit and lockout settings of the auth endpoints.
func (c *Config) readAuthLimits(p *parser) {
	c.RateLimitAuth = p.rate("CARNET_RATE_LIMIT_AUTH", "10/min")
	defBurst := 5
	if !c.RateLimitAuth.Off() && c.RateLimitAuth.N < defBurst {
		defBurst = c.RateLimitAuth.N
	}
	c.RateLimitAuthBurst = p.integer("CARNET_RATE_LIMIT_AUTH_BURST", defBurst)
	c.LockoutThreshold = p.integer("CARNET_LOCKOUT_THRESHOLD", 5)
	c.LockoutDelay = p.duration("CARNET_LOCKOUT_DELAY", time.Minute)
	c.LockoutMaxDelay = p.duration("CARNET_LOCKOUT_MAX_DELAY", time.Hour)
}

func (c *Config) validateAuthLimits() error {
	if !c.RateLimitAuth.Off() && (c.RateLimitAuthBurst < 1 || c.RateLimitAuthBurst > 1000) {
		return &FieldError{"CARNET_RATE_LIMIT_AUTH_BURST", fmt.Sprintf("must be from 1 to 1000, got %d", c.RateLimitAuthBurst)}
	}
	if c.LockoutThreshold < 0 || c.LockoutThreshold > 100 {
		return &FieldError{"CARNET_LOCKOUT_THRESHOLD", fmt.Sprintf("must be from 0 (no lockout) to 100, got %d", c.LockoutThreshold)}
	}
	if c.LockoutThreshold > 0 {
		if c.LockoutDelay <= 0 {
			return &FieldError{"CARNET_LOCKOUT_DELAY", "must be a positive duration such as 1m"}
		}
		if c.LockoutMaxDelay < c.LockoutDelay {
			return &FieldError{"CARNET_LOCKOUT_MAX_DELAY", fmt.Sprintf("must not be shorter than CARNET_LOCKOUT_DELAY (%s), got %s", c.LockoutDelay, c.LockoutMaxDelay)}
		}
	}
	return nil
}
