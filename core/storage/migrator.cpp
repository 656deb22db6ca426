#include "migrator.h"

#include "connection.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace veille {

namespace {

const QString kMigrationFolder = QStringLiteral(":/veille/migrations/sqlite");

} // namespace

Migrator::Migrator(QSqlDatabase db, QString filePath)
    : m_db(std::move(db))
    , m_filePath(std::move(filePath)) {}

QList<Migration> Migrator::bundledMigrations() {
    QList<Migration> migrations;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_([a-z0-9_]+)\.sql$)"));
    const QStringList files = QDir(kMigrationFolder).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile source(kMigrationFolder + QLatin1Char('/') + file);
        if (!source.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion() {
    const QList<Migration> migrations = bundledMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Expected<int> Migrator::currentVersion() const {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return classifySqliteError(query.lastError().text(), m_filePath);
    bool hasSchemaTable = false;
    int tables = 0;
    while (query.next()) {
        ++tables;
        if (query.value(0).toString() == QLatin1String("veille_schema"))
            hasSchemaTable = true;
    }
    if (!hasSchemaTable) {
        if (tables > 0) {
            return StorageError{StorageError::Kind::NotAWorkspace,
                                QCoreApplication::translate(
                                    "Workspace",
                                    "%1 is a database, but not a Veille workspace. It was left "
                                    "untouched.")
                                    .arg(QDir::toNativeSeparators(m_filePath))};
        }
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM veille_schema")) || !query.next())
        return classifySqliteError(query.lastError().text(), m_filePath);
    return query.value(0).toInt();
}

std::optional<StorageError> Migrator::backup(int targetVersion) {
    if (m_filePath.isEmpty())
        return std::nullopt;
    QString path = QStringLiteral("%1.before-v%2.bak").arg(m_filePath).arg(targetVersion);
    for (int n = 2; QFile::exists(path); ++n)
        path = QStringLiteral("%1.before-v%2.%3.bak").arg(m_filePath).arg(targetVersion).arg(n);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO :path"));
    query.bindValue(QStringLiteral(":path"), path);
    if (!query.exec()) {
        return StorageError{StorageError::Kind::MigrationFailed,
                            QCoreApplication::translate(
                                "Workspace",
                                "Could not save a copy of the workspace before upgrading it "
                                "(%1); nothing was changed.")
                                .arg(query.lastError().text())};
    }
    m_backupPath = path;
    return std::nullopt;
}

std::optional<StorageError> Migrator::migrate(std::optional<int> targetVersion) {
    const int latest = latestVersion();
    const int target = targetVersion.value_or(latest);
    const Expected<int> current = currentVersion();
    if (failed(current))
        return std::get<StorageError>(current);
    const int from = std::get<int>(current);
    if (from > latest) {
        return StorageError{StorageError::Kind::NewerVersion,
                            QCoreApplication::translate(
                                "Workspace",
                                "%1 was created by a newer version of Veille (workspace format "
                                "%2; this version knows up to %3). Update Veille to open it; the "
                                "file was left untouched.")
                                .arg(QDir::toNativeSeparators(m_filePath))
                                .arg(from)
                                .arg(latest)};
    }
    if (from >= target)
        return std::nullopt;
    if (from > 0) {
        if (auto error = backup(target))
            return error;
    }

    if (!m_db.transaction()) {
        return classifySqliteError(m_db.lastError().text(), m_filePath);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_db);
    for (const Migration &migration : bundledMigrations()) {
        if (migration.version <= from || migration.version > target)
            continue;
        for (const QString &statement : splitSqlScript(migration.script)) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query = QSqlQuery();
                m_db.rollback();
                const StorageError cause = classifySqliteError(reason, m_filePath);
                if (cause.kind == StorageError::Kind::Locked ||
                    cause.kind == StorageError::Kind::Unwritable)
                    return cause;
                return StorageError{StorageError::Kind::MigrationFailed,
                                    QCoreApplication::translate(
                                        "Workspace",
                                        "Upgrading the workspace to format %1 (%2) failed: %3. "
                                        "Nothing was changed.")
                                        .arg(migration.version)
                                        .arg(migration.name, reason)};
            }
        }
        query.prepare(QStringLiteral(
            "INSERT INTO veille_schema (version, name, applied_at) VALUES (:v, :n, :t)"));
        query.bindValue(QStringLiteral(":v"), migration.version);
        query.bindValue(QStringLiteral(":n"), migration.name);
        query.bindValue(QStringLiteral(":t"), now);
        if (!query.exec()) {
            const QString reason = query.lastError().text();
            query = QSqlQuery();
            m_db.rollback();
            return StorageError{StorageError::Kind::MigrationFailed, reason};
        }
    }
    query = QSqlQuery();
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return classifySqliteError(reason, m_filePath);
    }
    return std::nullopt;
}

} // namespace veille
