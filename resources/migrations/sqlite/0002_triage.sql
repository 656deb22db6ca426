-- Format 2: the manager's own work on the stream and the community — triage status and
-- assignment, private notes, tags, linked identities, sentiment corrections and baselines.

ALTER TABLE mentions ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'read', 'assigned', 'resolved'));
ALTER TABLE mentions ADD COLUMN assigned_to TEXT;
ALTER TABLE mentions ADD COLUMN note TEXT;
-- When the brand first answered this mention (a reply sent, or marked answered).
ALTER TABLE mentions ADD COLUMN first_response_at INTEGER;
CREATE INDEX mentions_by_status ON mentions (status, created_at);

-- One person seen on several networks, linked by the manager.
CREATE TABLE members (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    note       TEXT,
    created_at INTEGER NOT NULL
);
ALTER TABLE authors ADD COLUMN member_id INTEGER REFERENCES members (id) ON DELETE SET NULL;
ALTER TABLE authors ADD COLUMN note TEXT;
CREATE INDEX authors_by_member ON authors (member_id);
CREATE INDEX authors_by_mentions ON authors (mention_count);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE mention_tags (
    mention_row_id INTEGER NOT NULL REFERENCES mentions (row_id) ON DELETE CASCADE,
    tag_id         INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (mention_row_id, tag_id)
);
CREATE TABLE author_tags (
    author_id TEXT NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (author_id, tag_id)
);

-- The manager's word on a mention's sentiment overrides the engine's, and teaches it.
CREATE TABLE sentiment_corrections (
    mention_row_id INTEGER PRIMARY KEY REFERENCES mentions (row_id) ON DELETE CASCADE,
    label          TEXT NOT NULL CHECK (label IN ('positive', 'negative', 'neutral')),
    corrected_at   INTEGER NOT NULL,
    corrected_by   TEXT
);

-- "Where we stood when the strategy started": the figures of a period, kept to compare with.
CREATE TABLE baselines (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    topic_id   INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    since      INTEGER NOT NULL,
    until      INTEGER NOT NULL,
    figures    TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
