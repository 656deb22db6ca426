#include "publisher.h"

#include "net/httpclient.h"
#include "publishing/publisherhttp.h"
#include "publishing/secretstore.h"
#include "sources/blueskyconnector.h"
#include "storage/writequeue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace veille {

using namespace publishing;

Publisher::Publisher(WriteQueue *writer, HttpClient *http, SecretStore *secrets, const Clock &clock,
                     QObject *parent, BlueskySessions *sessions)
    : QObject(parent)
    , m_writer(writer)
    , m_http(http)
    , m_secrets(secrets)
    , m_sessions(sessions ? sessions : new BlueskySessions(this))
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

void Publisher::finish(const DuePost &due, const HttpResponse &response, const QString &url,
                       const QString &remoteId) {
    if (response.ok())
        settle(due.post.id, Sent, url, remoteId);
    else if (permanent(response))
        settle(due.post.id, Failed, serverReason(response));
    else
        settle(due.post.id, Retry, serverReason(response));
}

void Publisher::settle(qint64 id, int outcome, const QString &detail, const QString &remoteId) {
    const QDateTime now = m_clock.now();
    m_writer->submit(
        [id, outcome, detail, now, remoteId](QSqlDatabase &db) -> Expected<QVariant> {
            PostStore posts(db);
            const auto done = outcome == Sent     ? posts.markSent(id, now, detail, remoteId)
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

void Publisher::refreshMetrics(int days, qint64 everySeconds) {
    if (m_readingMetrics)
        return;
    m_readingMetrics = true;
    const QDateTime now = m_clock.now();
    m_writer->submit(
        [now, days, everySeconds](QSqlDatabase &db) -> Expected<QVariant> {
            auto posts = PostStore(db).sentForMetrics(now, qint64(days) * 86400, everySeconds);
            if (failed(posts))
                return std::get<StorageError>(posts);
            return QVariant::fromValue(std::get<QList<DuePost>>(posts));
        },
        this, [this](const QVariant &value) { readMetrics(value.value<QList<DuePost>>()); },
        [this](const QString &) {
            m_readingMetrics = false;
            Q_EMIT metricsUpdated(0);
        });
}

void Publisher::readMetrics(const QList<DuePost> &posts) {
    m_metrics.clear();
    m_metricsPending = int(posts.size());
    if (posts.isEmpty()) {
        m_readingMetrics = false;
        Q_EMIT metricsUpdated(0);
        return;
    }
    for (const DuePost &post : posts) {
        m_secrets->read(SecretStore::accountKey(post.post.account), [self =
                                                                         QPointer<Publisher>(this),
                                                                     post](const QString &secret,
                                                                           const QString &) {
            if (!self)
                return;
            if (secret.isEmpty()) {
                self->metricsRead(post, {});
                return;
            }
            const auto get = [self, post](const QString &token, const QString &base) {
                HttpRequest request;
                if (post.post.network == QLatin1String("bluesky")) {
                    QUrl url = endpoint(base, QStringLiteral("/xrpc/app.bsky.feed.getPosts"));
                    url.setQuery(QUrlQuery{{QStringLiteral("uris"), post.post.remoteId}});
                    request.url = url;
                } else {
                    request.url =
                        endpoint(base, QStringLiteral("/api/v1/statuses/") + post.post.remoteId);
                }
                request.headers = {{"Authorization", "Bearer " + token.toUtf8()}};
                HttpCall *call = self->m_http->send(request);
                connect(call, &HttpCall::finished, self,
                        [self, post](const HttpResponse &r) { self->metricsRead(post, r); });
            };
            if (post.post.network != QLatin1String("bluesky")) {
                get(secret, post.baseUrl);
                return;
            }
            self->blueskySession(
                post, secret,
                [get](const QString &jwt, const QString &, const QString &pds) { get(jwt, pds); },
                [self, post](const HttpResponse &r) { self->metricsRead(post, r); });
        });
    }
}

void Publisher::metricsRead(const DuePost &post, const HttpResponse &response) {
    if (response.ok()) {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        PostMetrics m{post.post.id, {}};
        if (post.post.network == QLatin1String("bluesky")) {
            const QJsonObject view =
                body.value(QLatin1String("posts")).toArray().first().toObject();
            m.metrics = {view.value(QLatin1String("likeCount")).toInteger(),
                         view.value(QLatin1String("repostCount")).toInteger() +
                             view.value(QLatin1String("quoteCount")).toInteger(),
                         view.value(QLatin1String("replyCount")).toInteger()};
            if (!view.isEmpty())
                m_metrics.append(m);
        } else if (!body.isEmpty()) {
            m.metrics = {body.value(QLatin1String("favourites_count")).toInteger(),
                         body.value(QLatin1String("reblogs_count")).toInteger(),
                         body.value(QLatin1String("replies_count")).toInteger()};
            m_metrics.append(m);
        }
    } else if (post.post.network == QLatin1String("bluesky") &&
               (response.status == 401 ||
                QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")) ==
                    QLatin1String("ExpiredToken"))) {
        m_staleSessions.insert(post.post.account);
    }
    if (--m_metricsPending > 0)
        return;
    const QList<PostMetrics> read = m_metrics;
    const QDateTime now = m_clock.now();
    m_writer->submit(
        [read, now](QSqlDatabase &db) -> Expected<QVariant> {
            PostStore posts(db);
            for (const PostMetrics &m : read) {
                const auto done = posts.setMetrics(m.id, m.metrics, now);
                if (failed(done))
                    return std::get<StorageError>(done);
            }
            return QVariant(int(read.size()));
        },
        this,
        [this](const QVariant &count) {
            m_readingMetrics = false;
            Q_EMIT metricsUpdated(count.toInt());
        },
        [this](const QString &) {
            m_readingMetrics = false;
            Q_EMIT metricsUpdated(0);
        });
}

} // namespace veille
