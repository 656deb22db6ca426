-- Format 10: what the composer sets on a post, what the publisher learns once it is out, and
-- what an account's server allows.
-- Mastodon's content warning, visibility and language; media as a JSON array of
-- {"path": local file, "alt": description}; the network's own id of the sent post (status id,
-- at:// address) and when its likes, reposts and replies were last read; posts written together
-- in the composer share a group.
ALTER TABLE scheduled_posts ADD COLUMN content_warning TEXT;
ALTER TABLE scheduled_posts ADD COLUMN visibility TEXT;
ALTER TABLE scheduled_posts ADD COLUMN language TEXT;
ALTER TABLE scheduled_posts ADD COLUMN media TEXT;
ALTER TABLE scheduled_posts ADD COLUMN remote_id TEXT;
ALTER TABLE scheduled_posts ADD COLUMN metrics_at INTEGER;
ALTER TABLE scheduled_posts ADD COLUMN post_group TEXT;
CREATE INDEX scheduled_posts_by_status ON scheduled_posts (status, sent_at);
-- The post length and media count the account's server allows (Mastodon's /api/v2/instance;
-- Bluesky's fixed 300 graphemes), how the account signed in, and the OAuth application
-- registered on its instance (its id only: the client secret is in the keychain).
ALTER TABLE accounts ADD COLUMN max_characters INTEGER;
ALTER TABLE accounts ADD COLUMN max_media INTEGER;
ALTER TABLE accounts ADD COLUMN url_length INTEGER;
ALTER TABLE accounts ADD COLUMN sign_in TEXT;
ALTER TABLE accounts ADD COLUMN client_id TEXT;
