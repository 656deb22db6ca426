#include "support/tempworkspace.h"

#include "demo/demowriter.h"
#include "io/exportwriter.h"
#include "storage/connection.h"
#include "storage/poststore.h"
#include "storage/volumestore.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTimeZone>

using namespace veille;

namespace {

const QDateTime kEnd(QDate(2026, 11, 21), QTime(9, 0), QTimeZone::utc());

QByteArray demoExport(const test::TempWorkspace &temp, const QString &name, quint64 seed,
                      int mentions) {
    demo::DemoOptions options;
    options.seed = seed;
    options.mentions = mentions;
    options.end = kEnd;
    const auto result = demo::writeDemo(temp.location(name), options);
    REQUIRE(std::holds_alternative<demo::DemoResult>(result));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location(name)));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportWriter writer(&buffer, ExportFormat::Jsonl, {});
    MentionStore store(connection.database());
    REQUIRE(std::holds_alternative<qint64>(exportMentions(store, {}, 0, writer)));
    return buffer.data();
}

qint64 count(QSqlDatabase db, const QString &sql) {
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the demo is deterministic for a seed and differs between seeds", "[demo]") {
    test::TempWorkspace temp;
    const QByteArray a = demoExport(temp, QStringLiteral("a.sqlite"), 7, 3000);
    const QByteArray b = demoExport(temp, QStringLiteral("b.sqlite"), 7, 3000);
    const QByteArray c = demoExport(temp, QStringLiteral("c.sqlite"), 8, 3000);
    CHECK(a.count('\n') >= 3000);
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("the demo workspace has what a community manager's month has", "[demo]") {
    test::TempWorkspace temp;
    demo::DemoOptions options;
    options.end = kEnd;
    const auto result = demo::writeDemo(temp.location(), options);
    REQUIRE(std::holds_alternative<demo::DemoResult>(result));
    CHECK(std::get<demo::DemoResult>(result).mentions >= 20000);

    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlDatabase db = connection.database();
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT network) FROM mentions")) >= 4);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE lang = 'fr'")) > 8000);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE lang = 'en'")) > 4000);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM topics")) == 3);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM topics WHERE competitor = 1")) == 2);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE reply_to IS NOT NULL")) >
          100);
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM mentions WHERE first_response_at IS NOT NULL")) >
          100);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE status = 'resolved'")) >
          1000);
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT text) FROM mentions")) > 5000);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM mentions WHERE text LIKE '%#%'")) > 1000);
    // Authors of every kind of reach: small accounts and large ones, with and without counts.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM authors WHERE followers > 20000")) > 20);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM authors WHERE followers < 150")) > 100);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM authors WHERE mention_count >= 30")) > 10);

    // The crisis: the busiest day is twelve days before the end, mostly negative.
    const auto days = std::get<QList<DailyVolume>>(VolumeStore(db).daily(kEnd.addDays(-90), kEnd));
    const auto busiest =
        std::max_element(days.cbegin(), days.cend(),
                         [](const auto &x, const auto &y) { return x.total() < y.total(); });
    QList<qint64> totals;
    for (const DailyVolume &d : days)
        totals.append(d.total());
    std::sort(totals.begin(), totals.end());
    CHECK(busiest->total() > 2.5 * double(totals[totals.size() / 2]));
    CHECK(busiest->negative > busiest->positive * 2);
    CHECK(qAbs(busiest->day.daysTo(kEnd.date()) - 12) <= 1);

    const auto posts = std::get<QList<ScheduledPost>>(PostStore(db).find());
    const auto has = [&](PostStatus status) {
        return std::any_of(posts.cbegin(), posts.cend(),
                           [&](const ScheduledPost &p) { return p.status == status; });
    };
    CHECK(has(PostStatus::Sent));
    CHECK(has(PostStatus::Scheduled));
    CHECK(has(PostStatus::Failed));
    CHECK(has(PostStatus::Missed));
    CHECK(has(PostStatus::Draft));

    // The crisis raised alerts as the collector would have; the older ones were handled.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE kind = 'volume'")) >= 1);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE kind = 'risk_words'")) >= 1);
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NOT NULL")) >= 2);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE kind = 'volume' AND "
                                   "raised_at < %1")
                        .arg(kEnd.addDays(-14).toMSecsSinceEpoch())) == 0);
}

TEST_CASE("the demo refuses a workspace that already holds mentions", "[demo]") {
    test::TempWorkspace temp;
    demo::DemoOptions options;
    options.mentions = 200;
    options.days = 10;
    REQUIRE(std::holds_alternative<demo::DemoResult>(demo::writeDemo(temp.location(), options)));
    const auto second = demo::writeDemo(temp.location(), options);
    REQUIRE(std::holds_alternative<StorageError>(second));
    CHECK(std::get<StorageError>(second).message.contains(QLatin1String("already holds")));
}
