#pragma once

#include "model/topic.h"
#include "storageerror.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace veille {

class TopicStore {
public:
    explicit TopicStore(QSqlDatabase db);
    Expected<QList<Topic>> all();
    Expected<qint64> add(const Topic &topic); // fails when the name is taken
    Expected<bool> remove(const QString &name);
    Expected<bool> update(const Topic &topic); // by id
    // Mentions not yet read per topic name (status new), for the stream's topic list.
    Expected<QHash<QString, qint64>> unreadCounts();

private:
    QSqlDatabase m_db;
};

} // namespace veille
