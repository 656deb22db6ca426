-- Format 5: searches now judge how common their words are from a bounded sample of the
-- newest mentions; the word-count table of format 3 counted a common word's every match
-- (10 ms for a word in most of a million mentions) and is no longer read.
DROP TABLE mentions_fts_vocab;
