-- Format 11: an alert keeps the figures its sentence is made of (the window in hours, the
-- audience that counted as high reach, the risk words found), as JSON, so that the sentence is
-- written in the reader's language when it is read rather than in the language of the process
-- that raised it. Older alerts keep their stored sentence.
ALTER TABLE alerts ADD COLUMN details TEXT;
