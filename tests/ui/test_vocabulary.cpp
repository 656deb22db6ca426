// The brand's vocabulary in the app: terms added, imported (bad lines named), removed; a change
// has the whole workspace scored again in the background.
#include "support/demoworkspace.h"

#include "mainwindow.h"
#include "sentiment/rescorer.h"
#include "sentiment/vocabularywindow.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>

using namespace veille;

namespace {
QStringList terms(const ui::VocabularyWindow &window) {
    QStringList all;
    for (int row = 0; row < window.table()->rowCount(); ++row)
        all.append(window.table()->item(row, 0)->text());
    return all;
}
} // namespace

TEST_CASE("the brand vocabulary is kept in the workspace; bad lines of a list are named",
          "[ui][vocabulary]") {
    test::DemoWorkspace demo;
    ui::VocabularyWindow window(demo.workspace.get());
    window.show();
    QSignalSpy changed(&window, &ui::VocabularyWindow::vocabularyChanged);
    window.addTerm(QString(), 2);
    CHECK(window.status()->text().contains(QStringLiteral("Write the term")));
    window.addTerm(QStringLiteral("five words are too many"), -1);
    CHECK(window.status()->text().contains(QStringLiteral("up to four words")));
    window.addTerm(QStringLiteral("Zorglub"), 3);
    REQUIRE(test::waitUntil([&] { return terms(window).contains(u"zorglub"_qs); }));
    CHECK(changed.count() == 1);

    const QString list = demo.temp.dir() + QStringLiteral("/terms.tsv");
    {
        QFile file(list);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("# the brand's words\nhalo dream\t2.5\noops no score\npas terrible\t-2\n"
                   "n’importe quoi\t-2\n");
    }
    window.importFile(list);
    REQUIRE(test::waitUntil([&] { return changed.count() == 2; }));
    // The list is read again from the workspace after the change: wait for it.
    CHECK(test::waitUntil([&] { return terms(window).contains(u"halo dream"_qs); }));
    CHECK(terms(window).contains(u"pas terrible"_qs));
    CHECK(terms(window).contains(QStringLiteral("n’importe quoi"))); // as written
    CHECK(window.status()->text().startsWith(QStringLiteral("3 term")));
    CHECK(window.status()->text().contains(QStringLiteral(": 3.")));

    window.table()->selectRow(int(terms(window).indexOf(u"zorglub"_qs)));
    window.removeSelected();
    REQUIRE(test::waitUntil([&] { return changed.count() == 3; }));
    REQUIRE(test::waitUntil([&] { return !terms(window).contains(u"zorglub"_qs); }));
}

TEST_CASE("a new term has the stored mentions scored again", "[ui][vocabulary]") {
    QSettings().clear();
    test::DemoWorkspace demo;
    const WorkspaceLocation location = demo.temp.location();
    demo.workspace.reset();
    ui::MainWindow window;
    bool decided = false;
    QObject::connect(&window, &ui::MainWindow::centralViewChanged, &window,
                     [&] { decided = true; });
    window.openWorkspace(location);
    REQUIRE(test::waitUntil([&] { return decided; }));
    ui::VocabularyWindow *vocabulary = window.showVocabulary();
    REQUIRE(vocabulary);
    // "Lumen" is the brand: as a strongly positive term, most of its mentions move.
    vocabulary->addTerm(QStringLiteral("lumen"), 4);
    REQUIRE(test::waitUntil([&] { return vocabulary->table()->rowCount() == 1; }));
    QSignalSpy finished(window.rescorer(), &Rescorer::finished);
    Q_EMIT vocabulary->rescoreRequested();
    REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 60000));
    CHECK(finished.first().at(0).toLongLong() > 100);
    CHECK(finished.first().at(1).toLongLong() >= 2000);
}
