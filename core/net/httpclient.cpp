#include "httpclient.h"

#include "sources/feed/feeddates.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace veille {

namespace {

bool isRetryableStatus(int status) {
    return status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
}

// X-RateLimit-Reset comes as an ISO 8601 time (Mastodon), epoch seconds, or seconds from now
// (Reddit).
QDateTime parseRateLimitReset(const QByteArray &value, const QDateTime &now) {
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        if (seconds > 1e9)
            return QDateTime::fromSecsSinceEpoch(qint64(seconds), QTimeZone::utc());
        return now.addMSecs(qint64(std::ceil(seconds * 1000)));
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now) {
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return now.addSecs(std::max<qint64>(0, seconds));
    // An HTTP date is an RFC 822 date, which the feed reader already reads in all its shapes.
    const QDateTime when = parseFeedDate(QString::fromLatin1(text));
    return when.isValid() ? when.toUTC() : QDateTime();
}

HttpClient::HttpClient(QObject *parent)
    : HttpClient(Options{}, SystemClock::instance(), parent) {}

HttpClient::HttpClient(Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_network(this) { // a child, so that it moves with the client to another thread
    qRegisterMetaType<veille::HttpResponse>();
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = defaultUserAgent();
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() = default;

QByteArray HttpClient::defaultUserAgent() {
    return QByteArrayLiteral("Veille/" VEILLE_VERSION " (desktop social listening; Qt)");
}

HttpCall *HttpClient::send(const HttpRequest &request) {
    auto *call = new HttpCall(this, request);
    call->schedule(waitBeforeStartMs(call->m_host));
    return call;
}

void HttpClient::setMinimumInterval(const QString &host, int milliseconds) {
    m_hosts[host].minIntervalMs = milliseconds;
}

void HttpClient::setDefaultMinimumInterval(const QString &host, int milliseconds) {
    HostState &state = m_hosts[host];
    if (state.minIntervalMs < 0)
        state.minIntervalMs = milliseconds;
}

QDateTime HttpClient::hostBlockedUntil(const QString &host) const {
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.constEnd() || !it->blockedUntil.isValid() ||
        it->blockedUntil <= m_clock.now())
        return {};
    return it->blockedUntil;
}

qint64 HttpClient::waitBeforeStartMs(const QString &host) const {
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.constEnd())
        return 0;
    const QDateTime now = m_clock.now();
    qint64 wait = 0;
    if (it->blockedUntil.isValid())
        wait = std::max(wait, now.msecsTo(it->blockedUntil));
    if (it->minIntervalMs > 0 && it->lastRequest.isValid())
        wait = std::max(wait, it->minIntervalMs - it->lastRequest.msecsTo(now));
    return std::max<qint64>(0, wait);
}

void HttpClient::noteStarted(const QString &host) {
    HostState &state = m_hosts[host];
    const QDateTime now = m_clock.now();
    // Calls waiting for the same host start one spacing apart, not all at once.
    state.lastRequest = state.lastRequest.isValid() && state.lastRequest > now
                            ? state.lastRequest.addMSecs(std::max(0, state.minIntervalMs))
                            : now;
}

void HttpClient::learnFromAnswer(const QString &host, int status, const HttpHeaders &headers) {
    HttpResponse view;
    view.headers = headers;
    const QDateTime now = m_clock.now();
    QDateTime until;
    if (status == 429 || status == 503)
        until = parseRetryAfter(view.header("Retry-After"), now);
    const QByteArray remaining = view.header("X-RateLimit-Remaining");
    if (!remaining.isEmpty()) {
        bool ok = false;
        const double left = remaining.trimmed().toDouble(&ok);
        if (ok && left < 1.0) {
            const QDateTime reset = parseRateLimitReset(view.header("X-RateLimit-Reset"), now);
            if (reset.isValid() && (!until.isValid() || reset > until))
                until = reset;
        }
    }
    if (status == 429 && !until.isValid())
        until = now.addSecs(60); // asked to slow down without saying how much
    if (until.isValid() && until > now) {
        HostState &state = m_hosts[host];
        if (!state.blockedUntil.isValid() || until > state.blockedUntil)
            state.blockedUntil = until;
    }
}

HttpCall::HttpCall(HttpClient *client, HttpRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_host(m_request.url.host().toLower()) {}

void HttpCall::schedule(qint64 delayMs) {
    if (delayMs > m_client->m_options.longestWaitMs) {
        HttpResponse response;
        response.outcome = HttpResponse::Outcome::RateLimited;
        response.retryAfter = m_client->m_clock.now().addMSecs(delayMs);
        response.attempts = m_attempt;
        response.error = HttpClient::tr("%1 asked to wait until %2 before the next request")
                             .arg(m_host, response.retryAfter.toString(Qt::ISODate));
        // Finish from the event loop so the caller can connect first.
        QTimer::singleShot(0, this, [this, response] { finish(response); });
        return;
    }
    QTimer::singleShot(std::max<qint64>(0, delayMs), this, &HttpCall::startAttempt);
}

void HttpCall::abort() {
    if (m_done)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    HttpResponse response;
    response.outcome = HttpResponse::Outcome::NetworkError;
    response.attempts = m_attempt;
    response.error = HttpClient::tr("cancelled");
    finish(response);
}

qint64 HttpCall::backoffMs() const {
    const auto &options = m_client->m_options;
    const double exponential =
        double(options.backoffBaseMs) * std::pow(2.0, std::max(0, m_attempt - 1));
    const double capped = std::min<double>(exponential, options.backoffMaxMs);
    // "Equal jitter": half fixed, half random, so retries of many clients spread out.
    return qint64(capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1));
}

void HttpCall::startAttempt() {
    if (m_done)
        return;
    const qint64 wait = m_client->waitBeforeStartMs(m_host);
    if (wait > 0) { // another call learnt that the host wants a pause meanwhile
        schedule(wait);
        return;
    }
    ++m_attempt;
    m_client->noteStarted(m_host);
    m_tooLarge = false;

    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(m_client->m_options.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString::fromUtf8(m_client->m_options.userAgent));
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag);
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified);
    // Our validators, not the cache's: let 304 through untouched.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = nullptr;
    if (m_request.method == "GET")
        reply = m_client->m_network.get(request);
    else
        reply = m_client->m_network.sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 got, qint64 total) {
        if (got > m_request.maxBytes || total > m_request.maxBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
}

void HttpCall::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    HttpResponse response;
    response.attempts = m_attempt;
    response.url = reply->url();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    m_client->learnFromAnswer(m_host, response.status, response.headers);

    if (m_tooLarge) {
        response.outcome = HttpResponse::Outcome::TooLarge;
        response.error =
            HttpClient::tr("the answer is larger than %1 MB").arg(m_request.maxBytes >> 20);
        finish(response);
        return;
    }

    const auto error = reply->error();
    const bool httpAnswer = response.status != 0;
    const bool mayRetry = m_attempt < m_request.maxAttempts;
    if (!httpAnswer) {
        const bool timedOut =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        response.outcome =
            timedOut ? HttpResponse::Outcome::Timeout : HttpResponse::Outcome::NetworkError;
        response.error = timedOut ? HttpClient::tr("no answer from %1 within %2 s")
                                        .arg(m_host)
                                        .arg(m_client->m_options.transferTimeoutMs / 1000)
                                  : reply->errorString();
        if (m_request.idempotent && mayRetry) {
            schedule(backoffMs());
            return;
        }
        finish(response);
        return;
    }

    if (response.status == 429) {
        const QDateTime until = m_client->hostBlockedUntil(m_host);
        const qint64 wait = until.isValid() ? m_client->m_clock.now().msecsTo(until) : 0;
        response.retryAfter = until;
        // A 429 was not processed, so even a POST may be sent again.
        if (mayRetry && wait <= m_client->m_options.longestWaitMs) {
            schedule(std::max(wait, backoffMs()));
            return;
        }
        response.outcome = HttpResponse::Outcome::RateLimited;
        response.error = until.isValid()
                             ? HttpClient::tr("%1 limits the request rate; next try after %2")
                                   .arg(m_host, until.toString(Qt::ISODate))
                             : HttpClient::tr("%1 limits the request rate").arg(m_host);
        finish(response);
        return;
    }

    // A body cut short, or a failed read, with a success status is still a failure.
    const bool transferFailed = error != QNetworkReply::NoError &&
                                error < QNetworkReply::ContentAccessDenied && response.status < 400;
    if (isRetryableStatus(response.status) || transferFailed) {
        if (m_request.idempotent && mayRetry) {
            const QDateTime until = m_client->hostBlockedUntil(m_host);
            const qint64 wait = until.isValid() ? m_client->m_clock.now().msecsTo(until) : 0;
            schedule(std::max(wait, backoffMs()));
            return;
        }
    }
    if (transferFailed) {
        response.outcome = HttpResponse::Outcome::NetworkError;
        response.error = HttpClient::tr("the answer from %1 was cut short: %2")
                             .arg(m_host, reply->errorString());
        finish(response);
        return;
    }

    response.body = reply->readAll();
    if (response.status == 304) {
        response.notModified = true;
        finish(response);
        return;
    }
    if (response.status >= 200 && response.status < 300) {
        finish(response);
        return;
    }
    response.outcome = HttpResponse::Outcome::HttpError;
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    response.error =
        HttpClient::tr("%1 answered %2 %3").arg(m_host).arg(response.status).arg(reason).trimmed();
    finish(response);
}

void HttpCall::finish(HttpResponse response) {
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace veille
