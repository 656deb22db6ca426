#pragma once

#include <QJsonArray>
#include <QString>

namespace veille {

// How each network counts a post's length, and the rich-text facets Bluesky needs to make
// links and hashtags work (it does not find them in the text by itself).

// Bluesky: 300 graphemes — what a reader sees as one character ("👨‍👩‍👧" and "é"
// written as e + accent count one each).
int blueskyLength(const QString &text);
inline constexpr int kBlueskyLimit = 300;

// Mastodon: characters (code points), every link counted as 23 whatever its length, and
// @user@domain as @user. The limit is the instance's (its /api/v2/instance says; 500 by
// default).
int mastodonLength(const QString &text);
inline constexpr int kMastodonDefaultLimit = 500;

// app.bsky.richtext.facet entries for the links and hashtags of `text`, with byte offsets
// into its UTF-8 encoding, as the record's "facets" wants them.
QJsonArray blueskyFacets(const QString &text);

} // namespace veille
