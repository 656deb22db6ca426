#include "connectortest.h"

#include "sources/mastodonconnector.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace veille;
using namespace veille::test;
using Reply = LocalHttpServer::Reply;

namespace {

QByteArray linkHeader(const LocalHttpServer &server, const QString &path, const QString &maxId,
                      const QString &minId) {
    return QStringLiteral("<%1?max_id=%2>; rel=\"next\", <%1?min_id=%3>; rel=\"prev\"")
        .arg(server.url(path).toString(), maxId, minId)
        .toUtf8();
}

} // namespace

TEST_CASE("Mastodon hashtag timeline: first page, then forward from min_id by Link headers") {
    LocalHttpServer server;
    const QString path = QStringLiteral("/api/v1/timelines/tag/lumen");
    server.route(path.toUtf8(), [&](const LocalHttpServer::Request &request) {
        const QString minId = request.query.queryItemValue(QStringLiteral("min_id"));
        Reply reply;
        if (minId.isEmpty()) {
            reply = Reply::json(fixture(QStringLiteral("mastodon/tag_lumen.json")));
            reply.headers.emplaceBack("Link",
                                      linkHeader(server, path, QStringLiteral("110000000000000001"),
                                                 QStringLiteral("110000000000000003")));
        } else if (minId == u"110000000000000003") {
            reply = Reply::json(fixture(QStringLiteral("mastodon/tag_lumen_newer.json")));
            reply.headers.emplaceBack("Link",
                                      linkHeader(server, path, QStringLiteral("110000000000000004"),
                                                 QStringLiteral("110000000000000005")));
        } else {
            reply = Reply::json("[]");
        }
        reply.headers.emplaceBack("X-RateLimit-Limit", "300");
        reply.headers.emplaceBack("X-RateLimit-Remaining", "299");
        return reply;
    });
    HttpClient http(quickHttp(), SystemClock::instance());
    const Source source =
        sourceOf(QStringLiteral("mastodon"), server.url(), QStringLiteral("#lumen"));

    const FetchOutcome first = poll(source, {}, ctx(&http));
    REQUIRE(first.status == FetchOutcome::Status::Ok);
    REQUIRE(first.mentions.size() == 3);
    CHECK(server.requests().size() == 1); // the first poll takes the newest page only
    const Mention &m = first.mentions[0];
    CHECK(m.id ==
          QStringLiteral("mastodon:https://mastodon.test/users/marie/statuses/110000000000000003"));
    CHECK(m.text ==
          QStringLiteral("Ma lampe #Lumen est tombée en panne ce matin & le SAV ne répond pas !"));
    CHECK(m.createdAt == QDateTime(QDate(2026, 11, 23), QTime(9, 15), QTimeZone::utc()));
    CHECK(m.lang == QStringLiteral("fr"));
    CHECK(m.author.id == QStringLiteral("mastodon:marie@mastodon.test"));
    CHECK(m.author.handle == QStringLiteral("@marie@mastodon.test"));
    CHECK(m.author.followers == 312);
    CHECK(m.metrics.likes == 3);
    CHECK(m.metrics.replies == 2);
    CHECK(first.mentions[1].author.handle == QStringLiteral("@tom@other.example"));
    // A boost is stored as the boosted post, once.
    CHECK(first.mentions[2].id ==
          QStringLiteral("mastodon:https://other.example/users/tom/statuses/109999999999999990"));
    CHECK(first.mentions[2].text.contains(QStringLiteral("rien à redire")));
    CHECK(QJsonDocument::fromJson(first.cursor.position.toUtf8())
              .object()
              .value(u"#lumen")
              .toString() == QStringLiteral("110000000000000003"));

    const FetchOutcome second = poll(source, first.cursor, ctx(&http));
    REQUIRE(second.status == FetchOutcome::Status::Ok);
    REQUIRE(second.mentions.size() == 2);
    CHECK(server.requests().size() == 3); // the newer page, then an empty one: caught up
    CHECK(server.requests()[1].query.queryItemValue(QStringLiteral("min_id")) ==
          QStringLiteral("110000000000000003"));
    const Mention &warned = second.mentions[0];
    CHECK(warned.text.startsWith(QStringLiteral("SAV\n")));     // the content warning comes first
    CHECK_FALSE(warned.text.contains(QStringLiteral("alert"))); // script content never kept
    CHECK(QJsonDocument::fromJson(second.cursor.position.toUtf8())
              .object()
              .value(u"#lumen")
              .toString() == QStringLiteral("110000000000000005"));
}

TEST_CASE("Mastodon search sends the account's token; notifications keep mentions only") {
    LocalHttpServer server;
    server.route("/api/v2/search",
                 Reply::json(fixture(QStringLiteral("mastodon/search_panne.json"))));
    server.route("/api/v1/notifications",
                 Reply::json(fixture(QStringLiteral("mastodon/notifications_mentions.json"))));
    HttpClient http(quickHttp(), SystemClock::instance());

    const FetchOutcome search =
        poll(sourceOf(QStringLiteral("mastodon"), server.url(), QStringLiteral("lumen panne"),
                      QStringLiteral("brand")),
             {}, ctx(&http, QStringLiteral("token-123")));
    REQUIRE(search.ok());
    CHECK(search.mentions.size() == 2); // the collector keeps what really matches
    const auto request = server.requestsTo("/api/v2/search").first();
    CHECK(request.header("Authorization") == "Bearer token-123");
    CHECK(request.query.queryItemValue(QStringLiteral("q")) == QStringLiteral("lumen panne"));
    CHECK(request.query.queryItemValue(QStringLiteral("type")) == QStringLiteral("statuses"));

    const FetchOutcome mentions =
        poll(sourceOf(QStringLiteral("mastodon"), server.url(), {}, QStringLiteral("brand")), {},
             ctx(&http, QStringLiteral("token-123")));
    REQUIRE(mentions.ok());
    REQUIRE(mentions.mentions.size() == 1);
    CHECK(mentions.mentions[0].text == QStringLiteral("@lumen vous livrez en Belgique ?"));
    CHECK(server.requestsTo("/api/v1/notifications")
              .first()
              .query.queryItemValue(QStringLiteral("types[]")) == QStringLiteral("mention"));

    const FetchOutcome unsigned_ =
        poll(sourceOf(QStringLiteral("mastodon"), server.url(), {}), {}, ctx(&http));
    CHECK(unsigned_.status == FetchOutcome::Status::NeedsSignIn);
}

TEST_CASE("Bluesky: one session for many polls, refreshed when expired, cursor paging") {
    LocalHttpServer server;
    int sessions = 0;
    int refreshes = 0;
    bool expireNext = false;
    server.route("/xrpc/com.atproto.server.createSession", [&](const LocalHttpServer::Request &r) {
        ++sessions;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (body.value(u"password").toString() != u"app-pass-1234")
            return Reply::json(
                R"({"error":"AuthenticationRequired","message":"Invalid identifier or password"})",
                401);
        return Reply::json(fixture(QStringLiteral("bluesky/createSession.json")));
    });
    server.route("/xrpc/com.atproto.server.refreshSession", [&](const LocalHttpServer::Request &r) {
        ++refreshes;
        CHECK(r.header("Authorization") == "Bearer refresh-1");
        return Reply::json(fixture(QStringLiteral("bluesky/refreshSession.json")));
    });
    server.route("/xrpc/app.bsky.feed.searchPosts", [&](const LocalHttpServer::Request &r) {
        if (expireNext) {
            expireNext = false;
            return Reply::json(fixture(QStringLiteral("bluesky/expiredToken.json")), 400);
        }
        if (r.header("Authorization").isEmpty())
            return Reply::json(R"({"error":"AuthMissing"})", 401);
        if (r.query.queryItemValue(QStringLiteral("cursor")) == u"100")
            return Reply::json(fixture(QStringLiteral("bluesky/searchPosts_page2.json")));
        return Reply::json(fixture(QStringLiteral("bluesky/searchPosts_page1.json")));
    });
    HttpClient http(quickHttp(), SystemClock::instance());
    BlueskySessions cache;
    const Source source = sourceOf(QStringLiteral("bluesky"), server.url(), QStringLiteral("lumen"),
                                   QStringLiteral("lumen.bsky.test"));
    const ConnectorContext context = ctx(&http, QStringLiteral("app-pass-1234"), &cache);

    const FetchOutcome first = poll(source, {}, context);
    REQUIRE(first.status == FetchOutcome::Status::Ok);
    REQUIRE(first.mentions.size() == 2);
    const Mention &m = first.mentions[0];
    CHECK(m.id ==
          QStringLiteral(
              "bluesky:at://did:plc:alice000000000000000000/app.bsky.feed.post/3lumen0003"));
    CHECK(m.url == QStringLiteral("https://bsky.app/profile/alice.bsky.test/post/3lumen0003"));
    CHECK(m.author.id == QStringLiteral("bluesky:did:plc:alice000000000000000000"));
    CHECK(m.author.handle == QStringLiteral("@alice.bsky.test"));
    CHECK(m.text.contains(QStringLiteral("😍")));
    CHECK(m.metrics.likes == 8);
    CHECK(first.mentions[1].author.name == QStringLiteral("bob.bsky.test")); // no display name
    CHECK(first.mentions[1].lang == QStringLiteral("en"));
    const auto search = server.requestsTo("/xrpc/app.bsky.feed.searchPosts").first();
    CHECK(search.header("Authorization") == "Bearer access-1");
    CHECK(search.query.queryItemValue(QStringLiteral("sort")) == QStringLiteral("latest"));
    CHECK(sessions == 1);

    // The next poll reuses the session, asks since the newest time seen, and follows the cursor.
    expireNext = true;
    const FetchOutcome second = poll(source, first.cursor, context);
    REQUIRE(second.status == FetchOutcome::Status::Ok);
    CHECK(sessions == 1);
    CHECK(refreshes == 1);
    const auto searches = server.requestsTo("/xrpc/app.bsky.feed.searchPosts");
    CHECK(searches.last().header("Authorization") == "Bearer access-2");
    CHECK(searches.last().query.queryItemValue(QStringLiteral("cursor")) == QStringLiteral("100"));
    CHECK(searches.last().query.queryItemValue(QStringLiteral("since")) ==
          QStringLiteral("2026-11-23T10:30:00Z"));
    REQUIRE(second.mentions.size() == 3);
    CHECK(second.mentions[2].replyTo ==
          QStringLiteral("bluesky:at://did:plc:bob00000000000000000000/app.bsky.feed.post/3root"));

    BlueskySessions empty;
    const FetchOutcome refused = poll(source, {}, ctx(&http, QStringLiteral("wrong"), &empty));
    CHECK(refused.status == FetchOutcome::Status::NeedsSignIn);
    const FetchOutcome noAccount =
        poll(sourceOf(QStringLiteral("bluesky"), server.url(), QStringLiteral("lumen")), {},
             {&http, {}, &empty});
    CHECK(noAccount.status == FetchOutcome::Status::NeedsSignIn);
}

TEST_CASE("Reddit search: descriptive User-Agent, subreddit restriction, before cursor") {
    LocalHttpServer server;
    server.route("/r/france/search.json",
                 Reply::json(fixture(QStringLiteral("reddit/search_lumen.json"))));
    HttpClient http(quickHttp(), SystemClock::instance());
    http.setMinimumInterval(QStringLiteral("127.0.0.1"), 300); // Reddit's own is 6 s
    Source source = sourceOf(QStringLiteral("reddit"), server.url(QStringLiteral("/r/france")),
                             QStringLiteral("lumen OR solara"));
    const FetchOutcome first = poll(source, {}, ctx(&http));
    REQUIRE(first.ok());
    REQUIRE(first.mentions.size() == 3);
    const auto request = server.requests().first();
    CHECK(request.header("User-Agent").startsWith("Veille/"));
    CHECK(request.query.queryItemValue(QStringLiteral("q")) == QStringLiteral("(lumen OR solara)"));
    CHECK(request.query.queryItemValue(QStringLiteral("restrict_sr")) == QStringLiteral("1"));
    CHECK(request.query.queryItemValue(QStringLiteral("sort")) == QStringLiteral("new"));
    CHECK(first.cursor.position == QStringLiteral("t3_abc003"));
    const Mention *comment = findMention(first, QStringLiteral("reddit:t1_abc002"));
    REQUIRE(comment);
    CHECK(comment->text == QStringLiteral("Ma Lumen a grillé, SAV nul."));
    CHECK(comment->replyTo == QStringLiteral("reddit:t3_abc000"));
    CHECK(comment->url == QStringLiteral("https://www.reddit.com/r/france/comments/abc002/lumen/"));
    CHECK(comment->author.handle == QStringLiteral("u/grumpy42"));
    CHECK(first.mentions[2].metrics.likes == 0); // a negative score is no like

    QElapsedTimer spacing;
    spacing.start();
    const FetchOutcome second = poll(source, first.cursor, ctx(&http));
    REQUIRE(second.ok());
    CHECK(spacing.elapsed() >= 250); // requests to the host are spaced
    CHECK(server.requests().last().query.queryItemValue(QStringLiteral("before")) ==
          QStringLiteral("t3_abc003"));
}

TEST_CASE("Hacker News through Algolia: stories and comments after the newest time seen") {
    LocalHttpServer server;
    server.route("/api/v1/search_by_date",
                 Reply::json(fixture(QStringLiteral("hackernews/search_by_date.json"))));
    HttpClient http(quickHttp(), SystemClock::instance());
    const Source source =
        sourceOf(QStringLiteral("hackernews"), server.url(), QStringLiteral("lumen"));
    const FetchOutcome first = poll(source, {}, ctx(&http));
    REQUIRE(first.ok());
    REQUIRE(first.mentions.size() == 2);
    CHECK(first.mentions[0].text == QStringLiteral("Show HN: An open firmware for Lumen lamps"));
    CHECK(first.mentions[0].url == QStringLiteral("https://news.ycombinator.com/item?id=39000001"));
    CHECK(first.mentions[0].metrics.likes == 120);
    CHECK(first.mentions[1].text ==
          QStringLiteral("The Lumen driver is \"fine\"\nbut the app isn't."));
    CHECK(first.mentions[1].replyTo == QStringLiteral("hackernews:39000001"));
    CHECK(first.cursor.position == QStringLiteral("1795424400"));
    CHECK(server.requests().first().query.queryItemValue(QStringLiteral("tags")) ==
          QStringLiteral("(story,comment)"));

    poll(source, first.cursor, ctx(&http));
    CHECK(server.requests().last().query.queryItemValue(QStringLiteral("numericFilters")) ==
          QStringLiteral("created_at_i>1795424400"));
}

TEST_CASE("YouTube: the channel feed without a key, comment threads with one") {
    LocalHttpServer server;
    server.route("/feeds/videos.xml", Reply::text(fixture(QStringLiteral("youtube/videos.xml")),
                                                  "application/atom+xml"));
    server.route("/youtube/v3/commentThreads",
                 Reply::json(fixture(QStringLiteral("youtube/commentThreads.json"))));
    HttpClient http(quickHttp(), SystemClock::instance());
    const Source source =
        sourceOf(QStringLiteral("youtube"), server.url(), QStringLiteral("UClumen000000000000000"));
    const FetchOutcome videos = poll(source, {}, ctx(&http));
    REQUIRE(videos.ok());
    REQUIRE(videos.mentions.size() == 1);
    CHECK(videos.mentions[0].id == QStringLiteral("youtube:vid00000001"));
    CHECK(videos.mentions[0].network == QStringLiteral("youtube"));
    CHECK(server.requestsTo("/youtube/v3/commentThreads").isEmpty());
    CHECK(server.requests().first().query.queryItemValue(QStringLiteral("channel_id")) ==
          QStringLiteral("UClumen000000000000000"));

    const FetchOutcome withComments = poll(source, {}, ctx(&http, QStringLiteral("api-key")));
    REQUIRE(withComments.ok());
    REQUIRE(withComments.mentions.size() == 3);
    const Mention *comment = findMention(withComments, QStringLiteral("youtube:UgzThread1"));
    REQUIRE(comment);
    CHECK(comment->text == QStringLiteral("Super vidéo merci"));
    CHECK(comment->author.name == QStringLiteral("JulieLumiere"));
    CHECK(comment->metrics.replies == 1);
    const auto request = server.requestsTo("/youtube/v3/commentThreads").first();
    CHECK(request.query.queryItemValue(QStringLiteral("key")) == QStringLiteral("api-key"));
    CHECK(request.query.queryItemValue(QStringLiteral("videoId")) == QStringLiteral("vid00000001"));
    CHECK(withComments.cursor.position == QStringLiteral("2026-11-23T07:00:00Z"));
}

TEST_CASE("RSS: conditional GET, and a page that is not a feed") {
    LocalHttpServer server;
    server.route("/feed.xml", [](const LocalHttpServer::Request &request) {
        if (request.header("If-None-Match") == "\"abc\"")
            return Reply::text({}, "application/rss+xml", 304);
        auto reply = Reply::text(R"(<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Le blog lumineux</title><link>https://blog.test/</link>
<item><title>Test de la Lumen</title><link>/2026/lumen</link><guid>post-1</guid>
<pubDate>Mon, 23 Nov 2026 08:00:00 +0100</pubDate><description>&lt;p&gt;Tr&#232;s bien&lt;/p&gt;</description></item>
</channel></rss>)",
                                 "application/rss+xml");
        reply.headers.emplaceBack("ETag", "\"abc\"");
        return reply;
    });
    server.route("/page.html",
                 Reply::text("<!DOCTYPE html><html><body>Hello</body></html>", "text/html"));
    HttpClient http(quickHttp(), SystemClock::instance());
    const Source feed =
        sourceOf(QStringLiteral("rss"), server.url(QStringLiteral("/feed.xml")), {});
    const FetchOutcome first = poll(feed, {}, ctx(&http));
    REQUIRE(first.status == FetchOutcome::Status::Ok);
    REQUIRE(first.mentions.size() == 1);
    CHECK(first.mentions[0].text == QStringLiteral("Test de la Lumen\nTrès bien"));
    CHECK(first.mentions[0].url == server.url(QStringLiteral("/2026/lumen")).toString());
    CHECK(first.mentions[0].createdAt ==
          QDateTime(QDate(2026, 11, 23), QTime(7, 0), QTimeZone::utc()));
    CHECK(first.mentions[0].id.startsWith(QStringLiteral("rss:")));
    CHECK(first.cursor.etag == "\"abc\"");
    const FetchOutcome again = poll(feed, first.cursor, ctx(&http));
    CHECK(again.status == FetchOutcome::Status::NotModified);
    CHECK(again.mentions.isEmpty());
    CHECK(poll(feed, {}, ctx(&http)).mentions[0].id == first.mentions[0].id); // stable across polls

    const FetchOutcome html =
        poll(sourceOf(QStringLiteral("rss"), server.url(QStringLiteral("/page.html")), {}), {},
             ctx(&http));
    CHECK(html.status == FetchOutcome::Status::Failed);
    CHECK_FALSE(html.error.isEmpty());
}

TEST_CASE("faults end the poll with a reason in words and nothing half-read") {
    LocalHttpServer server;
    auto limited = Reply::json(R"({"error":"Too many requests"})", 429);
    limited.headers.emplaceBack("Retry-After", "600");
    server.route("/api/v1/timelines/tag/limited", limited);
    server.route("/api/v1/timelines/tag/broken", Reply::json(R"([{"id": "1", "content": )"));
    server.route("/api/v1/timelines/tag/denied",
                 Reply::json(R"({"error":"The access token is invalid"})", 401));
    server.route("/api/v1/timelines/tag/gone", Reply::json(R"({"error":"Record not found"})", 404));
    server.route("/api/v1/timelines/tag/failing", Reply::json(R"({"error":"oops"})", 500));
    auto cut = Reply::json(fixture(QStringLiteral("mastodon/tag_lumen.json")));
    cut.truncateAt = 200;
    server.route("/api/v1/timelines/tag/cut", cut);
    Reply hang;
    hang.hang = true;
    server.route("/api/v1/timelines/tag/slow", hang);
    HttpClient http(quickHttp(), SystemClock::instance());
    auto tag = [&](const char *name) {
        return poll(sourceOf(QStringLiteral("mastodon"), server.url(),
                             QStringLiteral("#") + QLatin1String(name)),
                    {}, ctx(&http));
    };

    const FetchOutcome broken = tag("broken");
    CHECK(broken.status == FetchOutcome::Status::Failed);
    CHECK(broken.error.contains(QStringLiteral("not valid JSON")));
    CHECK(tag("denied").status == FetchOutcome::Status::NeedsSignIn);
    const FetchOutcome gone = tag("gone");
    CHECK(gone.status == FetchOutcome::Status::Failed);
    CHECK(gone.error.contains(QStringLiteral("404")));
    const FetchOutcome failing = tag("failing");
    CHECK(failing.status == FetchOutcome::Status::Failed);
    CHECK(failing.error.contains(QStringLiteral("500")));
    const FetchOutcome truncated = tag("cut");
    CHECK(truncated.status == FetchOutcome::Status::Failed);
    CHECK(truncated.mentions.isEmpty());
    const FetchOutcome slow = tag("slow");
    CHECK(slow.status == FetchOutcome::Status::Failed);
    CHECK(slow.error.contains(QStringLiteral("no answer")));

    // Last: a long Retry-After holds every request to that host.
    const FetchOutcome rate = tag("limited");
    CHECK(rate.status == FetchOutcome::Status::RateLimited);
    CHECK(QDateTime::currentDateTimeUtc().secsTo(rate.retryAfter) > 500);
    CHECK(tag("failing").status == FetchOutcome::Status::RateLimited);
}

// Real API answers kept beside the project (skipped when absent): every post normalises into
// a mention with an id, a UTC time and an author, and nothing crashes on what the networks send.
TEST_CASE("real Mastodon and Bluesky answers normalise into mentions") {
    const QDir data(QStringLiteral(VEILLE_SHARED_DATA "/social_json"));
    if (!data.exists()) {
        WARN("../shared/data is absent: real API answers not checked");
        return;
    }
    auto load = [&](const QString &path) {
        QFile file(data.filePath(path));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll());
    };
    int statuses = 0;
    for (const QString &path : {QStringLiteral("mastodon/bigbone/tag_timeline.json"),
                                QStringLiteral("mastodon/bigbone/public_timeline.json"),
                                QStringLiteral("mastodon/bigbone/statuses.json"),
                                QStringLiteral("mastodon/tokodon/statuses.json")}) {
        for (const QJsonValue &value : load(path).array()) {
            const Mention m = MastodonConnector::mentionFromStatus(
                value.toObject(), QStringLiteral("mastodon.test"), {});
            INFO(path.toStdString() << " " << m.id.toStdString());
            CHECK(m.id.startsWith(QStringLiteral("mastodon:")));
            CHECK(m.createdAt.isValid());
            CHECK(m.createdAt.timeSpec() == Qt::UTC);
            CHECK(m.author.handle.count(u'@') == 2);
            CHECK_FALSE(m.text.contains(QStringLiteral("</p>")));
            ++statuses;
        }
    }
    CHECK(statuses >= 10);
    const QJsonArray found = load(QStringLiteral("mastodon/tokodon/search-result.json"))
                                 .object()
                                 .value(u"statuses")
                                 .toArray();
    for (const QJsonValue &value : found)
        CHECK(MastodonConnector::mentionFromStatus(value.toObject(), QStringLiteral("x"), {})
                  .createdAt.isValid());

    int posts = 0;
    for (const QJsonValue &value :
         load(QStringLiteral("bluesky/atproto_dart/feed/searchPosts.json"))
             .object()
             .value(u"posts")
             .toArray()) {
        const Mention m = BlueskyConnector::mentionFromPost(value.toObject(), {});
        CHECK(m.id.startsWith(QStringLiteral("bluesky:at://did:")));
        CHECK(m.createdAt.isValid());
        CHECK(m.author.id.startsWith(QStringLiteral("bluesky:did:")));
        CHECK(m.url.startsWith(QStringLiteral("https://bsky.app/profile/")));
        ++posts;
    }
    for (const QJsonValue &value :
         load(QStringLiteral("bluesky/atproto_dart/feed/getTimeline.json"))
             .object()
             .value(u"feed")
             .toArray()) {
        const Mention m =
            BlueskyConnector::mentionFromPost(value.toObject().value(u"post").toObject(), {});
        CHECK(m.createdAt.isValid());
        CHECK_FALSE(m.author.handle.isEmpty());
        ++posts;
    }
    CHECK(posts >= 100);
}

TEST_CASE("Bluesky: shortened links in a post's text become the full address of their facet") {
    const QString prefix = QStringLiteral("Panne réglée 🙂 : ");
    const QString shown = QStringLiteral("lumen.example/aide/pan...");
    const QString text = prefix + shown + QStringLiteral(" merci");
    const qsizetype start = prefix.toUtf8().size();
    const qsizetype end = start + shown.toUtf8().size();
    const auto facet = [](qsizetype from, qsizetype to, const QString &uri) {
        return QJsonObject{
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("byteStart"), from}, {QStringLiteral("byteEnd"), to}}},
            {QStringLiteral("features"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")},
                 {QStringLiteral("uri"), uri}}}}};
    };
    const QString full = QStringLiteral("https://lumen.example/aide/panne-wifi?ref=bsky");
    CHECK(BlueskyConnector::expandLinks(text, QJsonArray{facet(start, end, full)}) ==
          prefix + full + QStringLiteral(" merci"));
    // Offsets past the text, inside a character (byte 8 is the middle of the first é), or
    // backwards are left alone.
    for (const QJsonObject &bad : {facet(start, text.toUtf8().size() + 5, full),
                                   facet(8, end, full), facet(end, start, full)})
        CHECK(BlueskyConnector::expandLinks(text, QJsonArray{bad}) == text);
}
