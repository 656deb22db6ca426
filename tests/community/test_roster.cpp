// The community roster: segment rules on hand-built histories, the incremental upkeep against a
// full recomputation, members across networks, the manager's marks.
#include "support/demoworkspace.h"
#include "support/tempworkspace.h"

#include "community/rosterstore.h"
#include "community/segmentrules.h"
#include "storage/authorstore.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace veille;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;

qint64 weeksAgo(int weeks) {
    return kNow.toMSecsSinceEpoch() / kWeekMs - weeks;
}

// An author with `mentions` spread over the given weeks ago, each with `sentiment`.
AuthorActivity activity(qint64 mentions, double sentiment, QList<int> weeksBack = {1, 2, 3}) {
    AuthorActivity a;
    a.id = QStringLiteral("mastodon:1");
    a.followers = 200;
    a.following = 150;
    a.mentions = mentions;
    a.positive = sentiment > 0.2 ? mentions : 0;
    a.negative = sentiment < -0.2 ? mentions : 0;
    a.sentimentSum = sentiment * double(mentions);
    a.sentimentN = mentions;
    a.engagement = mentions * 3;
    a.topics = 1;
    qint64 left = mentions;
    for (qsizetype i = 0; i < weeksBack.size(); ++i) {
        const qint64 here = i + 1 == weeksBack.size() ? left : mentions / weeksBack.size();
        left -= here;
        a.weeks.append({weeksAgo(weeksBack[i]), here, sentiment * double(here), here});
    }
    return a;
}

using Rows = QList<QVariantList>;

Rows rows(QSqlDatabase db, const QString &sql) {
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    Rows all;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        all.append(row);
    }
    return all;
}

void checkSame(const Rows &a, const Rows &b) {
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        REQUIRE(a[i].size() == b[i].size());
        for (qsizetype j = 0; j < a[i].size(); ++j) {
            if (a[i][j].typeId() == QMetaType::Double || b[i][j].typeId() == QMetaType::Double)
                CHECK(std::abs(a[i][j].toDouble() - b[i][j].toDouble()) < 1e-6);
            else
                CHECK(a[i][j].toString() == b[i][j].toString());
        }
    }
}

const QString kAggregates = QStringLiteral(
    "SELECT id, mention_count, sentiment_sum, sentiment_n, positive_n, negative_n, question_n, "
    "engagement_sum FROM authors ORDER BY id");
const QString kWeeks = QStringLiteral(
    "SELECT author_id, week, mentions, sentiment_sum, sentiment_n FROM author_weeks ORDER BY 1, 2");
const QString kTopics = QStringLiteral(
    "SELECT author_id, topic_id, mentions, first_at FROM author_topics ORDER BY 1, 2");

} // namespace

TEST_CASE("each segment's rule, and the edges between them", "[community]") {
    const SegmentRules rules;

    SECTION("enthusiast: frequent and mostly positive") {
        const Classification c = classify(activity(10, 0.6), rules, kNow);
        CHECK(c.segment == QStringLiteral("enthusiast"));
        CHECK(c.reason.contains(QStringLiteral("10 mentions")));
        // One mention fewer than the threshold: not (yet) an enthusiast.
        CHECK(classify(activity(7, 0.6), rules, kNow).segment != QStringLiteral("enthusiast"));
        // Frequent but mostly negative: not an enthusiast.
        CHECK(classify(activity(10, -0.6), rules, kNow).segment != QStringLiteral("enthusiast"));
        // The threshold is the team's to choose.
        SegmentRules strict = rules;
        strict.enthusiastMentions = 20;
        CHECK(classify(activity(10, 0.6), strict, kNow).segment.isEmpty());
    }
    SECTION("show-off: a large audience their mentions hardly move") {
        AuthorActivity a = activity(6, 0.5);
        a.followers = 80000;
        a.engagement = 12; // 2 a mention for 80,000 followers
        const Classification c = classify(a, rules, kNow);
        CHECK(c.segment == QStringLiteral("show_off"));
        CHECK(c.reason.contains(QStringLiteral("80")));
        a.engagement = 6 * 400; // 400 a mention: the audience is real
        CHECK(classify(a, rules, kNow).segment != QStringLiteral("show_off"));
        a.engagement = 12;
        a.followers = 15000; // under the threshold of a large audience
        CHECK(classify(a, rules, kNow).segment != QStringLiteral("show_off"));
    }
    SECTION("timid: rare, a small audience, asking or replying") {
        AuthorActivity a = activity(2, 0.1);
        a.followers = 40;
        a.questions = 1;
        CHECK(classify(a, rules, kNow).segment == QStringLiteral("timid"));
        a.questions = 0; // says things, asks nothing
        CHECK(classify(a, rules, kNow).segment != QStringLiteral("timid"));
        a.questions = 2;
        a.followers = 5000; // not a small audience
        CHECK(classify(a, rules, kNow).segment != QStringLiteral("timid"));
    }
    SECTION("indifferent: sporadic, neutral, spread over topics") {
        AuthorActivity a = activity(5, 0.05);
        a.topics = 3;
        const Classification c = classify(a, rules, kNow);
        CHECK(c.segment == QStringLiteral("indifferent"));
        CHECK(c.reason.contains(QStringLiteral("3 topics")));
        a.topics = 1; // one topic only: not "here and there"
        CHECK(classify(a, rules, kNow).segment.isEmpty());
    }
    SECTION("blasé: once active and positive, now quiet or turning negative") {
        AuthorActivity a = activity(12, 0.6, {9, 10, 11}); // all of it two months ago
        a.weeks.append({weeksAgo(1), 1, 0.5, 1});
        a.mentions += 1;
        const Classification quiet = classify(a, rules, kNow);
        CHECK(quiet.segment == QStringLiteral("blase"));
        CHECK(quiet.reason.contains(QStringLiteral("12 mentions before")));

        AuthorActivity souring = activity(12, 0.6, {9, 10, 11});
        souring.weeks.append({weeksAgo(1), 6, -3.0, 6}); // as active as before, now negative
        souring.mentions += 6;
        CHECK(classify(souring, rules, kNow).segment == QStringLiteral("blase"));

        AuthorActivity steady = activity(12, 0.6, {9, 10, 11});
        steady.weeks.append({weeksAgo(1), 6, 3.6, 6}); // still active and positive
        steady.mentions += 6;
        steady.positive += 6;
        CHECK(classify(steady, rules, kNow).segment == QStringLiteral("enthusiast"));
    }
    SECTION("ambassadors and detractors: for or against, and heard") {
        AuthorActivity a = activity(5, 0.6);
        a.followers = 30000;
        a.engagement = 5 * 900;
        CHECK(classify(a, rules, kNow).ambassador);
        a.followers = 300;
        a.engagement = 15;
        CHECK_FALSE(classify(a, rules, kNow).ambassador); // not heard
        a.ambassadorMark = true;
        CHECK(classify(a, rules, kNow).ambassador); // the manager's word
        AuthorActivity d = activity(5, -0.7);
        d.followers = 30000;
        d.engagement = 5 * 900;
        const Classification c = classify(d, rules, kNow);
        CHECK(c.detractor);
        CHECK_FALSE(c.ambassador);
    }
    SECTION("suspicious audience: jumps, follow-for-follow, followers without interaction") {
        AuthorActivity a = activity(4, 0.5);
        a.followers = 60000;
        a.engagement = 4 * 900;
        a.followerJump = 3.2;
        const Classification jumped = classify(a, rules, kNow);
        CHECK(jumped.suspicious.contains(QStringLiteral("3.2")));
        CHECK_FALSE(jumped.ambassador); // bought reach is not influence
        a.followerJump = 1.6;
        CHECK(classify(a, rules, kNow).suspicious.isEmpty());
        a.engagement = 0;
        CHECK(classify(a, rules, kNow).suspicious.contains(QStringLiteral("followers but")));
        AuthorActivity f = activity(4, 0.1);
        f.followers = 7000;
        f.following = 6900;
        CHECK(classify(f, rules, kNow).suspicious.contains(QStringLiteral("follows")));
    }
    SECTION("too little to say") {
        const Classification c = classify(activity(1, 0.1), rules, kNow);
        CHECK(c.segment.isEmpty());
        CHECK_FALSE(c.reason.isEmpty());
    }
}

TEST_CASE("segment thresholds are kept in the workspace", "[community]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    SegmentRules rules;
    rules.enthusiastMentions = 15;
    rules.showOffFollowers = 123456;
    REQUIRE(std::get<bool>(RosterStore(connection.database()).setRules(rules)));
    const auto read = RosterStore(connection.database()).rules();
    REQUIRE(std::holds_alternative<SegmentRules>(read));
    CHECK(std::get<SegmentRules>(read).enthusiastMentions == 15);
    CHECK(std::get<SegmentRules>(read).showOffFollowers == 123456);
    CHECK(std::get<SegmentRules>(read).timidMentions == SegmentRules{}.timidMentions);
}

TEST_CASE("the roster kept mention by mention equals a full recomputation", "[community]") {
    test::DemoWorkspace demo;
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()));
    QSqlDatabase db = connection.database();
    // A correction moves a mention's sentiment: the author's figures follow.
    MentionStore mentions(db);
    MentionQuery negative;
    negative.sentiment = SentimentLabel::Negative;
    negative.limit = 3;
    const auto found = mentions.find(negative);
    REQUIRE(std::holds_alternative<QList<Mention>>(found));
    for (const Mention &m : std::get<QList<Mention>>(found)) {
        const auto corrected = mentions.correctSentiment(m.rowId, SentimentLabel::Positive,
                                                         QDateTime::currentDateTimeUtc());
        INFO((failed(corrected) ? std::get<StorageError>(corrected).message : QString())
                 .toStdString());
        REQUIRE(std::holds_alternative<bool>(corrected));
        CHECK(std::get<bool>(corrected));
    }

    const Rows aggregates = rows(db, kAggregates);
    const Rows weeks = rows(db, kWeeks);
    const Rows topics = rows(db, kTopics);
    REQUIRE(aggregates.size() > 100);
    REQUIRE(weeks.size() > aggregates.size());
    RosterStore roster(db);
    REQUIRE_FALSE(roster.rebuildAggregates());
    checkSame(rows(db, kAggregates), aggregates);
    checkSame(rows(db, kWeeks), weeks);
    checkSame(rows(db, kTopics), topics);

    // The same figures give the same segments.
    const QString segments = QStringLiteral(
        "SELECT id, segment, ambassador, detractor, suspicious FROM authors ORDER BY id");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(std::holds_alternative<int>(roster.classifyAll(now)));
    const Rows before = rows(db, segments);
    REQUIRE(std::holds_alternative<int>(roster.classifyAll(now)));
    checkSame(rows(db, segments), before);
}

TEST_CASE("the demo shows every segment with plausible members", "[community]") {
    // Ninety days, so that some were active before the last month and drifted away.
    test::TempWorkspace temp;
    demo::DemoOptions options;
    options.mentions = 8000;
    REQUIRE(std::holds_alternative<demo::DemoResult>(demo::writeDemo(temp.location(), options)));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    AuthorStore store(connection.database());
    auto members = [&](const QString &segment) {
        AuthorQuery q;
        q.segment = segment;
        q.limit = 0;
        return std::get<QList<Author>>(store.find(q));
    };
    QStringList all = segmentNames();
    all << QStringLiteral("ambassador") << QStringLiteral("detractor")
        << QStringLiteral("suspicious");
    for (const QString &segment : std::as_const(all)) {
        INFO(segment.toStdString());
        CHECK(members(segment).size() >= 2);
    }
    for (const Author &a : members(QStringLiteral("enthusiast"))) {
        CHECK(a.mentionCount >= SegmentRules{}.enthusiastMentions);
        CHECK(a.averageSentiment.value_or(0) > 0);
    }
    for (const Author &a : members(QStringLiteral("show_off")))
        CHECK(a.followers.value_or(0) >= SegmentRules{}.showOffFollowers);
    for (const Author &a : members(QStringLiteral("timid")))
        CHECK(a.mentionCount <= SegmentRules{}.timidMentions);
    for (const Author &a : members(QStringLiteral("detractor")))
        CHECK(a.averageSentiment.value_or(0) < 0);
    for (const Author &a : members(QStringLiteral("suspicious")))
        CHECK_FALSE(a.suspicious.isEmpty());
    // The brand's own accounts are not in the roster.
    const auto roster = store.find(AuthorQuery{});
    for (const Author &a : std::get<QList<Author>>(roster))
        CHECK_FALSE(a.handle.contains(QStringLiteral("lumen@")));
    // Segment counts now, and a history to compare them with.
    RosterStore rosterStore(connection.database());
    const Counts now = std::get<Counts>(rosterStore.segmentCounts());
    CHECK(now.size() >= 8);
    const Counts earlier =
        std::get<Counts>(rosterStore.segmentCountsAt(QDateTime::currentDateTimeUtc().addDays(-10)));
    CHECK_FALSE(earlier.isEmpty());
}

TEST_CASE("identities are linked into a member and unlinked", "[community]") {
    test::DemoWorkspace demo;
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()));
    QSqlDatabase db = connection.database();
    AuthorStore authors(db);
    RosterStore roster(db);
    AuthorQuery top;
    top.limit = 3;
    const QList<Author> three = std::get<QList<Author>>(authors.find(top));
    REQUIRE(three.size() == 3);
    const auto member = roster.link({three[0].id, three[1].id}, QStringLiteral("Marie D."));
    REQUIRE(std::holds_alternative<qint64>(member));
    AuthorQuery same;
    same.memberOf = three[0].id;
    same.limit = 0;
    auto linked = std::get<QList<Author>>(authors.find(same));
    CHECK(linked.size() == 2);
    for (const Author &a : linked)
        CHECK(a.member == QStringLiteral("Marie D."));
    // A third identity joins the same member.
    CHECK(std::get<qint64>(roster.link({three[2].id, three[0].id}, QStringLiteral("Marie D"))) ==
          std::get<qint64>(member));
    CHECK(std::get<QList<Author>>(authors.find(same)).size() == 3);
    // Unlinking one leaves the two others together; unlinking another dissolves the member.
    CHECK(std::get<bool>(roster.unlink(three[2].id)));
    CHECK(std::get<QList<Author>>(authors.find(same)).size() == 2);
    CHECK(std::get<bool>(roster.unlink(three[1].id)));
    CHECK(std::get<QList<Author>>(authors.find(same)).size() == 1);
    CHECK(std::get<std::optional<Author>>(authors.byId(three[0].id))->member.isEmpty());
    CHECK(rows(db, QStringLiteral("SELECT COUNT(*) FROM members")).first().first().toInt() == 0);
    CHECK(std::holds_alternative<StorageError>(roster.link({three[0].id}, QStringLiteral("x"))));

    // Tags, note and the ambassador mark.
    REQUIRE(std::get<bool>(
        roster.setTags(three[0].id, {QStringLiteral("vip"), QStringLiteral(" presse ")})));
    REQUIRE(std::get<bool>(roster.setNote(three[0].id, QStringLiteral("Rencontrée au salon"))));
    REQUIRE(
        std::get<bool>(roster.markAmbassador(three[1].id, true, QDateTime::currentDateTimeUtc())));
    const Author first = *std::get<std::optional<Author>>(authors.byId(three[0].id));
    CHECK(first.tags == QStringList{QStringLiteral("presse"), QStringLiteral("vip")});
    CHECK(first.note == QStringLiteral("Rencontrée au salon"));
    const Author second = *std::get<std::optional<Author>>(authors.byId(three[1].id));
    CHECK(second.ambassador);
    CHECK(second.ambassadorMark);
}

TEST_CASE("a member's detail: identities, history, weeks and the reasons decided again",
          "[community]") {
    test::DemoWorkspace demo;
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()));
    AuthorQuery top;
    top.limit = 1;
    const auto found = AuthorStore(connection.database()).find(top);
    const Author author = std::get<QList<Author>>(found).first();
    const auto detail = RosterStore(connection.database()).detail(author.id);
    REQUIRE(std::holds_alternative<AuthorDetail>(detail));
    const AuthorDetail &d = std::get<AuthorDetail>(detail);
    CHECK(d.author.id == author.id);
    CHECK_FALSE(d.activity.weeks.isEmpty());
    CHECK_FALSE(d.history.isEmpty());
    REQUIRE_FALSE(d.topics.isEmpty());
    qint64 topicMentions = 0;
    for (const auto &[topic, count] : d.topics)
        topicMentions += count;
    CHECK(topicMentions >= author.mentionCount / 2);
    CHECK(d.classification.segment == author.segment);
    CHECK_FALSE(d.classification.reason.isEmpty());
    CHECK(std::holds_alternative<StorageError>(
        RosterStore(connection.database()).detail(QStringLiteral("nobody:1"))));
}
