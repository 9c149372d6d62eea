CREATE TABLE service_records (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id     INTEGER NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    date           TEXT NOT NULL,
    odometer       INTEGER CHECK (odometer >= 0),
    odometer_reset BOOLEAN NOT NULL DEFAULT 0,
    category       TEXT   NOT NULL,
    service_type   TEXT   NOT NULL,
    title          TEXT   NOT NULL DEFAULT '',
    description    TEXT   NOT NULL DEFAULT '',
    cost           BIGINT NOT NULL DEFAULT 0 CHECK (cost >= 0),
    vendor         TEXT   NOT NULL DEFAULT '',
    notes          TEXT   NOT NULL DEFAULT '',
    created_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
--bun:split
CREATE INDEX service_records_vehicle_id_date_idx ON service_records (vehicle_id, date);
--bun:split
CREATE INDEX service_records_date_idx ON service_records (date);
--bun:split
CREATE INDEX service_records_odometer_idx ON service_records (odometer);
--bun:split
CREATE INDEX service_records_service_type_idx ON service_records (service_type);
