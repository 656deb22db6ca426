#include "workspacelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace veille {

WorkspaceLocation WorkspaceLocation::fromString(const QString &text) {
    WorkspaceLocation location;
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        location.m_kind = Kind::Postgres;
        location.m_text = text;
    } else if (!text.isEmpty()) {
        location.m_kind = Kind::Sqlite;
        location.m_text = QFileInfo(text).absoluteFilePath();
    }
    return location;
}

WorkspaceLocation WorkspaceLocation::resolve(const QString &commandLineValue) {
    if (!commandLineValue.isEmpty())
        return fromString(commandLineValue);
    const QString fromEnvironment = qEnvironmentVariable("VEILLE_DB");
    if (!fromEnvironment.isEmpty())
        return fromString(fromEnvironment);
    return fromString(defaultSqlitePath());
}

QString WorkspaceLocation::defaultSqlitePath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("workspace.sqlite"));
}

QString WorkspaceLocation::demoSqlitePath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("demo.sqlite"));
}

QString WorkspaceLocation::displayName() const {
    if (m_kind == Kind::Postgres) {
        QUrl safe(m_text);
        safe.setPassword({});
        return safe.toString();
    }
    return QDir::toNativeSeparators(m_text);
}

} // namespace veille
