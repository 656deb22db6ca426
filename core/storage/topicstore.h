#pragma once

#include "model/topic.h"
#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>

namespace veille {

class TopicStore {
public:
    explicit TopicStore(QSqlDatabase db);
    Expected<QList<Topic>> all();
    Expected<qint64> add(const Topic &topic); // fails when the name is taken
    Expected<bool> remove(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace veille
