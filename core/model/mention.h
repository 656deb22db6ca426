#pragma once

#include "author.h"
#include "sentiment.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace veille {

enum class MentionStatus { New, Read, Assigned, Resolved };

QString mentionStatusName(MentionStatus status);
std::optional<MentionStatus> mentionStatusFromName(const QString &name);

struct EngagementMetrics {
    qint64 likes = 0;
    qint64 reposts = 0;
    qint64 replies = 0;
    friend bool operator==(const EngagementMetrics &, const EngagementMetrics &) = default;
};

// One thing said somewhere, normalised: plain text, UTC time, stable id `network:nativeId`.
struct Mention {
    qint64 rowId = 0; // the workspace's own key; 0 until stored
    QString id;
    QString network;
    QString source;
    QString url;
    QDateTime createdAt; // UTC
    QString lang;
    Author author;
    QString text;
    QString replyTo; // the id of the mention this one answers, or empty
    EngagementMetrics metrics;
    Sentiment sentiment;
    QStringList topics;
    MentionStatus status = MentionStatus::New;
    QString assignedTo;
    // The manager's own work on it (not part of the JSON Lines format).
    QStringList tags;
    QString note;

    friend bool operator==(const Mention &, const Mention &) = default;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::Mention)
