-- Format 6: alerts raised by the spike detector, kept until the manager acknowledges them.
-- `key` (kind and day) makes raising the same alert twice a no-op.
CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    raised_at       INTEGER NOT NULL,
    title           TEXT NOT NULL,
    value           REAL,
    usual           REAL,
    mention_ids     TEXT,
    acknowledged_at INTEGER
);
CREATE INDEX alerts_open ON alerts (acknowledged_at, raised_at);
