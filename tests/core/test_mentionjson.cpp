#include "support/tempworkspace.h"

#include "model/mentionjson.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace veille;

TEST_CASE("a mention survives a JSON Lines round trip unchanged", "[model]") {
    Mention m;
    m.id = QStringLiteral("mastodon:109876");
    m.network = QStringLiteral("mastodon");
    m.source = QStringLiteral("mastodon.social #lumen");
    m.url = QStringLiteral("https://mastodon.social/@marie/109876");
    m.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 15), QTimeZone::utc());
    m.lang = QStringLiteral("fr");
    m.author.id = QStringLiteral("mastodon:42");
    m.author.network = QStringLiteral("mastodon");
    m.author.handle = QStringLiteral("@marie@mastodon.social");
    m.author.name = QStringLiteral("Marie");
    m.author.followers = 312;
    m.author.following = 180;
    m.author.url = QStringLiteral("https://mastodon.social/@marie");
    m.text = QStringLiteral("Très contente, \"vraiment\" 😍\nligne deux, <b>pas du HTML</b>");
    m.replyTo = QStringLiteral("mastodon:109000");
    m.metrics = {3, 1, 0};
    m.sentiment = {SentimentLabel::Positive, 0.62};
    m.topics = {QStringLiteral("Lumen")};
    m.status = MentionStatus::Assigned;
    m.assignedTo = QStringLiteral("Camille");

    const QByteArray line = mentionToJsonLine(m);
    REQUIRE_FALSE(line.contains('\n'));
    const auto back = mentionFromJsonLine(line);
    REQUIRE(std::holds_alternative<Mention>(back));
    CHECK(std::get<Mention>(back) == m);
}

TEST_CASE("the JSON keys are the ones CLI.md documents", "[model]") {
    const auto parsed = mentionFromJsonLine(test::mentionLine(1));
    REQUIRE(std::holds_alternative<Mention>(parsed));
    const QJsonObject object = mentionToJson(std::get<Mention>(parsed));
    for (const char *key : {"id", "network", "source", "url", "created_at", "lang", "author",
                            "text", "reply_to", "metrics", "sentiment", "topics", "status"})
        CHECK(object.contains(QLatin1String(key)));
    CHECK(object.value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));
    CHECK(object.value(QLatin1String("status")).toString() == QLatin1String("new"));
}

TEST_CASE("bad mention lines are refused with a reason", "[model]") {
    const auto reasonFor = [](const char *line) {
        const auto result = mentionFromJsonLine(QByteArray(line));
        REQUIRE(std::holds_alternative<JsonReadError>(result));
        return std::get<JsonReadError>(result).reason;
    };
    CHECK(reasonFor("{not json").contains(QLatin1String("JSON")));
    CHECK(reasonFor("[1,2]").contains(QLatin1String("object")));
    CHECK(
        reasonFor(
            R"({"id":"nocolon","text":"x","created_at":"2026-11-20T08:00:00Z","author":{"id":"a:1"}})")
            .contains(QLatin1String("network:nativeId")));
    CHECK(reasonFor(R"({"id":"m:1","text":"x","created_at":"yesterday","author":{"id":"a:1"}})")
              .contains(QLatin1String("created_at")));
    CHECK(reasonFor(R"({"id":"m:1","created_at":"2026-11-20T08:00:00Z","author":{"id":"a:1"}})")
              .contains(QLatin1String("text")));
    CHECK(reasonFor(R"({"id":"m:1","text":"x","created_at":"2026-11-20T08:00:00Z"})")
              .contains(QLatin1String("author")));
    CHECK(
        reasonFor(
            R"({"id":"m:1","text":"x","created_at":"2026-11-20T08:00:00Z","author":{"id":"a:1"},"sentiment":{"label":"great"}})")
            .contains(QLatin1String("sentiment")));
    CHECK(
        reasonFor(
            R"({"id":"m:1","text":"x","created_at":"2026-11-20T08:00:00Z","author":{"id":"a:1"},"status":"done"})")
            .contains(QLatin1String("status")));
}

TEST_CASE("sentiment and topics are optional on import", "[model]") {
    const auto result = mentionFromJsonLine(
        R"({"id":"bluesky:at://did:plc:x/app.bsky.feed.post/3k","text":"ok","created_at":"2026-11-20T08:00:00.123456+01:00","author":{"id":"bluesky:did:plc:x"}})");
    REQUIRE(std::holds_alternative<Mention>(result));
    const Mention &m = std::get<Mention>(result);
    CHECK(m.network == QLatin1String("bluesky"));
    CHECK_FALSE(m.sentiment.isKnown());
    CHECK(m.topics.isEmpty());
    CHECK(m.createdAt == QDateTime(QDate(2026, 11, 20), QTime(7, 0, 0, 123), QTimeZone::utc()));
}
