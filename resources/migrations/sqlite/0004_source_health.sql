-- Format 4: what the collector knows of each source's health, shown to the manager: its state
-- in one word, how many polls in a row failed (the back-off grows with it), and how many new
-- mentions the last successful poll brought.
ALTER TABLE sources ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'ok', 'error', 'needs_sign_in', 'rate_limited'));
ALTER TABLE sources ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN last_new INTEGER;
