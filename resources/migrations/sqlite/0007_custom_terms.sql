-- Format 7: the manager's own sentiment terms (added one by one or imported from a
-- term<TAB>score list), layered over the built-in lexicons and the learnt corrections.
CREATE TABLE custom_terms (
    term     TEXT PRIMARY KEY,
    score    REAL NOT NULL CHECK (score >= -5 AND score <= 5),
    added_at INTEGER NOT NULL
);
