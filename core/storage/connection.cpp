#include "connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace veille {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("veille-%1").arg(++counter);
}

} // namespace

StorageError classifySqliteError(const QString &driverMessage, const QString &filePath) {
    const QString where = QDir::toNativeSeparators(filePath);
    const QString lower = driverMessage.toLower();
    if (lower.contains(QLatin1String("not a database")) ||
        lower.contains(QLatin1String("malformed"))) {
        return {StorageError::Kind::Corrupt,
                QCoreApplication::translate(
                    "Workspace",
                    "%1 is not a readable Veille workspace (the file is damaged or is not a "
                    "database). It was left untouched.")
                    .arg(where)};
    }
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("busy"))) {
        return {StorageError::Kind::Locked,
                QCoreApplication::translate(
                    "Workspace", "%1 is in use by another program. Close it and try again.")
                    .arg(where)};
    }
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")) ||
        lower.contains(QLatin1String("unable to open")) ||
        lower.contains(QLatin1String("permission"))) {
        return {StorageError::Kind::Unwritable,
                QCoreApplication::translate(
                    "Workspace",
                    "%1 cannot be written. Check the permissions of the file and its folder.")
                    .arg(where)};
    }
    return {StorageError::Kind::Query,
            QCoreApplication::translate("Workspace", "%1: %2").arg(where, driverMessage)};
}

ScopedConnection::~ScopedConnection() {
    close();
}

void ScopedConnection::close() {
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

QSqlDatabase ScopedConnection::database() const {
    return QSqlDatabase::database(m_name, false);
}

std::optional<StorageError> ScopedConnection::open(const WorkspaceLocation &location,
                                                   const ConnectionOptions &options) {
    close();
    if (location.kind() == WorkspaceLocation::Kind::Postgres) {
        return StorageError{StorageError::Kind::Unsupported,
                            QCoreApplication::translate(
                                "Workspace",
                                "Shared PostgreSQL workspaces (%1) are not available in this "
                                "version yet; use a workspace file.")
                                .arg(location.displayName())};
    }

    const QString path = location.filePath();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.createIfMissing) {
            return StorageError{
                StorageError::Kind::Unwritable,
                QCoreApplication::translate("Workspace", "There is no workspace at %1.")
                    .arg(QDir::toNativeSeparators(path))};
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return StorageError{
                StorageError::Kind::Unwritable,
                QCoreApplication::translate("Workspace", "Cannot create the folder %1.")
                    .arg(QDir::toNativeSeparators(info.absolutePath()))};
        }
        const QFileInfo folder(info.absolutePath());
        if (!folder.isWritable()) {
            return StorageError{
                StorageError::Kind::Unwritable,
                QCoreApplication::translate("Workspace",
                                            "Cannot create a workspace in %1: the folder is not "
                                            "writable.")
                    .arg(QDir::toNativeSeparators(info.absolutePath()))};
        }
    } else if (info.isDir()) {
        return StorageError{
            StorageError::Kind::Unwritable,
            QCoreApplication::translate("Workspace", "%1 is a folder, not a workspace file.")
                .arg(QDir::toNativeSeparators(path))};
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            const StorageError error = classifySqliteError(db.lastError().text(), path);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return error;
        }
        m_name = name;

        QSqlQuery query(db);
        // WAL is what lets the readers work while the writer thread commits; a file system
        // that cannot do it (some network shares) answers something else, and we say so.
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
            const StorageError error = classifySqliteError(query.lastError().text(), path);
            query = QSqlQuery();
            db = QSqlDatabase();
            close();
            return error;
        }
        const QString mode = query.value(0).toString().toLower();
        if (mode != QLatin1String("wal")) {
            query = QSqlQuery();
            db = QSqlDatabase();
            close();
            return StorageError{StorageError::Kind::Unwritable,
                                QCoreApplication::translate(
                                    "Workspace",
                                    "%1 cannot use write-ahead logging (the database answered "
                                    "\"%2\"); put the workspace on a local disk.")
                                    .arg(QDir::toNativeSeparators(path), mode)};
        }
        const char *pragmas[] = {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                                 "PRAGMA temp_store=MEMORY",
                                 // A larger page cache keeps the indexes of a big workspace in
                                 // memory instead of reading their pages again at every batch.
                                 "PRAGMA cache_size=-65536"};
        for (const char *pragma : pragmas) {
            if (!query.exec(QLatin1String(pragma))) {
                const StorageError error = classifySqliteError(query.lastError().text(), path);
                query = QSqlQuery();
                db = QSqlDatabase();
                close();
                return error;
            }
        }
    }
    return std::nullopt;
}

} // namespace veille
