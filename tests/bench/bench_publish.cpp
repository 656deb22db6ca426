// Punctuality: posts scheduled over a minute and a half, sent by the publisher on its
// one-second timer (as the app and `veille collect` run it) to a local Mastodon endpoint; how
// late each arrived after its time.
#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

#include "net/httpclient.h"
#include "publishing/publisher.h"
#include "publishing/secretstore.h"
#include "storage/connection.h"
#include "storage/poststore.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace veille;

TEST_CASE("posts leave within five seconds of their time", "[benchmark]") {
    test::LocalHttpServer server;
    QHash<QByteArray, qint64> arrived; // key -> ms since epoch
    server.route("/api/v1/statuses", [&](const test::LocalHttpServer::Request &r) {
        arrived.insert(r.header("Idempotency-Key"), QDateTime::currentMSecsSinceEpoch());
        return test::LocalHttpServer::Reply::json(R"({"url":"https://x/1"})");
    });
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    Workspace workspace(temp.location());
    const QString base = server.baseUrl();
    constexpr int kPosts = 60;
    QHash<QString, qint64> due; // key -> scheduled ms
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        REQUIRE(std::holds_alternative<qint64>(
            AccountStore(connection.database())
                .add(Account::named(QStringLiteral("brand"), QStringLiteral("mastodon"),
                                    QStringLiteral("brand"), base))));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3);
        for (int i = 0; i < kPosts; ++i) {
            ScheduledPost post;
            post.account = QStringLiteral("brand");
            post.text = QStringLiteral("post %1").arg(i);
            post.scheduledAt = start.addMSecs(i * 1500);
            post.timeZone = QStringLiteral("UTC");
            post.status = PostStatus::Scheduled;
            REQUIRE(std::holds_alternative<qint64>(PostStore(connection.database()).add(post)));
        }
        QSqlQuery q(connection.database());
        REQUIRE(
            q.exec(QStringLiteral("SELECT idempotency_key, scheduled_at FROM scheduled_posts")));
        while (q.next())
            due.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    HttpClient http;
    MemorySecretStore secrets;
    bool stored = false;
    secrets.write(SecretStore::accountKey(QStringLiteral("brand")), QStringLiteral("t"),
                  [&](const QString &) { stored = true; });
    REQUIRE(test::waitUntil([&] { return stored; }));
    Publisher publisher(workspace.writer(), &http, &secrets);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &publisher, &Publisher::publishDue);
    tick.start(1000);
    REQUIRE(test::waitUntil([&] { return arrived.size() == kPosts; }, 120000));
    QList<qint64> late;
    for (auto it = due.cbegin(); it != due.cend(); ++it)
        late.append(arrived.value(it.key().toUtf8()) - it.value());
    std::sort(late.begin(), late.end());
    const auto within =
        std::count_if(late.cbegin(), late.cend(), [](qint64 ms) { return ms <= 5000; });
    std::printf("%d posts: median %lld ms late, slowest %lld ms, %lld within 5 s (%.1f %%)\n",
                kPosts, static_cast<long long>(late[late.size() / 2]),
                static_cast<long long>(late.last()), static_cast<long long>(within),
                100.0 * double(within) / kPosts);
    CHECK(within >= kPosts * 99 / 100);
    CHECK(late.first() >= 0); // never early
}
