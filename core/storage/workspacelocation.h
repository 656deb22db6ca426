#pragma once

#include <QString>
#include <QUrl>

namespace veille {

// Where a workspace lives: an SQLite file (the embedded default) or a shared PostgreSQL URL.
class WorkspaceLocation {
public:
    enum class Kind { Sqlite, Postgres };

    WorkspaceLocation() = default;
    // A file path, or a `postgresql://user@host:port/dbname` URL.
    static WorkspaceLocation fromString(const QString &text);
    // `--db` if given, else the VEILLE_DB environment variable, else the per-user default.
    static WorkspaceLocation resolve(const QString &commandLineValue);
    static QString defaultSqlitePath();
    static QString demoSqlitePath();

    Kind kind() const { return m_kind; }
    bool isValid() const { return !m_text.isEmpty(); }
    QString filePath() const { return m_text; } // for Sqlite
    QUrl url() const { return QUrl(m_text); }   // for Postgres
    QString displayName() const;
    QString toString() const { return m_text; }

    friend bool operator==(const WorkspaceLocation &, const WorkspaceLocation &) = default;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_text;
};

} // namespace veille
