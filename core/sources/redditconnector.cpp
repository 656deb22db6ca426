#include "redditconnector.h"

#include "listening/query.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

namespace veille {

Mention RedditConnector::mentionFromThing(const QJsonObject &thing, const QString &sourceName) {
    const QJsonObject data = thing.value(u"data").toObject();
    const bool comment = thing.value(u"kind").toString() == u"t1";
    Mention m;
    m.network = QStringLiteral("reddit");
    const QString fullname = data.value(u"name").toString();
    m.id = QStringLiteral("reddit:") + fullname;
    m.source = sourceName;
    const QString permalink = data.value(u"permalink").toString();
    m.url = permalink.startsWith(u'/') ? QStringLiteral("https://www.reddit.com") + permalink
                                       : permalink;
    m.createdAt = QDateTime::fromSecsSinceEpoch(qint64(data.value(u"created_utc").toDouble()),
                                                QTimeZone::utc());
    const QString title = data.value(u"title").toString();
    const QString body = data.value(comment ? u"body" : u"selftext").toString();
    m.text = title.isEmpty() ? body : body.isEmpty() ? title : title + u'\n' + body;
    m.metrics.likes = std::max<qint64>(0, data.value(u"score").toInteger());
    m.metrics.replies = data.value(u"num_comments").toInteger();
    const QString parent = data.value(u"parent_id").toString();
    if (comment && !parent.isEmpty())
        m.replyTo = QStringLiteral("reddit:") + parent;
    const QString author = data.value(u"author").toString();
    const QString authorId = data.value(u"author_fullname").toString();
    m.author.network = m.network;
    m.author.id = QStringLiteral("reddit:") + (authorId.isEmpty() ? author.toLower() : authorId);
    m.author.handle = QStringLiteral("u/") + author;
    m.author.name = author;
    m.author.url = QStringLiteral("https://www.reddit.com/user/") + author;
    return m;
}

void RedditConnector::start() {
    const auto found = searches(ListeningQuery::SearchDialect::Boolean, QStringLiteral("Reddit"));
    if (!found)
        return;
    m_search = found->first();
    m_context.http->setDefaultMinimumInterval(
        baseUrl(QStringLiteral("https://www.reddit.com")).host(), kMinimumIntervalMs);
    fetchPage();
}

void RedditConnector::fetchPage() {
    QUrl url = baseUrl(QStringLiteral("https://www.reddit.com"));
    const bool subreddit = url.path().contains(QStringLiteral("/r/"));
    url.setPath(url.path() + QStringLiteral("/search.json"));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("q"), m_search);
    params.addQueryItem(QStringLiteral("sort"), QStringLiteral("new"));
    params.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    params.addQueryItem(QStringLiteral("raw_json"), QStringLiteral("1"));
    if (subreddit)
        params.addQueryItem(QStringLiteral("restrict_sr"), QStringLiteral("1"));
    if (!m_cursor.position.isEmpty())
        params.addQueryItem(QStringLiteral("before"), m_cursor.position);
    url.setQuery(params);
    get(url, {{"Accept", "application/json"}}, [this](const HttpResponse &response) {
        const auto document = parseJson(response);
        if (!document)
            return;
        const QJsonObject listing = document->object().value(u"data").toObject();
        const QJsonArray children = listing.value(u"children").toArray();
        if (!document->object().contains(u"data")) {
            fail(FetchOutcome::Status::Failed,
                 Connector::tr("%1 answered something other than a listing")
                     .arg(response.url.host()));
            return;
        }
        const bool hadCursor = !m_cursor.position.isEmpty();
        for (const QJsonValue &child : children)
            m_outcome.mentions.append(mentionFromThing(child.toObject(), m_source.name));
        if (!children.isEmpty()) // newest first: the first one is where to resume
            m_cursor.position =
                children.first().toObject().value(u"data").toObject().value(u"name").toString();
        ++m_pages;
        if (hadCursor && children.size() >= 100 && m_pages < m_context.maxPages) {
            fetchPage();
            return;
        }
        succeed();
    });
}

} // namespace veille
