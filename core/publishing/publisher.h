#pragma once

#include "sources/blueskyconnector.h"
#include "storage/poststore.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace veille {

class HttpClient;
struct HttpResponse;
class SecretStore;
class WriteQueue;

// What one round of the publisher did.
struct PublishRound {
    int sent = 0;
    int failed = 0;  // a permanent error (401, 422…): stopped, with the reason on the post
    int retried = 0; // the network failed: still "sending", tried again next round
};

// The engagement of one sent post as its network counts it.
struct PostMetrics {
    qint64 id = 0;
    EngagementMetrics metrics;
};

// Sends the posts that are due, each exactly once. A post is marked "sending" in the workspace
// before anything leaves (PostStore::claimDue); every attempt carries the idempotency key
// chosen when the post was created — Mastodon's Idempotency-Key header, Bluesky's record key
// (putRecord with that key writes the same record again rather than a second one) — so a
// crash or a lost answer at any point ends in one post after the next round. Network failures
// are retried (HttpClient's backoff within a round, the next round after); a refusal by the
// server stops the post with its reason. Runs in `veille collect` and in the app.
class Publisher : public QObject {
    Q_OBJECT
public:
    // `sessions` keeps Bluesky sessions across rounds (shared with the collector's
    // connectors); without one the publisher keeps its own.
    Publisher(WriteQueue *writer, HttpClient *http, SecretStore *secrets,
              const Clock &clock = SystemClock::instance(), QObject *parent = nullptr,
              BlueskySessions *sessions = nullptr);
    // Posts due longer ago than this when a round runs are missed, not sent (default 15 min).
    void setGraceSeconds(qint64 seconds) { m_grace = seconds; }
    // One round now; roundFinished follows (also when there was nothing to send).
    void publishDue();
    bool isBusy() const { return m_busy; }
    // Reads likes, reposts and replies of the posts sent in the last `days` whose figures are
    // older than `everySeconds`; metricsUpdated follows with what changed.
    void refreshMetrics(int days = 7, qint64 everySeconds = 15 * 60);

Q_SIGNALS:
    void roundFinished(const veille::PublishRound &round);
    void postSent(qint64 id, const QString &url);
    void postFailed(qint64 id, const QString &reason);
    void metricsUpdated(int posts);

private:
    void send(const DuePost &due);
    using SessionReady =
        std::function<void(const QString &accessJwt, const QString &did, const QString &pds)>;
    using SessionFailed = std::function<void(const HttpResponse &response)>;
    void sendMastodon(const DuePost &due, const QString &token);
    void uploadMastodonMedia(const DuePost &due, const QString &token, const QString &inReplyTo,
                             QStringList mediaIds);
    void postStatus(const DuePost &due, const QString &token, const QString &inReplyTo,
                    const QStringList &mediaIds);
    void sendBluesky(const DuePost &due, const QString &appPassword);
    void blueskySession(const DuePost &due, const QString &appPassword, SessionReady ready,
                        SessionFailed failed);
    void createBlueskySession(const DuePost &due, const QString &appPassword);
    void sessionSettled(const DuePost &due, const BlueskySessions::Session *session,
                        const HttpResponse &response);
    void blueskyReply(const DuePost &due, const QString &jwt, const QString &did,
                      const QString &pds);
    void uploadBlobs(const DuePost &due, const QString &jwt, const QString &did, const QString &pds,
                     const QJsonObject &reply, QJsonArray images);
    void putRecord(const DuePost &due, const QString &accessJwt, const QString &did,
                   const QString &pds, const QJsonObject &reply, const QJsonArray &images,
                   QHash<QString, QString> dids = {});
    bool expired(const DuePost &due, const HttpResponse &response);
    void finish(const DuePost &due, const HttpResponse &response, const QString &url,
                const QString &remoteId = {});
    void settle(qint64 id, int outcome, const QString &detail, const QString &remoteId = {});
    void readMetrics(const QList<DuePost> &posts);
    void metricsRead(const DuePost &post, const HttpResponse &response);
    void oneDone();

    WriteQueue *m_writer;
    HttpClient *m_http;
    SecretStore *m_secrets;
    BlueskySessions *m_sessions;
    QSet<QString> m_staleSessions; // Bluesky accounts whose access token the server refused
    struct SessionWaiter {
        SessionReady ready;
        SessionFailed failed;
    };
    QHash<QString, QList<SessionWaiter>> m_sessionWaiters; // account -> waiting for a renewal
    const Clock &m_clock;
    qint64 m_grace = 15 * 60;
    bool m_busy = false;
    int m_pending = 0;
    PublishRound m_round;
    bool m_readingMetrics = false;
    int m_metricsPending = 0;
    QList<PostMetrics> m_metrics;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::PublishRound)
Q_DECLARE_METATYPE(veille::PostMetrics)
