CREATE TABLE vehicles (
    id                BIGSERIAL PRIMARY KEY,
    user_id           BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL DEFAULT '',
    make              TEXT    NOT NULL,
    model             TEXT    NOT NULL,
    year              INTEGER NOT NULL CHECK (year >= 1900),
    trim              TEXT    NOT NULL DEFAULT '',
    vin               TEXT,
    license_plate     TEXT    NOT NULL DEFAULT '',
    color             TEXT    NOT NULL DEFAULT '',
    fuel_type         TEXT    NOT NULL DEFAULT 'gasoline',
    distance_unit     TEXT    NOT NULL DEFAULT 'mi' CHECK (distance_unit IN ('mi', 'km')),
    purchase_date     DATE,
    purchase_price    BIGINT CHECK (purchase_price >= 0),
    purchase_odometer INTEGER CHECK (purchase_odometer >= 0),
    notes             TEXT    NOT NULL DEFAULT '',
    archived          BOOLEAN  NOT NULL DEFAULT FALSE,
    current_odometer  INTEGER,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
--bun:split
CREATE INDEX vehicles_user_id_idx ON vehicles (user_id);
--bun:split
CREATE INDEX vehicles_year_idx ON vehicles (year);
--bun:split
CREATE INDEX vehicles_vin_idx ON vehicles (vin);
--bun:split
-- A VIN is unique within an account: another account may hold the same car
-- (sold, shared) and must not learn that it exists elsewhere.
CREATE UNIQUE INDEX vehicles_user_id_vin_key ON vehicles (user_id, vin);
--bun:split
CREATE INDEX vehicles_created_at_idx ON vehicles (created_at);
