#pragma once

#include "model/author.h"
#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>

namespace veille {

struct AuthorQuery {
    QString network;
    QString search; // in handle or name
    enum class Order { MostMentions, MostFollowers, LastSeen, Name } order = Order::MostMentions;
    int offset = 0;
    int limit = 200;
};

// The authors of mentions as the workspace keeps them (counts maintained on insert).
class AuthorStore {
public:
    explicit AuthorStore(QSqlDatabase db);
    Expected<QList<Author>> find(const AuthorQuery &query);
    Expected<qint64> count();

private:
    QSqlDatabase m_db;
};

} // namespace veille
