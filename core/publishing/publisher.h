#pragma once

#include "storage/poststore.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

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
    Publisher(WriteQueue *writer, HttpClient *http, SecretStore *secrets,
              const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    // Posts due longer ago than this when a round runs are missed, not sent (default 15 min).
    void setGraceSeconds(qint64 seconds) { m_grace = seconds; }
    // One round now; roundFinished follows (also when there was nothing to send).
    void publishDue();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void roundFinished(const veille::PublishRound &round);
    void postSent(qint64 id, const QString &url);
    void postFailed(qint64 id, const QString &reason);

private:
    void send(const DuePost &due);
    void sendMastodon(const DuePost &due, const QString &token);
    void sendBluesky(const DuePost &due, const QString &appPassword);
    void postStatus(const DuePost &due, const QString &token, const QString &inReplyTo);
    void putRecord(const DuePost &due, const QString &accessJwt, const QString &did,
                   const QJsonObject &reply);
    void finish(const DuePost &due, const HttpResponse &response, const QString &url);
    void settle(qint64 id, int outcome, const QString &detail);
    void oneDone();

    WriteQueue *m_writer;
    HttpClient *m_http;
    SecretStore *m_secrets;
    const Clock &m_clock;
    qint64 m_grace = 15 * 60;
    bool m_busy = false;
    int m_pending = 0;
    PublishRound m_round;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::PublishRound)
