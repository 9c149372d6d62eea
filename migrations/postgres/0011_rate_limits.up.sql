-- Rate-limit state shared by every instance: per key, the theoretical
-- arrival time (GCRA) in Unix microseconds. Rows in the past are stale.
CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    tat BIGINT NOT NULL
);
