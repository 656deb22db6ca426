#pragma once

#include "connector.h"

#include <QJsonObject>

namespace veille {

// Reddit's public search JSON, newest first, with the descriptive User-Agent Reddit asks for
// and its limit without OAuth (ten requests a minute, so requests to the host are spaced).
// A source URL ending in /r/name searches that subreddit only. The cursor is the fullname of
// the newest post, passed back as `before`.
class RedditConnector : public Connector {
    Q_OBJECT
public:
    using Connector::Connector;
    void start() override;
    static Mention mentionFromThing(const QJsonObject &thing, const QString &sourceName);
    static constexpr int kMinimumIntervalMs = 6000;

private:
    void fetchPage();
    QString m_search;
    int m_pages = 0;
};

} // namespace veille
