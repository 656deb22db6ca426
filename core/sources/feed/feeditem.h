#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace veille {

// One entry of an RSS, RDF or Atom feed, as plain text with absolute links and UTC times.
struct FeedItem {
    QString title;
    QString link;
    QString id;
    QDateTime published;
    QDateTime updated;
    QString author;
    QString summary; // plain text (HTML removed)
    QString content; // plain text (HTML removed)
    QStringList categories;
};

struct FeedDocument {
    QString format; // "rss", "rdf", "atom"; empty when nothing could be read
    QString title;
    QString link;
    QList<FeedItem> items;
    QStringList warnings; // what was wrong but could be read around
    QString error;        // set when nothing could be read

    bool readable() const { return error.isEmpty(); }
};

} // namespace veille
