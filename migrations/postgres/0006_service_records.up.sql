CREATE TABLE service_records (
    id             BIGSERIAL PRIMARY KEY,
    vehicle_id     BIGINT NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    date           DATE NOT NULL,
    odometer       INTEGER CHECK (odometer >= 0),
    odometer_reset BOOLEAN NOT NULL DEFAULT FALSE,
    category       TEXT   NOT NULL,
    service_type   TEXT   NOT NULL,
    title          TEXT   NOT NULL DEFAULT '',
    description    TEXT   NOT NULL DEFAULT '',
    cost           BIGINT NOT NULL DEFAULT 0 CHECK (cost >= 0),
    vendor         TEXT   NOT NULL DEFAULT '',
    notes          TEXT   NOT NULL DEFAULT '',
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
--bun:split
CREATE INDEX service_records_vehicle_id_date_idx ON service_records (vehicle_id, date);
--bun:split
CREATE INDEX service_records_date_idx ON service_records (date);
--bun:split
CREATE INDEX service_records_odometer_idx ON service_records (odometer);
--bun:split
CREATE INDEX service_records_service_type_idx ON service_records (service_type);
