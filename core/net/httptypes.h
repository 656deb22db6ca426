#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace veille {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest {
    QUrl url;
    QByteArray method = "GET";
    QByteArray body;
    HttpHeaders headers;
    // Only idempotent requests are retried after a failure. A POST that carries an
    // idempotency key may say so explicitly.
    bool idempotent = true;
    // Conditional GET: the validators of the last answer, sent back as If-None-Match and
    // If-Modified-Since.
    QByteArray etag;
    QByteArray lastModified;
    int maxAttempts = 4;
    qint64 maxBytes = 16 * 1024 * 1024;
};

struct HttpResponse {
    enum class Outcome {
        Ok,           // 2xx (or 304 for a conditional GET)
        HttpError,    // a non-2xx status after the retries allowed
        RateLimited,  // the host asked to wait longer than the client waits by itself
        Timeout,      // no byte for the transfer timeout
        NetworkError, // refused, reset, DNS…
        TooLarge,     // the body passed the size cap
    };
    Outcome outcome = Outcome::Ok;
    int status = 0;
    QByteArray body;
    HttpHeaders headers;
    QUrl url; // after redirects
    bool notModified = false;
    QDateTime retryAfter; // when the host said it can be asked again, if it did
    int attempts = 0;
    QString error; // why, in words, when outcome is not Ok

    bool ok() const { return outcome == Outcome::Ok; }
    QByteArray header(const QByteArray &name) const;
};

} // namespace veille
