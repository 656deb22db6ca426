#include "support/tempworkspace.h"

#include "community/authorlistmodel.h"
#include "community/communitydock.h"
#include "community/rosterstore.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace veille;

namespace {

// Median of the times `action` takes until the roster's first page is shown again.
qint64 timed(ui::CommunityDock &dock, const std::function<void()> &action) {
    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        QSignalSpy loaded(dock.model(), &ui::AuthorListModel::pageLoaded);
        QElapsedTimer timer;
        timer.start();
        action();
        const bool ok = test::waitUntil([&] { return loaded.count() > 0; }, 30000);
        INFO("loading " << dock.model()->isLoading() << " rows " << dock.model()->rowCount());
        REQUIRE(ok);
        times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

// The Community panel on the workspace named by VEILLE_BENCH_DB (100,000 authors or more):
// how long each sort and filter takes until the first page shows.
TEST_CASE("sort and filter a roster of 100,000 members", "[benchmark]") {
    const QString path = qEnvironmentVariable("VEILLE_BENCH_DB");
    if (path.isEmpty())
        FAIL("set VEILLE_BENCH_DB to a workspace with 100,000 authors");
    Workspace workspace(WorkspaceLocation::fromString(path));
    ui::CommunityDock dock;
    dock.setWorkspace(&workspace);
    REQUIRE(test::waitUntil([&] { return dock.model()->rowCount() > 0; }, 30000));
    for (int column = 0; column < ui::AuthorListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            // What a click on the header asks of the model, five times over.
            const qint64 ms = timed(dock, [&] { dock.model()->sort(column, order); });
            std::printf(
                "sort by %-14s %-4s %4lld ms\n",
                qPrintable(
                    dock.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()),
                order == Qt::DescendingOrder ? "desc" : "asc", static_cast<long long>(ms));
        }
    }
    dock.model()->sort(ui::AuthorListModel::Mentions, Qt::DescendingOrder);
    auto filter = [&](QComboBox *box, int index, const char *what) {
        const qint64 ms = timed(dock, [&] {
            box->setCurrentIndex(0);
            box->setCurrentIndex(index);
        });
        std::printf("filter %-28s %4lld ms\n", what, static_cast<long long>(ms));
    };
    for (int i = 1; i < dock.segmentFilter()->count(); ++i)
        filter(dock.segmentFilter(), i, qPrintable(dock.segmentFilter()->itemText(i)));
    filter(dock.networkFilter(), 1, "network");
    filter(dock.sentimentFilter(), 1, "positive");
    filter(dock.sentimentFilter(), 3, "negative");
}

// The cost of the roster's upkeep: 10,000 new mentions stored, then the same authors'
// segments decided again on their own.
TEST_CASE("roster upkeep per 10,000 new mentions", "[benchmark]") {
    const QString path = qEnvironmentVariable("VEILLE_BENCH_DB");
    if (path.isEmpty())
        FAIL("set VEILLE_BENCH_DB to a workspace with 100,000 authors");
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(WorkspaceLocation::fromString(path)));
    QSqlDatabase db = connection.database();
    QList<Mention> batch;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10000; ++i) {
        Mention m;
        m.id = QStringLiteral("bench:%1:%2").arg(now.toMSecsSinceEpoch()).arg(i);
        m.network = QStringLiteral("mastodon");
        m.createdAt = now.addSecs(-i * 60);
        m.author.id = QStringLiteral("mastodon:a%1").arg(i * 7 % 100000);
        m.author.network = m.network;
        m.author.handle = QStringLiteral("@user%1").arg(i * 7 % 100000);
        m.author.followers = 100 + i;
        m.text = QStringLiteral("Lumen encore en panne ? %1").arg(i);
        m.sentiment = {SentimentLabel::Negative, -0.5};
        m.topics = {QStringLiteral("Lumen")};
        batch.append(m);
    }
    REQUIRE(db.transaction());
    QElapsedTimer timer;
    timer.start();
    const auto stored = MentionStore(db).insert(batch, now);
    const qint64 insertMs = timer.elapsed();
    REQUIRE(std::holds_alternative<InsertStats>(stored));
    const QStringList touched = std::get<InsertStats>(stored).touchedAuthors;
    timer.restart();
    REQUIRE(std::holds_alternative<int>(RosterStore(db).classify(touched, now)));
    const qint64 classifyMs = timer.elapsed();
    db.rollback(); // the bench leaves the workspace as it found it
    std::printf("10,000 mentions of %lld authors stored in %lld ms (roster figures and "
                "segments included); deciding those authors' segments alone: %lld ms\n",
                static_cast<long long>(touched.size()), static_cast<long long>(insertMs),
                static_cast<long long>(classifyMs));
}
