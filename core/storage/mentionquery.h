#pragma once

#include "model/mention.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace veille {

// A position in the newest-first order of mentions: (created_at in ms, row id).
struct MentionCursor {
    qint64 createdAtMs = 0;
    qint64 rowId = 0;
    friend bool operator==(const MentionCursor &, const MentionCursor &) = default;
};

// What a listing of mentions asks for. Pages are keyset-based (never OFFSET), so the 1000th
// page costs what the first does.
struct MentionQuery {
    QString search; // full-text words; every word must appear
    QString topic;  // topic name
    QString network;
    QString lang;
    QString authorId;
    std::optional<SentimentLabel> sentiment;
    std::optional<MentionStatus> status;
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    std::optional<MentionCursor> olderThan;
    std::optional<MentionCursor> newerThan;
    int limit = 200;
    // Set by MentionStore from the word counts of the index; not for callers.
    bool timeWalkSearch = false;
};

inline MentionCursor cursorOf(const Mention &mention) {
    return {mention.createdAt.toMSecsSinceEpoch(), mention.rowId};
}

} // namespace veille

Q_DECLARE_METATYPE(veille::MentionQuery)
