#include "publisher.h"

#include "net/httpclient.h"
#include "publishing/postformat.h"
#include "publishing/secretstore.h"
#include "storage/writequeue.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/api/v1/statuses"));
    request.method = "POST";
    request.body = json({{QStringLiteral("status"), due.post.text},
                         {QStringLiteral("visibility"), QStringLiteral("public")}});
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
        putRecord(due, session.value(QLatin1String("accessJwt")).toString(),
                  session.value(QLatin1String("did")).toString());
    });
}

void Publisher::putRecord(const DuePost &due, const QString &accessJwt, const QString &did) {
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/xrpc/com.atproto.repo.putRecord"));
    request.method = "POST";
    // The record key is the post's idempotency key: writing it again replaces the same record.
    request.body =
        json({{QStringLiteral("repo"), did},
              {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
              {QStringLiteral("rkey"), due.idempotencyKey},
              {QStringLiteral("record"),
               QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                           {QStringLiteral("text"), due.post.text},
                           {QStringLiteral("createdAt"), toIsoUtc(due.post.scheduledAt)}}}});
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
