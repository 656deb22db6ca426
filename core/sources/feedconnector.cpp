#include "feedconnector.h"

#include "feed/feedparser.h"
#include "net/httpclient.h"

#include <QCryptographicHash>

namespace veille {

Mention FeedConnector::mentionFromItem(const FeedItem &item, const QUrl &feedUrl,
                                       const QString &feedTitle, const QString &sourceName) {
    Mention m;
    m.network = QStringLiteral("rss");
    // Guids are unique within a feed only; the feed's address makes them unique everywhere,
    // hashed to keep ids short.
    const QString key = !item.id.isEmpty()     ? item.id
                        : !item.link.isEmpty() ? item.link
                                               : item.title + item.published.toString(Qt::ISODate);
    const QByteArray digest = QCryptographicHash::hash((feedUrl.toString() + u'\n' + key).toUtf8(),
                                                       QCryptographicHash::Sha1);
    m.id = QStringLiteral("rss:") + QString::fromLatin1(digest.toHex().left(24));
    m.source = sourceName;
    m.url = item.link;
    m.createdAt = (item.published.isValid() ? item.published : item.updated).toUTC();
    const QString body = !item.summary.isEmpty() ? item.summary : item.content;
    m.text = item.title.isEmpty() ? body : body.isEmpty() ? item.title : item.title + u'\n' + body;
    const QString site = QUrl(item.link).host().isEmpty() ? feedUrl.host() : QUrl(item.link).host();
    m.author.network = m.network;
    m.author.name = !item.author.isEmpty() ? item.author : !feedTitle.isEmpty() ? feedTitle : site;
    m.author.handle = site;
    m.author.id = QStringLiteral("rss:") + site + u'/' + m.author.name.toLower();
    m.author.url = QUrl(item.link).isValid() && !site.isEmpty() ? QStringLiteral("https://") + site
                                                                : QString();
    return m;
}

void FeedConnector::start() {
    HttpRequest request;
    request.url = QUrl(m_source.url);
    request.etag = m_cursor.etag;
    request.lastModified = m_cursor.lastModified;
    request.headers.emplaceBack("Accept", "application/rss+xml, application/atom+xml, "
                                          "application/rdf+xml, application/xml;q=0.9, */*;q=0.5");
    if (!request.url.isValid() || request.url.scheme().isEmpty()) {
        fail(FetchOutcome::Status::Failed,
             Connector::tr("\"%1\" is not a feed address").arg(m_source.url));
        return;
    }
    send(request, [this](const HttpResponse &response) {
        if (response.notModified) {
            m_outcome.status = FetchOutcome::Status::NotModified;
            succeed();
            return;
        }
        const FeedDocument feed = parseFeed(response.body, response.url);
        if (!feed.readable()) {
            fail(FetchOutcome::Status::Failed, feed.error);
            return;
        }
        m_outcome.warnings = feed.warnings;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const FeedItem &item : feed.items) {
            Mention m = mentionFromItem(item, response.url, feed.title, m_source.name);
            if (!m.createdAt.isValid() || m.createdAt > now.addDays(1))
                m.createdAt = now; // undated or absurd: seen now
            m_outcome.mentions.append(m);
        }
        m_cursor.etag = response.header("ETag");
        m_cursor.lastModified = response.header("Last-Modified");
        succeed();
    });
}

} // namespace veille
