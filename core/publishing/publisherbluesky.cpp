// The publisher's Bluesky steps: the session kept and refreshed, the reply's parent and root,
// images as blobs, mentions resolved to DIDs, the record written under its record key.
#include "publisher.h"

#include "net/httpclient.h"
#include "publishing/postformat.h"
#include "publishing/publisherhttp.h"
#include "sources/blueskyconnector.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace veille {

using namespace publishing;

namespace {
QString pdsOf(const BlueskySessions::Session &session, const QString &fallback) {
    return session.serviceUrl.isValid() ? session.serviceUrl.toString() : fallback;
}
} // namespace

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
    const QString account = due.post.account;
    const auto kept = m_sessions->find(account);
    if (kept && !m_staleSessions.contains(account)) {
        ready(kept->accessJwt, kept->did, pdsOf(*kept, due.baseUrl));
        return;
    }
    // One renewal per account at a time: the posts and metrics waiting for it share its
    // answer (createSession is limited to 30 per 5 minutes).
    QList<SessionWaiter> &waiting = m_sessionWaiters[account];
    waiting.append({std::move(ready), std::move(failed)});
    if (waiting.size() > 1)
        return;
    if (!kept || kept->refreshJwt.isEmpty()) {
        createBlueskySession(due, appPassword);
        return;
    }
    HttpRequest request;
    request.url = endpoint(pdsOf(*kept, due.baseUrl),
                           QStringLiteral("/xrpc/com.atproto.server.refreshSession"));
    request.method = "POST";
    request.headers = {{"Authorization", "Bearer " + kept->refreshJwt.toUtf8()}};
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this,
            [this, due, appPassword](const HttpResponse &response) {
                if (!response.ok()) {
                    createBlueskySession(due, appPassword);
                    return;
                }
                BlueskySessions::Session session =
                    BlueskySessions::fromJson(QJsonDocument::fromJson(response.body).object());
                if (const auto before = m_sessions->find(due.post.account);
                    before && !session.serviceUrl.isValid())
                    session.serviceUrl = before->serviceUrl;
                sessionSettled(due, &session, response);
            });
}

void Publisher::createBlueskySession(const DuePost &due, const QString &appPassword) {
    HttpRequest request;
    request.url = endpoint(due.baseUrl, QStringLiteral("/xrpc/com.atproto.server.createSession"));
    request.method = "POST";
    request.body = json(
        {{QStringLiteral("identifier"), handleOf(due)}, {QStringLiteral("password"), appPassword}});
    request.headers = {{"Content-Type", "application/json"}};
    request.idempotent = true; // a session more or less changes nothing
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this, [this, due](const HttpResponse &response) {
        if (!response.ok()) {
            sessionSettled(due, nullptr, response);
            return;
        }
        const BlueskySessions::Session session =
            BlueskySessions::fromJson(QJsonDocument::fromJson(response.body).object());
        sessionSettled(due, &session, response);
    });
}

// The renewal answered: the session is kept, and everyone who waited for it goes on (or
// hears why not). The account's own PDS, from its DID document, takes its records.
void Publisher::sessionSettled(const DuePost &due, const BlueskySessions::Session *session,
                               const HttpResponse &response) {
    if (session) {
        m_sessions->store(due.post.account, *session);
        m_staleSessions.remove(due.post.account);
    }
    const QList<SessionWaiter> waiting = m_sessionWaiters.take(due.post.account);
    for (const SessionWaiter &waiter : waiting) {
        if (session)
            waiter.ready(session->accessJwt, session->did, pdsOf(*session, due.baseUrl));
        else
            waiter.failed(response);
    }
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

} // namespace veille
