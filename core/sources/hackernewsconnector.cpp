#include "hackernewsconnector.h"

#include "feed/htmltext.h"
#include "listening/query.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

namespace veille {

Mention HackerNewsConnector::mentionFromHit(const QJsonObject &hit, const QString &sourceName) {
    Mention m;
    m.network = QStringLiteral("hackernews");
    const QString id = hit.value(u"objectID").toString();
    m.id = QStringLiteral("hackernews:") + id;
    m.source = sourceName;
    m.url = QStringLiteral("https://news.ycombinator.com/item?id=") + id;
    m.createdAt =
        QDateTime::fromSecsSinceEpoch(hit.value(u"created_at_i").toInteger(), QTimeZone::utc());
    const QString title = hit.value(u"title").toString();
    QString body = hit.value(u"comment_text").toString();
    if (body.isEmpty())
        body = hit.value(u"story_text").toString();
    body = htmlToPlainText(body);
    m.text = title.isEmpty() ? body : body.isEmpty() ? title : title + u'\n' + body;
    m.lang = QString(); // not given; the sentiment engine detects it
    m.metrics.likes = std::max<qint64>(0, hit.value(u"points").toInteger());
    m.metrics.replies = hit.value(u"num_comments").toInteger();
    const QJsonValue parent = hit.value(u"parent_id");
    if (!parent.isNull() && !parent.isUndefined())
        m.replyTo = QStringLiteral("hackernews:") + QString::number(parent.toInteger());
    const QString author = hit.value(u"author").toString();
    m.author.network = m.network;
    m.author.id = QStringLiteral("hackernews:") + author;
    m.author.handle = author;
    m.author.name = author;
    m.author.url = QStringLiteral("https://news.ycombinator.com/user?id=") + author;
    return m;
}

void HackerNewsConnector::start() {
    const auto found =
        searches(ListeningQuery::SearchDialect::Words, QStringLiteral("Hacker News"));
    if (!found)
        return;
    m_searches = *found;
    m_since = m_cursor.position.toLongLong();
    m_newest = m_since;
    fetchPage();
}

void HackerNewsConnector::fetchPage() {
    if (m_current >= m_searches.size()) {
        if (m_newest > 0 && !m_cutShort)
            m_cursor.position = QString::number(m_newest);
        succeed();
        return;
    }
    QUrl url = baseUrl(QStringLiteral("https://hn.algolia.com"));
    url.setPath(url.path() + QStringLiteral("/api/v1/search_by_date"));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("query"), m_searches.at(m_current));
    params.addQueryItem(QStringLiteral("tags"), QStringLiteral("(story,comment)"));
    params.addQueryItem(QStringLiteral("hitsPerPage"), QStringLiteral("100"));
    params.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    if (m_since > 0)
        params.addQueryItem(QStringLiteral("numericFilters"),
                            QStringLiteral("created_at_i>%1").arg(m_since));
    url.setQuery(params);
    get(url, {{"Accept", "application/json"}}, [this](const HttpResponse &response) {
        const auto document = parseJson(response);
        if (!document)
            return;
        const QJsonObject answer = document->object();
        if (!answer.value(u"hits").isArray()) {
            fail(FetchOutcome::Status::Failed,
                 Connector::tr("%1 answered without search results").arg(response.url.host()));
            return;
        }
        for (const QJsonValue &hit : answer.value(u"hits").toArray()) {
            const Mention m = mentionFromHit(hit.toObject(), m_source.name);
            m_newest = std::max(m_newest, m.createdAt.toSecsSinceEpoch());
            m_outcome.mentions.append(m);
        }
        ++m_page;
        const int pages = answer.value(u"nbPages").toInt();
        if (m_since > 0 && m_page < pages) {
            if (m_page < m_context.maxPages) {
                fetchPage();
                return;
            }
            m_cutShort = true; // keep the old position: the next poll reads the rest
        }
        ++m_current;
        m_page = 0;
        fetchPage();
    });
}

} // namespace veille
