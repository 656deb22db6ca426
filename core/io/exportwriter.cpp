#include "exportwriter.h"

#include "csvwriter.h"
#include "model/mentionjson.h"

#include <QJsonArray>

namespace veille {

std::optional<ExportFormat> exportFormatFromName(const QString &name) {
    if (name == QLatin1String("jsonl"))
        return ExportFormat::Jsonl;
    if (name == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QList<CsvColumn> mentionCsvColumns() {
    const auto c = [](const char *header, const char *path) {
        return CsvColumn{QLatin1String(header), QLatin1String(path)};
    };
    return {c("id", "id"),
            c("network", "network"),
            c("source", "source"),
            c("created_at", "created_at"),
            c("lang", "lang"),
            c("author_id", "author.id"),
            c("author_handle", "author.handle"),
            c("author_name", "author.name"),
            c("author_followers", "author.followers"),
            c("text", "text"),
            c("url", "url"),
            c("reply_to", "reply_to"),
            c("likes", "metrics.likes"),
            c("reposts", "metrics.reposts"),
            c("replies", "metrics.replies"),
            c("sentiment", "sentiment.label"),
            c("sentiment_score", "sentiment.score"),
            c("topics", "topics"),
            c("status", "status"),
            c("assigned_to", "assigned_to")};
}

QList<CsvColumn> authorCsvColumns() {
    QList<CsvColumn> columns;
    for (const char *key : {"id", "network", "handle", "name", "followers", "following", "mentions",
                            "first_seen", "last_seen", "sentiment", "segment", "segment_reason",
                            "ambassador", "detractor", "suspicious", "member", "tags"})
        columns.append({QLatin1String(key), QLatin1String(key)});
    return columns;
}

QList<CsvColumn> postCsvColumns() {
    QList<CsvColumn> columns;
    for (const char *key : {"id", "account", "network", "text", "scheduled_at", "time_zone",
                            "status", "sent_at", "url", "error"})
        columns.append({QLatin1String(key), QLatin1String(key)});
    for (const char *key : {"likes", "reposts", "replies"})
        columns.append({QLatin1String(key), QStringLiteral("metrics.") + QLatin1String(key)});
    return columns;
}

namespace {

QString cellText(const QJsonObject &record, const QString &path) {
    QJsonValue value = record;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 6);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(QLatin1String("; "));
    }
    default:
        return {};
    }
}

} // namespace

ExportWriter::ExportWriter(QIODevice *device, ExportFormat format, QList<CsvColumn> columns)
    : m_device(device)
    , m_format(format)
    , m_columns(std::move(columns)) {
    if (m_format == ExportFormat::Csv) {
        m_csvOwner = std::make_unique<CsvWriter>(device);
        m_csv = m_csvOwner.get();
        QStringList headers;
        for (const CsvColumn &column : std::as_const(m_columns))
            headers.append(column.header);
        m_csv->writeRow(headers);
    }
}

ExportWriter::~ExportWriter() = default;

void ExportWriter::write(const QJsonObject &record) {
    if (m_format == ExportFormat::Jsonl) {
        m_device->write(toJsonLine(record));
        m_device->write("\n");
        return;
    }
    QStringList cells;
    cells.reserve(m_columns.size());
    for (const CsvColumn &column : std::as_const(m_columns))
        cells.append(cellText(record, column.path));
    m_csv->writeRow(cells);
}

Expected<qint64> exportMentions(MentionStore &store, MentionQuery query, qint64 max,
                                ExportWriter &writer) {
    qint64 written = 0;
    while (max == 0 || written < max) {
        query.limit = int(max == 0 ? 2000 : std::min<qint64>(2000, max - written));
        auto page = store.find(query);
        if (failed(page))
            return std::get<StorageError>(page);
        const auto &mentions = std::get<QList<Mention>>(page);
        for (const Mention &mention : mentions)
            writer.write(mentionToJson(mention));
        written += mentions.size();
        if (mentions.size() < query.limit)
            break;
        query.olderThan = cursorOf(mentions.constLast());
    }
    return written;
}

} // namespace veille
