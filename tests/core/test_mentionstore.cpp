#include "support/tempworkspace.h"

#include "model/mentionjson.h"
#include "storage/authorstore.h"
#include "storage/connection.h"
#include "storage/mentionsearch.h"
#include "storage/mentionstore.h"
#include "workspace/workspace.h"

#include <QTimeZone>

using namespace veille;

namespace {

Mention mention(int n, const QString &text = {}) {
    auto parsed = mentionFromJsonLine(test::mentionLine(n, text));
    REQUIRE(std::holds_alternative<Mention>(parsed));
    return std::get<Mention>(parsed);
}

struct OpenStore {
    test::TempWorkspace temp;
    ScopedConnection connection;
    OpenStore() {
        REQUIRE_FALSE(Workspace::prepare(temp.location()));
        REQUIRE_FALSE(connection.open(temp.location()));
    }
    QSqlDatabase db() { return connection.database(); }
};

} // namespace

TEST_CASE("storing the same mention twice keeps one row", "[storage]") {
    OpenStore open;
    MentionStore store(open.db());
    const QList<Mention> batch{mention(1), mention(2), mention(1)};
    const auto first = store.insert(batch, QDateTime::currentDateTimeUtc());
    REQUIRE(std::holds_alternative<InsertStats>(first));
    CHECK(std::get<InsertStats>(first).inserted == 2);
    CHECK(std::get<InsertStats>(first).duplicates == 1);
    const auto again = store.insert({mention(2)}, QDateTime::currentDateTimeUtc());
    CHECK(std::get<InsertStats>(again).inserted == 0);
    CHECK(std::get<InsertStats>(again).duplicates == 1);
    CHECK(std::get<qint64>(store.count({})) == 2);

    // The author's count follows new mentions only.
    const auto authors = AuthorStore(open.db()).find({});
    REQUIRE(std::holds_alternative<QList<Author>>(authors));
    qint64 total = 0;
    for (const Author &a : std::get<QList<Author>>(authors))
        total += a.mentionCount;
    CHECK(total == 2);
}

TEST_CASE("mentions come back newest first, page after page, with topics", "[storage]") {
    OpenStore open;
    MentionStore store(open.db());
    QList<Mention> batch;
    for (int n = 0; n < 45; ++n)
        batch.append(mention(n));
    REQUIRE(
        std::holds_alternative<InsertStats>(store.insert(batch, QDateTime::currentDateTimeUtc())));

    MentionQuery query;
    query.limit = 10;
    QList<Mention> all;
    while (true) {
        const auto page = store.find(query);
        REQUIRE(std::holds_alternative<QList<Mention>>(page));
        const auto &mentions = std::get<QList<Mention>>(page);
        all += mentions;
        if (mentions.size() < query.limit)
            break;
        query.olderThan = cursorOf(mentions.constLast());
    }
    REQUIRE(all.size() == 45);
    for (qsizetype i = 1; i < all.size(); ++i)
        CHECK(cursorOf(all[i - 1]).createdAtMs >= cursorOf(all[i]).createdAtMs);
    CHECK(all.first().topics == QStringList{QStringLiteral("Lumen")});
    CHECK(all.first().author.handle.startsWith(QLatin1Char('@')));
}

TEST_CASE("full-text search ignores case and accents; filters narrow the list", "[storage]") {
    OpenStore open;
    MentionStore store(open.db());
    Mention negative = mention(1, QStringLiteral("Le SAV est nul, très déçue"));
    negative.sentiment = {SentimentLabel::Negative, -0.7};
    Mention positive = mention(2, QStringLiteral("Service client génial"));
    positive.sentiment = {SentimentLabel::Positive, 0.8};
    Mention other = mention(3, QStringLiteral("Rien à voir; <script>alert(1)</script>"));
    REQUIRE(std::holds_alternative<InsertStats>(
        store.insert({negative, positive, other}, QDateTime::currentDateTimeUtc())));

    MentionQuery query;
    query.search = QStringLiteral("DECUE");
    auto found = std::get<QList<Mention>>(store.find(query));
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == negative.id);

    query.search = QStringLiteral("\"génial\" OR NEAR(");
    found = std::get<QList<Mention>>(store.find(query)); // operators are searched as words
    CHECK(found.isEmpty());

    query = {};
    query.sentiment = SentimentLabel::Positive;
    found = std::get<QList<Mention>>(store.find(query));
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == positive.id);

    query = {};
    query.topic = QStringLiteral("Lumen");
    CHECK(std::get<qint64>(store.count(query)) == 3);
    query.topic = QStringLiteral("Nobody");
    CHECK(std::get<qint64>(store.count(query)) == 0);
}

TEST_CASE("how common a search's words are is read from the newest mentions, wherever their rows",
          "[storage][search]") {
    // Stored oldest first (collected as they came) or newest first (an export imported): the
    // word of the last days is common among the newest, absent before.
    for (const bool newestFirst : {false, true}) {
        OpenStore open;
        MentionStore store(open.db());
        QList<Mention> batch;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int n = 0; n < 300; ++n) {
            const bool recent = n >= 200;
            Mention m =
                mention(n, recent ? QStringLiteral("Lumen en panne") : QStringLiteral("Lumen"));
            m.createdAt = start.addSecs(qint64(n) * 3600);
            batch.append(m);
        }
        if (newestFirst)
            std::reverse(batch.begin(), batch.end());
        REQUIRE(std::holds_alternative<InsertStats>(
            store.insert(batch, QDateTime::currentDateTimeUtc())));
        INFO("newest first: " << newestFirst);
        const std::optional<double> panne = store.commonness(QStringLiteral("panne"), 100);
        REQUIRE(panne.has_value());
        CHECK(*panne == Approx(1.0 / 5)); // counted up to one in five
        CHECK(store.commonness(QStringLiteral("lumen"), 100).has_value());
        CHECK_FALSE(store.commonness(QStringLiteral("absent"), 100).has_value());
    }
}

TEST_CASE("a walked text holds a search's words as the full-text index folds them",
          "[storage][search]") {
    const QStringList sav = foldedWords(QStringLiteral("SAV"));
    CHECK(sav == QStringList{QStringLiteral("sav")});
    CHECK(containsAllWords(QStringLiteral("Le SAV, enfin !"), sav));
    CHECK(containsAllWords(QStringLiteral("sav"), sav));
    CHECK_FALSE(containsAllWords(QStringLiteral("savon et savoir"), sav));
    CHECK_FALSE(containsAllWords(QString(), sav));
    CHECK(containsAllWords(QStringLiteral("anything"), QStringList()));
    // Accents, precomposed or not, capitals, and letters beyond Latin.
    const QStringList words = foldedWords(QStringLiteral("électricité Ärger"));
    CHECK(containsAllWords(QStringLiteral("ÉLECTRICITÉ et aerger? non : ÄRGER"), words));
    CHECK(containsAllWords(QStringLiteral("E\u0301lectricite\u0301 arger"), words));
    CHECK_FALSE(containsAllWords(QStringLiteral("électricité seulement"), words));
    CHECK(containsAllWords(QStringLiteral("Ούτε ΑΘΗΝΑ"), foldedWords(QStringLiteral("αθηνα"))));
    // Underscores and apostrophes part words; digits belong to them.
    CHECK(containsAllWords(QStringLiteral("lumen_halo l'appli v2"),
                           foldedWords(QStringLiteral("halo appli v2"))));
    CHECK_FALSE(containsAllWords(QStringLiteral("lumenhalo"), foldedWords(QStringLiteral("halo"))));
    // A word typed twice is found once.
    CHECK(containsAllWords(QStringLiteral("panne"), foldedWords(QStringLiteral("panne panne"))));
}

TEST_CASE("a search for a common word and for a rare one both give the newest matches in order",
          "[storage][search]") {
    CHECK(preferTimeWalk(600, 1000));
    CHECK(preferTimeWalk(50, 1000));
    CHECK_FALSE(preferTimeWalk(5, 1000));
    CHECK_FALSE(preferTimeWalk(0, 0));

    OpenStore open;
    MentionStore store(open.db());
    QList<Mention> batch;
    QList<qint64> commonTimes, rareTimes;
    for (int n = 0; n < 300; ++n) {
        const bool rare = n % 30 == 0;
        Mention m = mention(n, rare ? QStringLiteral("Lumen Halo très rare")
                                    : QStringLiteral("Lumen partout"));
        m.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc())
                          .addSecs(qint64(n * 7919 % 300) * 60);
        commonTimes.append(m.createdAt.toMSecsSinceEpoch());
        if (rare)
            rareTimes.append(m.createdAt.toMSecsSinceEpoch());
        batch.append(m);
    }
    REQUIRE(
        std::holds_alternative<InsertStats>(store.insert(batch, QDateTime::currentDateTimeUtc())));
    std::sort(commonTimes.begin(), commonTimes.end(), std::greater<>());
    std::sort(rareTimes.begin(), rareTimes.end(), std::greater<>());

    const auto timesOf = [](const QList<Mention> &mentions) {
        QList<qint64> times;
        for (const Mention &m : mentions)
            times.append(m.createdAt.toMSecsSinceEpoch());
        return times;
    };
    MentionQuery query;
    query.limit = 50;
    query.search = QStringLiteral("LUMEN"); // in every mention: walked newest first
    CHECK(timesOf(std::get<QList<Mention>>(store.find(query))) == commonTimes.mid(0, 50));
    query.search = QStringLiteral("tres rare"); // in one in thirty: matches collected
    CHECK(timesOf(std::get<QList<Mention>>(store.find(query))) == rareTimes);
    query.search = QStringLiteral("lumen halo"); // the rarer word bounds the matches
    CHECK(timesOf(std::get<QList<Mention>>(store.find(query))) == rareTimes);
}
