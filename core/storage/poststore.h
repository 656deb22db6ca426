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

private:
    QSqlDatabase m_db;
};

struct PostQuery {
    QDateTime since; // on scheduled_at, inclusive; invalid = open
    QDateTime until; // exclusive
    int limit = 0;   // 0 = all
};

// The publishing queue, soonest first.
class PostStore {
public:
    explicit PostStore(QSqlDatabase db);
    Expected<QList<ScheduledPost>> find(const PostQuery &query = {});
    // Stores a post for the account named `post.account`; the idempotency key is chosen here,
    // once, so that every later attempt to send reuses it.
    Expected<qint64> add(const ScheduledPost &post);

private:
    QSqlDatabase m_db;
};

} // namespace veille
