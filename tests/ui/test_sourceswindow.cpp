#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

#include "common/labels.h"
#include "listening/collectorservice.h"
#include "sources/sourcedialog.h"
#include "sources/sourcelistmodel.h"
#include "sources/sourceswindow.h"
#include "sources/topicdialog.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace veille;
using test::LocalHttpServer;
using Reply = LocalHttpServer::Reply;

namespace {

template <typename Dialog> Dialog *openDialog(QWidget *owner) {
    Dialog *found = nullptr;
    REQUIRE(test::waitUntil([&] {
        for (Dialog *d : owner->findChildren<Dialog *>())
            if (d->isVisible())
                found = d;
        return found != nullptr;
    }));
    return found;
}

QLineEdit *field(QWidget *dialog, int index) {
    return dialog->findChildren<QLineEdit *>().value(index);
}

int rowNamed(const ui::SourceListModel *model, const QString &name) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::SourceListModel::Name).data().toString() == name)
            return row;
    return -1;
}

} // namespace

TEST_CASE("sources and topics are added, tried, fetched and shown with their state",
          "[ui][sources]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    Workspace workspace(temp.location());
    CollectorService collector(&workspace);
    LocalHttpServer server;
    server.route("/feed.xml", Reply::text(R"(<?xml version="1.0"?><rss version="2.0"><channel>
<title>Blog</title><item><title>La Lumen en test</title><link>https://blog.test/1</link>
<guid>1</guid><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>)",
                                          "application/rss+xml"));
    server.route("/gone.xml", Reply::text("<html><body>Moved away</body></html>", "text/html"));

    ui::SourcesWindow window(&workspace, &collector);
    window.show();

    // A topic, with the query checked as it is typed.
    window.tabs()->setCurrentIndex(1);
    window.addTopic();
    auto *topic = openDialog<ui::TopicDialog>(&window);
    field(topic, 0)->setText(QStringLiteral("Lumen"));
    topic->queryField()->setText(QStringLiteral("lumen AND (test"));
    CHECK(topic->queryProblem()->isVisible());
    CHECK(topic->queryProblem()->text().contains(QStringLiteral("11")));
    CHECK_FALSE(topic->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    topic->queryField()->setText(QStringLiteral("lumen OR #lumenpanne"));
    CHECK_FALSE(topic->queryProblem()->isVisible());
    topic->accept();
    REQUIRE(test::waitUntil([&] { return window.topicsTable()->rowCount() == 1; }));
    CHECK(window.topicsTable()->item(0, 0)->text() == QStringLiteral("Lumen"));

    // A feed, tried before it is saved: what came back is shown, nothing is stored.
    window.tabs()->setCurrentIndex(0);
    window.addSource();
    auto *source = openDialog<ui::SourceDialog>(&window);
    source->findChild<QComboBox *>()->setCurrentIndex(
        source->findChild<QComboBox *>()->findData(QStringLiteral("rss")));
    field(source, 0)->setText(QStringLiteral("Blog"));
    field(source, 1)->setText(server.url(QStringLiteral("/feed.xml")).toString());
    REQUIRE(source->tryButton()->isEnabled());
    source->tryButton()->click();
    auto *preview = source->findChild<QPlainTextEdit *>();
    REQUIRE(test::waitUntil(
        [&] { return preview->toPlainText().contains(QStringLiteral("La Lumen en test")); }));
    CHECK(preview->toPlainText().contains(QStringLiteral("1 mention")));
    source->accept();
    REQUIRE(test::waitUntil(
        [&] { return rowNamed(window.sourcesModel(), QStringLiteral("Blog")) >= 0; }));

    // A second source that fails: its row says so, in red, with the reason.
    window.addSource();
    source = openDialog<ui::SourceDialog>(&window);
    source->findChild<QComboBox *>()->setCurrentIndex(
        source->findChild<QComboBox *>()->findData(QStringLiteral("rss")));
    field(source, 0)->setText(QStringLiteral("Old blog"));
    field(source, 1)->setText(server.url(QStringLiteral("/gone.xml")).toString());
    source->accept();
    REQUIRE(test::waitUntil(
        [&] { return rowNamed(window.sourcesModel(), QStringLiteral("Old blog")) >= 0; }));

    const int gone = rowNamed(window.sourcesModel(), QStringLiteral("Old blog"));
    window.sourcesView()->selectRow(gone);
    REQUIRE(window.fetchButton()->isEnabled());
    window.fetchButton()->click();
    REQUIRE(test::waitUntil([&] {
        return window.preview()->toPlainText().startsWith(QStringLiteral("Nothing came back"));
    }));
    const auto *model = window.sourcesModel();
    const int row = rowNamed(model, QStringLiteral("Old blog"));
    REQUIRE(test::waitUntil([&] {
        return model->index(row, ui::SourceListModel::State).data().toString() ==
               ui::sourceStatusText(QStringLiteral("error"));
    }));
    CHECK(model->index(row, ui::SourceListModel::State).data(Qt::ForegroundRole).value<QColor>() ==
          ui::sourceStatusColor(QStringLiteral("error")));
    CHECK_FALSE(model->index(row, ui::SourceListModel::LastError).data().toString().isEmpty());

    const int blog = rowNamed(model, QStringLiteral("Blog"));
    window.sourcesView()->selectRow(blog);
    window.fetchButton()->click();
    REQUIRE(test::waitUntil([&] {
        return window.preview()->toPlainText().contains(QStringLiteral("La Lumen en test"));
    }));
    REQUIRE(test::waitUntil([&] {
        return model->index(blog, ui::SourceListModel::State).data().toString() ==
               ui::sourceStatusText(QStringLiteral("ok"));
    }));
    CHECK(model->index(blog, ui::SourceListModel::LastNew).data().toInt() == 1);
}

TEST_CASE("a topic named with opinion words is said to lean, and can be read as a name",
          "[ui][sources]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    Workspace workspace(temp.location());
    ui::SourcesWindow window(&workspace, nullptr);
    QSignalSpy vocabulary(&window, &ui::SourcesWindow::vocabularyChanged);
    window.show();
    window.tabs()->setCurrentIndex(1);

    window.addTopic();
    auto *topic = openDialog<ui::TopicDialog>(&window);
    field(topic, 0)->setText(QStringLiteral("Lumen"));
    topic->queryField()->setText(QStringLiteral("lumen"));
    // The names are read once the lexicons are built, off this thread.
    field(topic, 0)->setText(QStringLiteral("Bonne Maman"));
    REQUIRE(test::waitUntil([&] { return topic->nameReading()->isVisible(); }));
    INFO(topic->nameReading()->text().toStdString());
    CHECK(topic->nameReading()->text().contains(QStringLiteral("praise")));
    CHECK(topic->nameReading()->text().contains(QStringLiteral("bonne")));
    CHECK(topic->neutralNameBox()->isVisible());
    CHECK_FALSE(topic->neutralNameBox()->isChecked()); // the manager decides
    field(topic, 0)->setText(QStringLiteral("Lumen"));
    CHECK_FALSE(topic->nameReading()->isVisible());
    CHECK_FALSE(topic->neutralNameBox()->isVisible());
    field(topic, 0)->setText(QStringLiteral("Bonne Maman"));
    topic->queryField()->setText(QStringLiteral("\"bonne maman\""));
    topic->neutralNameBox()->setChecked(true);
    REQUIRE(topic->readsNameAsName());
    topic->accept();
    REQUIRE(test::waitUntil([&] { return window.topicsTable()->rowCount() == 1; }));
    REQUIRE(test::waitUntil([&] { return vocabulary.count() == 1; }));

    // The name is in the workspace's vocabulary at 0, and is not offered again.
    std::optional<QList<std::pair<QString, double>>> terms;
    QObject::connect(
        workspace.reader(), &WorkspaceReader::customTermsFetched, &window,
        [&](quint64, const QList<std::pair<QString, double>> &fetched) { terms = fetched; });
    workspace.reader()->requestCustomTerms();
    REQUIRE(test::waitUntil([&] { return terms.has_value(); }));
    REQUIRE(terms->size() == 1);
    CHECK(terms->front().first == QStringLiteral("bonne maman"));
    CHECK(terms->front().second == 0);
    window.addTopic();
    topic = openDialog<ui::TopicDialog>(&window);
    // Once the names are read again (a name of criticism says so)...
    field(topic, 0)->setText(QStringLiteral("Arnaques"));
    REQUIRE(test::waitUntil([&] { return topic->nameReading()->isVisible(); }));
    CHECK(topic->nameReading()->text().contains(QStringLiteral("criticism")));
    // ...the brand's name says nothing: its words are a name now.
    field(topic, 0)->setText(QStringLiteral("Bonne Maman bio"));
    topic->queryField()->setText(QStringLiteral("\"bonne maman\" bio"));
    CHECK_FALSE(topic->nameReading()->isVisible());
    CHECK_FALSE(topic->readsNameAsName());
    topic->reject();
}
