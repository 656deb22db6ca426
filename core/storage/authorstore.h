#pragma once

#include "model/author.h"
#include "model/sentiment.h"
#include "storageerror.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>

#include <optional>

namespace veille {

// Which authors of the roster, in which order. Every filter is optional.
struct AuthorQuery {
    QString network;
    QString search; // in handle or name
    // enthusiast, show_off, timid, indifferent, blase; or ambassador, detractor, suspicious;
    // or "none" (no segment yet)
    QString segment;
    QString topic;                           // authors who talked about this topic
    std::optional<SentimentLabel> sentiment; // by their average sentiment
    QString memberOf; // the authors linked to this author's member (and the author)
    enum class Order {
        MostMentions,
        MostFollowers,
        LastSeen,
        Name,
        Sentiment,
        Engagement,
        Reach,
        Segment,
        Network,
        Handle
    } order = Order::MostMentions;
    bool descending = true; // Name, Handle, Network and Segment read A to Z when false
    int offset = 0;
    int limit = 200;
    friend bool operator==(const AuthorQuery &, const AuthorQuery &) = default;
};

// The authors of mentions as the workspace keeps them (counts maintained on insert), the
// brand's own accounts left out.
class AuthorStore {
public:
    explicit AuthorStore(QSqlDatabase db);
    Expected<QList<Author>> find(const AuthorQuery &query);
    Expected<qint64> count(const AuthorQuery &query = {});
    Expected<std::optional<Author>> byId(const QString &id);

private:
    QString whereClause(const AuthorQuery &query) const;
    QSqlDatabase m_db;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::AuthorQuery)
