#include "sourcestore.h"

#include "mentionstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

SourceStore::SourceStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<Source>> SourceStore::all() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, kind, name, url, query, account, interval_s, enabled, "
                               "last_success, last_error FROM sources ORDER BY name")))
        return queryError(q);
    QList<Source> sources;
    while (q.next()) {
        Source s;
        s.id = q.value(0).toLongLong();
        s.kind = q.value(1).toString();
        s.name = q.value(2).toString();
        s.url = q.value(3).toString();
        s.query = q.value(4).toString();
        s.account = q.value(5).toString();
        s.intervalSeconds = q.value(6).toInt();
        s.enabled = q.value(7).toBool();
        if (!q.value(8).isNull())
            s.lastSuccess =
                QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::utc());
        s.lastError = q.value(9).toString();
        sources.append(s);
    }
    return sources;
}

Expected<qint64> SourceStore::add(const Source &s) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sources (name, kind, url, query, account, interval_s, enabled, created_at) "
        "VALUES (:name, :kind, :url, :query, :account, :interval, :enabled, :now) "
        "ON CONFLICT (name) DO NOTHING"));
    q.bindValue(QStringLiteral(":name"), s.name);
    q.bindValue(QStringLiteral(":kind"), s.kind);
    q.bindValue(QStringLiteral(":url"), s.url);
    q.bindValue(QStringLiteral(":query"), s.query);
    q.bindValue(QStringLiteral(":account"), s.account);
    q.bindValue(QStringLiteral(":interval"), s.intervalSeconds);
    q.bindValue(QStringLiteral(":enabled"), s.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1) {
        return StorageError{StorageError::Kind::Query,
                            QCoreApplication::translate("Workspace", "a source named \"%1\" "
                                                                     "exists already")
                                .arg(s.name)};
    }
    return q.lastInsertId().toLongLong();
}

Expected<bool> SourceStore::remove(const QString &name) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sources WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

} // namespace veille
