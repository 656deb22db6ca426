#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <utility>

namespace veille {

// The roster's figures summed over stored mentions before they are written, and the author
// profiles already written. A normal insert keeps them for one batch; a bulk load
// (MentionStore::insertBulk) for the whole load, so each author's figures are written once at
// its end instead of once per batch. Every figure only adds up (first and last seen are a
// minimum and a maximum), so writing them later or in parts gives the same result.
struct AuthorTotals {
    struct Author {
        qint64 first = 0;
        qint64 last = 0;
        double sentimentSum = 0;
        qint64 sentimentN = 0;
        qint64 positive = 0;
        qint64 negative = 0;
        qint64 questions = 0;
        qint64 engagement = 0;
        qint64 mentions = 0;
    };
    struct Week {
        qint64 mentions = 0;
        double sentimentSum = 0;
        qint64 sentimentN = 0;
    };
    struct Topic {
        qint64 mentions = 0;
        qint64 firstAt = 0;
    };
    // The newest observation of an author's profile that was written.
    struct Profile {
        qint64 newest = 0;
        QString handle, name, url;
        std::optional<qint64> followers, following;
    };

    QHash<QString, Author> authors;                  // not written yet
    QHash<std::pair<QString, qint64>, Week> weeks;   // (author, week since the epoch)
    QHash<std::pair<QString, qint64>, Topic> topics; // (author, topic id)
    QHash<QString, Profile> written;

    // Entries waiting to be written (what bounds the memory a long load takes).
    qsizetype pending() const { return authors.size() + weeks.size() + topics.size(); }
};

} // namespace veille
