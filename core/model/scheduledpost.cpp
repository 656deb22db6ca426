#include "scheduledpost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace veille {

namespace {
constexpr std::array<std::pair<PostStatus, const char *>, 6> kNames{{
    {PostStatus::Draft, "draft"},
    {PostStatus::Scheduled, "scheduled"},
    {PostStatus::Sending, "sending"},
    {PostStatus::Sent, "sent"},
    {PostStatus::Failed, "failed"},
    {PostStatus::Missed, "missed"},
}};
} // namespace

QString postStatusName(PostStatus status) {
    for (const auto &[value, name] : kNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return QStringLiteral("draft");
}

std::optional<PostStatus> postStatusFromName(const QString &name) {
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString mediaToJson(const QList<PostMedia> &media) {
    QJsonArray array;
    for (const PostMedia &m : media)
        array.append(QJsonObject{{QStringLiteral("path"), m.path}, {QStringLiteral("alt"), m.alt}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PostMedia> mediaFromJson(const QString &json) {
    QList<PostMedia> media;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        media.append(
            {o.value(QLatin1String("path")).toString(), o.value(QLatin1String("alt")).toString()});
    }
    return media;
}

} // namespace veille
