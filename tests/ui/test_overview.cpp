#include "support/demoworkspace.h"

#include "analytics/alertstore.h"
#include "analytics/baselinestore.h"
#include "overview/kpitile.h"
#include "overview/overviewview.h"
#include "storage/connection.h"

#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTimeZone>

using namespace veille;

TEST_CASE("the overview lists the open alerts and acknowledges them", "[ui][alerts]") {
    test::DemoWorkspace demo;
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(demo.temp.location()));
        // The demo comes with the alerts of its crisis: only these two here.
        REQUIRE(QSqlQuery(connection.database()).exec(QStringLiteral("DELETE FROM alerts")));
        Alert volume;
        volume.kind = Alert::Kind::VolumeSpike;
        volume.at = QDateTime::currentDateTimeUtc();
        volume.title = QStringLiteral("Spike in volume: 640 mentions in 24 h, usually 210");
        volume.key = QStringLiteral("volume:test");
        volume.mentionRowIds = {1, 2, 3};
        Alert risk = volume;
        risk.kind = Alert::Kind::RiskWords;
        risk.title = QStringLiteral("Risk words in 12 mentions: boycott, arnaque");
        risk.key = QStringLiteral("risk:test");
        const auto raised = AlertStore(connection.database()).raise({volume, risk, volume});
        REQUIRE(std::get<QList<Alert>>(raised).size() == 2); // the same key once
    }
    ui::OverviewView overview;
    int shown = -1;
    QObject::connect(&overview, &ui::OverviewView::alertsShown, &overview,
                     [&](int n) { shown = n; });
    overview.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return shown == 2; }));
    QListWidget *list = overview.alertList();
    REQUIRE(list->count() == 2);
    CHECK((list->item(0)->text().contains(QStringLiteral("boycott")) ||
           list->item(1)->text().contains(QStringLiteral("boycott"))));
    CHECK_FALSE(overview.acknowledgeButton()->isEnabled());

    list->item(0)->setSelected(true);
    REQUIRE(overview.acknowledgeButton()->isEnabled());
    overview.acknowledgeButton()->click();
    REQUIRE(test::waitUntil([&] { return shown == 1; }));
    list->item(0)->setSelected(true);
    overview.acknowledgeButton()->click();
    REQUIRE(test::waitUntil([&] { return shown == 0; }));
    REQUIRE(list->count() == 1); // a calm line, not selectable
    CHECK(list->item(0)->flags() == Qt::NoItemFlags);
}

TEST_CASE("the overview's tiles compare with the saved baseline", "[ui][alerts]") {
    test::DemoWorkspace demo;
    ui::OverviewView overview;
    int shown = -1;
    QObject::connect(&overview, &ui::OverviewView::alertsShown, &overview,
                     [&](int n) { shown = n; });
    overview.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil(
        [&] { return shown >= 0 && overview.volumeTile()->valueText() != QStringLiteral("—"); }));
    CHECK(overview.volumeTile()->baselineText().isEmpty()); // none saved yet
    // A change says its direction: the week after the demo's crisis is better than the one
    // that held it.
    INFO(overview.netTile()->changeText().toStdString());
    CHECK(overview.netTile()->changeText().startsWith(u'+'));
    CHECK(overview.volumeTile()->changeText().startsWith(u'-'));
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(demo.temp.location()));
        const QDateTime end = QDateTime::currentDateTimeUtc();
        const auto stats = PeriodStatsStore(connection.database()).compute(end.addDays(-30), end);
        REQUIRE_FALSE(failed(stats));
        REQUIRE_FALSE(
            failed(BaselineStore(connection.database())
                       .save(QStringLiteral("Octobre"), std::get<PeriodStats>(stats), end)));
    }
    overview.reload();
    REQUIRE(test::waitUntil([&] { return !overview.volumeTile()->baselineText().isEmpty(); }));
    CHECK(overview.volumeTile()->baselineText().contains(QStringLiteral("Octobre")));
    CHECK(overview.netTile()->baselineText().startsWith(QStringLiteral("Baseline: ")));
}
