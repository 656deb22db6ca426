#include "support/demoworkspace.h"

#include "common/labels.h"
#include "mainwindow.h"
#include "mentions/mentionlistmodel.h"
#include "mentions/mentionsdock.h"
#include "sentiment/sentimentdock.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QTimeZone>

using namespace veille;

TEST_CASE("the sentiment panel draws volume, net sentiment, share of voice and networks, and a "
          "click reads that slice in the stream",
          "[ui][sentiment]") {
    test::DemoWorkspace demo; // 2,000 mentions over the last 30 days
    demo.workspace.reset();   // the window opens its own
    ui::MainWindow window;
    bool decided = false;
    QObject::connect(&window, &ui::MainWindow::centralViewChanged, &window,
                     [&] { decided = true; });
    window.openWorkspace(demo.temp.location());
    REQUIRE(test::waitUntil([&] { return decided; }));
    ui::SentimentDock *panel = window.sentimentDock();
    REQUIRE(test::waitUntil(
        [&] { return !panel->days().isEmpty() && !panel->shareChart()->series().isEmpty(); }));

    // Areas per sentiment and a net sentiment line on the main chart.
    QList<QAreaSeries *> areas;
    QLineSeries *net = nullptr;
    for (QAbstractSeries *series : panel->chart()->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            areas.append(area);
        else if (auto *line = qobject_cast<QLineSeries *>(series))
            net = line;
    }
    REQUIRE(areas.size() >= 3);
    REQUIRE(net);
    CHECK(net->count() > 0);
    for (const QPointF &p : net->points()) {
        CHECK(p.y() >= -1.0);
        CHECK(p.y() <= 1.0);
    }
    auto *pie = qobject_cast<QPieSeries *>(panel->shareChart()->series().value(0));
    REQUIRE(pie);
    CHECK(pie->count() == 3); // Lumen, Solara, Brillo
    CHECK(qobject_cast<QHorizontalBarSeries *>(panel->networkChart()->series().value(0)));

    // Click the negative layer on the busiest day.
    const auto busiest =
        std::max_element(panel->days().cbegin(), panel->days().cend(),
                         [](const auto &a, const auto &b) { return a.total() < b.total(); });
    QAreaSeries *negative = areas.first(); // the bottom layer
    REQUIRE(negative->name() == ui::sentimentText(SentimentLabel::Negative));
    const qreal x = qreal(busiest->day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
    Q_EMIT negative->clicked(QPointF(x, 1));
    ui::MentionsDock *stream = window.mentionsDock();
    const MentionQuery &query = stream->model()->query();
    REQUIRE(query.sentiment);
    CHECK(*query.sentiment == SentimentLabel::Negative);
    CHECK(query.since == busiest->day.startOfDay(QTimeZone::utc()));
    CHECK(query.until == busiest->day.addDays(1).startOfDay(QTimeZone::utc()));
    REQUIRE(test::waitUntil([&] { return !stream->model()->isLoading(); }));
    CHECK(stream->model()->rowCount() == std::min<qint64>(busiest->negative, 200));
    for (int row = 0; row < stream->model()->rowCount(); ++row) {
        const auto m =
            stream->model()->index(row, 0).data(ui::MentionListModel::MentionRole).value<Mention>();
        CHECK(m.sentiment.label == SentimentLabel::Negative);
        CHECK(m.createdAt.date() == busiest->day);
    }
    CHECK(stream->periodFilter()->currentText().contains(QStringLiteral("chart")));

    // A topic narrows the panel.
    const int solara = panel->topicPicker()->findData(QStringLiteral("Solara"));
    REQUIRE(solara > 0);
    qint64 before = 0;
    for (const DailyVolume &d : panel->days())
        before += d.total();
    panel->topicPicker()->setCurrentIndex(solara);
    REQUIRE(test::waitUntil([&] {
        qint64 now = 0;
        for (const DailyVolume &d : panel->days())
            now += d.total();
        return now > 0 && now < before;
    }));

    // Save as baseline: the period's figures are kept and drawn as a dashed line.
    REQUIRE_FALSE(panel->baseline());
    REQUIRE(test::waitUntil([&] { return panel->saveBaselineButton()->isEnabled(); }));
    panel->saveBaselineButton()->click();
    const bool saved = test::waitUntil([&] { return panel->baseline().has_value(); }, 20000);
    INFO(panel->findChildren<QLabel *>().first()->text().toStdString());
    REQUIRE(saved);
    CHECK(panel->baseline()->topic == QStringLiteral("Solara"));
    CHECK(panel->baseline()->dailyVolume() > 0);
    bool drawn = false;
    for (QAbstractSeries *series : panel->chart()->series())
        drawn |= series->name().startsWith(QStringLiteral("Baseline"));
    CHECK(drawn);
}

TEST_CASE("the sentiment panel shows a period of the manager's choosing", "[ui][sentiment]") {
    test::DemoWorkspace demo;
    ui::SentimentDock panel;
    panel.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return !panel.days().isEmpty(); }));
    const QDate end = demo.workspace->clock().now().date();
    // Ten days, typed the wrong way round: the panel reads them in order.
    panel.setCustomPeriod(end.addDays(-5), end.addDays(-14));
    const bool shown = test::waitUntil([&] {
        return !panel.days().isEmpty() && panel.days().first().day == end.addDays(-14) &&
               panel.days().last().day <= end.addDays(-5);
    });
    INFO(end.toString(Qt::ISODate).toStdString()
         << " first " << panel.days().first().day.toString(Qt::ISODate).toStdString() << " last "
         << panel.days().last().day.toString(Qt::ISODate).toStdString() << " n "
         << panel.days().size());
    REQUIRE(shown);
    CHECK(panel.periodDays() == 10);
    for (const DailyVolume &day : panel.days()) {
        CHECK(day.day >= end.addDays(-14));
        CHECK(day.day <= end.addDays(-5));
    }
    // Back to a preset.
    panel.periodBox()->setCurrentIndex(panel.periodBox()->findData(7));
    REQUIRE(test::waitUntil([&] { return panel.days().size() <= 8 && !panel.days().isEmpty(); }));
}

TEST_CASE("in a dark palette the charts are dark and the sentiments keep their colours",
          "[ui][sentiment]") {
    test::DemoWorkspace demo;
    ui::SentimentDock panel;
    panel.resize(1000, 600);
    panel.setWorkspace(demo.workspace.get());
    panel.show();
    REQUIRE(test::waitUntil([&] { return !panel.days().isEmpty(); }));
    CHECK(panel.chart()->theme() == QChart::ChartThemeLight);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1d));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x2c, 0x2f, 0x33));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    QSignalSpy drawn(&panel, &ui::SentimentDock::volumeShown);
    panel.setPalette(dark);
    REQUIRE(test::waitUntil([&] { return drawn.count() > 0; }));
    CHECK(panel.chart()->theme() == QChart::ChartThemeDark);
    CHECK(panel.shareChart()->theme() == QChart::ChartThemeDark);
    bool negative = false;
    for (QAbstractSeries *series : panel.chart()->series())
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            negative = negative ||
                       area->color().rgb() == ui::sentimentColor(SentimentLabel::Negative).rgb();
    CHECK(negative);
    if (const QString dir = qEnvironmentVariable("VEILLE_SCREENSHOTS"); !dir.isEmpty())
        panel.grab().save(dir + QStringLiteral("/sentiment-dark.png"));
}
