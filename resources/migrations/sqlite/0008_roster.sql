-- Format 8: the community roster. What each author's mentions add up to is kept as they arrive
-- (counts by sentiment, questions, engagement; a week-by-week history; the topics they talk
-- about), so segments are decided from a few numbers, never by reading every mention again.
ALTER TABLE authors ADD COLUMN positive_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN negative_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN question_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN engagement_sum INTEGER NOT NULL DEFAULT 0;
-- The largest rise of followers between two observations (x times), and when it was seen.
ALTER TABLE authors ADD COLUMN follower_jump REAL;
ALTER TABLE authors ADD COLUMN follower_jump_at INTEGER;
-- The manager's own word: this author is an ambassador whatever the figures say.
ALTER TABLE authors ADD COLUMN ambassador_mark INTEGER NOT NULL DEFAULT 0;
-- The classification, decided from the figures above (core/community/segmentrules).
ALTER TABLE authors ADD COLUMN segment TEXT;
ALTER TABLE authors ADD COLUMN segment_reason TEXT;
ALTER TABLE authors ADD COLUMN ambassador INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN detractor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE authors ADD COLUMN suspicious TEXT;
ALTER TABLE authors ADD COLUMN classified_at INTEGER;
CREATE INDEX authors_by_segment ON authors (segment, mention_count);
CREATE INDEX authors_suspicious ON authors (mention_count) WHERE suspicious IS NOT NULL;
CREATE INDEX authors_ambassadors ON authors (mention_count) WHERE ambassador = 1;

CREATE TABLE author_weeks (
    author_id     TEXT NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    week          INTEGER NOT NULL, -- whole weeks since 1970-01-01 (a Thursday), UTC
    mentions      INTEGER NOT NULL,
    sentiment_sum REAL NOT NULL,
    sentiment_n   INTEGER NOT NULL,
    PRIMARY KEY (author_id, week)
) WITHOUT ROWID;

CREATE TABLE author_topics (
    author_id TEXT NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    topic_id  INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    mentions  INTEGER NOT NULL,
    first_at  INTEGER NOT NULL,
    PRIMARY KEY (author_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX author_topics_by_topic ON author_topics (topic_id, author_id);

-- Every change of an author's segment, to show their history and the segments' trend.
CREATE TABLE segment_history (
    author_id TEXT NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    segment   TEXT,
    PRIMARY KEY (author_id, at)
) WITHOUT ROWID;

-- Workspace-wide settings the whole team shares (the segment thresholds).
CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- What the mentions already stored add up to (the same as resources/sql/roster_aggregates.sql).
UPDATE authors SET positive_n = a.positive, negative_n = a.negative, question_n = a.questions,
    engagement_sum = a.engagement
FROM (SELECT author_id,
             COALESCE(SUM(sentiment_label = 'positive'), 0) AS positive,
             COALESCE(SUM(sentiment_label = 'negative'), 0) AS negative,
             COALESCE(SUM(reply_to IS NOT NULL OR instr(text, '?') > 0), 0) AS questions,
             COALESCE(SUM(likes + reposts + replies), 0) AS engagement
      FROM mentions GROUP BY author_id) AS a
WHERE authors.id = a.author_id;
INSERT INTO author_weeks (author_id, week, mentions, sentiment_sum, sentiment_n)
SELECT author_id, created_at / 604800000, COUNT(*), COALESCE(SUM(sentiment_score), 0),
       COUNT(sentiment_score)
FROM mentions GROUP BY author_id, created_at / 604800000;
INSERT INTO author_topics (author_id, topic_id, mentions, first_at)
SELECT m.author_id, mt.topic_id, COUNT(*), MIN(m.created_at)
FROM mentions m JOIN mention_topics mt ON mt.mention_row_id = m.row_id
GROUP BY m.author_id, mt.topic_id;
