package model

import (
	"time"

	"github.com/uptrace/bun"
)

// Roles.
const (
	RoleUser  = "user"
	RoleAdmin = "admin"
)

// User is an account. Email is stored lower-cased and unique.
type User struct {
	bun.BaseModel `bun:"table:users"`

	ID              int64      `bun:"id,pk,autoincrement" json:"id"`
	Email           string     `bun:"email,notnull" json:"email"`
	Name            string     `bun:"name,notnull" json:"name"`
	PasswordHash    string     `bun:"password_hash,notnull" json:"-"`
	Role            string     `bun:"role,notnull" json:"role"`
	Currency        string     `bun:"currency,notnull" json:"currency"`
	DistanceUnit    string     `bun:"distance_unit,notnull" json:"distance_unit"`
	FuelEconomyUnit string     `bun:"fuel_economy_unit,notnull" json:"fuel_economy_unit"`
	Timezone        string     `bun:"timezone,notnull" json:"timezone"`
	DateFormat      string     `bun:"date_format,notnull" json:"date_format"`
	FailedLogins    int        `bun:"failed_logins,notnull" json:"-"`
	LockedUntil     *time.Time `bun:"locked_until" json:"-"`
	// CredentialsChangedAt: access tokens issued before it are refused.
	CredentialsChangedAt *time.Time `bun:"credentials_changed_at" json:"-"`
	CreatedAt            time.Time  `bun:"created_at,notnull" json:"created_at"`
	UpdatedAt            time.Time  `bun:"updated_at,notnull" json:"updated_at"`
}

// Session is a browser session; ID is the SHA-256 of the cookie's token.
type Session struct {
	bun.BaseModel `bun:"table:sessions"`

	ID         string    `bun:"id,pk"`
	UserID     int64     `bun:"user_id,notnull"`
	IP         string    `bun:"ip,notnull"`
	UserAgent  string    `bun:"user_agent,notnull"`
	CreatedAt  time.Time `bun:"created_at,notnull"`
	LastSeenAt time.Time `bun:"last_seen_at,notnull"`
	ExpiresAt  time.Time `bun:"expires_at,notnull"`
}

// RefreshToken is one link of a rotating refresh-token family.
type RefreshToken struct {
	bun.BaseModel `bun:"table:refresh_tokens"`

	ID        int64     `bun:"id,pk,autoincrement"`
	UserID    int64     `bun:"user_id,notnull"`
	FamilyID  string    `bun:"family_id,notnull"`
	TokenHash string    `bun:"token_hash,notnull"`
	CreatedAt time.Time `bun:"created_at,notnull"`
	ExpiresAt time.Time `bun:"expires_at,notnull"`
	// FamilyExpiresAt is the family's absolute end (rotation never extends it).
	FamilyExpiresAt time.Time  `bun:"family_expires_at,notnull"`
	UsedAt          *time.Time `bun:"used_at"`
	RevokedAt       *time.Time `bun:"revoked_at"`
}

// APIToken is a personal API token; only its hash is stored.
type APIToken struct {
	bun.BaseModel `bun:"table:api_tokens"`

	ID         int64      `bun:"id,pk,autoincrement" json:"id"`
	UserID     int64      `bun:"user_id,notnull" json:"-"`
	Name       string     `bun:"name,notnull" json:"name"`
	Scope      string     `bun:"scope,notnull" json:"scope"`
	Prefix     string     `bun:"prefix,notnull" json:"prefix"`
	TokenHash  string     `bun:"token_hash,notnull" json:"-"`
	CreatedAt  time.Time  `bun:"created_at,notnull" json:"created_at"`
	ExpiresAt  *time.Time `bun:"expires_at" json:"expires_at"`
	LastUsedAt *time.Time `bun:"last_used_at" json:"last_used_at"`
	RevokedAt  *time.Time `bun:"revoked_at" json:"-"`
}
