CREATE TABLE registrations (
    id                  BIGSERIAL PRIMARY KEY,
    vehicle_id          BIGINT NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    plate               TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    issued_on           DATE,
    expires_on          DATE NOT NULL,
    inspection_due_on   DATE,
    fee                 BIGINT CHECK (fee >= 0),
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (issued_on IS NULL OR expires_on >= issued_on)
);
--bun:split
CREATE INDEX registrations_vehicle_id_idx ON registrations (vehicle_id);
--bun:split
CREATE INDEX registrations_expires_on_idx ON registrations (expires_on);
--bun:split
CREATE INDEX registrations_inspection_due_on_idx ON registrations (inspection_due_on);
