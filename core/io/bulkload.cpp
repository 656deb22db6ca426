#include "bulkload.h"

#include "community/rosterstore.h"
#include "storage/mentionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

namespace veille {

namespace {

const QString kMarker = QStringLiteral("bulk_load.indexes");

// "CREATE INDEX name ON …" as "CREATE INDEX IF NOT EXISTS name ON …": a process that
// recovered the load while it was still running may have built some of them already.
QString ifNotExists(QString definition) {
    static const QRegularExpression head(
        QStringLiteral("^\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(?!IF\\s+NOT\\s+EXISTS)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = head.match(definition);
    if (match.hasMatch())
        definition.insert(match.capturedEnd(), QLatin1String("IF NOT EXISTS "));
    return definition;
}

} // namespace

BulkLoad::BulkLoad(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString BulkLoad::lockPath(const QString &workspaceFile) {
    return workspaceFile + QLatin1String(".import-lock");
}

Expected<bool> BulkLoad::worthIt(qint64 incoming, qint64 smallWorkspace) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM mentions LIMIT ?)"));
    const qint64 limit = std::max(incoming, smallWorkspace);
    q.addBindValue(limit + 1);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong() <= limit;
}

Expected<std::optional<QByteArray>> BulkLoad::marker() {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    q.addBindValue(kMarker);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

Expected<QStringList> BulkLoad::keptDefinitions() {
    const auto kept = marker();
    if (failed(kept))
        return std::get<StorageError>(kept);
    QStringList definitions;
    if (const auto &value = std::get<std::optional<QByteArray>>(kept)) {
        for (const QJsonValue &definition : QJsonDocument::fromJson(*value).array())
            definitions.append(definition.toString());
    }
    return definitions;
}

Expected<bool> BulkLoad::pending() {
    const auto kept = marker();
    if (failed(kept))
        return std::get<StorageError>(kept);
    return std::get<std::optional<QByteArray>>(kept).has_value();
}

std::optional<StorageError> BulkLoad::begin() {
    auto kept = keptDefinitions();
    if (failed(kept))
        return std::get<StorageError>(kept);
    QStringList definitions = std::get<QStringList>(kept);
    QSqlQuery q(m_db);
    // Only the indexes written in the migrations (sql is NULL for those behind UNIQUE and
    // PRIMARY KEY constraints, which deduplicate the rows and stay).
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                               "sql IS NOT NULL AND tbl_name IN ('mentions', 'mention_topics') "
                               "ORDER BY name")))
        return queryError(q);
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
        const QString definition = q.value(1).toString();
        if (!definitions.contains(definition))
            definitions.append(definition);
    }
    QSqlQuery marker(m_db);
    marker.prepare(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    marker.addBindValue(kMarker);
    marker.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(definitions)).toJson(QJsonDocument::Compact)));
    if (!marker.exec())
        return queryError(marker);
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return queryError(drop);
    }
    return std::nullopt;
}

std::optional<StorageError> BulkLoad::finish() {
    auto kept = keptDefinitions();
    if (failed(kept))
        return std::get<StorageError>(kept);
    QSqlQuery q(m_db);
    // CREATE INDEX sorts the table; SQLite may use helper threads for that.
    q.exec(QStringLiteral("PRAGMA threads = %1").arg(std::max(1, QThread::idealThreadCount())));
    for (const QString &definition : std::get<QStringList>(kept)) {
        if (!q.exec(ifNotExists(definition)))
            return queryError(q);
    }
    // Every text indexed for search at once (the rows of the load were not fed one by one).
    if (!q.exec(QStringLiteral("INSERT INTO mentions_fts (mentions_fts) VALUES ('rebuild')")))
        return queryError(q);
    q.prepare(QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"));
    q.addBindValue(kMarker);
    if (!q.exec())
        return queryError(q);
    q.exec(QStringLiteral("PRAGMA threads = 0"));
    return std::nullopt;
}

std::optional<StorageError> BulkLoad::recover(const QDateTime &now) {
    if (auto error = finish())
        return error;
    RosterStore roster(m_db);
    if (auto error = roster.rebuildAggregates())
        return error;
    const auto classified = roster.classifyAll(now);
    if (failed(classified))
        return std::get<StorageError>(classified);
    return std::nullopt;
}

} // namespace veille
