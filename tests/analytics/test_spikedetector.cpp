#include "analytics/alertstore.h"
#include "analytics/alerttitle.h"
#include "analytics/spikedetector.h"
#include "demo/demowriter.h"
#include "listening/collector.h"
#include "net/httpclient.h"
#include "publishing/secretstore.h"
#include "storage/connection.h"
#include "storage/volumestore.h"
#include "support/tempworkspace.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

using namespace veille;

namespace {

// A demo of `days` ending 2026-11-20, with its crisis twelve days before the end.
demo::DemoOptions writeSmallDemo(const test::TempWorkspace &temp, int days, int mentions) {
    demo::DemoOptions options;
    options.end = QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc());
    options.days = days;
    options.mentions = mentions;
    REQUIRE(std::holds_alternative<demo::DemoResult>(demo::writeDemo(temp.location(), options)));
    return options;
}

bool has(const QList<Alert> &alerts, Alert::Kind kind) {
    return std::any_of(alerts.cbegin(), alerts.cend(),
                       [kind](const Alert &a) { return a.kind == kind; });
}

} // namespace

TEST_CASE("the spike detector fires on the demo's crisis and stays quiet on calm days",
          "[analytics]") {
    test::TempWorkspace temp;
    const demo::DemoOptions options = writeSmallDemo(temp, 45, 9000);
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));

    // The crisis day is the busiest one.
    const auto days = std::get<QList<DailyVolume>>(
        VolumeStore(connection.database()).daily(options.end.addDays(-options.days), options.end));
    const auto busiest =
        std::max_element(days.cbegin(), days.cend(),
                         [](const auto &x, const auto &y) { return x.total() < y.total(); });

    // Run the detector at the end of every day of the demo, as the clock would.
    SpikeDetector detector(connection.database());
    QList<QDate> volumeDays, negativeDays, riskDays;
    QList<Alert> atOnset;
    for (int back = 1; back < options.days - 8; ++back) {
        const QDateTime at(options.end.date().addDays(-back + 1), QTime(0, 0), QTimeZone::utc());
        const auto found = detector.check(at);
        REQUIRE_FALSE(failed(found));
        const QDate day = at.date().addDays(-1);
        for (const Alert &a : std::get<QList<Alert>>(found)) {
            CHECK(a.key.endsWith(day.toString(Qt::ISODate)));
            CHECK_FALSE(a.mentionRowIds.isEmpty());
            if (a.kind == Alert::Kind::VolumeSpike) {
                volumeDays.append(day);
                CHECK(a.value > 2 * a.usual);
                atOnset = std::get<QList<Alert>>(found);
            }
            if (a.kind == Alert::Kind::NegativeShare)
                negativeDays.append(day);
        }
    }
    INFO("busiest " << busiest->day.toString(Qt::ISODate).toStdString());
    // It fires on the crisis (its first day may be the eve of the busiest one)…
    REQUIRE(volumeDays.size() >= 1);
    REQUIRE(negativeDays.size() >= 1);
    // …and nowhere else.
    for (const QDate &d : volumeDays + negativeDays) {
        INFO("alert on " << d.toString(Qt::ISODate).toStdString());
        CHECK(qAbs(d.daysTo(busiest->day)) <= 1);
    }
    CHECK(has(atOnset, Alert::Kind::RiskWords)); // boycott, arnaque, rappel produit…
    const QDateTime crisisEnd(volumeDays.first().addDays(1), QTime(0, 0), QTimeZone::utc());

    // An alert keeps its newest 50 mentions; its scope finds all of them, as many as it says.
    auto inScope = [&](const Alert &a) {
        const std::optional<AlertScope> scope = alertScope(a);
        REQUIRE(scope.has_value());
        QSqlQuery q(connection.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM mentions m JOIN authors a ON a.id = "
                                 "m.author_id WHERE ") +
                  scope->where);
        for (auto it = scope->binds.cbegin(); it != scope->binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    AlertRules everyNegative;
    everyNegative.highReachFollowers = 0; // every negative mention counts as high reach
    const auto wide = SpikeDetector(connection.database(), everyNegative).check(crisisEnd);
    REQUIRE_FALSE(failed(wide));
    bool sawDetractors = false;
    for (const Alert &a : std::get<QList<Alert>>(wide)) {
        INFO("alert " << a.title.toStdString());
        const qint64 all = inScope(a);
        CHECK(a.mentionRowIds.size() == std::min<qint64>(all, 50));
        if (a.kind != Alert::Kind::NegativeShare)
            CHECK(qint64(a.value) == all);
        if (a.kind == Alert::Kind::InfluentialDetractors) {
            sawDetractors = true;
            CHECK(a.value > 50); // counted, not the 50 kept
            CHECK(a.title.startsWith(QString::number(qint64(a.value)) + u' '));
        }
    }
    CHECK(sawDetractors);

    // k is the manager's: a very high k silences the volume spike.
    AlertRules lenient;
    lenient.k = 50;
    CHECK_FALSE(
        has(std::get<QList<Alert>>(SpikeDetector(connection.database(), lenient).check(crisisEnd)),
            Alert::Kind::VolumeSpike));
}

TEST_CASE("an empty workspace raises no alert", "[analytics]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    const auto alerts = SpikeDetector(connection.database()).check(QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(failed(alerts));
    CHECK(std::get<QList<Alert>>(alerts).isEmpty());
}

TEST_CASE("alerts are stored once per kind and day, raised by the collector, and acknowledged",
          "[analytics]") {
    test::TempWorkspace temp;
    const demo::DemoOptions options = writeSmallDemo(temp, 40, 8000);
    Workspace workspace(temp.location());
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    // The demo comes with the alerts of its crisis: start from none.
    REQUIRE(QSqlQuery(connection.database()).exec(QStringLiteral("DELETE FROM alerts")));
    // The evening of each day, until the crisis shows.
    ManualClock clock(options.end.addDays(-20));
    HttpClient http;
    MemorySecretStore secrets;
    Collector collector(temp.location(), workspace.writer(), &http, &secrets, clock);
    QList<Alert> raised;
    QObject::connect(&collector, &Collector::alertsRaised, &collector,
                     [&](const QList<Alert> &alerts) { raised += alerts; });
    for (int day = 0; day < 20 && raised.isEmpty(); ++day) {
        clock.advance(24 * 3600);
        collector.detectAlerts();
        test::waitUntil([&] { return !raised.isEmpty(); }, 300);
    }
    REQUIRE_FALSE(raised.isEmpty());
    const int count = int(raised.size());
    // The same day again: nothing new.
    collector.detectAlerts();
    QThread::msleep(200);
    QCoreApplication::processEvents();
    CHECK(raised.size() == count);

    AlertStore store(connection.database());
    auto open = std::get<QList<StoredAlert>>(store.open());
    REQUIRE(open.size() == count);
    CHECK(open.first().alert.title == raised.first().title);
    CHECK(open.first().alert.mentionRowIds == raised.first().mentionRowIds);
    // Its figures are kept, so its sentence can be written again in the reader's language.
    for (const StoredAlert &stored : open) {
        CHECK(stored.alert.windowHours == 24);
        CHECK(alertTitle(stored.alert) == stored.alert.title);
        if (stored.alert.kind == Alert::Kind::RiskWords)
            CHECK_FALSE(stored.alert.words.isEmpty());
        if (stored.alert.kind == Alert::Kind::InfluentialDetractors)
            CHECK(stored.alert.followers == AlertRules{}.highReachFollowers);
    }
    // An alert stored before its figures were keeps its stored sentence.
    QSqlQuery old(connection.database());
    old.prepare(QStringLiteral("UPDATE alerts SET details = NULL, title = 'Stored words' WHERE "
                               "id = :id"));
    old.bindValue(QStringLiteral(":id"), open.first().id);
    REQUIRE(old.exec());
    const auto reread = std::get<QList<StoredAlert>>(store.open());
    for (const StoredAlert &stored : reread)
        if (stored.id == open.first().id)
            CHECK(alertTitle(stored.alert) == QLatin1String("Stored words"));
    REQUIRE(std::get<bool>(store.acknowledge(open.first().id, clock.now())));
    CHECK(std::get<QList<StoredAlert>>(store.open()).size() == count - 1);
}

TEST_CASE("a lasting condition is raised once within its window, not again at midnight",
          "[analytics]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    AlertStore store(connection.database());
    const QDateTime evening(QDate(2026, 12, 7), QTime(23, 48), QTimeZone::utc());
    auto reachAt = [](const QDateTime &at) {
        Alert a;
        a.kind = Alert::Kind::InfluentialDetractors;
        a.at = at;
        a.key = QStringLiteral("reach:") + at.date().toString(Qt::ISODate);
        a.windowHours = 24;
        a.followers = 10000;
        a.value = 130;
        a.mentionRowIds = {1, 2, 3};
        a.title = alertTitle(a);
        return a;
    };
    auto raised = [&](const QList<Alert> &alerts) {
        const auto result = store.raise(alerts);
        REQUIRE(std::holds_alternative<QList<Alert>>(result));
        return std::get<QList<Alert>>(result).size();
    };
    CHECK(raised({reachAt(evening)}) == 1);
    // Past midnight, a new day's key, the same mentions: the manager was told already.
    CHECK(raised({reachAt(evening.addSecs(17 * 60))}) == 0);
    Alert volume = reachAt(evening.addSecs(17 * 60));
    volume.kind = Alert::Kind::VolumeSpike;
    volume.key = QStringLiteral("volume:2026-12-08");
    CHECK(raised({volume}) == 1); // another kind is news
    // Once the window has passed, it is news again.
    CHECK(raised({reachAt(evening.addSecs(24 * 3600 + 60))}) == 1);
    CHECK(std::get<QList<StoredAlert>>(store.open()).size() == 3);
}

namespace {

// Rules under which nothing in the demo is unusual.
AlertRules quietRules() {
    AlertRules quiet;
    quiet.k = 10;
    quiet.minimumVolume = 100000;
    quiet.minimumNegatives = 100000;
    quiet.riskWords = {QStringLiteral("zzz-never")};
    quiet.highReachFollowers = 1000000000;
    return quiet;
}

// A collector run over the 20 days before `end` (which hold the demo's crisis), with `rules`
// given to it or, without, the workspace's own; the alerts it raised.
QList<Alert> alertsOverDays(const test::TempWorkspace &temp, Workspace &workspace,
                            const QDateTime &end, const std::optional<AlertRules> &rules) {
    ManualClock clock(end.addDays(-20));
    HttpClient http;
    MemorySecretStore secrets;
    Collector collector(temp.location(), workspace.writer(), &http, &secrets, clock);
    if (rules)
        collector.setAlertRules(*rules);
    QList<Alert> raised;
    QObject::connect(&collector, &Collector::alertsRaised, &collector,
                     [&](const QList<Alert> &alerts) { raised += alerts; });
    for (int day = 0; day < 20; ++day) {
        clock.advance(24 * 3600);
        collector.detectAlerts();
    }
    test::waitUntil([&] { return !raised.isEmpty(); }, 1000);
    return raised;
}

} // namespace

TEST_CASE("the collector raises alerts by the manager's rules", "[analytics]") {
    test::TempWorkspace temp;
    const demo::DemoOptions options = writeSmallDemo(temp, 40, 8000);
    Workspace workspace(temp.location());
    // The crisis is in these days, but the rules say nothing is unusual.
    CHECK(alertsOverDays(temp, workspace, options.end, quietRules()).isEmpty());
}

TEST_CASE("the workspace keeps its alert rules; the collector follows them", "[analytics]") {
    test::TempWorkspace temp;
    const demo::DemoOptions options = writeSmallDemo(temp, 40, 8000);
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        AlertStore store(connection.database());
        CHECK(std::get<bool>(store.hasRules()) == false);
        CHECK(std::get<AlertRules>(store.rules()).k == AlertRules{}.k); // the defaults
        REQUIRE_FALSE(failed(store.setRules(quietRules())));
        const AlertRules kept = std::get<AlertRules>(store.rules());
        CHECK(kept.k == 10);
        CHECK(kept.minimumNegatives == 100000);
        CHECK(kept.highReachFollowers == 1000000000);
        CHECK(kept.riskWords == QStringList{QStringLiteral("zzz-never")});
    }
    Workspace workspace(temp.location());
    // No rules given to the collector: the workspace's apply, and nothing is raised.
    CHECK(alertsOverDays(temp, workspace, options.end, std::nullopt).isEmpty());
    // Those days do hold a crisis: the default rules given to the collector find it.
    CHECK_FALSE(alertsOverDays(temp, workspace, options.end, AlertRules{}).isEmpty());
}
