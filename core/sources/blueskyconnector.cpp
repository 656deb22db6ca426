#include "blueskyconnector.h"

#include "jsonmention.h"
#include "listening/query.h"
#include "net/httpclient.h"
#include "util/isotime.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace veille {

std::optional<BlueskySessions::Session> BlueskySessions::find(const QString &account) const {
    const auto it = m_sessions.constFind(account);
    if (it == m_sessions.constEnd())
        return std::nullopt;
    return *it;
}

BlueskySessions::Session BlueskySessions::fromJson(const QJsonObject &object) {
    Session s;
    s.accessJwt = object.value(u"accessJwt").toString();
    s.refreshJwt = object.value(u"refreshJwt").toString();
    s.did = object.value(u"did").toString();
    s.handle = object.value(u"handle").toString();
    const QJsonArray services = object.value(u"didDoc").toObject().value(u"service").toArray();
    for (const QJsonValue &service : services) {
        const QJsonObject entry = service.toObject();
        if (entry.value(u"id").toString().endsWith(u"#atproto_pds"))
            s.serviceUrl = QUrl(entry.value(u"serviceEndpoint").toString());
    }
    return s;
}

// Bluesky shows links shortened in the text ("lumen.example/aide/pan...") and keeps the full
// address in a link facet over those bytes: the stored text carries the full address, so it
// is searchable and can be opened.
QString BlueskyConnector::expandLinks(const QString &text, const QJsonArray &facets) {
    QList<std::tuple<qsizetype, qsizetype, QByteArray>> links;
    for (const QJsonValue &value : facets) {
        const QJsonObject facet = value.toObject();
        const QJsonObject index = facet.value(u"index").toObject();
        for (const QJsonValue &feature : facet.value(u"features").toArray()) {
            const QJsonObject f = feature.toObject();
            if (f.value(u"$type").toString() == u"app.bsky.richtext.facet#link")
                links.append({index.value(u"byteStart").toInteger(-1),
                              index.value(u"byteEnd").toInteger(-1),
                              f.value(u"uri").toString().toUtf8()});
        }
    }
    if (links.isEmpty())
        return text;
    // From the end, so earlier offsets stay true; overlapping or ill-formed ranges are skipped.
    std::sort(links.begin(), links.end(),
              [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    QByteArray utf8 = text.toUtf8();
    qsizetype limit = utf8.size();
    const auto boundary = [&utf8](qsizetype at) {
        return at == utf8.size() || (at >= 0 && at < utf8.size() && (utf8[at] & 0xC0) != 0x80);
    };
    for (const auto &[start, end, uri] : links) {
        if (start < 0 || end <= start || end > limit || !boundary(start) || !boundary(end) ||
            uri.isEmpty())
            continue;
        utf8.replace(start, end - start, uri);
        limit = start;
    }
    return QString::fromUtf8(utf8);
}

Mention BlueskyConnector::mentionFromPost(const QJsonObject &post, const QString &sourceName) {
    Mention m;
    m.network = QStringLiteral("bluesky");
    const QString uri = post.value(u"uri").toString();
    const QJsonObject record = post.value(u"record").toObject();
    const QJsonObject author = post.value(u"author").toObject();
    const QString handle = author.value(u"handle").toString();
    m.id = QStringLiteral("bluesky:") + uri;
    m.source = sourceName;
    m.url =
        QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(handle, uri.section(u'/', -1));
    m.createdAt = jsonTime(record.value(u"createdAt"));
    if (!m.createdAt.isValid())
        m.createdAt = jsonTime(post.value(u"indexedAt"));
    m.lang = record.value(u"langs").toArray().first().toString();
    m.text = expandLinks(record.value(u"text").toString(), record.value(u"facets").toArray());
    const QString parent =
        record.value(u"reply").toObject().value(u"parent").toObject().value(u"uri").toString();
    if (!parent.isEmpty())
        m.replyTo = QStringLiteral("bluesky:") + parent;
    m.metrics.likes = post.value(u"likeCount").toInteger();
    m.metrics.reposts = post.value(u"repostCount").toInteger();
    m.metrics.replies = post.value(u"replyCount").toInteger();
    m.author.network = m.network;
    m.author.id = QStringLiteral("bluesky:") + author.value(u"did").toString();
    m.author.handle = u'@' + handle;
    m.author.name = author.value(u"displayName").toString(handle);
    if (m.author.name.isEmpty())
        m.author.name = handle;
    m.author.followers = jsonCount(author.value(u"followersCount"));
    m.author.following = jsonCount(author.value(u"followsCount"));
    m.author.url = QStringLiteral("https://bsky.app/profile/") + handle;
    return m;
}

QUrl BlueskyConnector::xrpc(const QString &method) const {
    QUrl url = m_session.serviceUrl.isValid() && !m_session.serviceUrl.isEmpty()
                   ? m_session.serviceUrl
                   : baseUrl(QStringLiteral("https://bsky.social"));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/xrpc/") + method);
    return url;
}

void BlueskyConnector::start() {
    const auto found =
        searches(ListeningQuery::SearchDialect::Words, QStringLiteral("Bluesky"), &m_lang);
    if (!found)
        return;
    m_searches = *found;
    m_positions = QJsonDocument::fromJson(m_cursor.position.toUtf8()).object();
    if (m_source.account.isEmpty()) {
        fail(FetchOutcome::Status::NeedsSignIn,
             Connector::tr("Bluesky search needs a signed-in account: choose one for this source"));
        return;
    }
    if (m_context.blueskySessions)
        if (const auto cached = m_context.blueskySessions->find(m_source.account)) {
            m_session = *cached;
            fetchNext();
            return;
        }
    createSession();
}

void BlueskyConnector::createSession() {
    if (m_context.secret.isEmpty()) {
        fail(FetchOutcome::Status::NeedsSignIn,
             Connector::tr("no app password for %1: sign in again").arg(m_source.account));
        return;
    }
    HttpRequest request;
    request.url = xrpc(QStringLiteral("com.atproto.server.createSession"));
    request.method = "POST";
    request.headers = {{"Content-Type", "application/json"}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("identifier"), m_source.account},
                                             {QStringLiteral("password"), m_context.secret}})
                       .toJson(QJsonDocument::Compact);
    request.idempotent = true; // creating a session twice does no harm
    send(request, [this](const HttpResponse &response) {
        const auto document = parseJson(response);
        if (!document)
            return;
        m_session = BlueskySessions::fromJson(document->object());
        if (m_session.accessJwt.isEmpty()) {
            fail(FetchOutcome::Status::NeedsSignIn,
                 Connector::tr("Bluesky did not open a session for %1").arg(m_source.account));
            return;
        }
        if (m_context.blueskySessions)
            m_context.blueskySessions->store(m_source.account, m_session);
        fetchNext(m_pageCursor);
    });
}

void BlueskyConnector::refreshSession() {
    m_refreshed = true;
    HttpRequest request;
    request.url = xrpc(QStringLiteral("com.atproto.server.refreshSession"));
    request.method = "POST";
    request.headers = {{"Authorization", "Bearer " + m_session.refreshJwt.toUtf8()}};
    send(
        request,
        [this](const HttpResponse &response) {
            const auto document = parseJson(response);
            if (!document)
                return;
            const QUrl service = m_session.serviceUrl;
            m_session = BlueskySessions::fromJson(document->object());
            if (!m_session.serviceUrl.isValid())
                m_session.serviceUrl = service;
            if (m_context.blueskySessions)
                m_context.blueskySessions->store(m_source.account, m_session);
            fetchNext(m_pageCursor);
        },
        [this](const HttpResponse &) {
            // The refresh token is spent too: a new session from the app password.
            if (m_context.blueskySessions)
                m_context.blueskySessions->forget(m_source.account);
            createSession();
        });
}

void BlueskyConnector::fetchNext(const QString &pageCursor) {
    m_pageCursor = pageCursor;
    if (m_current >= m_searches.size()) {
        m_cursor.position =
            QString::fromUtf8(QJsonDocument(m_positions).toJson(QJsonDocument::Compact));
        succeed();
        return;
    }
    const QString &search = m_searches.at(m_current);
    QUrl url = xrpc(QStringLiteral("app.bsky.feed.searchPosts"));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("q"), search);
    params.addQueryItem(QStringLiteral("sort"), QStringLiteral("latest"));
    params.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!m_lang.isEmpty())
        params.addQueryItem(QStringLiteral("lang"), m_lang);
    const QString since = m_positions.value(search).toString();
    if (!since.isEmpty())
        params.addQueryItem(QStringLiteral("since"), since);
    if (!pageCursor.isEmpty())
        params.addQueryItem(QStringLiteral("cursor"), pageCursor);
    url.setQuery(params);
    HttpRequest request;
    request.url = url;
    request.headers = {{"Authorization", "Bearer " + m_session.accessJwt.toUtf8()},
                       {"Accept", "application/json"}};
    send(
        request, [this](const HttpResponse &r) { readPage(r); },
        [this](const HttpResponse &r) { onSearchFailed(r); });
}

void BlueskyConnector::onSearchFailed(const HttpResponse &response) {
    const QString error =
        QJsonDocument::fromJson(response.body).object().value(u"error").toString();
    const bool expired =
        response.status == 401 || error == u"ExpiredToken" || error == u"InvalidToken";
    if (expired && !m_refreshed) {
        refreshSession();
        return;
    }
    fail(response);
}

void BlueskyConnector::readPage(const HttpResponse &response) {
    const auto document = parseJson(response);
    if (!document)
        return;
    const QJsonObject page = document->object();
    const QString &search = m_searches.at(m_current);
    const QString stored = m_positions.value(search).toString();
    QDateTime newest =
        stored.isEmpty() ? QDateTime()
                         : parseIsoDateTime(stored, MissingOffset::AssumeUtc).value_or(QDateTime());
    const QJsonArray posts = page.value(u"posts").toArray();
    for (const QJsonValue &value : posts) {
        Mention m = mentionFromPost(value.toObject(), m_source.name);
        if (!m.createdAt.isValid()) {
            m_outcome.warnings.append(
                Connector::tr("a post without a date was left out (%1)").arg(m.id));
            continue;
        }
        if (!newest.isValid() || m.createdAt > newest)
            newest = m.createdAt;
        m_outcome.mentions.append(m);
    }
    ++m_pages;
    const QString next = page.value(u"cursor").toString();
    const bool caughtUp = next.isEmpty() || posts.isEmpty();
    // Without a stored time the first poll reads the newest page only; later polls walk back
    // to the stored time. A poll cut short by the page limit keeps the old time, so the next
    // one reads the rest (what it sees twice is stored once).
    if (!caughtUp && !stored.isEmpty() && m_pages < m_context.maxPages) {
        fetchNext(next);
        return;
    }
    if (newest.isValid() && (caughtUp || stored.isEmpty()))
        m_positions.insert(search, toIsoUtc(newest));
    ++m_current;
    m_pages = 0;
    fetchNext();
}

} // namespace veille
