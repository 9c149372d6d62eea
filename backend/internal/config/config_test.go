package config

import (
	"errors"
	"strings"
	"testing"
)

func lookup(env map[string]string) Getenv {
	return func(k string) (string, bool) { v, ok := env[k]; return v, ok }
}

func TestFromEnvDefaults(t *testing.T) {
	c, err := FromEnv(lookup(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Env != EnvDevelopment || c.Addr != "127.0.0.1:8080" || c.DataDir != "./data" || !c.SQLite() || !c.AutoMigrate || c.SecureCookies || c.LogFormat != "text" {
		t.Fatalf("unexpected development defaults: %+v", c)
	}
	if c.SQLitePath() != "data/carnet.db" {
		t.Fatalf("SQLitePath = %q", c.SQLitePath())
	}
}

func TestProductionDefaults(t *testing.T) {
	c, err := FromEnv(lookup(map[string]string{"CARNET_ENV": "production", "CARNET_SECRET_KEY": strings.Repeat("k", 32)}))
	if err != nil {
		t.Fatal(err)
	}
	if c.AutoMigrate || !c.SecureCookies || c.LogFormat != "json" {
		t.Fatalf("unexpected production defaults: %+v", c)
	}
}

func TestFromEnvErrorsNameTheVariable(t *testing.T) {
	cases := map[string]struct {
		env     map[string]string
		wantVar string
	}{
		"unknown env":            {map[string]string{"CARNET_ENV": "staging"}, "CARNET_ENV"},
		"port not a number":      {map[string]string{"CARNET_ADDR": "127.0.0.1:http"}, "CARNET_ADDR"},
		"no port":                {map[string]string{"CARNET_ADDR": "localhost"}, "CARNET_ADDR"},
		"bad bool":               {map[string]string{"CARNET_AUTO_MIGRATE": "maybe"}, "CARNET_AUTO_MIGRATE"},
		"bad int":                {map[string]string{"CARNET_HSTS_SECONDS": "a year"}, "CARNET_HSTS_SECONDS"},
		"bad duration":           {map[string]string{"CARNET_READ_TIMEOUT": "10"}, "CARNET_READ_TIMEOUT"},
		"bad database url":       {map[string]string{"DATABASE_URL": "mysql://x"}, "DATABASE_URL"},
		"bad log level":          {map[string]string{"CARNET_LOG_LEVEL": "loud"}, "CARNET_LOG_LEVEL"},
		"bad log format":         {map[string]string{"CARNET_LOG_FORMAT": "xml"}, "CARNET_LOG_FORMAT"},
		"bad proxy":              {map[string]string{"CARNET_TRUSTED_PROXIES": "10.0.0.1, lb.local"}, "CARNET_TRUSTED_PROXIES"},
		"bad registration":       {map[string]string{"CARNET_REGISTRATION": "invite"}, "CARNET_REGISTRATION"},
		"production without key": {map[string]string{"CARNET_ENV": "production"}, "CARNET_SECRET_KEY"},
		"production weak key":    {map[string]string{"CARNET_ENV": "production", "CARNET_SECRET_KEY": "short"}, "CARNET_SECRET_KEY"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := FromEnv(lookup(tc.env))
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Var != tc.wantVar {
				t.Fatalf("err = %v, want a FieldError on %s", err, tc.wantVar)
			}
			if !strings.Contains(err.Error(), tc.wantVar) {
				t.Fatalf("message %q does not name %s", err, tc.wantVar)
			}
		})
	}
}

func TestDevelopmentSecretKeyIsGeneratedOnceAndKept(t *testing.T) {
	dir := t.TempDir()
	c1 := &Config{DataDir: dir}
	if err := c1.ensureSecretKey(); err != nil {
		t.Fatal(err)
	}
	c2 := &Config{DataDir: dir}
	if err := c2.ensureSecretKey(); err != nil {
		t.Fatal(err)
	}
	if len(c1.SecretKey) < MinSecretKeyLen || string(c1.SecretKey) != string(c2.SecretKey) {
		t.Fatalf("keys %q and %q", c1.SecretKey, c2.SecretKey)
	}
}
