CREATE TABLE insurance_policies (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    vehicle_id     INTEGER NOT NULL REFERENCES vehicles (id) ON DELETE CASCADE,
    provider       TEXT NOT NULL,
    policy_number  TEXT NOT NULL DEFAULT '',
    coverage_type  TEXT NOT NULL DEFAULT '',
    coverage_start TEXT NOT NULL,
    coverage_end   TEXT NOT NULL,
    premium        BIGINT NOT NULL DEFAULT 0 CHECK (premium >= 0),
    premium_period TEXT NOT NULL DEFAULT 'annual',
    deductible     BIGINT CHECK (deductible >= 0),
    agent_name     TEXT NOT NULL DEFAULT '',
    agent_phone    TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (coverage_end > coverage_start)
);
--bun:split
CREATE INDEX insurance_policies_user_id_idx ON insurance_policies (user_id);
--bun:split
CREATE INDEX insurance_policies_vehicle_id_idx ON insurance_policies (vehicle_id);
--bun:split
CREATE INDEX insurance_policies_coverage_end_idx ON insurance_policies (coverage_end);
--bun:split
CREATE INDEX insurance_policies_policy_number_idx ON insurance_policies (policy_number);
