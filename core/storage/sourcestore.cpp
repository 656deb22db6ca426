#include "sourcestore.h"

#include "mentionstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace veille {

namespace {

QDateTime timeOf(const QVariant &value) {
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant msOf(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

SourceStore::SourceStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<Source>> SourceStore::all() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, kind, name, url, query, account, interval_s, enabled, "
            "last_success, last_error, status, last_error_at, next_poll, failures, last_new "
            "FROM sources ORDER BY name")))
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
        s.status = q.value(10).toString();
        s.lastErrorAt = timeOf(q.value(11));
        s.nextPoll = timeOf(q.value(12));
        s.failures = q.value(13).toInt();
        s.lastNew = q.value(14).toInt();
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

Expected<bool> SourceStore::update(const Source &s) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sources SET "
        "cursor = CASE WHEN url IS NOT :url OR query IS NOT :query THEN NULL ELSE cursor END, "
        "etag = CASE WHEN url IS NOT :url THEN NULL ELSE etag END, "
        "last_modified = CASE WHEN url IS NOT :url THEN NULL ELSE last_modified END, "
        "status = CASE WHEN url IS NOT :url OR query IS NOT :query OR account IS NOT :account "
        "THEN 'new' ELSE status END, "
        "next_poll = NULL, failures = 0, "
        "name = :name, url = :url, query = :query, account = :account, interval_s = :interval, "
        "enabled = :enabled WHERE id = :id"));
    q.bindValue(QStringLiteral(":name"), s.name);
    q.bindValue(QStringLiteral(":url"), s.url);
    q.bindValue(QStringLiteral(":query"), s.query);
    q.bindValue(QStringLiteral(":account"), s.account);
    q.bindValue(QStringLiteral(":interval"), s.intervalSeconds);
    q.bindValue(QStringLiteral(":enabled"), s.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), s.id);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<SourceCursor> SourceStore::cursor(qint64 id) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cursor, etag, last_modified FROM sources WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    SourceCursor c;
    if (q.next()) {
        c.position = q.value(0).toString();
        c.etag = q.value(1).toString().toUtf8();
        c.lastModified = q.value(2).toString().toUtf8();
    }
    return c;
}

Expected<bool> SourceStore::recordSuccess(qint64 id, const SourceCursor &c, int newMentions,
                                          const QDateTime &at, const QDateTime &nextPoll) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sources SET cursor = :cursor, etag = :etag, last_modified = :modified, "
        "status = 'ok', failures = 0, last_success = :at, last_new = :new, next_poll = :next "
        "WHERE id = :id"));
    q.bindValue(QStringLiteral(":cursor"), c.position.isEmpty()
                                               ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(c.position));
    q.bindValue(QStringLiteral(":etag"), c.etag.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                          : QVariant(QString::fromUtf8(c.etag)));
    q.bindValue(QStringLiteral(":modified"), c.lastModified.isEmpty()
                                                 ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(QString::fromUtf8(c.lastModified)));
    q.bindValue(QStringLiteral(":at"), msOf(at));
    q.bindValue(QStringLiteral(":new"), newMentions);
    q.bindValue(QStringLiteral(":next"), msOf(nextPoll));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<bool> SourceStore::recordFailure(qint64 id, const QString &status, const QString &error,
                                          const QDateTime &at, const QDateTime &nextPoll) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sources SET status = :status, failures = failures + 1, last_error = :error, "
        "last_error_at = :at, next_poll = :next WHERE id = :id"));
    q.bindValue(QStringLiteral(":status"), status);
    q.bindValue(QStringLiteral(":error"), error);
    q.bindValue(QStringLiteral(":at"), msOf(at));
    q.bindValue(QStringLiteral(":next"), msOf(nextPoll));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

} // namespace veille
