#include "support/csvread.h"
#include "support/demoworkspace.h"

#include "community/authorlistmodel.h"
#include "community/communitydock.h"
#include "community/segmentrulesdialog.h"
#include "mainwindow.h"
#include "mentions/mentionlistmodel.h"
#include "mentions/mentionsdock.h"
#include "posts/postlistmodel.h"
#include "posts/postsdock.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace veille;

namespace {

QList<Author> shown(const ui::CommunityDock &dock) {
    QList<Author> rows;
    for (int row = 0; row < dock.model()->rowCount(); ++row)
        rows.append(
            dock.model()->index(row, 0).data(ui::AuthorListModel::AuthorRole).value<Author>());
    return rows;
}

bool settled(const ui::CommunityDock &dock) {
    return !dock.model()->isLoading() && dock.model()->rowCount() > 0;
}

void choose(QComboBox *combo, const QVariant &data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the roster's columns fit a panel of the usual width, the name with room",
          "[ui][community]") {
    // The other columns take what their titles and values need and the name has the rest. At
    // the default width of every column the roster was wider than its panel (or, in another
    // font, the name kept three letters).
    ui::CommunityDock dock;
    dock.resize(750, 500);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));
    QTableView *view = dock.view();
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = view->horizontalHeader();
    CHECK(header->length() <= view->viewport()->width());
    CHECK(header->sectionSize(ui::AuthorListModel::Name) >= 7 * em);
    const QString title =
        view->model()
            ->headerData(ui::AuthorListModel::LastSeen, Qt::Horizontal, Qt::DisplayRole)
            .toString();
    CHECK(header->sectionSize(ui::AuthorListModel::LastSeen) >
          header->fontMetrics().horizontalAdvance(title));
}

TEST_CASE("the community panel filters, sorts, details and reaches the mentions",
          "[ui][community]") {
    test::DemoWorkspace demo;
    ui::CommunityDock dock;
    QSignalSpy overview(&dock, &ui::CommunityDock::overviewShown);
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock) && overview.count() > 0; }));
    // The segments at a glance.
    CHECK(dock.overviewLabel()->text().contains(QStringLiteral("Enthusiasts")));
    CHECK(dock.overviewLabel()->text().contains(QStringLiteral("Ambassadors")));

    // Most active first by default; sorted by followers when that column is clicked.
    const QList<Author> first = shown(dock);
    for (qsizetype i = 1; i < first.size(); ++i)
        CHECK(first[i - 1].mentionCount >= first[i].mentionCount);
    dock.view()->horizontalHeader()->setSortIndicator(ui::AuthorListModel::Followers,
                                                      Qt::DescendingOrder);
    REQUIRE(test::waitUntil([&] {
        return dock.model()->query().order == AuthorQuery::Order::MostFollowers && settled(dock);
    }));
    const QList<Author> byFollowers = shown(dock);
    for (qsizetype i = 1; i < byFollowers.size(); ++i)
        CHECK(byFollowers[i - 1].followers.value_or(-1) >= byFollowers[i].followers.value_or(-1));

    // Filters: a segment, a network, a sentiment.
    choose(dock.segmentFilter(), QStringLiteral("enthusiast"));
    REQUIRE(test::waitUntil(
        [&] { return dock.model()->query().segment == u"enthusiast" && settled(dock); }));
    for (const Author &a : shown(dock))
        CHECK(a.segment == QStringLiteral("enthusiast"));
    choose(dock.segmentFilter(), QString());
    choose(dock.networkFilter(), QStringLiteral("mastodon"));
    choose(dock.sentimentFilter(), QStringLiteral("negative"));
    REQUIRE(test::waitUntil([&] {
        return dock.model()->query().network == u"mastodon" && dock.model()->query().sentiment &&
               settled(dock);
    }));
    for (const Author &a : shown(dock)) {
        CHECK(a.network == QStringLiteral("mastodon"));
        CHECK(a.averageSentiment.value_or(0) <= -0.2);
    }
    choose(dock.networkFilter(), QString());
    choose(dock.sentimentFilter(), QString());
    REQUIRE(
        test::waitUntil([&] { return dock.model()->query().network.isEmpty() && settled(dock); }));

    // A member's detail.
    QSignalSpy detail(&dock, &ui::CommunityDock::detailShown);
    dock.view()->setCurrentIndex(dock.model()->index(0, 0));
    REQUIRE(test::waitUntil([&] { return detail.count() == 1; }));
    const Author chosen =
        dock.model()->index(0, 0).data(ui::AuthorListModel::AuthorRole).value<Author>();
    CHECK(detail.first().first().toString() == chosen.id);
    CHECK(dock.detailView()->toPlainText().contains(chosen.handle));
    CHECK(dock.detailView()->toPlainText().contains(QStringLiteral("Sentiment week by week")));

    // Actions: tag, note, ambassador mark; each shows in the detail once stored.
    QSignalSpy changed(&dock, &ui::CommunityDock::changed);
    dock.tagCurrent({QStringLiteral("vip")});
    REQUIRE(test::waitUntil([&] { return changed.count() == 1 && detail.count() >= 2; }));
    REQUIRE(test::waitUntil([&] { return dock.shownDetail()->author.tags.contains(u"vip"); }));
    dock.noteCurrent(QStringLiteral("Rencontrée au salon"));
    REQUIRE(test::waitUntil(
        [&] { return dock.shownDetail()->author.note == QStringLiteral("Rencontrée au salon"); }));
    dock.markCurrentAmbassador(true);
    REQUIRE(test::waitUntil([&] { return dock.shownDetail()->author.ambassadorMark; }));
    CHECK(dock.shownDetail()->author.ambassador);

    // Linking another identity, then unlinking it.
    const Author other = shown(dock).value(1);
    dock.linkCurrent({other.handle}, QStringLiteral("Marie D."));
    REQUIRE(test::waitUntil([&] { return dock.shownDetail()->identities.size() == 1; }));
    CHECK(dock.shownDetail()->author.member == QStringLiteral("Marie D."));
    CHECK(dock.shownDetail()->identities.first().id == other.id);
    dock.unlinkCurrent();
    REQUIRE(test::waitUntil([&] { return dock.shownDetail()->author.member.isEmpty(); }));
}

TEST_CASE("from the roster to a member's mentions in the Mentions panel", "[ui][community]") {
    test::DemoWorkspace demo;
    const WorkspaceLocation location = demo.temp.location();
    demo.workspace.reset(); // the window opens its own
    ui::MainWindow window;
    window.openWorkspace(location);
    ui::CommunityDock *dock = window.communityDock();
    REQUIRE(test::waitUntil([&] { return settled(*dock); }));
    QSignalSpy detail(dock, &ui::CommunityDock::detailShown);
    dock->view()->setCurrentIndex(dock->model()->index(2, 0));
    REQUIRE(test::waitUntil([&] { return detail.count() == 1; }));
    const QString id = detail.first().first().toString();
    dock->mentionsButton()->click();
    ui::MentionsDock *mentions = window.findChild<ui::MentionsDock *>();
    REQUIRE(mentions);
    REQUIRE(test::waitUntil([&] {
        return mentions->model()->query().authorId == id && !mentions->model()->isLoading() &&
               mentions->model()->rowCount() > 0;
    }));
    for (int row = 0; row < mentions->model()->rowCount(); ++row)
        CHECK(mentions->model()
                  ->index(row, 0)
                  .data(ui::MentionListModel::MentionRole)
                  .value<Mention>()
                  .author.id == id);
    CHECK(mentions->authorFilter() == id);
    // Back to everyone.
    mentions->showAuthor({}, {});
    CHECK(mentions->model()->query().authorId.isEmpty());
}

TEST_CASE("segment thresholds edited in the panel, and the roster exported to CSV",
          "[ui][community]") {
    test::DemoWorkspace demo;
    ui::CommunityDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock); }));

    ui::SegmentRulesDialog dialog(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return dialog.isEnabled(); }));
    CHECK(dialog.rules().enthusiastMentions == SegmentRules{}.enthusiastMentions);
    SegmentRules strict = dialog.rules();
    strict.enthusiastMentions = 100000; // nobody is that frequent
    dialog.setRules(strict);
    QSignalSpy saved(&dialog, &ui::SegmentRulesDialog::saved);
    dialog.save();
    REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));
    choose(dock.segmentFilter(), QStringLiteral("enthusiast"));
    REQUIRE(test::waitUntil([&] {
        return dock.model()->query().segment == u"enthusiast" && !dock.model()->isLoading();
    }));
    CHECK(dock.model()->rowCount() == 0);
    choose(dock.segmentFilter(), QStringLiteral("timid"));
    REQUIRE(test::waitUntil(
        [&] { return dock.model()->query().segment == u"timid" && settled(dock); }));

    test::TempWorkspace out;
    QSignalSpy exported(&dock, &ui::CommunityDock::exported);
    const QString path = out.path(QStringLiteral("timides.csv"));
    dock.exportCsv(path);
    REQUIRE(test::waitUntil([&] { return exported.count() == 1; }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = test::readCsv(file.readAll());
    REQUIRE(rows.size() > 1);
    const int segment = int(rows.first().indexOf(QStringLiteral("segment")));
    REQUIRE(segment >= 0);
    CHECK(rows.size() - 1 == exported.first().at(1).toLongLong());
    for (const QStringList &row : rows.mid(1))
        CHECK(row.value(segment) == QStringLiteral("timid"));
}

TEST_CASE("the publishing queue exported to CSV", "[ui][posts]") {
    test::DemoWorkspace demo;
    ui::PostsDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return dock.model()->rowCount() > 10; }));
    test::TempWorkspace out;
    QSignalSpy exported(&dock, &ui::PostsDock::exported);
    const QString path = out.path(QStringLiteral("posts.csv"));
    dock.exportCsv(path);
    REQUIRE(test::waitUntil([&] { return exported.count() == 1; }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = test::readCsv(file.readAll());
    CHECK(rows.size() - 1 == dock.model()->rowCount());
    const int status = int(rows.first().indexOf(QStringLiteral("status")));
    REQUIRE(status >= 0);
    QSet<QString> statuses;
    for (const QStringList &row : rows.mid(1))
        statuses.insert(row.value(status));
    CHECK(statuses.contains(QStringLiteral("sent")));
    CHECK(statuses.contains(QStringLiteral("scheduled")));
}
