#pragma once

#include "connector.h"

#include <QJsonObject>

namespace veille {

// Hacker News through the public Algolia search API: stories and comments by date. The
// cursor is the newest creation time seen (created_at_i), sent back as a numeric filter.
class HackerNewsConnector : public Connector {
    Q_OBJECT
public:
    using Connector::Connector;
    void start() override;
    static Mention mentionFromHit(const QJsonObject &hit, const QString &sourceName);

private:
    void fetchPage();
    QStringList m_searches;
    qsizetype m_current = 0;
    int m_page = 0;
    qint64 m_since = 0;
    qint64 m_newest = 0;
    bool m_cutShort = false;
};

} // namespace veille
