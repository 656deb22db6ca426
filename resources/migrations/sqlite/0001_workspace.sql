-- Veille workspace, format 1: what is listened for, where, what was said, by whom, and what
-- the brand publishes. Times are INTEGER milliseconds since the epoch, UTC.

CREATE TABLE veille_schema (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at INTEGER NOT NULL
);

CREATE TABLE topics (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    query       TEXT NOT NULL,
    competitor  INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);

-- No secrets here: `account` names an account whose credentials are in the OS keychain.
CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    url           TEXT,
    query         TEXT,
    account       TEXT,
    interval_s    INTEGER NOT NULL DEFAULT 900,
    enabled       INTEGER NOT NULL DEFAULT 1,
    cursor        TEXT,
    etag          TEXT,
    last_modified TEXT,
    last_success  INTEGER,
    last_error    TEXT,
    last_error_at INTEGER,
    next_poll     INTEGER,
    created_at    INTEGER NOT NULL
);

CREATE TABLE authors (
    id            TEXT PRIMARY KEY,
    network       TEXT NOT NULL,
    handle        TEXT,
    name          TEXT,
    url           TEXT,
    followers     INTEGER,
    following     INTEGER,
    mention_count INTEGER NOT NULL DEFAULT 0,
    first_seen    INTEGER,
    last_seen     INTEGER,
    sentiment_sum REAL NOT NULL DEFAULT 0,
    sentiment_n   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE mentions (
    row_id          INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    network         TEXT NOT NULL,
    source          TEXT,
    url             TEXT,
    created_at      INTEGER NOT NULL,
    lang            TEXT,
    author_id       TEXT NOT NULL REFERENCES authors (id),
    text            TEXT NOT NULL,
    reply_to        TEXT,
    likes           INTEGER NOT NULL DEFAULT 0,
    reposts         INTEGER NOT NULL DEFAULT 0,
    replies         INTEGER NOT NULL DEFAULT 0,
    sentiment_label TEXT CHECK (sentiment_label IN ('positive', 'negative', 'neutral')),
    sentiment_score REAL,
    fetched_at      INTEGER NOT NULL
);

CREATE INDEX mentions_by_time ON mentions (created_at);
CREATE INDEX mentions_by_author ON mentions (author_id, created_at);
CREATE INDEX mentions_by_sentiment ON mentions (sentiment_label, created_at);
CREATE INDEX mentions_by_network ON mentions (network, created_at);

CREATE TABLE mention_topics (
    mention_row_id INTEGER NOT NULL REFERENCES mentions (row_id) ON DELETE CASCADE,
    topic_id       INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    PRIMARY KEY (mention_row_id, topic_id)
);
CREATE INDEX mention_topics_by_topic ON mention_topics (topic_id, mention_row_id);

-- Full-text search over the mention text, accent- and case-insensitive (external content:
-- the text is stored once). New rows are indexed by MentionStore in the same transaction as
-- the row itself: an AFTER INSERT trigger makes FTS5 flush its pending terms at every row and
-- costs four to five times the throughput. Deletes and edits are rare and kept in step here.
CREATE VIRTUAL TABLE mentions_fts USING fts5 (
    text,
    content = 'mentions',
    content_rowid = 'row_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, text) VALUES ('delete', old.row_id, old.text);
END;

CREATE TRIGGER mentions_fts_update AFTER UPDATE OF text ON mentions BEGIN
    INSERT INTO mentions_fts (mentions_fts, rowid, text) VALUES ('delete', old.row_id, old.text);
    INSERT INTO mentions_fts (rowid, text) VALUES (new.row_id, new.text);
END;

-- Publishing accounts; tokens and app passwords are in the OS keychain only.
CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    network    TEXT NOT NULL,
    handle     TEXT,
    base_url   TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE scheduled_posts (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    text            TEXT NOT NULL,
    scheduled_at    INTEGER,
    time_zone       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'scheduled', 'sending', 'sent', 'failed', 'missed')),
    idempotency_key TEXT NOT NULL UNIQUE,
    sent_at         INTEGER,
    url             TEXT,
    error           TEXT,
    likes           INTEGER NOT NULL DEFAULT 0,
    reposts         INTEGER NOT NULL DEFAULT 0,
    replies         INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
);
CREATE INDEX scheduled_posts_by_time ON scheduled_posts (scheduled_at);
