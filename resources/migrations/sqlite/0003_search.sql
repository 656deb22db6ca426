-- Format 3: how many mentions contain each indexed word, so that a search can choose its plan:
-- for a word found in most mentions, walking the newest mentions and checking each is far
-- faster than collecting every match first; for a rare word it is the other way round.
CREATE VIRTUAL TABLE mentions_fts_vocab USING fts5vocab (mentions_fts, row);
