#include "support/tempworkspace.h"

#include "storage/connection.h"
#include "storage/migrator.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace veille;

namespace {

QByteArray fileHash(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(QSqlDatabase db, const QString &sql) {
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("a new workspace gets the whole schema, WAL and the safe pragmas",
          "[storage][migrations]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        QSqlDatabase db = connection.database();
        CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
        CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(scalar(db, QStringLiteral("SELECT MAX(version) FROM veille_schema")).toInt() ==
              Migrator::latestVersion());
        for (const char *table : {"mentions", "mentions_fts", "authors", "topics", "sources",
                                  "accounts", "scheduled_posts", "tags", "mention_tags",
                                  "sentiment_corrections", "baselines", "members"}) {
            INFO(table);
            CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'")
                                 .arg(QLatin1String(table)))
                      .toInt() == 1);
        }
    }
    // Preparing again is a no-op and takes no backup.
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    CHECK_FALSE(QFile::exists(temp.path() +
                              QStringLiteral(".before-v%1.bak").arg(Migrator::latestVersion())));
}

TEST_CASE("an older workspace is upgraded with its data intact and a backup kept",
          "[storage][migrations]") {
    test::TempWorkspace temp;
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        Migrator migrator(connection.database(), temp.path());
        REQUIRE_FALSE(migrator.migrate(1));
        QSqlQuery q(connection.database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO authors (id, network, handle, mention_count) "
                                      "VALUES ('mastodon:1', 'mastodon', '@a@b', 1)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO mentions (id, network, created_at, author_id, text, fetched_at) "
            "VALUES ('mastodon:9', 'mastodon', 1763625600000, 'mastodon:1', 'Lumen, déjà là', "
            "0)")));
    }
    const auto upgraded = Workspace::prepare(temp.location());
    INFO((upgraded ? upgraded->message : QString()).toStdString());
    REQUIRE_FALSE(upgraded);

    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlDatabase db = connection.database();
    CHECK(scalar(db, QStringLiteral("SELECT MAX(version) FROM veille_schema")).toInt() ==
          Migrator::latestVersion());
    CHECK(scalar(db, QStringLiteral("SELECT text FROM mentions WHERE id = 'mastodon:9'"))
              .toString() == QStringLiteral("Lumen, déjà là"));
    CHECK(scalar(db, QStringLiteral("SELECT status FROM mentions WHERE id = 'mastodon:9'"))
              .toString() == QLatin1String("new"));
    const QString backup =
        temp.path() + QStringLiteral(".before-v%1.bak").arg(Migrator::latestVersion());
    REQUIRE(QFile::exists(backup));
    ScopedConnection old;
    REQUIRE_FALSE(old.open(WorkspaceLocation::fromString(backup)));
    CHECK(
        scalar(old.database(), QStringLiteral("SELECT MAX(version) FROM veille_schema")).toInt() ==
        1);
    CHECK(scalar(old.database(), QStringLiteral("SELECT COUNT(*) FROM mentions")).toInt() == 1);
}

TEST_CASE("a workspace from a newer Veille is refused and left untouched",
          "[storage][migrations]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        QSqlQuery q(connection.database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO veille_schema VALUES (99, 'future', 0)")));
    }
    const QByteArray before = fileHash(temp.path());
    const auto error = Workspace::prepare(temp.location());
    REQUIRE(error);
    CHECK(error->kind == StorageError::Kind::NewerVersion);
    CHECK(error->message.contains(QLatin1String("newer version")));
    CHECK(fileHash(temp.path()) == before);
}

TEST_CASE("a corrupt file, a foreign database, a locked file and an unwritable place each say why",
          "[storage][migrations]") {
    test::TempWorkspace temp;

    SECTION("corrupt") {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const QByteArray before = fileHash(temp.path());
        const auto error = Workspace::prepare(temp.location());
        REQUIRE(error);
        CHECK(error->kind == StorageError::Kind::Corrupt);
        CHECK(fileHash(temp.path()) == before);
    }
    SECTION("not a workspace") {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(temp.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const auto error = Workspace::prepare(temp.location());
        REQUIRE(error);
        CHECK(error->kind == StorageError::Kind::NotAWorkspace);
    }
    SECTION("locked by another program") {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(temp.path());
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const auto error = Workspace::prepare(temp.location(), 200);
        REQUIRE(error);
        CHECK(error->kind == StorageError::Kind::Locked);
        CHECK(error->message.contains(QLatin1String("another program")));
        q.exec(QStringLiteral("ROLLBACK"));
        q = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }
    SECTION("unwritable place") {
        QFile blocker(temp.path(QStringLiteral("not-a-folder")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto error = Workspace::prepare(WorkspaceLocation::fromString(
            temp.path(QStringLiteral("not-a-folder/workspace.sqlite"))));
        REQUIRE(error);
        CHECK(error->kind == StorageError::Kind::Unwritable);
    }
}
