#include "mentionjson.h"

#include "util/isotime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace veille {

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &value) {
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

std::optional<qint64> readCount(const QJsonValue &value) {
    if (value.isDouble() && value.toDouble() >= 0)
        return qint64(value.toDouble());
    return std::nullopt;
}

QJsonObject metricsToJson(const EngagementMetrics &metrics) {
    return QJsonObject{{QStringLiteral("likes"), double(metrics.likes)},
                       {QStringLiteral("reposts"), double(metrics.reposts)},
                       {QStringLiteral("replies"), double(metrics.replies)}};
}

} // namespace

std::variant<Mention, JsonReadError> mentionFromJsonLine(const QByteArray &line) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        return JsonReadError{
            QCoreApplication::translate("MentionJson", "not valid JSON (%1 at character %2)")
                .arg(error.errorString())
                .arg(error.offset + 1)};
    }
    if (!document.isObject())
        return JsonReadError{QCoreApplication::translate("MentionJson", "expected a JSON object")};
    return mentionFromJson(document.object());
}

std::variant<Mention, JsonReadError> mentionFromJson(const QJsonObject &object) {
    Mention m;
    m.id = object.value(QLatin1String("id")).toString();
    const int colon = m.id.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == m.id.size() - 1)
        return JsonReadError{
            QCoreApplication::translate("MentionJson", "\"id\" must be \"network:nativeId\"")};

    m.network = object.value(QLatin1String("network")).toString();
    if (m.network.isEmpty())
        m.network = m.id.left(colon);

    const QJsonValue text = object.value(QLatin1String("text"));
    if (!text.isString())
        return JsonReadError{
            QCoreApplication::translate("MentionJson", "\"text\" is missing or not a string")};
    m.text = text.toString();

    const auto created = parseIsoDateTime(object.value(QLatin1String("created_at")).toString(),
                                          MissingOffset::AssumeUtc);
    if (!created)
        return JsonReadError{QCoreApplication::translate(
            "MentionJson", "\"created_at\" is missing or not an ISO 8601 date")};
    m.createdAt = *created;

    m.source = object.value(QLatin1String("source")).toString();
    m.url = object.value(QLatin1String("url")).toString();
    m.lang = object.value(QLatin1String("lang")).toString();
    m.replyTo = object.value(QLatin1String("reply_to")).toString();

    const QJsonValue authorValue = object.value(QLatin1String("author"));
    if (!authorValue.isObject())
        return JsonReadError{
            QCoreApplication::translate("MentionJson", "\"author\" is missing or not an object")};
    const QJsonObject author = authorValue.toObject();
    m.author.id = author.value(QLatin1String("id")).toString();
    if (m.author.id.isEmpty())
        return JsonReadError{
            QCoreApplication::translate("MentionJson", "\"author.id\" is missing")};
    m.author.network = m.network;
    m.author.handle = author.value(QLatin1String("handle")).toString();
    m.author.name = author.value(QLatin1String("name")).toString();
    m.author.followers = readCount(author.value(QLatin1String("followers")));
    m.author.following = readCount(author.value(QLatin1String("following")));
    m.author.url = author.value(QLatin1String("url")).toString();

    const QJsonObject metrics = object.value(QLatin1String("metrics")).toObject();
    m.metrics.likes = readCount(metrics.value(QLatin1String("likes"))).value_or(0);
    m.metrics.reposts = readCount(metrics.value(QLatin1String("reposts"))).value_or(0);
    m.metrics.replies = readCount(metrics.value(QLatin1String("replies"))).value_or(0);

    const QJsonValue sentiment = object.value(QLatin1String("sentiment"));
    if (sentiment.isObject()) {
        const QJsonObject s = sentiment.toObject();
        m.sentiment.label = sentimentLabelFromName(s.value(QLatin1String("label")).toString());
        if (!m.sentiment.isKnown())
            return JsonReadError{QCoreApplication::translate(
                "MentionJson", "\"sentiment.label\" must be positive, negative or neutral")};
        m.sentiment.score = std::clamp(s.value(QLatin1String("score")).toDouble(), -1.0, 1.0);
    } else if (!sentiment.isUndefined() && !sentiment.isNull()) {
        return JsonReadError{
            QCoreApplication::translate("MentionJson", "\"sentiment\" must be an object")};
    }

    const QJsonArray topics = object.value(QLatin1String("topics")).toArray();
    for (const QJsonValue &topic : topics) {
        if (topic.isString() && !topic.toString().isEmpty())
            m.topics.append(topic.toString());
    }

    const QJsonValue status = object.value(QLatin1String("status"));
    if (status.isString()) {
        const auto parsed = mentionStatusFromName(status.toString());
        if (!parsed)
            return JsonReadError{QCoreApplication::translate(
                "MentionJson", "\"status\" must be new, read, assigned or resolved")};
        m.status = *parsed;
    }
    m.assignedTo = object.value(QLatin1String("assigned_to")).toString();
    return m;
}

QJsonObject mentionToJson(const Mention &m) {
    QJsonObject author{{QStringLiteral("id"), m.author.id},
                       {QStringLiteral("handle"), m.author.handle},
                       {QStringLiteral("name"), m.author.name},
                       {QStringLiteral("followers"), optionalNumber(m.author.followers)},
                       {QStringLiteral("following"), optionalNumber(m.author.following)},
                       {QStringLiteral("url"), stringOrNull(m.author.url)}};
    QJsonObject object{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("network"), m.network},
        {QStringLiteral("source"), m.source},
        {QStringLiteral("url"), stringOrNull(m.url)},
        {QStringLiteral("created_at"), toIsoUtc(m.createdAt)},
        {QStringLiteral("lang"), stringOrNull(m.lang)},
        {QStringLiteral("author"), author},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("reply_to"), stringOrNull(m.replyTo)},
        {QStringLiteral("metrics"), metricsToJson(m.metrics)},
        {QStringLiteral("topics"), QJsonArray::fromStringList(m.topics)},
        {QStringLiteral("status"), mentionStatusName(m.status)},
    };
    if (m.sentiment.isKnown()) {
        object.insert(QStringLiteral("sentiment"),
                      QJsonObject{{QStringLiteral("label"), sentimentLabelName(m.sentiment.label)},
                                  {QStringLiteral("score"), m.sentiment.score}});
    } else {
        object.insert(QStringLiteral("sentiment"), QJsonValue::Null);
    }
    if (!m.assignedTo.isEmpty())
        object.insert(QStringLiteral("assigned_to"), m.assignedTo);
    return object;
}

QByteArray toJsonLine(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray mentionToJsonLine(const Mention &mention) {
    return toJsonLine(mentionToJson(mention));
}

QJsonObject authorToJson(const Author &a) {
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("network"), a.network},
        {QStringLiteral("handle"), a.handle},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("followers"), optionalNumber(a.followers)},
        {QStringLiteral("following"), optionalNumber(a.following)},
        {QStringLiteral("mentions"), double(a.mentionCount)},
        {QStringLiteral("first_seen"), timeOrNull(a.firstSeen)},
        {QStringLiteral("last_seen"), timeOrNull(a.lastSeen)},
        {QStringLiteral("sentiment"),
         a.averageSentiment ? QJsonValue(*a.averageSentiment) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("segment"), stringOrNull(a.segment)},
        {QStringLiteral("segment_reason"), stringOrNull(a.segmentReason)},
        {QStringLiteral("ambassador"), a.ambassador},
        {QStringLiteral("detractor"), a.detractor},
        {QStringLiteral("suspicious"), stringOrNull(a.suspicious)},
        {QStringLiteral("member"), stringOrNull(a.member)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
    };
}

QJsonObject postToJson(const ScheduledPost &p) {
    return QJsonObject{
        {QStringLiteral("id"), QString::number(p.id)},
        {QStringLiteral("account"), p.account},
        {QStringLiteral("network"), p.network},
        {QStringLiteral("text"), p.text},
        {QStringLiteral("scheduled_at"), timeOrNull(p.scheduledAt)},
        {QStringLiteral("time_zone"), p.timeZone},
        {QStringLiteral("status"), postStatusName(p.status)},
        {QStringLiteral("sent_at"), timeOrNull(p.sentAt)},
        {QStringLiteral("url"), stringOrNull(p.url)},
        {QStringLiteral("error"), stringOrNull(p.error)},
        {QStringLiteral("metrics"), metricsToJson(p.metrics)},
        {QStringLiteral("reply_to"), stringOrNull(p.replyTo)},
        {QStringLiteral("content_warning"), stringOrNull(p.contentWarning)},
        {QStringLiteral("visibility"), stringOrNull(p.visibility)},
        {QStringLiteral("language"), stringOrNull(p.language)},
        {QStringLiteral("media"), QJsonDocument::fromJson(mediaToJson(p.media).toUtf8()).array()},
    };
}

} // namespace veille
