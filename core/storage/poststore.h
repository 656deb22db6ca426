#pragma once

#include "model/account.h"
#include "model/scheduledpost.h"
#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>

namespace veille {

class AccountStore {
public:
    explicit AccountStore(QSqlDatabase db);
    Expected<QList<Account>> all();
    Expected<qint64> add(const Account &account); // fails when the name is taken
    // Refused while the account has posts waiting to be sent; its sent posts go with it.
    Expected<bool> remove(const QString &name);

private:
    QSqlDatabase m_db;
};

struct PostQuery {
    QDateTime since; // on scheduled_at, inclusive; invalid = open
    QDateTime until; // exclusive
    int limit = 0;   // 0 = all
    qint64 id = 0;   // one post
};

// A post claimed for sending, with what the publisher needs to send it exactly once.
struct DuePost {
    ScheduledPost post;
    QString idempotencyKey; // chosen at creation, the same on every attempt
    QString handle;         // the account's
    QString baseUrl;        // the account's instance or PDS
    QString replyToUrl;     // the answered mention's address, when it is a reply
};

// The publishing queue, soonest first.
class PostStore {
public:
    explicit PostStore(QSqlDatabase db);
    Expected<QList<ScheduledPost>> find(const PostQuery &query = {});
    // Stores a post for the account named `post.account`; the idempotency key is chosen here,
    // once, so that every later attempt to send reuses it.
    Expected<qint64> add(const ScheduledPost &post);
    // One step of the publisher, in one transaction: posts scheduled more than `grace` ago
    // that never went out are marked missed (and left for the manager to decide); those due
    // are marked "sending" — stored before anything is sent — and returned with the posts
    // left "sending" by an earlier attempt (a crash, a network failure), which are sent again
    // with the same idempotency key.
    Expected<QList<DuePost>> claimDue(const QDateTime &now, qint64 graceSeconds);
    Expected<bool> markSent(qint64 id, const QDateTime &at, const QString &url,
                            const QString &remoteId = {});
    // Edits a post that has not gone out (draft, scheduled, failed, missed): its text, time,
    // account and what the composer sets; `post.status` says whether it is a draft or planned.
    Expected<bool> update(const ScheduledPost &post);
    // Moves a post that has not gone out to another time; missed and failed ones are planned
    // again, a draft stays a draft.
    // With `plan`, a draft is planned too (the manager's "Send now").
    Expected<bool> reschedule(qint64 id, const QDateTime &at, bool plan = false);
    // Sent posts younger than maxAge whose likes, reposts and replies were last read more than
    // `every` ago (or never), newest first.
    Expected<QList<DuePost>> sentForMetrics(const QDateTime &now, qint64 maxAgeSeconds,
                                            qint64 everySeconds);
    Expected<bool> setMetrics(qint64 id, const EngagementMetrics &metrics, const QDateTime &at);
    Expected<bool> markFailed(qint64 id, const QString &reason);
    Expected<bool> noteRetry(qint64 id, const QString &reason); // stays "sending"
    // Takes a post out of the queue; refused once it is being sent or sent.
    Expected<bool> cancel(qint64 id);

private:
    StorageError notEditable(qint64 id);
    QSqlDatabase m_db;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::DuePost)
