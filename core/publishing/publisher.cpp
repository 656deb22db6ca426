#include "publisher.h"

#include "net/httpclient.h"
#include "publishing/postformat.h"
#include "publishing/secretstore.h"
#include "sources/blueskyconnector.h"
#include "storage/writequeue.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QUrlQuery>
#include <QUuid>

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

QString handleOf(const DuePost &due) {
    QString handle = due.handle;
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    return handle;
}

// A picture read for upload, or why it cannot be.
struct MediaFile {
    QByteArray bytes;
    QByteArray type;
    QString error;
};

MediaFile readMedia(const PostMedia &media, qint64 limit) {
    QFile file(media.path);
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                {},
                QCoreApplication::translate("Publisher", "the image %1 cannot be read: %2")
                    .arg(media.path, file.errorString())};
    if (file.size() > limit)
        return {{},
                {},
                QCoreApplication::translate("Publisher",
                                            "the image %1 is %2 kB; the network takes at most "
                                            "%3 kB")
                    .arg(QFileInfo(media.path).fileName())
                    .arg(file.size() / 1000)
                    .arg(limit / 1000)};
    return {file.readAll(), QMimeDatabase().mimeTypeForFile(media.path).name().toLatin1(), {}};
}

// multipart/form-data by hand: HttpClient sends a body of bytes (it retries and caps it like
// any other request), which QHttpMultiPart, tied to one QNetworkReply, cannot give it.
QByteArray multipart(const QByteArray &boundary, const QByteArray &fileName, const QByteArray &type,
                     const QByteArray &bytes, const QString &description) {
    QByteArray body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n" + bytes + "\r\n";
    if (!description.isEmpty())
        body += "--" + boundary +
                "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n" +
                description.toUtf8() + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

constexpr qint64 kBlueskyImageLimit = 1000000;
constexpr qint64 kMastodonImageLimit = 16 * 1024 * 1024;

} // namespace

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

void Publisher::sendMastodon(const DuePost &due, const QString &token) {
    if (due.post.replyTo.isEmpty()) {
        uploadMastodonMedia(due, token, {}, {});
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
        uploadMastodonMedia(due, token, id, {});
    });
}

// One image after the other, each with its description; the status names them all.
void Publisher::uploadMastodonMedia(const DuePost &due, const QString &token,
                                    const QString &inReplyTo, QStringList mediaIds) {
    if (mediaIds.size() >= due.post.media.size()) {
        postStatus(due, token, inReplyTo, mediaIds);
        return;
    }
    const PostMedia &media = due.post.media.at(mediaIds.size());
    const MediaFile file = readMedia(media, kMastodonImageLimit);
    if (!file.error.isEmpty()) {
        settle(due.post.id, Failed, file.error);
        return;
    }
    const QByteArray boundary = "veille-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/api/v2/media"));
    request.method = "POST";
    request.body = multipart(boundary, QFileInfo(media.path).fileName().toUtf8(), file.type,
                             file.bytes, media.alt);
    request.headers = {{"Authorization", "Bearer " + token.toUtf8()},
                       {"Content-Type", "multipart/form-data; boundary=" + boundary}};
    request.idempotent = true; // an image uploaded twice is only an unused attachment
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this,
            [this, due, token, inReplyTo, mediaIds](const HttpResponse &response) mutable {
                const QString id = QJsonDocument::fromJson(response.body)
                                       .object()
                                       .value(QLatin1String("id"))
                                       .toString();
                if (!response.ok() || id.isEmpty()) {
                    finish(due, response, {});
                    return;
                }
                mediaIds.append(id);
                uploadMastodonMedia(due, token, inReplyTo, mediaIds);
            });
}

void Publisher::postStatus(const DuePost &due, const QString &token, const QString &inReplyTo,
                           const QStringList &mediaIds) {
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/api/v1/statuses"));
    request.method = "POST";
    QJsonObject status{{QStringLiteral("status"), due.post.text}};
    if (!due.post.visibility.isEmpty())
        status.insert(QStringLiteral("visibility"), due.post.visibility);
    if (!due.post.contentWarning.isEmpty()) {
        status.insert(QStringLiteral("spoiler_text"), due.post.contentWarning);
        status.insert(QStringLiteral("sensitive"), true);
    }
    if (!due.post.language.isEmpty())
        status.insert(QStringLiteral("language"), due.post.language);
    if (!mediaIds.isEmpty())
        status.insert(QStringLiteral("media_ids"), QJsonArray::fromStringList(mediaIds));
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
        const QJsonObject made = QJsonDocument::fromJson(response.body).object();
        finish(due, response, made.value(QLatin1String("url")).toString(),
               made.value(QLatin1String("id")).toString());
    });
}

void Publisher::sendBluesky(const DuePost &due, const QString &appPassword) {
    blueskySession(
        due, appPassword,
        [this, due](const QString &jwt, const QString &did, const QString &pds) {
            if (due.post.replyTo.isEmpty())
                uploadBlobs(due, jwt, did, pds, {}, {});
            else
                blueskyReply(due, jwt, did, pds);
        },
        [this, due](const HttpResponse &response) { finish(due, response, {}); });
}

// The account's session: the one kept from an earlier round, refreshed when the server refused
// its token, created only when there is none (createSession is limited to 30 per 5 minutes).
void Publisher::blueskySession(const DuePost &due, const QString &appPassword, SessionReady ready,
                               SessionFailed failed) {
    const auto kept = m_sessions->find(due.post.account);
    const auto pdsOf = [due](const BlueskySessions::Session &s) {
        return s.serviceUrl.isValid() ? s.serviceUrl.toString() : due.baseUrl;
    };
    if (kept && !m_staleSessions.contains(due.post.account)) {
        ready(kept->accessJwt, kept->did, pdsOf(*kept));
        return;
    }
    if (!kept || kept->refreshJwt.isEmpty()) {
        createBlueskySession(due, appPassword, ready, failed);
        return;
    }
    HttpRequest request;
    request.url = endpoint(pdsOf(*kept), QStringLiteral("/xrpc/com.atproto.server.refreshSession"));
    request.method = "POST";
    request.headers = {{"Authorization", "Bearer " + kept->refreshJwt.toUtf8()}};
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this,
            [this, due, appPassword, ready, failed, pdsOf](const HttpResponse &response) {
                if (!response.ok()) {
                    createBlueskySession(due, appPassword, ready, failed);
                    return;
                }
                BlueskySessions::Session session =
                    BlueskySessions::fromJson(QJsonDocument::fromJson(response.body).object());
                if (const auto before = m_sessions->find(due.post.account);
                    before && !session.serviceUrl.isValid())
                    session.serviceUrl = before->serviceUrl;
                m_sessions->store(due.post.account, session);
                m_staleSessions.remove(due.post.account);
                ready(session.accessJwt, session.did, pdsOf(session));
            });
}

void Publisher::createBlueskySession(const DuePost &due, const QString &appPassword,
                                     SessionReady ready, SessionFailed failed) {
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/xrpc/com.atproto.server.createSession"));
    request.method = "POST";
    request.body = json(
        {{QStringLiteral("identifier"), handleOf(due)}, {QStringLiteral("password"), appPassword}});
    request.headers = {{"Content-Type", "application/json"}};
    request.idempotent = true; // a session more or less changes nothing
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this,
            [this, due, ready, failed](const HttpResponse &response) {
                if (!response.ok()) {
                    failed(response);
                    return;
                }
                const BlueskySessions::Session session =
                    BlueskySessions::fromJson(QJsonDocument::fromJson(response.body).object());
                m_sessions->store(due.post.account, session);
                m_staleSessions.remove(due.post.account);
                // The account's own PDS, from its DID document, takes its records.
                ready(session.accessJwt, session.did,
                      session.serviceUrl.isValid() ? session.serviceUrl.toString() : due.baseUrl);
            });
}

// A reply names its parent and the thread's root, each by address and content hash.
void Publisher::blueskyReply(const DuePost &due, const QString &jwt, const QString &did,
                             const QString &pds) {
    QString parent = due.post.replyTo;
    if (parent.startsWith(QLatin1String("bluesky:")))
        parent.remove(0, 8);
    HttpRequest get;
    QUrl url = endpoint(pds, QStringLiteral("/xrpc/app.bsky.feed.getPosts"));
    url.setQuery(QUrlQuery{{QStringLiteral("uris"), parent}});
    get.url = url;
    get.headers = {{"Authorization", "Bearer " + jwt.toUtf8()}};
    HttpCall *posts = m_http->send(get);
    connect(
        posts, &HttpCall::finished, this,
        [this, due, jwt, did, pds, parent](const HttpResponse &r) {
            if (!r.ok()) {
                if (!expired(due, r))
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
                       QCoreApplication::translate("Publisher", "the post to answer (%1) no longer "
                                                                "exists")
                           .arg(parent));
                return;
            }
            const QJsonObject parentRef{{QStringLiteral("uri"), post.value(QLatin1String("uri"))},
                                        {QStringLiteral("cid"), post.value(QLatin1String("cid"))}};
            const QJsonObject root = post.value(QLatin1String("record"))
                                         .toObject()
                                         .value(QLatin1String("reply"))
                                         .toObject()
                                         .value(QLatin1String("root"))
                                         .toObject();
            uploadBlobs(due, jwt, did, pds,
                        QJsonObject{{QStringLiteral("root"), root.isEmpty() ? parentRef : root},
                                    {QStringLiteral("parent"), parentRef}},
                        {});
        });
}

// Images go up first, one blob each; the record then embeds them with their descriptions.
void Publisher::uploadBlobs(const DuePost &due, const QString &jwt, const QString &did,
                            const QString &pds, const QJsonObject &reply, QJsonArray images) {
    if (images.size() >= due.post.media.size()) {
        putRecord(due, jwt, did, pds, reply, images);
        return;
    }
    const PostMedia &media = due.post.media.at(images.size());
    const MediaFile file = readMedia(media, kBlueskyImageLimit);
    if (!file.error.isEmpty()) {
        settle(due.post.id, Failed, file.error);
        return;
    }
    HttpRequest request;
    request.url = endpoint(pds, QStringLiteral("/xrpc/com.atproto.repo.uploadBlob"));
    request.method = "POST";
    request.body = file.bytes;
    request.headers = {{"Authorization", "Bearer " + jwt.toUtf8()}, {"Content-Type", file.type}};
    request.idempotent = true; // the same bytes give the same blob
    HttpCall *call = m_http->send(request);
    const QString alt = media.alt;
    connect(call, &HttpCall::finished, this,
            [this, due, jwt, did, pds, reply, images, alt](const HttpResponse &response) mutable {
                const QJsonObject blob = QJsonDocument::fromJson(response.body)
                                             .object()
                                             .value(QLatin1String("blob"))
                                             .toObject();
                if (!response.ok() || blob.isEmpty()) {
                    if (!expired(due, response))
                        finish(due, response, {});
                    return;
                }
                images.append(
                    QJsonObject{{QStringLiteral("alt"), alt}, {QStringLiteral("image"), blob}});
                uploadBlobs(due, jwt, did, pds, reply, images);
            });
}

// Mentions become links to the account only with its DID: each @handle is resolved first (one
// that does not resolve stays plain text), then the record is written.
void Publisher::putRecord(const DuePost &due, const QString &accessJwt, const QString &did,
                          const QString &pds, const QJsonObject &reply, const QJsonArray &images,
                          QHash<QString, QString> dids) {
    QString next;
    for (const PostSpan &span : postSpans(due.post.text))
        if (span.kind == PostSpan::Mention && span.value.contains(u'.') &&
            !dids.contains(span.value.toLower()))
            next = span.value.toLower();
    if (!next.isEmpty()) {
        HttpRequest resolve;
        QUrl url = endpoint(pds, QStringLiteral("/xrpc/com.atproto.identity.resolveHandle"));
        url.setQuery(QUrlQuery{{QStringLiteral("handle"), next}});
        resolve.url = url;
        resolve.headers = {{"Authorization", "Bearer " + accessJwt.toUtf8()}};
        resolve.maxAttempts = 2;
        HttpCall *call = m_http->send(resolve);
        connect(call, &HttpCall::finished, this,
                [this, due, accessJwt, did, pds, reply, images, dids,
                 next](const HttpResponse &response) mutable {
                    // An empty DID marks a handle already asked about.
                    dids.insert(next, response.ok() ? QJsonDocument::fromJson(response.body)
                                                          .object()
                                                          .value(QLatin1String("did"))
                                                          .toString()
                                                    : QString());
                    putRecord(due, accessJwt, did, pds, reply, images, dids);
                });
        return;
    }
    HttpRequest request;
    request.url = endpoint(pds, QStringLiteral("/xrpc/com.atproto.repo.putRecord"));
    request.method = "POST";
    QJsonObject record{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                       {QStringLiteral("text"), due.post.text},
                       // Links and hashtags work only when the record says where they are.
                       {QStringLiteral("facets"), blueskyFacets(due.post.text, dids)},
                       {QStringLiteral("createdAt"), toIsoUtc(due.post.scheduledAt)}};
    if (!reply.isEmpty())
        record.insert(QStringLiteral("reply"), reply);
    if (!due.post.language.isEmpty())
        record.insert(QStringLiteral("langs"), QJsonArray{due.post.language});
    if (!images.isEmpty())
        record.insert(
            QStringLiteral("embed"),
            QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.images")},
                        {QStringLiteral("images"), images}});
    // The record key is the post's idempotency key: writing it again replaces the same record.
    request.body = json({{QStringLiteral("repo"), did},
                         {QStringLiteral("collection"), QStringLiteral("app.bsky.feed.post")},
                         {QStringLiteral("rkey"), due.idempotencyKey},
                         {QStringLiteral("record"), record}});
    request.headers = {{"Authorization", "Bearer " + accessJwt.toUtf8()},
                       {"Content-Type", "application/json"}};
    request.idempotent = true;
    HttpCall *call = m_http->send(request);
    const QString url = QStringLiteral("https://bsky.app/profile/%1/post/%2")
                            .arg(handleOf(due), due.idempotencyKey);
    connect(call, &HttpCall::finished, this, [this, due, url](const HttpResponse &response) {
        if (expired(due, response))
            return;
        finish(
            due, response, url,
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("uri")).toString());
    });
}

// The server refused the session's access token (it lasts about two hours): the post stays
// "sending" and the next round, a second later, refreshes the session and sends it again
// under the same record key.
bool Publisher::expired(const DuePost &due, const HttpResponse &response) {
    const QString error =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toString();
    if (response.ok() || !(response.status == 401 || error == QLatin1String("ExpiredToken") ||
                           error == QLatin1String("InvalidToken")))
        return false;
    m_staleSessions.insert(due.post.account);
    settle(due.post.id, Retry,
           QCoreApplication::translate("Publisher", "the Bluesky session expired; renewing it"));
    return true;
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
