-- Format 9: a post can answer a mention (its id); once sent, the mention counts as answered.
ALTER TABLE scheduled_posts ADD COLUMN reply_to TEXT;
