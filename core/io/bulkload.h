#pragma once

#include "storage/storageerror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace veille {

// Loading many mentions into a workspace that holds few. SQLite inserts into an index at a
// random place for every row; building the index once from the finished table sorts instead,
// several times faster. So for the length of a bulk load the secondary indexes of the mentions
// and their topic links are dropped, and the full-text index is not fed row by row; finish()
// builds them all again. Their definitions are kept in the workspace (workspace_settings)
// while they are missing, so a load that dies half-way is finished by the next process that
// prepares the workspace (see finishInterrupted).
//
// All of it runs on the writer thread, inside the writer's transactions.
class BulkLoad {
public:
    explicit BulkLoad(QSqlDatabase db);

    // Whether a load of about `incoming` mentions should be a bulk load: when the workspace
    // holds no more than that (rebuilding an index costs about what the rows it already holds
    // cost to sort), or at most `smallWorkspace` mentions.
    Expected<bool> worthIt(qint64 incoming, qint64 smallWorkspace = 100000);

    // Drops the indexes, keeping their definitions.
    std::optional<StorageError> begin();
    // Builds the indexes again (with SQLite's sorter threads), indexes every text for search,
    // and removes the definitions kept.
    std::optional<StorageError> finish();
    // Whether a load was begun and not finished.
    Expected<bool> pending();

    // After a load that died half-way: finish() and, since the authors' figures it summed in
    // memory are lost, every figure recomputed from the stored mentions and every segment
    // decided again at `now`.
    std::optional<StorageError> recover(const QDateTime &now);

    // The lock file a bulk load holds beside the workspace file while it runs, so that another
    // process does not take a running load for a dead one.
    static QString lockPath(const QString &workspaceFile);

private:
    Expected<std::optional<QByteArray>> marker(); // the kept definitions as stored
    Expected<QStringList> keptDefinitions();

    QSqlDatabase m_db;
};

} // namespace veille
