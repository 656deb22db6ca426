#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
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
int mastodonLength(const QString &text, int urlLength = 23);
inline constexpr int kMastodonDefaultLimit = 500;

// A post's length as its network counts it, and the limit (the account's when the server said
// it, else the network's default).
int postLength(const QString &network, const QString &text, int urlLength = 23);
int postLimit(const QString &network, int accountLimit = 0);

// The links, hashtags and @mentions of a post, in order (positions in QString units).
struct PostSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    enum Kind { Link, Tag, Mention } kind = Link;
    QString value; // the address, the tag without '#', the handle without '@'
};
QList<PostSpan> postSpans(const QString &text);

// app.bsky.richtext.facet entries for the links, hashtags and mentions of `text`, with byte
// offsets into its UTF-8 encoding, as the record's "facets" wants them. `dids` maps each
// mentioned handle (lower case, without '@') to its DID; unresolved handles get no facet.
QJsonArray blueskyFacets(const QString &text, const QHash<QString, QString> &dids = {});

} // namespace veille
