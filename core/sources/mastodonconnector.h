#pragma once

#include "connector.h"

#include <QJsonObject>

namespace veille {

// Mastodon (any instance; the base URL is the instance). The source's query decides what is
// read: a lone #hashtag reads the public hashtag timeline; an empty query with an account
// reads that account's mentions (notifications); anything else is sent to /api/v2/search
// (statuses; most servers want a signed-in account for full-text search), one search per
// alternative of the query. Pages follow the Link header; the cursor is the min_id to resume
// from, one per search.
class MastodonConnector : public Connector {
    Q_OBJECT
public:
    using Connector::Connector;
    void start() override;

    static Mention mentionFromStatus(const QJsonObject &status, const QString &instanceHost,
                                     const QString &sourceName);

private:
    enum class Mode { Hashtag, Notifications, Search };
    void fetchNext();
    void readPage(const HttpResponse &response);
    QUrl pageUrl() const;

    Mode m_mode = Mode::Search;
    QStringList m_searches;
    qsizetype m_current = 0;
    int m_pages = 0;
    QJsonObject m_positions; // search (or tag) -> min_id
    QString m_tag;
};

} // namespace veille
