#pragma once

#include "mention.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace veille {

enum class PostStatus { Draft, Scheduled, Sending, Sent, Failed, Missed };

QString postStatusName(PostStatus status);
std::optional<PostStatus> postStatusFromName(const QString &name);

// A picture attached to a post, with the description read to those who cannot see it.
struct PostMedia {
    QString path; // a local file, uploaded when the post is sent
    QString alt;
    friend bool operator==(const PostMedia &, const PostMedia &) = default;
};

struct ScheduledPost {
    qint64 id = 0;
    QString account; // the account's name
    QString network;
    QString text;
    QDateTime scheduledAt; // UTC
    QString timeZone;      // IANA id the manager planned in, e.g. Europe/Paris
    PostStatus status = PostStatus::Draft;
    QDateTime sentAt;
    QString url;
    QString error;
    EngagementMetrics metrics;
    QString replyTo; // the id of the mention this post answers, or empty
    // Set in the composer. Mastodon only: the content warning and visibility (public,
    // unlisted, private, direct; empty = the account's default).
    QString contentWarning;
    QString visibility;
    QString language; // ISO 639-1, e.g. fr; empty = not said
    QList<PostMedia> media;
    QString group;    // posts written together in the composer share it
    QString remoteId; // the network's id once sent: Mastodon status id, Bluesky at:// address
    friend bool operator==(const ScheduledPost &, const ScheduledPost &) = default;
};

// The media list as stored: [{"path": …, "alt": …}, …].
QString mediaToJson(const QList<PostMedia> &media);
QList<PostMedia> mediaFromJson(const QString &json);

} // namespace veille

Q_DECLARE_METATYPE(veille::ScheduledPost)
