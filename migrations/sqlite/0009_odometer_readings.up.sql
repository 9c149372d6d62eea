CREATE TABLE odometer_readings (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id     INTEGER NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    odometer       INTEGER NOT NULL CHECK (odometer >= 0),
    odometer_reset BOOLEAN NOT NULL DEFAULT 0,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
--bun:split
CREATE INDEX odometer_readings_vehicle_id_date_idx ON odometer_readings (vehicle_id, date);
