CREATE TABLE users (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    email             TEXT      NOT NULL,
    name              TEXT      NOT NULL DEFAULT '',
    password_hash     TEXT      NOT NULL,
    role              TEXT      NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
    currency          TEXT      NOT NULL DEFAULT 'USD',
    distance_unit     TEXT      NOT NULL DEFAULT 'mi' CHECK (distance_unit IN ('mi', 'km')),
    fuel_economy_unit TEXT      NOT NULL DEFAULT 'mpg',
    timezone          TEXT      NOT NULL DEFAULT 'UTC',
    date_format       TEXT      NOT NULL DEFAULT 'YYYY-MM-DD',
    failed_logins     INTEGER   NOT NULL DEFAULT 0,
    locked_until      TIMESTAMP,
    -- access tokens issued before this instant (a password change) are refused
    credentials_changed_at TIMESTAMP,
    created_at        TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at        TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
--bun:split
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
