#include "net/httpclient.h"
#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

#include <QElapsedTimer>
#include <QTimeZone>

using namespace veille;
using veille::test::LocalHttpServer;

namespace {

HttpClient::Options fastOptions() {
    HttpClient::Options options;
    options.transferTimeoutMs = 400;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    options.longestWaitMs = 5000;
    return options;
}

HttpResponse fetch(HttpClient &client, const HttpRequest &request) {
    HttpResponse result;
    bool done = false;
    HttpCall *call = client.send(request);
    QObject::connect(call, &HttpCall::finished, &client, [&](const HttpResponse &response) {
        result = response;
        done = true;
    });
    REQUIRE(veille::test::waitUntil([&] { return done; }, 20000));
    return result;
}

HttpRequest get(const QUrl &url) {
    HttpRequest request;
    request.url = url;
    return request;
}

} // namespace

TEST_CASE("a plain GET sends the product's User-Agent and inflates gzip") {
    LocalHttpServer server;
    auto reply = LocalHttpServer::Reply::json(R"({"ok":true,"text":"déçue"})");
    reply.gzip = true;
    server.route("/feed", reply);
    HttpClient client(fastOptions(), SystemClock::instance());
    const HttpResponse response = fetch(client, get(server.url(QStringLiteral("/feed"))));
    REQUIRE(response.ok());
    CHECK(response.status == 200);
    CHECK(response.body == R"({"ok":true,"text":"déçue"})");
    REQUIRE(server.requests().size() == 1);
    CHECK(server.requests()[0].header("User-Agent").startsWith("Veille/"));
    CHECK(server.requests()[0].header("Accept-Encoding").contains("gzip"));
}

TEST_CASE("conditional GET sends the validators back and reports 304 as not modified") {
    LocalHttpServer server;
    server.route("/feed", [](const LocalHttpServer::Request &request) {
        if (request.header("If-None-Match") == "\"v1\"")
            return LocalHttpServer::Reply::text({}, "application/rss+xml", 304);
        auto reply = LocalHttpServer::Reply::text("<rss/>", "application/rss+xml");
        reply.headers.emplaceBack("ETag", "\"v1\"");
        reply.headers.emplaceBack("Last-Modified", "Tue, 24 Nov 2026 08:00:00 GMT");
        return reply;
    });
    HttpClient client(fastOptions(), SystemClock::instance());
    const HttpResponse first = fetch(client, get(server.url(QStringLiteral("/feed"))));
    REQUIRE(first.ok());
    CHECK_FALSE(first.notModified);
    HttpRequest again = get(server.url(QStringLiteral("/feed")));
    again.etag = first.header("ETag");
    again.lastModified = first.header("Last-Modified");
    const HttpResponse second = fetch(client, again);
    CHECK(second.ok());
    CHECK(second.notModified);
    CHECK(server.requests().last().header("If-Modified-Since") == "Tue, 24 Nov 2026 08:00:00 GMT");
}

TEST_CASE("server errors are retried with backoff, client errors are not") {
    LocalHttpServer server;
    int calls = 0;
    server.route("/flaky", [&](const LocalHttpServer::Request &) {
        return ++calls < 3 ? LocalHttpServer::Reply::json("{}", 503)
                           : LocalHttpServer::Reply::json(R"({"fine":1})");
    });
    server.route("/missing", LocalHttpServer::Reply::json(R"({"error":"Not found"})", 404));
    HttpClient client(fastOptions(), SystemClock::instance());

    const HttpResponse flaky = fetch(client, get(server.url(QStringLiteral("/flaky"))));
    CHECK(flaky.ok());
    CHECK(flaky.attempts == 3);

    const HttpResponse missing = fetch(client, get(server.url(QStringLiteral("/missing"))));
    CHECK(missing.outcome == HttpResponse::Outcome::HttpError);
    CHECK(missing.status == 404);
    CHECK(missing.attempts == 1);
    CHECK(missing.error.contains(QStringLiteral("404")));
}

TEST_CASE("a POST is not retried after a server error unless it is idempotent") {
    LocalHttpServer server;
    server.route("/statuses", LocalHttpServer::Reply::json("{}", 500));
    HttpClient client(fastOptions(), SystemClock::instance());
    HttpRequest post = get(server.url(QStringLiteral("/statuses")));
    post.method = "POST";
    post.body = "status=hello";
    post.idempotent = false;
    const HttpResponse once = fetch(client, post);
    CHECK(once.outcome == HttpResponse::Outcome::HttpError);
    CHECK(server.requestsTo("/statuses").size() == 1);

    post.idempotent = true; // e.g. it carries an Idempotency-Key
    const HttpResponse retried = fetch(client, post);
    CHECK(retried.attempts == 4);
    CHECK(server.requestsTo("/statuses").size() == 5);
}

TEST_CASE("429 with a short Retry-After waits and succeeds; a long one fails as rate limited") {
    LocalHttpServer server;
    int calls = 0;
    server.route("/search", [&](const LocalHttpServer::Request &) {
        if (++calls == 1) {
            auto reply = LocalHttpServer::Reply::json(R"({"error":"Too many requests"})", 429);
            reply.headers.emplaceBack("Retry-After", "1");
            return reply;
        }
        return LocalHttpServer::Reply::json("[]");
    });
    HttpClient client(fastOptions(), SystemClock::instance());
    QElapsedTimer timer;
    timer.start();
    const HttpResponse waited = fetch(client, get(server.url(QStringLiteral("/search"))));
    CHECK(waited.ok());
    CHECK(timer.elapsed() >= 900);

    LocalHttpServer strict;
    auto limited = LocalHttpServer::Reply::json(R"({"error":"slow down"})", 429);
    limited.headers.emplaceBack("Retry-After", "3600");
    strict.route("/search", limited);
    const HttpResponse refused = fetch(client, get(strict.url(QStringLiteral("/search"))));
    CHECK(refused.outcome == HttpResponse::Outcome::RateLimited);
    REQUIRE(refused.retryAfter.isValid());
    CHECK(QDateTime::currentDateTimeUtc().secsTo(refused.retryAfter) > 3500);
    // The host is not asked again until then.
    const HttpResponse later = fetch(client, get(strict.url(QStringLiteral("/search"))));
    CHECK(later.outcome == HttpResponse::Outcome::RateLimited);
    CHECK(strict.requests().size() == 1);
}

TEST_CASE("X-RateLimit-Remaining 0 holds the next request until X-RateLimit-Reset") {
    LocalHttpServer server;
    server.route("/api/v1/timelines/tag/lumen", [](const LocalHttpServer::Request &) {
        auto reply = LocalHttpServer::Reply::json("[]");
        reply.headers.emplaceBack("X-RateLimit-Limit", "300");
        reply.headers.emplaceBack("X-RateLimit-Remaining", "0");
        reply.headers.emplaceBack(
            "X-RateLimit-Reset",
            QDateTime::currentDateTimeUtc().addMSecs(1200).toString(Qt::ISODateWithMs).toLatin1());
        return reply;
    });
    HttpClient client(fastOptions(), SystemClock::instance());
    const QUrl url = server.url(QStringLiteral("/api/v1/timelines/tag/lumen"));
    REQUIRE(fetch(client, get(url)).ok());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(fetch(client, get(url)).ok());
    CHECK(timer.elapsed() >= 700);
}

TEST_CASE("a server that never answers times out after the retries") {
    LocalHttpServer server;
    LocalHttpServer::Reply hang;
    hang.hang = true;
    server.route("/slow", hang);
    HttpClient client(fastOptions(), SystemClock::instance());
    HttpRequest request = get(server.url(QStringLiteral("/slow")));
    request.maxAttempts = 2;
    const HttpResponse response = fetch(client, request);
    CHECK(response.outcome == HttpResponse::Outcome::Timeout);
    CHECK(response.attempts == 2);
    CHECK(response.error.contains(QStringLiteral("127.0.0.1")));
}

TEST_CASE("a body cut short is a failure, never a short success") {
    LocalHttpServer server;
    auto cut = LocalHttpServer::Reply::json(QByteArray(4000, 'x'));
    cut.truncateAt = 1000;
    server.route("/cut", cut);
    HttpClient client(fastOptions(), SystemClock::instance());
    HttpRequest request = get(server.url(QStringLiteral("/cut")));
    request.maxAttempts = 2;
    const HttpResponse response = fetch(client, request);
    CHECK(response.outcome == HttpResponse::Outcome::NetworkError);
    CHECK(response.attempts == 2);
    CHECK(response.body.isEmpty());
}

TEST_CASE("an answer over the size cap is abandoned") {
    LocalHttpServer server;
    server.route("/huge", LocalHttpServer::Reply::json(QByteArray(300000, 'x')));
    HttpClient client(fastOptions(), SystemClock::instance());
    HttpRequest request = get(server.url(QStringLiteral("/huge")));
    request.maxBytes = 100000;
    const HttpResponse response = fetch(client, request);
    CHECK(response.outcome == HttpResponse::Outcome::TooLarge);
    CHECK(response.attempts == 1);
}

TEST_CASE("a minimum interval spaces the requests to one host") {
    LocalHttpServer server;
    server.route("/search.json", LocalHttpServer::Reply::json("{}"));
    HttpClient client(fastOptions(), SystemClock::instance());
    client.setMinimumInterval(QStringLiteral("127.0.0.1"), 300);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i)
        REQUIRE(fetch(client, get(server.url(QStringLiteral("/search.json")))).ok());
    CHECK(timer.elapsed() >= 580);
}

TEST_CASE("Retry-After is read as seconds or as an HTTP date") {
    const QDateTime now(QDate(2026, 11, 24), QTime(8, 0), QTimeZone::utc());
    CHECK(parseRetryAfter("120", now) == now.addSecs(120));
    CHECK(parseRetryAfter("Tue, 24 Nov 2026 08:05:00 GMT", now) == now.addSecs(300));
    CHECK_FALSE(parseRetryAfter("soon", now).isValid());
}
