#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace veille {

// A person or organisation as one network knows them. The id is `network:nativeId`.
struct Author {
    QString id;
    QString network;
    QString handle;
    QString name;
    std::optional<qint64> followers;
    std::optional<qint64> following;
    QString url;

    // Maintained by the workspace as mentions arrive; not part of a mention's author object.
    qint64 mentionCount = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    std::optional<double> averageSentiment;
    QString segment;       // enthusiast, show_off, timid, indifferent, blase, or empty
    QString segmentReason; // in words
    bool ambassador = false;
    bool detractor = false;
    QString suspicious; // empty, or the reason in words
    QString member;     // the linked member's display name, if any
    QStringList tags;
    QString note;                // the team's own, never published
    qint64 engagement = 0;       // likes + reposts + replies their mentions received
    bool ambassadorMark = false; // marked ambassador by the manager

    friend bool operator==(const Author &, const Author &) = default;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::Author)
