#pragma once

#include "lexicon.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace veille {

// The manager's own sentiment terms, kept in the workspace (shared by a team).
class CustomTermStore {
public:
    explicit CustomTermStore(QSqlDatabase db);
    Expected<bool> set(const QString &term, double score, const QDateTime &at);
    Expected<bool> remove(const QString &term);
    Expected<QList<std::pair<QString, double>>> all();
    Expected<Lexicon> lexicon(); // the terms, ready to layer over the built-in ones

private:
    QSqlDatabase m_db;
};

} // namespace veille
