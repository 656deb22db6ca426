#include "mastodonconnector.h"

#include "feed/htmltext.h"
#include "jsonmention.h"
#include "listening/query.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace veille {

Mention MastodonConnector::mentionFromStatus(const QJsonObject &wrapper,
                                             const QString &instanceHost,
                                             const QString &sourceName) {
    // A boost says nothing new: the boosted status is the mention.
    const QJsonObject status =
        wrapper.value(u"reblog").isObject() ? wrapper.value(u"reblog").toObject() : wrapper;
    Mention m;
    m.network = QStringLiteral("mastodon");
    // Status ids are local to the instance that answered; the ActivityPub URI is the same
    // everywhere, so a post seen through two instances is stored once.
    const QString uri = status.value(u"uri").toString();
    m.id = QStringLiteral("mastodon:") +
           (uri.isEmpty() ? instanceHost + u'/' + status.value(u"id").toString() : uri);
    m.source = sourceName;
    m.url = status.value(u"url").toString(uri);
    m.createdAt = jsonTime(status.value(u"created_at"));
    m.lang = status.value(u"language").toString();
    QString text = htmlToPlainText(status.value(u"content").toString());
    const QString warning = status.value(u"spoiler_text").toString();
    if (!warning.isEmpty())
        text = warning + u'\n' + text;
    m.text = text;
    m.metrics.likes = status.value(u"favourites_count").toInteger();
    m.metrics.reposts = status.value(u"reblogs_count").toInteger();
    m.metrics.replies = status.value(u"replies_count").toInteger();

    const QJsonObject account = status.value(u"account").toObject();
    QString acct = account.value(u"acct").toString();
    if (!acct.contains(u'@')) {
        const QString home = QUrl(account.value(u"url").toString()).host();
        acct += u'@' + (home.isEmpty() ? instanceHost : home);
    }
    m.author.network = m.network;
    m.author.id = QStringLiteral("mastodon:") + acct.toLower();
    m.author.handle = u'@' + acct;
    m.author.name = account.value(u"display_name").toString();
    if (m.author.name.isEmpty())
        m.author.name = account.value(u"username").toString();
    m.author.followers = jsonCount(account.value(u"followers_count"));
    m.author.following = jsonCount(account.value(u"following_count"));
    m.author.url = account.value(u"url").toString();
    return m;
}

void MastodonConnector::start() {
    const QString query = m_source.query.trimmed();
    const QRegularExpression lonelyTag(QStringLiteral(R"(^#(\w+)$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    if (const auto match = lonelyTag.match(query); match.hasMatch()) {
        m_mode = Mode::Hashtag;
        m_tag = match.captured(1);
        m_searches = {query};
    } else if (query.isEmpty()) {
        if (m_context.secret.isEmpty()) {
            fail(FetchOutcome::Status::NeedsSignIn,
                 Connector::tr("reading the account's mentions needs a signed-in account"));
            return;
        }
        m_mode = Mode::Notifications;
        m_searches = {QStringLiteral("@mentions")};
    } else {
        m_mode = Mode::Search;
        const auto found =
            searches(ListeningQuery::SearchDialect::Words, QStringLiteral("Mastodon"));
        if (!found)
            return;
        m_searches = *found;
    }
    m_positions = QJsonDocument::fromJson(m_cursor.position.toUtf8()).object();
    fetchNext();
}

QUrl MastodonConnector::pageUrl() const {
    QUrl url = baseUrl(QString());
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("limit"), QStringLiteral("40"));
    const QString &search = m_searches.at(m_current);
    const QString minId = m_positions.value(search).toString();
    if (!minId.isEmpty())
        params.addQueryItem(QStringLiteral("min_id"), minId);
    switch (m_mode) {
    case Mode::Hashtag:
        url.setPath(url.path() + QStringLiteral("/api/v1/timelines/tag/") + m_tag);
        break;
    case Mode::Notifications:
        url.setPath(url.path() + QStringLiteral("/api/v1/notifications"));
        params.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
        break;
    case Mode::Search:
        url.setPath(url.path() + QStringLiteral("/api/v2/search"));
        params.addQueryItem(QStringLiteral("q"), search);
        params.addQueryItem(QStringLiteral("type"), QStringLiteral("statuses"));
        params.addQueryItem(QStringLiteral("resolve"), QStringLiteral("false"));
        break;
    }
    url.setQuery(params);
    return url;
}

void MastodonConnector::fetchNext() {
    if (m_current >= m_searches.size()) {
        m_cursor.position =
            QString::fromUtf8(QJsonDocument(m_positions).toJson(QJsonDocument::Compact));
        succeed();
        return;
    }
    HttpHeaders headers{{"Accept", "application/json"}};
    if (!m_context.secret.isEmpty())
        headers.emplaceBack("Authorization", "Bearer " + m_context.secret.toUtf8());
    get(pageUrl(), headers, [this](const HttpResponse &response) { readPage(response); });
}

void MastodonConnector::readPage(const HttpResponse &response) {
    const auto document = parseJson(response);
    if (!document)
        return;
    QJsonArray items;
    if (m_mode == Mode::Search)
        items = document->object().value(u"statuses").toArray();
    else
        items = document->array();
    if (!document->isArray() && m_mode != Mode::Search) {
        fail(FetchOutcome::Status::Failed,
             Connector::tr("%1 answered something other than a list of posts")
                 .arg(response.url.host()));
        return;
    }
    const QString host = baseUrl(QString()).host();
    const QString &search = m_searches.at(m_current);
    QString newest = m_positions.value(search).toString();
    for (const QJsonValue &value : items) {
        QJsonObject status = value.toObject();
        if (m_mode == Mode::Notifications) {
            if (value.toObject().value(u"type").toString() != u"mention")
                continue;
            status = value.toObject().value(u"status").toObject();
            // Notifications page by their own ids.
            const QString id = value.toObject().value(u"id").toString();
            if (newest.isEmpty() || numericIdLess(newest, id))
                newest = id;
        } else {
            const QString id = status.value(u"id").toString();
            if (newest.isEmpty() || numericIdLess(newest, id))
                newest = id;
        }
        if (status.isEmpty())
            continue;
        Mention m = mentionFromStatus(status, host, m_source.name);
        if (m.createdAt.isValid())
            m_outcome.mentions.append(m);
        else
            m_outcome.warnings.append(
                Connector::tr("a post without a date was left out (%1)").arg(m.id));
    }
    // The Link header's "prev" page starts right after the newest post of this one.
    const QString prev = linkHeaderParam(response.header("Link"), "prev", QStringLiteral("min_id"));
    if (!prev.isEmpty())
        newest = prev;
    const bool hadPosition = m_positions.contains(search);
    if (!newest.isEmpty())
        m_positions.insert(search, newest);
    ++m_pages;
    // The first poll takes the newest page only; later polls walk forward until caught up.
    const bool more = hadPosition && !items.isEmpty() && m_pages < m_context.maxPages;
    if (!more) {
        ++m_current;
        m_pages = 0;
    }
    fetchNext();
}

} // namespace veille
