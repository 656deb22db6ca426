#include "support/tempworkspace.h"

#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "storage/writequeue.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QThread>

using namespace veille;

TEST_CASE("writes queued together are committed in one transaction, off the caller's thread",
          "[storage][threads]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    WriteQueue queue(temp.location());
    QList<int> batchSizes;
    QObject receiver;
    QObject::connect(&queue, &WriteQueue::batchCommitted, &receiver,
                     [&](int jobs, qint64) { batchSizes.append(jobs); });
    int done = 0;
    QObject::connect(&queue, &WriteQueue::jobDone, &receiver,
                     [&](quint64, const QVariant &) { ++done; });
    QSet<QThread *> threads;
    QMutex threadsMutex;

    for (int i = 0; i < 50; ++i) {
        queue.submit([i, &threads, &threadsMutex](QSqlDatabase &db) -> Expected<QVariant> {
            {
                QMutexLocker lock(&threadsMutex);
                threads.insert(QThread::currentThread());
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (:n)"));
            q.bindValue(QStringLiteral(":n"), QStringLiteral("tag%1").arg(i));
            if (!q.exec())
                return queryError(q);
            return QVariant(i);
        });
    }
    REQUIRE(test::waitUntil([&] { return done == 50; }));
    CHECK(threads.size() == 1);
    CHECK_FALSE(threads.contains(QThread::currentThread()));
    int total = 0;
    for (int size : batchSizes)
        total += size;
    CHECK(total == 50);
    // Submitted faster than one commit takes, they cannot all have had a transaction each.
    CHECK(batchSizes.size() < 50);
    CHECK(*std::max_element(batchSizes.cbegin(), batchSizes.cend()) > 1);
}

TEST_CASE("a failing job is rolled back alone; the others in its batch land",
          "[storage][threads]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    QStringList failures;
    int done = 0;
    {
        WriteQueue queue(temp.location());
        QObject receiver;
        QObject::connect(&queue, &WriteQueue::jobFailed, &receiver,
                         [&](quint64, const QString &reason) { failures.append(reason); });
        QObject::connect(&queue, &WriteQueue::jobDone, &receiver,
                         [&](quint64, const QVariant &) { ++done; });
        const auto insert = [](const QString &name) {
            return [name](QSqlDatabase &db) -> Expected<QVariant> {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (:n)"));
                q.bindValue(QStringLiteral(":n"), name);
                if (!q.exec())
                    return queryError(q);
                return QVariant(true);
            };
        };
        queue.submit(insert(QStringLiteral("a")));
        queue.submit(insert(QStringLiteral("a"))); // violates UNIQUE
        queue.submit(insert(QStringLiteral("b")));
        REQUIRE(test::waitUntil([&] { return done + failures.size() == 3; }));
    }
    CHECK(done == 2);
    REQUIRE(failures.size() == 1);
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT group_concat(name, ',') FROM (SELECT name FROM tags ORDER BY name)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("a,b"));
}

TEST_CASE("destroying the queue first stores what was submitted", "[storage][threads]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    {
        WriteQueue queue(temp.location());
        for (int i = 0; i < 20; ++i) {
            queue.submit([i](QSqlDatabase &db) -> Expected<QVariant> {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (:n)"));
                q.bindValue(QStringLiteral(":n"), QString::number(i));
                if (!q.exec())
                    return queryError(q);
                return QVariant();
            });
        }
    }
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM tags")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 20);
}

TEST_CASE("a job's own answer reaches its caller, however fast the writer is",
          "[storage][threads]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    WriteQueue queue(temp.location());
    QObject receiver;
    int answered = 0;
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        // Every job answers at once: the writer may finish it before submit() returns.
        queue.submit(
            [i](QSqlDatabase &) -> Expected<QVariant> {
                if (i % 3 == 0)
                    return StorageError{StorageError::Kind::Query, QStringLiteral("no")};
                return QVariant(i);
            },
            &receiver, [&](const QVariant &value) { answered += value.toInt() >= 0; },
            [&](const QString &) { ++refused; });
    }
    REQUIRE(test::waitUntil([&] { return answered + refused == 300; }));
    CHECK(answered == 200);
    CHECK(refused == 100);

    // A caller that is gone is not called.
    int late = 0;
    {
        QObject gone;
        queue.submit([](QSqlDatabase &) -> Expected<QVariant> { return QVariant(1); }, &gone,
                     [&](const QVariant &) { ++late; });
    }
    QThread::msleep(100);
    QCoreApplication::processEvents();
    CHECK(late == 0);
}
