#include "poststore.h"

#include "mentionstore.h"
#include "sqlvalues.h"

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
// What the composer sets, bound by the statements that write a post.
void bindComposed(QSqlQuery &q, const ScheduledPost &p) {
    q.bindValue(QStringLiteral(":cw"), nullableText(p.contentWarning));
    q.bindValue(QStringLiteral(":visibility"), nullableText(p.visibility));
    q.bindValue(QStringLiteral(":language"), nullableText(p.language));
    q.bindValue(QStringLiteral(":media"),
                nullableText(p.media.isEmpty() ? QString() : mediaToJson(p.media)));
    q.bindValue(QStringLiteral(":grp"), nullableText(p.group));
}
} // namespace

AccountStore::AccountStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<Account>> AccountStore::all() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, network, handle, base_url, created_at, max_characters, max_media, "
            "url_length, sign_in, client_id FROM accounts ORDER BY name")))
        return queryError(q);
    QList<Account> accounts;
    while (q.next()) {
        Account a = Account::named(q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString());
        a.id = q.value(0).toLongLong();
        a.createdAt = utcFromMs(q.value(5));
        a.maxCharacters = q.value(6).toInt();
        a.maxMedia = q.value(7).toInt();
        a.urlLength = q.value(8).toInt();
        a.signIn = q.value(9).toString();
        a.clientId = q.value(10).toString();
        accounts.append(a);
    }
    return accounts;
}

Expected<qint64> AccountStore::add(const Account &a) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (name, network, handle, base_url, created_at, max_characters, "
        "max_media, url_length, sign_in, client_id) VALUES (:name, :network, :handle, :url, "
        ":now, :chars, :media, :urls, :signin, :client) ON CONFLICT (name) DO NOTHING"));
    q.bindValue(QStringLiteral(":chars"), a.maxCharacters > 0
                                              ? QVariant(a.maxCharacters)
                                              : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":media"),
                a.maxMedia > 0 ? QVariant(a.maxMedia) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":urls"),
                a.urlLength > 0 ? QVariant(a.urlLength) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":signin"), a.signIn);
    q.bindValue(QStringLiteral(":client"), a.clientId);
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

Expected<bool> AccountStore::remove(const QString &name) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM scheduled_posts p JOIN accounts a ON a.id = p.account_id WHERE "
        "a.name = :name AND p.status IN ('scheduled', 'sending')"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec() || !q.next())
        return queryError(q);
    if (const int waiting = q.value(0).toInt(); waiting > 0)
        return StorageError{StorageError::Kind::Query,
                            QCoreApplication::translate("Workspace",
                                                        "%1 has %n post(s) waiting to be sent; "
                                                        "cancel them first",
                                                        nullptr, waiting)
                                .arg(name)};
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return StorageError{StorageError::Kind::Query,
                            QCoreApplication::translate("Workspace", "there is no account named "
                                                                     "\"%1\"")
                                .arg(name)};
    return true;
}

PostStore::PostStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<QList<ScheduledPost>> PostStore::find(const PostQuery &query) {
    QStringList conditions;
    if (query.since.isValid())
        conditions << QStringLiteral("p.scheduled_at >= :since");
    if (query.until.isValid())
        conditions << QStringLiteral("p.scheduled_at < :until");
    if (query.id > 0)
        conditions << QStringLiteral("p.id = :id");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT p.id, a.name, a.network, p.text, p.scheduled_at, "
                  "p.time_zone, p.status, p.sent_at, p.url, p.error, p.likes, "
                  "p.reposts, p.replies, p.reply_to, p.content_warning, p.visibility, p.language, "
                  "p.media, p.post_group, p.remote_id FROM scheduled_posts p "
                  "JOIN accounts a ON a.id = p.account_id") +
              (conditions.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "))) +
              QStringLiteral(" ORDER BY p.scheduled_at, p.id LIMIT :limit"));
    if (query.since.isValid())
        q.bindValue(QStringLiteral(":since"), query.since.toMSecsSinceEpoch());
    if (query.until.isValid())
        q.bindValue(QStringLiteral(":until"), query.until.toMSecsSinceEpoch());
    if (query.id > 0)
        q.bindValue(QStringLiteral(":id"), query.id);
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
        p.contentWarning = q.value(14).toString();
        p.visibility = q.value(15).toString();
        p.language = q.value(16).toString();
        p.media = mediaFromJson(q.value(17).toString());
        p.group = q.value(18).toString();
        p.remoteId = q.value(19).toString();
        posts.append(p);
    }
    return posts;
}

Expected<qint64> PostStore::add(const ScheduledPost &p) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO scheduled_posts (account_id, text, scheduled_at, time_zone, status, "
        "idempotency_key, sent_at, url, error, likes, reposts, replies, created_at, reply_to, "
        "content_warning, visibility, language, media, post_group, remote_id) "
        "SELECT id, :text, :at, :zone, :status, :key, :sent, :url, :error, :likes, :reposts, "
        ":replies, :now, :reply, :cw, :visibility, :language, :media, :grp, :remote "
        "FROM accounts WHERE name = :account"));
    bindComposed(q, p);
    q.bindValue(QStringLiteral(":remote"), nullableText(p.remoteId));
    q.bindValue(QStringLiteral(":reply"), nullableText(p.replyTo));
    q.bindValue(QStringLiteral(":text"), p.text);
    q.bindValue(QStringLiteral(":at"), nullableTime(p.scheduledAt));
    q.bindValue(QStringLiteral(":zone"), p.timeZone);
    q.bindValue(QStringLiteral(":status"), postStatusName(p.status));
    q.bindValue(QStringLiteral(":key"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":sent"), nullableTime(p.sentAt));
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
        "SELECT p.id, p.idempotency_key, a.handle, a.base_url, m.url, a.url_length FROM "
        "scheduled_posts p JOIN accounts a ON a.id = p.account_id LEFT JOIN mentions m ON m.id "
        "= p.reply_to WHERE p.status = 'sending' ORDER BY p.scheduled_at, p.id"));
    if (!q.exec())
        return queryError(q);
    QList<DuePost> due;
    while (q.next()) {
        DuePost d;
        d.post.id = q.value(0).toLongLong();
        d.idempotencyKey = q.value(1).toString();
        d.handle = q.value(2).toString();
        d.baseUrl = q.value(3).toString();
        d.replyToUrl = q.value(4).toString();
        due.append(d);
    }
    for (DuePost &d : due) {
        PostQuery one;
        one.id = d.post.id;
        auto found = find(one);
        if (failed(found))
            return std::get<StorageError>(found);
        d.post = std::get<QList<ScheduledPost>>(found).value(0);
    }
    return due;
}

Expected<bool> PostStore::update(const ScheduledPost &p) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE scheduled_posts SET text = :text, scheduled_at = :at, time_zone = :zone, status = "
        ":status, error = NULL, content_warning = :cw, visibility = :visibility, language = "
        ":language, media = :media, post_group = :grp, account_id = COALESCE((SELECT id FROM "
        "accounts WHERE name = :account), account_id) WHERE id = :id AND status NOT IN "
        "('sending', 'sent')"));
    q.bindValue(QStringLiteral(":text"), p.text);
    q.bindValue(QStringLiteral(":at"), nullableTime(p.scheduledAt));
    q.bindValue(QStringLiteral(":zone"), p.timeZone);
    q.bindValue(QStringLiteral(":status"), postStatusName(p.status));
    bindComposed(q, p);
    q.bindValue(QStringLiteral(":account"), p.account);
    q.bindValue(QStringLiteral(":id"), p.id);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return notEditable(p.id);
    return true;
}

Expected<bool> PostStore::reschedule(qint64 id, const QDateTime &at, bool plan) {
    QSqlQuery q(m_db);
    // A missed or failed post moved to a new time is planned again; a draft stays a draft.
    q.prepare(QStringLiteral(
        "UPDATE scheduled_posts SET scheduled_at = :at, error = NULL, status = CASE WHEN status = "
        "'draft' AND NOT :plan THEN 'draft' ELSE 'scheduled' END WHERE id = :id AND status NOT "
        "IN ('sending', 'sent')"));
    q.bindValue(QStringLiteral(":plan"), plan);
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return notEditable(id);
    return true;
}

StorageError PostStore::notEditable(qint64 id) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status FROM scheduled_posts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return StorageError{
            StorageError::Kind::Query,
            QCoreApplication::translate("Workspace", "there is no post %1").arg(id)};
    return StorageError{
        StorageError::Kind::Query,
        QCoreApplication::translate("Workspace", "post %1 is %2 and can no longer be changed")
            .arg(id)
            .arg(q.value(0).toString())};
}

Expected<QList<DuePost>> PostStore::sentForMetrics(const QDateTime &now, qint64 maxAgeSeconds,
                                                   qint64 everySeconds) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT p.id, a.name, a.network, p.remote_id, a.handle, a.base_url FROM scheduled_posts "
        "p JOIN accounts a ON a.id = p.account_id WHERE p.status = 'sent' AND p.sent_at >= "
        ":oldest AND p.remote_id IS NOT NULL AND (p.metrics_at IS NULL OR p.metrics_at <= "
        ":before) ORDER BY p.sent_at DESC"));
    q.bindValue(QStringLiteral(":oldest"), now.addSecs(-maxAgeSeconds).toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":before"), now.addSecs(-everySeconds).toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    QList<DuePost> posts;
    while (q.next()) {
        DuePost d;
        d.post.id = q.value(0).toLongLong();
        d.post.account = q.value(1).toString();
        d.post.network = q.value(2).toString();
        d.post.remoteId = q.value(3).toString();
        d.post.status = PostStatus::Sent;
        d.handle = q.value(4).toString();
        d.baseUrl = q.value(5).toString();
        posts.append(d);
    }
    return posts;
}

Expected<bool> PostStore::setMetrics(qint64 id, const EngagementMetrics &metrics,
                                     const QDateTime &at) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE scheduled_posts SET likes = :likes, reposts = :reposts, "
                             "replies = :replies, metrics_at = :at WHERE id = :id"));
    q.bindValue(QStringLiteral(":likes"), metrics.likes);
    q.bindValue(QStringLiteral(":reposts"), metrics.reposts);
    q.bindValue(QStringLiteral(":replies"), metrics.replies);
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<bool> PostStore::markSent(qint64 id, const QDateTime &at, const QString &url,
                                   const QString &remoteId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE scheduled_posts SET status = 'sent', sent_at = :at, url = "
                             ":url, remote_id = :remote, error = NULL WHERE id = :id"));
    q.bindValue(QStringLiteral(":remote"), nullableText(remoteId));
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
