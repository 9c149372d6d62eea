CREATE TABLE registrations (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id          INTEGER NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    plate               TEXT NOT NULL DEFAULT '',
    region              TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    issued_on           TEXT,
    expires_on          TEXT NOT NULL,
    inspection_due_on   TEXT,
    fee                 BIGINT CHECK (fee >= 0),
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (issued_on IS NULL OR expires_on >= issued_on)
);
--bun:split
CREATE INDEX registrations_vehicle_id_idx ON registrations (vehicle_id);
--bun:split
CREATE INDEX registrations_expires_on_idx ON registrations (expires_on);
--bun:split
CREATE INDEX registrations_inspection_due_on_idx ON registrations (inspection_due_on);
