#pragma once

#include "model/source.h"
#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>

namespace veille {

class SourceStore {
public:
    explicit SourceStore(QSqlDatabase db);
    Expected<QList<Source>> all();
    Expected<qint64> add(const Source &source); // fails when the name is taken
    Expected<bool> remove(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace veille
