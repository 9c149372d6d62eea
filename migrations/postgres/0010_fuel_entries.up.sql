CREATE TABLE fuel_entries (
    id               BIGSERIAL PRIMARY KEY,
    vehicle_id       BIGINT NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    date             DATE NOT NULL,
    odometer         INTEGER NOT NULL CHECK (odometer >= 0),
    odometer_reset   BOOLEAN NOT NULL DEFAULT FALSE,
    quantity_milli   BIGINT NOT NULL CHECK (quantity_milli > 0),
    unit_price_milli BIGINT NOT NULL CHECK (unit_price_milli >= 0),
    total_cost       BIGINT NOT NULL CHECK (total_cost >= 0),
    full_tank        BOOLEAN NOT NULL DEFAULT FALSE,
    missed_previous  BOOLEAN NOT NULL DEFAULT FALSE,
    station          TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
--bun:split
CREATE INDEX fuel_entries_vehicle_id_date_idx ON fuel_entries (vehicle_id, date);
