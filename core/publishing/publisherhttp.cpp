#include "publisherhttp.h"

#include "net/httptypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace veille::publishing {

QUrl endpoint(const QString &base, const QString &path) {
    QString root = base;
    while (root.endsWith(u'/'))
        root.chop(1);
    return QUrl(root + path);
}

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

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

} // namespace veille::publishing
