#pragma once

#include "storageerror.h"
#include "workspacelocation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace veille {

struct Migration {
    int version = 0;
    QString name;
    QString script;
};

// Brings a workspace's schema up to date with the numbered SQL files under
// :/veille/migrations/<dialect>/. All pending migrations run in one transaction; an existing
// workspace is first copied to `<file>.before-v<N>.bak` (a consistent snapshot taken with
// VACUUM INTO, safe while other connections read).
class Migrator {
public:
    explicit Migrator(QSqlDatabase db, QString filePath = {});

    static QList<Migration> bundledMigrations();
    static int latestVersion();

    // 0 for a new, empty database. Errors for a file that is not a Veille workspace.
    Expected<int> currentVersion() const;

    // Applies every migration up to `targetVersion` (default: the latest bundled).
    std::optional<StorageError> migrate(std::optional<int> targetVersion = std::nullopt);

    QString lastBackupPath() const { return m_backupPath; }

private:
    std::optional<StorageError> backup(int targetVersion);

    QSqlDatabase m_db;
    QString m_filePath;
    QString m_backupPath;
};

} // namespace veille
