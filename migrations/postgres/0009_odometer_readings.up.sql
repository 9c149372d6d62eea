CREATE TABLE odometer_readings (
    id             BIGSERIAL PRIMARY KEY,
    vehicle_id     BIGINT NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    date           DATE NOT NULL,
    odometer       INTEGER NOT NULL CHECK (odometer >= 0),
    odometer_reset BOOLEAN NOT NULL DEFAULT FALSE,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
--bun:split
CREATE INDEX odometer_readings_vehicle_id_date_idx ON odometer_readings (vehicle_id, date);
