#pragma once

// What the publisher's network steps share: addresses, JSON bodies, the server's words for a
// refusal, media read for upload. Internal to core/publishing.

#include "storage/poststore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace veille {

struct HttpResponse;

namespace publishing {

// How one attempt at a post ended.
enum Outcome { Sent, Failed, Retry };

// The account's server with the path appended ("https://x.social/" and "https://x.social"
// alike).
QUrl endpoint(const QString &base, const QString &path);
QByteArray json(const QJsonObject &object);
// The server's own words for a refusal, when it gives them.
QString serverReason(const HttpResponse &response);
// A refusal that trying again will not change (the request or the credentials are wrong).
bool permanent(const HttpResponse &response);
QString handleOf(const DuePost &due);

// A picture read for upload, or why it cannot be.
struct MediaFile {
    QByteArray bytes;
    QByteArray type;
    QString error;
};
MediaFile readMedia(const PostMedia &media, qint64 limit);

// multipart/form-data by hand: HttpClient sends a body of bytes (it retries and caps it like
// any other request), which QHttpMultiPart, tied to one QNetworkReply, cannot give it.
QByteArray multipart(const QByteArray &boundary, const QByteArray &fileName, const QByteArray &type,
                     const QByteArray &bytes, const QString &description);

inline constexpr qint64 kBlueskyImageLimit = 1000000;
inline constexpr qint64 kMastodonImageLimit = 16 * 1024 * 1024;

} // namespace publishing
} // namespace veille
