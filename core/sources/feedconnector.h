#pragma once

#include "connector.h"

namespace veille {

struct FeedItem;

// An RSS, RDF or Atom feed (blogs, news, Google Alerts, YouTube channel feeds). Conditional
// GET with the stored ETag / Last-Modified; every item becomes a mention whose id is stable
// across polls (the item's guid, else its link).
class FeedConnector : public Connector {
    Q_OBJECT
public:
    using Connector::Connector;
    void start() override;

    // The mention for one item of the feed at `feedUrl` titled `feedTitle`.
    static Mention mentionFromItem(const FeedItem &item, const QUrl &feedUrl,
                                   const QString &feedTitle, const QString &sourceName);
};

} // namespace veille
