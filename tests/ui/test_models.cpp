#include "support/demoworkspace.h"

#include "community/authorlistmodel.h"
#include "demo/demowriter.h"
#include "mentions/mentionlistmodel.h"
#include "mentions/mentionsdock.h"
#include "model/mentionjson.h"
#include "posts/postlistmodel.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace veille;

using test::DemoWorkspace;

TEST_CASE("the mention model pages in newest first until the end of the stream", "[ui][models]") {
    DemoWorkspace demo;
    ui::MentionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return model.rowCount() >= 200; }));
    // Scroll to the end, page by page, as a view would.
    REQUIRE(test::waitUntil(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return !model.canFetchMore({}) && !model.isLoading() && model.rowCount() > 2000;
        },
        30000));
    const int rows = model.rowCount();
    for (int row = 1; row < rows; ++row) {
        const auto a =
            model.index(row - 1, 0).data(ui::MentionListModel::MentionRole).value<Mention>();
        const auto b = model.index(row, 0).data(ui::MentionListModel::MentionRole).value<Mention>();
        REQUIRE(cursorOf(a).createdAtMs >= cursorOf(b).createdAtMs);
        REQUIRE(a.id != b.id);
    }
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()));
    CHECK(rows == std::get<qint64>(MentionStore(connection.database()).count({})));
}

TEST_CASE("new mentions appear at the top without a reset", "[ui][models]") {
    DemoWorkspace demo;
    ui::MentionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return model.rowCount() >= 200 && !model.isLoading(); }));
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { ++resets; });
    int insertedAtTop = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                     [&](const QModelIndex &, int first, int last) {
                         if (first == 0)
                             insertedAtTop += last - first + 1;
                     });

    auto parsed =
        mentionFromJsonLine(test::mentionLine(1, QStringLiteral("Tout nouveau <b>pas gras</b>")));
    Mention fresh = std::get<Mention>(parsed);
    fresh.createdAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    demo.workspace->storeMentions({fresh});
    REQUIRE(test::waitUntil([&] { return insertedAtTop == 1; }));
    CHECK(resets == 0);
    CHECK(model.index(0, ui::MentionListModel::Text).data().toString() ==
          QLatin1String("Tout nouveau <b>pas gras</b>")); // shown as text, never as markup
}

TEST_CASE("typing a search and choosing a sentiment filter the stream", "[ui][models]") {
    DemoWorkspace demo;
    ui::MentionsDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return dock.model()->rowCount() > 0; }));

    QTest::keyClicks(dock.searchField(), QStringLiteral("panne"));
    REQUIRE(test::waitUntil([&] {
        return dock.model()->query().search == QLatin1String("panne") && !dock.model()->isLoading();
    }));
    REQUIRE(dock.model()->rowCount() > 0);
    for (int row = 0; row < dock.model()->rowCount(); ++row)
        CHECK(dock.model()
                  ->index(row, ui::MentionListModel::Text)
                  .data()
                  .toString()
                  .contains(QLatin1String("anne"), Qt::CaseInsensitive));

    dock.sentimentFilter()->setCurrentIndex(
        dock.sentimentFilter()->findData(QStringLiteral("positive")));
    REQUIRE(test::waitUntil(
        [&] { return dock.model()->query().sentiment.has_value() && !dock.model()->isLoading(); }));
    for (int row = 0; row < dock.model()->rowCount(); ++row)
        CHECK(dock.model()
                  ->index(row, 0)
                  .data(ui::MentionListModel::MentionRole)
                  .value<Mention>()
                  .sentiment.label == SentimentLabel::Positive);
}

TEST_CASE("the roster and the post queue load through the reader thread", "[ui][models]") {
    DemoWorkspace demo;
    ui::AuthorListModel authors;
    QAbstractItemModelTester authorTester(&authors,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    authors.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return authors.rowCount() > 0; }));
    const auto first = authors.index(0, 0).data(ui::AuthorListModel::AuthorRole).value<Author>();
    const auto second = authors.index(1, 0).data(ui::AuthorListModel::AuthorRole).value<Author>();
    CHECK(first.mentionCount >= second.mentionCount);

    ui::PostListModel posts;
    QAbstractItemModelTester postTester(&posts,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    posts.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return posts.rowCount() > 0; }));
}
