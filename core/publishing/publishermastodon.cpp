// The publisher's Mastodon steps: the answered post found from the account's instance,
// images uploaded with their descriptions, the status sent with its Idempotency-Key.
#include "publisher.h"

#include "net/httpclient.h"
#include "publishing/publisherhttp.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace veille {

using namespace publishing;

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

} // namespace veille
