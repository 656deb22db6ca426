#include "publisher.h"

#include "net/httpclient.h"
#include "publishing/postformat.h"
#include "publishing/secretstore.h"
#include "storage/writequeue.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace veille {

namespace {

enum Outcome { Sent, Failed, Retry };

// The account's server with the path appended ("https://x.social/" and "https://x.social"
// alike).
QUrl endpoint(const QString &base, const QString &path) {
    QString root = base;
    while (root.endsWith(u'/'))
        root.chop(1);
    return QUrl(root + path);
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The server's own words for a refusal, when it gives them.
QString serverReason(const HttpResponse &response) {
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString message = body.value(QLatin1String("message")).toString();
    const QString error = body.value(QLatin1String("error")).toString();
    const QString said = !message.isEmpty() ? message : error;
    return said.isEmpty() ? response.error
                          : QCoreApplication::translate("Publisher", "%1 (HTTP %2)")
                                .arg(said)
                                .arg(response.status);
}

// A refusal that trying again will not change (the request or the credentials are wrong).
bool permanent(const HttpResponse &response) {
    return response.outcome == HttpResponse::Outcome::TooLarge ||
           (response.outcome == HttpResponse::Outcome::HttpError && response.status >= 400 &&
            response.status < 500 && response.status != 408 && response.status != 429);
}

} // namespace

Publisher::Publisher(WriteQueue *writer, HttpClient *http, SecretStore *secrets, const Clock &clock,
                     QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_http(http)
    , m_secrets(secrets)
    , m_clock(clock) {
    qRegisterMetaType<veille::PublishRound>();
}

void Publisher::publishDue() {
    if (m_busy)
        return;
    m_busy = true;
    m_round = {};
    const QDateTime now = m_clock.now();
    const qint64 grace = m_grace;
    m_writer->submit(
        [now, grace](QSqlDatabase &db) -> Expected<QVariant> {
            auto due = PostStore(db).claimDue(now, grace);
            if (failed(due))
                return std::get<StorageError>(due);
            return QVariant::fromValue(std::get<QList<DuePost>>(due));
        },
        this,
        [this](const QVariant &value) {
            const QList<DuePost> due = value.value<QList<DuePost>>();
            m_pending = int(due.size());
            if (due.isEmpty()) {
                m_busy = false;
                Q_EMIT roundFinished(m_round);
                return;
            }
            for (const DuePost &post : due)
                send(post);
        },
        [this](const QString &) {
            m_busy = false;
            Q_EMIT roundFinished(m_round);
        });
}

void Publisher::send(const DuePost &due) {
    QPointer<Publisher> self(this);
    m_secrets->read(SecretStore::accountKey(due.post.account),
                    [self, due](const QString &secret, const QString &error) {
                        if (!self)
                            return;
                        if (secret.isEmpty()) {
                            self->settle(due.post.id, Failed,
                                         QCoreApplication::translate(
                                             "Publisher", "the account's secret cannot be read: %1")
                                             .arg(error));
                            return;
                        }
                        if (due.post.network == QLatin1String("bluesky"))
                            self->sendBluesky(due, secret);
                        else
                            self->sendMastodon(due, secret);
                    });
}

void Publisher::sendMastodon(const DuePost &due, const QString &token) {
    if (due.post.replyTo.isEmpty()) {
        postStatus(due, token, {});
        return;
    }
    // Status ids are the instance's own: find the answered post from the account's instance
    // by its ActivityPub address (the mention's id), which every instance can resolve.
    QString address = due.post.replyTo;
    if (address.startsWith(QLatin1String("mastodon:")))
        address.remove(0, 9);
    if (!address.startsWith(QLatin1String("http")) && !due.replyToUrl.isEmpty())
        address = due.replyToUrl;
    HttpRequest search;
    QUrl url = endpoint(due.baseUrl, QStringLiteral("/api/v2/search"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), address);
    query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("statuses"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    url.setQuery(query);
    search.url = url;
    search.headers = {{"Authorization", "Bearer " + token.toUtf8()}};
    HttpCall *call = m_http->send(search);
    connect(call, &HttpCall::finished, this, [this, due, token, address](const HttpResponse &r) {
        if (!r.ok()) {
            finish(due, r, {});
            return;
        }
        const QJsonArray statuses =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("statuses")).toArray();
        const QString id = statuses.isEmpty()
                               ? QString()
                               : statuses.first().toObject().value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            settle(due.post.id, Failed,
                   QCoreApplication::translate("Publisher",
                                               "the post to answer (%1) cannot be found from "
                                               "the account's instance")
                       .arg(address));
            return;
        }
        postStatus(due, token, id);
    });
}

void Publisher::postStatus(const DuePost &due, const QString &token, const QString &inReplyTo) {
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/api/v1/statuses"));
    request.method = "POST";
    QJsonObject status{{QStringLiteral("status"), due.post.text},
                       {QStringLiteral("visibility"), QStringLiteral("public")}};
    if (!inReplyTo.isEmpty())
        status.insert(QStringLiteral("in_reply_to_id"), inReplyTo);
    request.body = json(status);
    request.headers = {{"Authorization", "Bearer " + token.toUtf8()},
                       {"Content-Type", "application/json"},
                       // The server answers a repeated key with the status it made the first
                       // time, instead of posting again.
                       {"Idempotency-Key", due.idempotencyKey.toUtf8()}};
    request.idempotent = true;
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this, [this, due](const HttpResponse &response) {
        const QString url =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("url")).toString();
        finish(due, response, url);
    });
}

void Publisher::sendBluesky(const DuePost &due, const QString &appPassword) {
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/xrpc/com.atproto.server.createSession"));
    request.method = "POST";
    QString handle = due.handle;
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    request.body =
        json({{QStringLiteral("identifier"), handle}, {QStringLiteral("password"), appPassword}});
    request.headers = {{"Content-Type", "application/json"}};
    request.idempotent = true; // a session more or less changes nothing
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this, [this, due](const HttpResponse &response) {
        if (!response.ok()) {
            finish(due, response, {});
            return;
        }
        const QJsonObject session = QJsonDocument::fromJson(response.body).object();
        const QString jwt = session.value(QLatin1String("accessJwt")).toString();
        const QString did = session.value(QLatin1String("did")).toString();
        if (due.post.replyTo.isEmpty()) {
            putRecord(due, jwt, did, {});
            return;
        }
        // A reply names its parent and the thread's root, each by address and content hash.
        QString parent = due.post.replyTo;
        if (parent.startsWith(QLatin1String("bluesky:")))
            parent.remove(0, 8);
        HttpRequest get;
        QUrl url = endpoint(due.baseUrl, QStringLiteral("/xrpc/app.bsky.feed.getPosts"));
        url.setQuery(QUrlQuery{{QStringLiteral("uris"), parent}});
        get.url = url;
        get.headers = {{"Authorization", "Bearer " + jwt.toUtf8()}};
        HttpCall *posts = m_http->send(get);
        connect(
            posts, &HttpCall::finished, this, [this, due, jwt, did, parent](const HttpResponse &r) {
                if (!r.ok()) {
                    finish(due, r, {});
                    return;
                }
                const QJsonObject post = QJsonDocument::fromJson(r.body)
                                             .object()
                                             .value(QLatin1String("posts"))
                                             .toArray()
                                             .first()
                                             .toObject();
                if (post.value(QLatin1String("cid")).toString().isEmpty()) {
                    settle(due.post.id, Failed,
                           QCoreApplication::translate("Publisher",
                                                       "the post to answer (%1) no longer "
                                                       "exists")
                               .arg(parent));
                    return;
                }
                const QJsonObject parentRef{
                    {QStringLiteral("uri"), post.value(QLatin1String("uri"))},
                    {QStringLiteral("cid"), post.value(QLatin1String("cid"))}};
                const QJsonObject root = post.value(QLatin1String("record"))
                                             .toObject()
                                             .value(QLatin1String("reply"))
                                             .toObject()
                                             .value(QLatin1String("root"))
                                             .toObject();
                putRecord(due, jwt, did,
                          QJsonObject{{QStringLiteral("root"), root.isEmpty() ? parentRef : root},
                                      {QStringLiteral("parent"), parentRef}});
            });
    });
}

void Publisher::putRecord(const DuePost &due, const QString &accessJwt, const QString &did,
                          const QJsonObject &reply) {
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/xrpc/com.atproto.repo.putRecord"));
    request.method = "POST";
    QJsonObject record{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                       {QStringLiteral("text"), due.post.text},
                       // Links and hashtags work only when the record says where they are.
                       {QStringLiteral("facets"), blueskyFacets(due.post.text)},
                       {QStringLiteral("createdAt"), toIsoUtc(due.post.scheduledAt)}};
    if (!reply.isEmpty())
        record.insert(QStringLiteral("reply"), reply);
    // The record key is the post's idempotency key: writing it again replaces the same record.
    request.body = json({{QStringLiteral("repo"), did},
                         {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
                         {QStringLiteral("rkey"), due.idempotencyKey},
                         {QStringLiteral("record"), record}});
    request.headers = {{"Authorization", "Bearer " + accessJwt.toUtf8()},
                       {"Content-Type", "application/json"}};
    request.idempotent = true;
    HttpCall *call = m_http->send(request);
    QString handle = due.handle;
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    const QString url =
        QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(handle, due.idempotencyKey);
    connect(call, &HttpCall::finished, this,
            [this, due, url](const HttpResponse &response) { finish(due, response, url); });
}

void Publisher::finish(const DuePost &due, const HttpResponse &response, const QString &url) {
    if (response.ok())
        settle(due.post.id, Sent, url);
    else if (permanent(response))
        settle(due.post.id, Failed, serverReason(response));
    else
        settle(due.post.id, Retry, serverReason(response));
}

void Publisher::settle(qint64 id, int outcome, const QString &detail) {
    const QDateTime now = m_clock.now();
    m_writer->submit(
        [id, outcome, detail, now](QSqlDatabase &db) -> Expected<QVariant> {
            PostStore posts(db);
            const auto done = outcome == Sent     ? posts.markSent(id, now, detail)
                              : outcome == Failed ? posts.markFailed(id, detail)
                                                  : posts.noteRetry(id, detail);
            if (failed(done))
                return std::get<StorageError>(done);
            return QVariant(std::get<bool>(done));
        },
        this,
        [this, id, outcome, detail](const QVariant &) {
            if (outcome == Sent) {
                ++m_round.sent;
                Q_EMIT postSent(id, detail);
            } else if (outcome == Failed) {
                ++m_round.failed;
                Q_EMIT postFailed(id, detail);
            } else {
                ++m_round.retried;
            }
            oneDone();
        },
        [this](const QString &) { oneDone(); });
}

void Publisher::oneDone() {
    if (--m_pending > 0)
        return;
    m_busy = false;
    Q_EMIT roundFinished(m_round);
}

} // namespace veille
