#include "listening/collector.h"
#include "net/httpclient.h"
#include "publishing/secretstore.h"
#include "sources/connectortest.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "storage/sourcestore.h"
#include "storage/topicstore.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace veille;
using namespace veille::test;
using Reply = LocalHttpServer::Reply;

namespace {

struct Bench {
    TempWorkspace temp;
    std::unique_ptr<Workspace> workspace;
    ScopedConnection connection;
    LocalHttpServer server;
    HttpClient http{quickHttp(), SystemClock::instance()};
    MemorySecretStore secrets;
    ManualClock clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), QTimeZone::utc())};

    Bench() {
        REQUIRE_FALSE(Workspace::prepare(temp.location()));
        workspace = std::make_unique<Workspace>(temp.location());
        REQUIRE_FALSE(connection.open(temp.location()));
        TopicStore topics(connection.database());
        REQUIRE_FALSE(failed(topics.add(
            {0, QStringLiteral("Lumen"), QStringLiteral("lumen OR #lumenpanne"), false})));
        REQUIRE_FALSE(
            failed(topics.add({0, QStringLiteral("Panne"),
                               QStringLiteral("panne OR \"en panne\" OR souci"), false})));
        REQUIRE_FALSE(
            failed(topics.add({0, QStringLiteral("Solara"), QStringLiteral("solara"), true})));
    }
    qint64 addSource(const QString &kind, const QString &name, const QString &path,
                     const QString &query, const QString &account = {}) {
        Source s;
        s.kind = kind;
        s.name = name;
        s.url = server.url(path).toString();
        s.query = query;
        s.account = account;
        s.intervalSeconds = 600;
        auto id = SourceStore(connection.database()).add(s);
        REQUIRE_FALSE(failed(id));
        return std::get<qint64>(id);
    }
    Source source(const QString &name) {
        auto all = SourceStore(connection.database()).all();
        REQUIRE_FALSE(failed(all));
        for (const Source &s : std::get<QList<Source>>(all))
            if (s.name == name)
                return s;
        FAIL("no source " << name.toStdString());
        return {};
    }
    std::unique_ptr<Collector> collector() {
        return std::make_unique<Collector>(temp.location(), workspace->writer(), &http, &secrets,
                                           clock);
    }
    QList<Mention> mentions(const MentionQuery &query = {}) {
        auto found = MentionStore(connection.database()).find(query);
        REQUIRE_FALSE(failed(found));
        return std::get<QList<Mention>>(found);
    }
};

struct RoundResult {
    int added = -1, sources = -1, failed = -1;
};

RoundResult runRound(Collector &collector, const QString &only = {}) {
    RoundResult result;
    bool done = false;
    QObject::connect(
        &collector, &Collector::roundFinished, &collector,
        [&](int a, int s, int f) {
            result = {a, s, f};
            done = true;
        },
        Qt::SingleShotConnection);
    collector.runOnce(only);
    REQUIRE(waitUntil([&] { return done; }, 20000));
    return result;
}

void serveMastodon(LocalHttpServer &server) {
    const QByteArray path = "/api/v1/timelines/tag/lumen";
    server.route(path, [&server, path](const LocalHttpServer::Request &request) {
        const QString minId = request.query.queryItemValue(QStringLiteral("min_id"));
        if (minId.isEmpty()) {
            auto reply = Reply::json(fixture(QStringLiteral("mastodon/tag_lumen.json")));
            reply.headers.emplaceBack("Link",
                                      "<" + server.url(QString::fromLatin1(path)).toEncoded() +
                                          "?min_id=110000000000000003>; rel=\"prev\"");
            return reply;
        }
        if (minId == u"110000000000000003") {
            auto reply = Reply::json(fixture(QStringLiteral("mastodon/tag_lumen_newer.json")));
            reply.headers.emplaceBack("Link",
                                      "<" + server.url(QString::fromLatin1(path)).toEncoded() +
                                          "?min_id=110000000000000005>; rel=\"prev\"");
            return reply;
        }
        return Reply::json("[]");
    });
    server.route("/api/v2/search",
                 Reply::json(fixture(QStringLiteral("mastodon/search_panne.json"))));
}

} // namespace

TEST_CASE("one round stores what every source brought, tagged with its topics, with cursors") {
    Bench bench;
    serveMastodon(bench.server);
    bench.server.route("/api/v1/search_by_date",
                       Reply::json(fixture(QStringLiteral("hackernews/search_by_date.json"))));
    bench.addSource(QStringLiteral("mastodon"), QStringLiteral("#lumen"), {},
                    QStringLiteral("#lumen"));
    bench.addSource(QStringLiteral("hackernews"), QStringLiteral("HN"), {},
                    QStringLiteral("lumen"));
    auto collector = bench.collector();

    const RoundResult first = runRound(*collector);
    CHECK(first.sources == 2);
    CHECK(first.failed == 0);
    CHECK(first.added == 5);
    const QList<Mention> stored = bench.mentions();
    REQUIRE(stored.size() == 5);
    MentionQuery byTopic;
    byTopic.topic = QStringLiteral("Panne");
    const QList<Mention> panne = bench.mentions(byTopic);
    REQUIRE(panne.size() == 1);
    CHECK(panne[0].topics == QStringList({QStringLiteral("Lumen"), QStringLiteral("Panne")}));
    // Scored on the way in: "tombée en panne … le SAV ne répond pas".
    CHECK(panne[0].sentiment.label == SentimentLabel::Negative);
    for (const Mention &m : stored)
        CHECK(m.sentiment.isKnown());

    const Source mastodon = bench.source(QStringLiteral("#lumen"));
    CHECK(mastodon.status == QStringLiteral("ok"));
    CHECK(mastodon.lastNew == 3);
    CHECK(mastodon.lastSuccess == bench.clock.now());
    CHECK(mastodon.nextPoll == bench.clock.now().addSecs(600));

    // A new collector (the app restarted) resumes from the stored cursor: no gap, no repeat.
    collector = bench.collector();
    const RoundResult second = runRound(*collector, QStringLiteral("#lumen"));
    CHECK(second.sources == 1);
    CHECK(second.added == 2);
    CHECK(bench.server.requestsTo("/api/v1/timelines/tag/lumen")[1].query.queryItemValue(
              QStringLiteral("min_id")) == QStringLiteral("110000000000000003"));
    CHECK(bench.mentions().size() == 7);

    const RoundResult third = runRound(*collector, QStringLiteral("HN"));
    CHECK(third.added == 0); // what was seen before is stored once
    CHECK(bench.mentions().size() == 7);
}

TEST_CASE("the source's query keeps only what really matches the network's wider search") {
    Bench bench;
    serveMastodon(bench.server);
    bench.addSource(QStringLiteral("mastodon"), QStringLiteral("search"), {},
                    QStringLiteral("lumen panne"), QStringLiteral("brand@mastodon.test"));
    bool written = false;
    bench.secrets.write(SecretStore::accountKey(QStringLiteral("brand@mastodon.test")),
                        QStringLiteral("tok"), [&](const QString &) { written = true; });
    REQUIRE(waitUntil([&] { return written; }));
    auto collector = bench.collector();
    const RoundResult round = runRound(*collector);
    CHECK(round.added == 1); // "Panne de courant, rien à voir" is not about Lumen
    CHECK(bench.mentions()[0].text == QStringLiteral("La lampe Lumen est en panne depuis hier"));
    CHECK(bench.server.requestsTo("/api/v2/search")[0].header("Authorization") == "Bearer tok");
}

TEST_CASE("a failing source is recorded with its reason and backs off; the others still land") {
    Bench bench;
    serveMastodon(bench.server);
    bench.server.route("/broken.xml",
                       Reply::text("<html><body>Not a feed</body></html>", "text/html"));
    bench.server.route(
        "/api/v1/timelines/tag/private",
        Reply::json(R"({"error":"This method requires an authenticated user"})", 401));
    bench.addSource(QStringLiteral("mastodon"), QStringLiteral("#lumen"), {},
                    QStringLiteral("#lumen"));
    bench.addSource(QStringLiteral("rss"), QStringLiteral("Blog"), QStringLiteral("/broken.xml"),
                    {});
    bench.addSource(QStringLiteral("mastodon"), QStringLiteral("#private"), {},
                    QStringLiteral("#private"));
    auto collector = bench.collector();
    QList<SourceStatus> statuses;
    QObject::connect(collector.get(), &Collector::sourceStatusChanged, collector.get(),
                     [&](const SourceStatus &s) { statuses.append(s); });

    const RoundResult round = runRound(*collector);
    CHECK(round.sources == 3);
    CHECK(round.failed == 2);
    CHECK(round.added == 3);
    REQUIRE(waitUntil([&] { return bench.source(QStringLiteral("Blog")).failures == 1; }));
    const Source blog = bench.source(QStringLiteral("Blog"));
    CHECK(blog.status == QStringLiteral("error"));
    CHECK_FALSE(blog.lastError.isEmpty());
    CHECK(blog.nextPoll == bench.clock.now().addSecs(1200)); // twice the interval
    const Source locked = bench.source(QStringLiteral("#private"));
    CHECK(locked.status == QStringLiteral("needs_sign_in"));
    bool sawError = false;
    for (const SourceStatus &s : statuses)
        sawError |= s.name == u"Blog" && s.status == u"error" && !s.lastError.isEmpty();
    CHECK(sawError);

    // Failing again doubles the wait again; six hours at most.
    Source twice = blog;
    twice.failures = 1;
    CHECK(Collector::nextPollAfterFailure(twice, bench.clock.now(), {}) ==
          bench.clock.now().addSecs(2400));
    twice.failures = 30;
    CHECK(Collector::nextPollAfterFailure(twice, bench.clock.now(), {}) ==
          bench.clock.now().addSecs(6 * 3600));
    const QDateTime later = bench.clock.now().addSecs(9 * 3600);
    CHECK(Collector::nextPollAfterFailure(twice, bench.clock.now(), later) == later); // Retry-After
}

TEST_CASE("sources are polled when due by the clock, not before") {
    Bench bench;
    serveMastodon(bench.server);
    bench.addSource(QStringLiteral("mastodon"), QStringLiteral("#lumen"), {},
                    QStringLiteral("#lumen"));
    auto collector = bench.collector();
    int finished = 0;
    QObject::connect(collector.get(), &Collector::sourceStatusChanged, collector.get(),
                     [&](const SourceStatus &s) { finished += s.status == u"ok" ? 1 : 0; });
    collector->pollDue();
    REQUIRE(waitUntil([&] { return finished == 1; }));
    const auto requests = [&] {
        return bench.server.requestsTo("/api/v1/timelines/tag/lumen").size();
    };
    CHECK(requests() == 1);
    collector->pollDue(); // not due: nothing
    bench.clock.advance(599);
    collector->pollDue();
    QThread::msleep(100);
    QCoreApplication::processEvents();
    CHECK(requests() == 1);
    bench.clock.advance(2);
    collector->pollDue();
    REQUIRE(waitUntil([&] { return finished == 2; }));
    CHECK(requests() >= 2);
}

TEST_CASE("fetch now with a preview stores nothing") {
    Bench bench;
    serveMastodon(bench.server);
    const qint64 id = bench.addSource(QStringLiteral("mastodon"), QStringLiteral("#lumen"), {},
                                      QStringLiteral("#lumen"));
    auto collector = bench.collector();
    std::optional<FetchOutcome> preview;
    QObject::connect(collector.get(), &Collector::previewReady, collector.get(),
                     [&](qint64 sourceId, const FetchOutcome &outcome) {
                         CHECK(sourceId == id);
                         preview = outcome;
                     });
    collector->fetchNow(id, true);
    REQUIRE(waitUntil([&] { return preview.has_value(); }));
    CHECK(preview->mentions.size() == 3);
    CHECK(preview->mentions[0].topics.contains(QStringLiteral("Lumen")));
    CHECK(bench.mentions().isEmpty());
    CHECK(bench.source(QStringLiteral("#lumen")).status == QStringLiteral("new"));
}
