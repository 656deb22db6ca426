#include "support/tempworkspace.h"

#include "mainwindow.h"
#include "mentions/mentionlistmodel.h"
#include "mentions/mentionsdock.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

using namespace veille;

// Opens the workspace named by VEILLE_BENCH_DB (e.g. one filled by `veille import` with a
// million mentions) in the real window and times what the manager waits for.
TEST_CASE("open a large workspace and scroll the stream", "[benchmark]") {
    const QString path = qEnvironmentVariable("VEILLE_BENCH_DB");
    if (path.isEmpty())
        FAIL("set VEILLE_BENCH_DB to the workspace to open");

    ui::MainWindow window;
    window.show();
    QElapsedTimer timer;
    timer.start();
    window.openWorkspace(WorkspaceLocation::fromString(path));
    ui::MentionListModel *model = window.mentionsDock()->model();
    REQUIRE(test::waitUntil([&] { return model->rowCount() > 0; }, 30000));
    const qint64 firstPage = timer.elapsed();

    // Scroll to the bottom fifty times, as a user dragging the scroll bar would.
    QTableView *view = window.mentionsDock()->view();
    QList<qint64> pageTimes;
    for (int i = 0; i < 50; ++i) {
        const int before = model->rowCount();
        QElapsedTimer page;
        page.start();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        if (model->canFetchMore({}))
            model->fetchMore({});
        REQUIRE(test::waitUntil([&] { return model->rowCount() > before; }, 10000));
        pageTimes.append(page.elapsed());
    }
    std::sort(pageTimes.begin(), pageTimes.end());
    std::printf("first page of mentions on screen: %lld ms\n", firstPage);
    std::printf("next page while scrolling: median %lld ms, max %lld ms (%d rows loaded)\n",
                pageTimes[pageTimes.size() / 2], pageTimes.last(), model->rowCount());
    CHECK(firstPage < 2000);

    // Searching, as typed in the stream: the time until the first page of matches is in the
    // model, taken when it says so (the loop that waits for it sleeps between its looks).
    // Each search is typed nine times; the median is reported (the first also warms the
    // page cache of a workspace just opened).
    for (const char *words : {"lumen", "panne", "livraison retard", "sav"}) {
        QList<qint64> times;
        for (int round = 0; round < 9; ++round) {
            model->setQuery({});
            REQUIRE(test::waitUntil([&] { return !model->isLoading(); }, 30000));
            MentionQuery query;
            query.search = QLatin1String(words);
            QElapsedTimer search;
            qint64 loadedAfter = -1;
            const auto connection = QObject::connect(model, &ui::MentionListModel::pageLoaded, [&] {
                loadedAfter = search.nsecsElapsed() / 1000;
            });
            search.start();
            model->setQuery(query);
            REQUIRE(test::waitUntil([&] { return !model->isLoading(); }, 30000));
            QObject::disconnect(connection);
            REQUIRE(loadedAfter >= 0);
            times.append(loadedAfter);
        }
        std::sort(times.begin(), times.end());
        std::printf("search \"%s\": first page (%d rows) in %.1f ms (median of 9; %.1f..%.1f)\n",
                    words, model->rowCount(), times[4] / 1000.0, times[0] / 1000.0,
                    times[8] / 1000.0);
    }
}
