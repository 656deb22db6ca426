#pragma once

#include "model/source.h"
#include "sources/connector.h"
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
    // Changes what the manager sets (name, URL, query, account, interval, enabled) of the
    // source with this id; a changed URL or query forgets the cursor, which no longer applies.
    Expected<bool> update(const Source &source);
    Expected<SourceCursor> cursor(qint64 id);

    // What a poll ended in; written by the collector in the same transaction as the mentions
    // it brought, so that a crash never leaves a cursor ahead of what was stored.
    Expected<bool> recordSuccess(qint64 id, const SourceCursor &cursor, int newMentions,
                                 const QDateTime &at, const QDateTime &nextPoll);
    Expected<bool> recordFailure(qint64 id, const QString &status, const QString &error,
                                 const QDateTime &at, const QDateTime &nextPoll);

private:
    QSqlDatabase m_db;
};

} // namespace veille
