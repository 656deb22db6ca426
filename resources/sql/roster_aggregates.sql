-- The roster's aggregates, computed from every stored mention at once. MentionStore keeps the
-- same figures up to date mention by mention; this script is the reference they must equal
-- (tests compare the two) and the repair when they ever drift.
UPDATE authors SET mention_count = 0, sentiment_sum = 0, sentiment_n = 0, positive_n = 0,
    negative_n = 0, question_n = 0, engagement_sum = 0;
UPDATE authors SET mention_count = a.mentions, first_seen = a.first, last_seen = a.last,
    sentiment_sum = a.sentiment_sum, sentiment_n = a.sentiment_n, positive_n = a.positive,
    negative_n = a.negative, question_n = a.questions, engagement_sum = a.engagement
FROM (SELECT author_id,
             COUNT(*) AS mentions,
             MIN(created_at) AS first,
             MAX(created_at) AS last,
             COALESCE(SUM(sentiment_score), 0) AS sentiment_sum,
             COUNT(sentiment_score) AS sentiment_n,
             COALESCE(SUM(sentiment_label = 'positive'), 0) AS positive,
             COALESCE(SUM(sentiment_label = 'negative'), 0) AS negative,
             COALESCE(SUM(reply_to IS NOT NULL OR instr(text, '?') > 0), 0) AS questions,
             COALESCE(SUM(likes + reposts + replies), 0) AS engagement
      FROM mentions GROUP BY author_id) AS a
WHERE authors.id = a.author_id;
DELETE FROM author_weeks;
INSERT INTO author_weeks (author_id, week, mentions, sentiment_sum, sentiment_n)
SELECT author_id, created_at / 604800000, COUNT(*), COALESCE(SUM(sentiment_score), 0),
       COUNT(sentiment_score)
FROM mentions GROUP BY author_id, created_at / 604800000;
DELETE FROM author_topics;
INSERT INTO author_topics (author_id, topic_id, mentions, first_at)
SELECT m.author_id, mt.topic_id, COUNT(*), MIN(m.created_at)
FROM mentions m JOIN mention_topics mt ON mt.mention_row_id = m.row_id
GROUP BY m.author_id, mt.topic_id;
