CREATE TABLE fuel_entries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id       INTEGER NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    date             TEXT NOT NULL,
    odometer         INTEGER NOT NULL CHECK (odometer >= 0),
    odometer_reset   BOOLEAN NOT NULL DEFAULT 0,
    quantity_milli   BIGINT NOT NULL CHECK (quantity_milli > 0),
    unit_price_milli BIGINT NOT NULL CHECK (unit_price_milli >= 0),
    total_cost       BIGINT NOT NULL CHECK (total_cost >= 0),
    full_tank        BOOLEAN NOT NULL DEFAULT 0,
    missed_previous  BOOLEAN NOT NULL DEFAULT 0,
    station          TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
--bun:split
CREATE INDEX fuel_entries_vehicle_id_date_idx ON fuel_entries (vehicle_id, date);
