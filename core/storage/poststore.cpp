#include "poststore.h"

#include "mentionstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace veille {

namespace {
QDateTime utcFromMs(const QVariant &value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}
QVariant msOrNull(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

AccountStore::AccountStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<Account>> AccountStore::all() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, network, handle, base_url, created_at FROM accounts ORDER BY name")))
        return queryError(q);
    QList<Account> accounts;
    while (q.next()) {
        accounts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), utcFromMs(q.value(5))});
    }
    return accounts;
}

Expected<qint64> AccountStore::add(const Account &a) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO accounts (name, network, handle, base_url, created_at) "
                             "VALUES (:name, :network, :handle, :url, :now) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.bindValue(QStringLiteral(":name"), a.name);
    q.bindValue(QStringLiteral(":network"), a.network);
    q.bindValue(QStringLiteral(":handle"), a.handle);
    q.bindValue(QStringLiteral(":url"), a.baseUrl);
    q.bindValue(QStringLiteral(":now"), a.createdAt.isValid()
                                            ? a.createdAt.toMSecsSinceEpoch()
                                            : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1) {
        return StorageError{
            StorageError::Kind::Query,
            QCoreApplication::translate("Workspace", "an account named \"%1\" exists already")
                .arg(a.name)};
    }
    return q.lastInsertId().toLongLong();
}

PostStore::PostStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<ScheduledPost>> PostStore::find(const PostQuery &query) {
    QStringList conditions;
    if (query.since.isValid())
        conditions << QStringLiteral("p.scheduled_at >= :since");
    if (query.until.isValid())
        conditions << QStringLiteral("p.scheduled_at < :until");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.id, a.name, a.network, p.text, p.scheduled_at, "
                             "p.time_zone, p.status, p.sent_at, p.url, p.error, p.likes, "
                             "p.reposts, p.replies, p.reply_to FROM scheduled_posts p "
                             "JOIN accounts a ON a.id = p.account_id") +
              (conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "))) +
              QStringLiteral(" ORDER BY p.scheduled_at, p.id LIMIT :limit"));
    if (query.since.isValid())
        q.bindValue(QStringLiteral(":since"), query.since.toMSecsSinceEpoch());
    if (query.until.isValid())
        q.bindValue(QStringLiteral(":until"), query.until.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":limit"), query.limit > 0 ? query.limit : -1);
    if (!q.exec())
        return queryError(q);
    QList<ScheduledPost> posts;
    while (q.next()) {
        ScheduledPost p;
        p.id = q.value(0).toLongLong();
        p.account = q.value(1).toString();
        p.network = q.value(2).toString();
        p.text = q.value(3).toString();
        p.scheduledAt = utcFromMs(q.value(4));
        p.timeZone = q.value(5).toString();
        p.status = postStatusFromName(q.value(6).toString()).value_or(PostStatus::Draft);
        p.sentAt = utcFromMs(q.value(7));
        p.url = q.value(8).toString();
        p.error = q.value(9).toString();
        p.metrics = {q.value(10).toLongLong(), q.value(11).toLongLong(), q.value(12).toLongLong()};
        p.replyTo = q.value(13).toString();
        posts.append(p);
    }
    return posts;
}

Expected<qint64> PostStore::add(const ScheduledPost &p) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO scheduled_posts (account_id, text, scheduled_at, time_zone, status, "
        "idempotency_key, sent_at, url, error, likes, reposts, replies, created_at, reply_to) "
        "SELECT id, :text, :at, :zone, :status, :key, :sent, :url, :error, :likes, :reposts, "
        ":replies, :now, :reply FROM accounts WHERE name = :account"));
    q.bindValue(QStringLiteral(":reply"), p.replyTo.isEmpty()
                                              ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(p.replyTo));
    q.bindValue(QStringLiteral(":text"), p.text);
    q.bindValue(QStringLiteral(":at"), msOrNull(p.scheduledAt));
    q.bindValue(QStringLiteral(":zone"), p.timeZone);
    q.bindValue(QStringLiteral(":status"), postStatusName(p.status));
    q.bindValue(QStringLiteral(":key"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":sent"), msOrNull(p.sentAt));
    q.bindValue(QStringLiteral(":url"), p.url);
    q.bindValue(QStringLiteral(":error"), p.error);
    q.bindValue(QStringLiteral(":likes"), p.metrics.likes);
    q.bindValue(QStringLiteral(":reposts"), p.metrics.reposts);
    q.bindValue(QStringLiteral(":replies"), p.metrics.replies);
    q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":account"), p.account);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1) {
        return StorageError{StorageError::Kind::Query,
                            QCoreApplication::translate("Workspace", "there is no account named "
                                                                     "\"%1\"")
                                .arg(p.account)};
    }
    return q.lastInsertId().toLongLong();
}

Expected<QList<DuePost>> PostStore::claimDue(const QDateTime &now, qint64 graceSeconds) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE scheduled_posts SET status = 'missed', error = :why WHERE status = 'scheduled' "
        "AND scheduled_at < :oldest"));
    q.bindValue(QStringLiteral(":why"),
                QCoreApplication::translate("Workspace", "its time passed while nothing was "
                                                         "running to send it"));
    q.bindValue(QStringLiteral(":oldest"), now.addSecs(-graceSeconds).toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    q.prepare(QStringLiteral("UPDATE scheduled_posts SET status = 'sending' WHERE status = "
                             "'scheduled' AND scheduled_at <= :now"));
    q.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    q.prepare(QStringLiteral(
        "SELECT p.id, a.name, a.network, p.text, p.scheduled_at, p.time_zone, "
        "p.idempotency_key, a.handle, a.base_url, p.reply_to, m.url FROM scheduled_posts p JOIN "
        "accounts a ON a.id = p.account_id LEFT JOIN mentions m ON m.id = p.reply_to WHERE "
        "p.status = 'sending' ORDER BY p.scheduled_at, p.id"));
    if (!q.exec())
        return queryError(q);
    QList<DuePost> due;
    while (q.next()) {
        DuePost d;
        d.post.id = q.value(0).toLongLong();
        d.post.account = q.value(1).toString();
        d.post.network = q.value(2).toString();
        d.post.text = q.value(3).toString();
        d.post.scheduledAt = utcFromMs(q.value(4));
        d.post.timeZone = q.value(5).toString();
        d.post.status = PostStatus::Sending;
        d.idempotencyKey = q.value(6).toString();
        d.handle = q.value(7).toString();
        d.baseUrl = q.value(8).toString();
        d.post.replyTo = q.value(9).toString();
        d.replyToUrl = q.value(10).toString();
        due.append(d);
    }
    return due;
}

Expected<bool> PostStore::markSent(qint64 id, const QDateTime &at, const QString &url) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE scheduled_posts SET status = 'sent', sent_at = :at, url = "
                             ":url, error = NULL WHERE id = :id"));
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":url"), url);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    const bool updated = q.numRowsAffected() == 1;
    // A reply answers its mention: the first answer's time is the first-response time.
    q.prepare(QStringLiteral(
        "UPDATE mentions SET first_response_at = COALESCE(first_response_at, :at) WHERE id = "
        "(SELECT reply_to FROM scheduled_posts WHERE id = :id)"));
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return updated;
}

Expected<bool> PostStore::markFailed(qint64 id, const QString &reason) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE scheduled_posts SET status = 'failed', error = :why WHERE id = :id"));
    q.bindValue(QStringLiteral(":why"), reason);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<bool> PostStore::noteRetry(qint64 id, const QString &reason) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE scheduled_posts SET error = :why WHERE id = :id AND status "
                             "= 'sending'"));
    q.bindValue(QStringLiteral(":why"), reason);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<bool> PostStore::cancel(qint64 id) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM scheduled_posts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return StorageError{
            StorageError::Kind::Query,
            QCoreApplication::translate("Workspace", "there is no post %1").arg(id)};
    const QString status = q.value(0).toString();
    if (status == QLatin1String("sending") || status == QLatin1String("sent"))
        return StorageError{
            StorageError::Kind::Query,
            QCoreApplication::translate("Workspace", "post %1 is %2 and cannot be cancelled")
                .arg(id)
                .arg(status)};
    q.prepare(QStringLiteral("DELETE FROM scheduled_posts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return true;
}

} // namespace veille
