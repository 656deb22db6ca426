#pragma once

#include "mention.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace veille {

enum class PostStatus { Draft, Scheduled, Sending, Sent, Failed, Missed };

QString postStatusName(PostStatus status);
std::optional<PostStatus> postStatusFromName(const QString &name);

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
    friend bool operator==(const ScheduledPost &, const ScheduledPost &) = default;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::ScheduledPost)
