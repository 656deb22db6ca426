#include "connector.h"

#include "blueskyconnector.h"
#include "feedconnector.h"
#include "hackernewsconnector.h"
#include "mastodonconnector.h"
#include "net/httpclient.h"
#include "redditconnector.h"
#include "youtubeconnector.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QTimer>

namespace veille {

Connector::Connector(Source source, SourceCursor cursor, ConnectorContext context, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_cursor(std::move(cursor))
    , m_context(context) {
    qRegisterMetaType<veille::FetchOutcome>();
}

QUrl Connector::baseUrl(const QString &fallback) const {
    QString base = m_source.url.isEmpty() ? fallback : m_source.url;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base);
}

void Connector::send(const HttpRequest &request, Handler onSuccess, Handler onFailure) {
    ++m_outcome.requests;
    HttpCall *call = m_context.http->send(request);
    connect(call, &HttpCall::finished, this,
            [this, onSuccess = std::move(onSuccess),
             onFailure = std::move(onFailure)](const HttpResponse &response) {
                if (m_finished)
                    return;
                if (response.ok())
                    onSuccess(response);
                else if (onFailure)
                    onFailure(response);
                else
                    fail(response);
            });
}

void Connector::get(const QUrl &url, const HttpHeaders &headers, Handler onSuccess) {
    HttpRequest request;
    request.url = url;
    request.headers = headers;
    send(request, std::move(onSuccess));
}

void Connector::succeed() {
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.cursor = m_cursor;
    Q_EMIT finished(m_outcome);
}

void Connector::fail(FetchOutcome::Status status, const QString &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.status = status;
    m_outcome.error = error;
    m_outcome.mentions.clear();
    Q_EMIT finished(m_outcome);
}

void Connector::fail(const HttpResponse &response) {
    using O = HttpResponse::Outcome;
    if (response.outcome == O::HttpError && (response.status == 401 || response.status == 403)) {
        fail(FetchOutcome::Status::NeedsSignIn,
             Connector::tr("%1 refused the request (%2): sign in again or check the account")
                 .arg(response.url.host())
                 .arg(response.status));
        return;
    }
    if (response.outcome == O::HttpError && response.status == 404) {
        fail(FetchOutcome::Status::Failed, Connector::tr("nothing at %1 (404): check the address")
                                               .arg(response.url.toDisplayString()));
        return;
    }
    if (response.outcome == O::RateLimited)
        m_outcome.retryAfter = response.retryAfter;
    fail(response.outcome == O::RateLimited ? FetchOutcome::Status::RateLimited
                                            : FetchOutcome::Status::Failed,
         response.error);
}

std::optional<QStringList> Connector::searches(ListeningQuery::SearchDialect dialect,
                                               const QString &network, QString *requiredLanguage) {
    auto parsed = ListeningQuery::parse(m_source.query);
    if (const auto *error = std::get_if<QuerySyntaxError>(&parsed)) {
        fail(FetchOutcome::Status::Failed,
             Connector::tr("the query cannot be read: %1").arg(error->toString()));
        return std::nullopt;
    }
    const ListeningQuery &query = std::get<ListeningQuery>(parsed);
    if (requiredLanguage)
        *requiredLanguage = query.requiredLanguage();
    QStringList found = query.networkSearches(dialect);
    if (found.isEmpty()) {
        fail(FetchOutcome::Status::Failed,
             Connector::tr("the query has no word to search for on %1").arg(network));
        return std::nullopt;
    }
    return found;
}

std::optional<QJsonDocument> Connector::parseJson(const HttpResponse &response) {
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(FetchOutcome::Status::Failed,
             Connector::tr("%1 sent an answer that is not valid JSON (%2 at byte %3)")
                 .arg(response.url.host(), error.errorString())
                 .arg(error.offset));
        return std::nullopt;
    }
    return document;
}

std::unique_ptr<Connector> createConnector(const Source &source, const SourceCursor &cursor,
                                           const ConnectorContext &context) {
    const QString &kind = source.kind;
    if (kind == u"rss")
        return std::make_unique<FeedConnector>(source, cursor, context);
    if (kind == u"mastodon")
        return std::make_unique<MastodonConnector>(source, cursor, context);
    if (kind == u"bluesky")
        return std::make_unique<BlueskyConnector>(source, cursor, context);
    if (kind == u"reddit")
        return std::make_unique<RedditConnector>(source, cursor, context);
    if (kind == u"hackernews")
        return std::make_unique<HackerNewsConnector>(source, cursor, context);
    if (kind == u"youtube")
        return std::make_unique<YouTubeConnector>(source, cursor, context);
    return nullptr;
}

} // namespace veille
