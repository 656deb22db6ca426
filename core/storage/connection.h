#pragma once

#include "storageerror.h"
#include "workspacelocation.h"

#include <QSqlDatabase>
#include <QString>

namespace veille {

struct ConnectionOptions {
    int busyTimeoutMs = 5000;
    bool createIfMissing = true;
};

// One named connection to a workspace, owned by the thread that opened it and removed when
// this object dies. Qt connections must not cross threads: each thread opens its own.
class ScopedConnection {
public:
    ScopedConnection() = default;
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    // Opens and configures the connection (WAL verified, synchronous=NORMAL, foreign keys,
    // busy timeout). Does not migrate: see Migrator.
    std::optional<StorageError> open(const WorkspaceLocation &location,
                                     const ConnectionOptions &options = {});
    void close();
    bool isOpen() const { return !m_name.isEmpty(); }
    QSqlDatabase database() const;

private:
    QString m_name;
};

// Turns a driver message into the error kind the user is told about.
StorageError classifySqliteError(const QString &driverMessage, const QString &filePath);

} // namespace veille
