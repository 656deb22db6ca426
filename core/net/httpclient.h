#pragma once

#include "httptypes.h"
#include "util/clock.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>

namespace veille {

class HttpCall;

// Every request of Veille goes through here: a transfer timeout, a real User-Agent, safe
// redirects, gzip (QNetworkAccessManager asks for it and inflates it), a size cap, retries of
// idempotent requests with exponential backoff and jitter, and per host: Retry-After and
// X-RateLimit-* honoured, plus an optional minimum spacing between requests (Reddit allows
// ten a minute without OAuth). Lives on one thread; answers by the call's finished signal.
class HttpClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        int transferTimeoutMs = 30000;
        int backoffBaseMs = 1000; // first retry after about this long, doubling each time
        int backoffMaxMs = 60000;
        int longestWaitMs = 120000; // a host asking for longer fails the call as RateLimited
        QByteArray userAgent;       // empty: the product's own
    };

    explicit HttpClient(QObject *parent = nullptr);
    HttpClient(Options options, const Clock &clock, QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts the request (possibly after the host's wait); the call deletes itself after
    // finished unless the receiver keeps it. `context` ends the call if it is destroyed.
    HttpCall *send(const HttpRequest &request);

    // Requests to `host` are spaced by at least this much.
    void setMinimumInterval(const QString &host, int milliseconds);
    // Sets the spacing only where none was chosen yet (a connector's default).
    void setDefaultMinimumInterval(const QString &host, int milliseconds);
    // When the host may next be asked (null when now), as learnt from its answers.
    QDateTime hostBlockedUntil(const QString &host) const;

    static QByteArray defaultUserAgent();
    const Options &options() const { return m_options; }

private:
    friend class HttpCall;
    struct HostState {
        QDateTime blockedUntil;
        QDateTime lastRequest;
        int minIntervalMs = -1; // not chosen
    };
    // How long a call to `host` must wait before it may start.
    qint64 waitBeforeStartMs(const QString &host) const;
    void noteStarted(const QString &host);
    void learnFromAnswer(const QString &host, int status, const HttpHeaders &headers);

    Options m_options;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    QHash<QString, HostState> m_hosts;
};

// One request through its attempts. Emits finished exactly once, then deletes itself later.
class HttpCall : public QObject {
    Q_OBJECT
public:
    void abort(); // finishes at once with a NetworkError "cancelled"

Q_SIGNALS:
    void finished(const veille::HttpResponse &response);

private:
    friend class HttpClient;
    HttpCall(HttpClient *client, HttpRequest request);
    void schedule(qint64 delayMs);
    void startAttempt();
    void onReplyFinished();
    void finish(HttpResponse response);
    qint64 backoffMs() const;

    HttpClient *m_client;
    HttpRequest m_request;
    QString m_host;
    QPointer<QNetworkReply> m_reply;
    int m_attempt = 0;
    bool m_tooLarge = false;
    bool m_done = false;
};

// Parses a Retry-After value (seconds or an HTTP date) against `now`.
QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace veille

Q_DECLARE_METATYPE(veille::HttpResponse)
