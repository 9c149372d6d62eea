// Package config reads Carnet's configuration from the environment (and an
// optional .env file) into a Config value that is passed explicitly.
package config

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/joho/godotenv"
)

// Environments.
const (
	EnvDevelopment = "development"
	EnvProduction  = "production"
)

// MinSecretKeyLen is the shortest CARNET_SECRET_KEY accepted in production.
const MinSecretKeyLen = 32

// Config is every setting Carnet reads at start-up.
type Config struct {
	Env             string
	Addr            string
	DataDir         string
	DatabaseURL     string // empty: SQLite in DataDir
	SecretKey       []byte
	AutoMigrate     bool
	TrustedProxies  []string
	HTTPSRedirect   bool
	HSTSSeconds     int
	SecureCookies   bool
	LogLevel        string
	LogFormat       string
	LogFile         string
	SentryDSN       string
	SentryEnv       string
	Registration    string // open | closed
	BodyLimitBytes  int
	ReadTimeout     time.Duration
	WriteTimeout    time.Duration
	IdleTimeout     time.Duration
	ShutdownTimeout time.Duration
	DBMaxOpenConns  int

	// Auth endpoint protection (limits.go).
	RateLimitAuth      Rate          // CARNET_RATE_LIMIT_AUTH, per client address
	RateLimitAuthBurst int           // CARNET_RATE_LIMIT_AUTH_BURST
	LockoutThreshold   int           // CARNET_LOCKOUT_THRESHOLD failures before a lock; 0: never
	LockoutDelay       time.Duration // CARNET_LOCKOUT_DELAY, the first lock
	LockoutMaxDelay    time.Duration // CARNET_LOCKOUT_MAX_DELAY, the cap of the doubling
}

// Production reports whether Carnet runs with production defaults.
func (c *Config) Production() bool { return c.Env == EnvProduction }

// SQLite reports whether the embedded SQLite database is used.
func (c *Config) SQLite() bool {
	return c.DatabaseURL == "" || strings.HasPrefix(c.DatabaseURL, "sqlite:") || strings.HasPrefix(c.DatabaseURL, "file:")
}

// SQLitePath is the SQLite file used when DatabaseURL is empty or sqlite:PATH.
func (c *Config) SQLitePath() string {
	switch {
	case strings.HasPrefix(c.DatabaseURL, "sqlite:"):
		return strings.TrimPrefix(strings.TrimPrefix(c.DatabaseURL, "sqlite:"), "//")
	case strings.HasPrefix(c.DatabaseURL, "file:"):
		return strings.TrimPrefix(c.DatabaseURL, "file:")
	}
	return filepath.Join(c.DataDir, "carnet.db")
}

// Getenv looks a variable up; tests pass a map-backed function.
type Getenv func(string) (string, bool)

// Load reads .env (when present, without overriding the real environment) and
// then the environment.
func Load() (*Config, error) {
	envFile := os.Getenv("CARNET_ENV_FILE")
	if envFile == "" {
		envFile = ".env"
	}
	if _, err := os.Stat(envFile); err == nil {
		if err := godotenv.Load(envFile); err != nil {
			return nil, fmt.Errorf("reading %s: %w", envFile, err)
		}
	}
	cfg, err := FromEnv(os.LookupEnv)
	if err != nil {
		return nil, err
	}
	if err := cfg.ensureSecretKey(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// FieldError names the variable that is wrong.
type FieldError struct {
	Var string
	Msg string
}

func (e *FieldError) Error() string { return fmt.Sprintf("config: %s %s", e.Var, e.Msg) }

// FromEnv builds a Config from a lookup function and validates it. It does not
// touch the file system.
func FromEnv(lookup Getenv) (*Config, error) {
	p := parser{lookup: lookup}
	c := &Config{}
	c.Env = p.str("CARNET_ENV", EnvDevelopment)
	if c.Env != EnvDevelopment && c.Env != EnvProduction {
		return nil, &FieldError{"CARNET_ENV", fmt.Sprintf("must be %q or %q, got %q", EnvDevelopment, EnvProduction, c.Env)}
	}
	prod := c.Production()
	c.Addr = p.str("CARNET_ADDR", "127.0.0.1:8080")
	c.DataDir = p.str("CARNET_DATA_DIR", "./data")
	c.DatabaseURL = p.str("DATABASE_URL", "")
	c.SecretKey = []byte(p.str("CARNET_SECRET_KEY", ""))
	c.AutoMigrate = p.boolean("CARNET_AUTO_MIGRATE", !prod)
	c.TrustedProxies = p.list("CARNET_TRUSTED_PROXIES")
	c.HTTPSRedirect = p.boolean("CARNET_HTTPS_REDIRECT", false)
	c.HSTSSeconds = p.integer("CARNET_HSTS_SECONDS", 0)
	c.SecureCookies = p.boolean("CARNET_SECURE_COOKIES", prod)
	c.LogLevel = strings.ToLower(p.str("CARNET_LOG_LEVEL", "info"))
	defFormat := "text"
	if prod {
		defFormat = "json"
	}
	c.LogFormat = strings.ToLower(p.str("CARNET_LOG_FORMAT", defFormat))
	c.LogFile = p.str("CARNET_LOG_FILE", "")
	c.SentryDSN = p.str("CARNET_SENTRY_DSN", "")
	c.SentryEnv = p.str("CARNET_SENTRY_ENVIRONMENT", c.Env)
	c.Registration = strings.ToLower(p.str("CARNET_REGISTRATION", "open"))
	c.BodyLimitBytes = p.integer("CARNET_BODY_LIMIT_BYTES", 1<<20)
	c.ReadTimeout = p.duration("CARNET_READ_TIMEOUT", 15*time.Second)
	c.WriteTimeout = p.duration("CARNET_WRITE_TIMEOUT", 30*time.Second)
	c.IdleTimeout = p.duration("CARNET_IDLE_TIMEOUT", 120*time.Second)
	c.ShutdownTimeout = p.duration("CARNET_SHUTDOWN_TIMEOUT", 20*time.Second)
	c.DBMaxOpenConns = p.integer("CARNET_DB_MAX_OPEN_CONNS", 20)
	c.readAuthLimits(&p)
	if p.err != nil {
		return nil, p.err
	}
	return c, c.Validate()
}

// Validate checks values that parse but make no sense.
func (c *Config) Validate() error {
	host, port, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return &FieldError{"CARNET_ADDR", fmt.Sprintf("must be host:port, got %q", c.Addr)}
	}
	_ = host
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return &FieldError{"CARNET_ADDR", fmt.Sprintf("port must be a number from 0 to 65535, got %q", port)}
	}
	if c.DatabaseURL != "" && !c.SQLite() {
		u, err := url.Parse(c.DatabaseURL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return &FieldError{"DATABASE_URL", "must be empty (SQLite), sqlite:PATH or postgres://user@host:port/db"}
		}
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return &FieldError{"CARNET_LOG_LEVEL", fmt.Sprintf("must be debug, info, warn or error, got %q", c.LogLevel)}
	}
	if c.LogFormat != "json" && c.LogFormat != "text" {
		return &FieldError{"CARNET_LOG_FORMAT", fmt.Sprintf("must be json or text, got %q", c.LogFormat)}
	}
	if c.Registration != "open" && c.Registration != "closed" {
		return &FieldError{"CARNET_REGISTRATION", fmt.Sprintf("must be open or closed, got %q", c.Registration)}
	}
	if c.HSTSSeconds < 0 {
		return &FieldError{"CARNET_HSTS_SECONDS", "must not be negative"}
	}
	if c.BodyLimitBytes < 1024 {
		return &FieldError{"CARNET_BODY_LIMIT_BYTES", "must be at least 1024"}
	}
	for _, p := range c.TrustedProxies {
		if net.ParseIP(p) == nil {
			if _, _, err := net.ParseCIDR(p); err != nil {
				return &FieldError{"CARNET_TRUSTED_PROXIES", fmt.Sprintf("%q is neither an IP address nor a CIDR range", p)}
			}
		}
	}
	if err := c.validateAuthLimits(); err != nil {
		return err
	}
	if c.Production() && len(c.SecretKey) < MinSecretKeyLen {
		if len(c.SecretKey) == 0 {
			return &FieldError{"CARNET_SECRET_KEY", "is required in production: generate one with `openssl rand -hex 32`"}
		}
		return &FieldError{"CARNET_SECRET_KEY", fmt.Sprintf("is too weak: %d bytes, at least %d needed (`openssl rand -hex 32`)", len(c.SecretKey), MinSecretKeyLen)}
	}
	return nil
}

// ensureSecretKey generates a development key once and keeps it in the data dir.
func (c *Config) ensureSecretKey() error {
	if len(c.SecretKey) > 0 {
		return nil
	}
	if err := os.MkdirAll(c.DataDir, 0o750); err != nil {
		return fmt.Errorf("creating CARNET_DATA_DIR %s: %w", c.DataDir, err)
	}
	path := filepath.Join(c.DataDir, "secret.key")
	if b, err := os.ReadFile(path); err == nil && len(strings.TrimSpace(string(b))) >= MinSecretKeyLen {
		c.SecretKey = []byte(strings.TrimSpace(string(b)))
		return nil
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return err
	}
	key := hex.EncodeToString(buf)
	if err := os.WriteFile(path, []byte(key+"\n"), 0o600); err != nil {
		return fmt.Errorf("writing development secret key %s: %w", path, err)
	}
	c.SecretKey = []byte(key)
	return nil
}

type parser struct {
	lookup Getenv
	err    error
}

func (p *parser) str(name, def string) string {
	if v, ok := p.lookup(name); ok && strings.TrimSpace(v) != "" {
		return strings.TrimSpace(v)
	}
	return def
}

func (p *parser) fail(name, msg string) {
	if p.err == nil {
		p.err = &FieldError{name, msg}
	}
}

func (p *parser) boolean(name string, def bool) bool {
	v := p.str(name, "")
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		p.fail(name, fmt.Sprintf("must be true or false, got %q", v))
		return def
	}
	return b
}

func (p *parser) integer(name string, def int) int {
	v := p.str(name, "")
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		p.fail(name, fmt.Sprintf("must be a whole number, got %q", v))
		return def
	}
	return n
}

func (p *parser) duration(name string, def time.Duration) time.Duration {
	v := p.str(name, "")
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		p.fail(name, fmt.Sprintf("must be a positive duration such as 15s or 2m, got %q", v))
		return def
	}
	return d
}

func (p *parser) list(name string) []string {
	v := p.str(name, "")
	if v == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
