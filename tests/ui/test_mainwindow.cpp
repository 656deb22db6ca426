#include "support/tempworkspace.h"

#include "analytics/alertstore.h"
#include "community/authorlistmodel.h"
#include "community/communitydock.h"
#include "demo/demowriter.h"
#include "dialogs/preferencesdialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "mentions/mentionlistmodel.h"
#include "mentions/mentionsdock.h"
#include "overview/welcomeview.h"
#include "posts/postlistmodel.h"
#include "posts/postsdock.h"
#include "sentiment/sentimentdock.h"
#include "settings/settings.h"
#include "storage/connection.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace veille;

namespace {

// Opens the workspace and waits until the window chose between welcome and overview.
void openAndWait(ui::MainWindow &window, const WorkspaceLocation &location) {
    bool decided = false;
    const auto connection = QObject::connect(&window, &ui::MainWindow::centralViewChanged, &window,
                                             [&] { decided = true; });
    window.openWorkspace(location);
    REQUIRE(test::waitUntil([&] { return decided; }));
    QObject::disconnect(connection);
}

void clearSettings() {
    QSettings().clear();
}

} // namespace

TEST_CASE("the main window has the four docks, each with a stable name", "[ui]") {
    clearSettings();
    ui::MainWindow window;
    window.show();
    const QStringList names{QStringLiteral("MentionsDock"), QStringLiteral("SentimentDock"),
                            QStringLiteral("CommunityDock"), QStringLiteral("PostsDock")};
    for (const QString &name : names) {
        INFO(name.toStdString());
        auto *dock = window.findChild<QDockWidget *>(name);
        REQUIRE(dock);
        CHECK(window.dockWidgetArea(dock) != Qt::NoDockWidgetArea);
    }
    CHECK(window.findChildren<QDockWidget *>().size() == 4);
}

TEST_CASE("Reset layout brings back closed and floating docks", "[ui]") {
    clearSettings();
    ui::MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.mentionsDock()->close();
    window.sentimentDock()->setFloating(true);
    window.removeDockWidget(window.communityDock());
    CHECK(window.mentionsDock()->isHidden());
    window.resetLayout();
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        INFO(dock->objectName().toStdString());
        CHECK_FALSE(dock->isFloating());
        CHECK(window.dockWidgetArea(dock) != Qt::NoDockWidgetArea);
    }
    CHECK(window.mentionsDock()->isVisible());
    CHECK(window.dockWidgetArea(window.mentionsDock()) == Qt::RightDockWidgetArea);
}

TEST_CASE("the layout is saved on close and restored by the next window", "[ui]") {
    clearSettings();
    {
        ui::MainWindow window;
        window.show();
        window.postsDock()->close();
        window.close();
    }
    ui::MainWindow again;
    again.show();
    CHECK(again.postsDock()->isHidden());
    again.resetLayout();
    CHECK_FALSE(again.postsDock()->isHidden());
}

TEST_CASE("an empty workspace shows the welcome view with its two ways in", "[ui]") {
    clearSettings();
    test::TempWorkspace temp;
    ui::MainWindow window;
    window.show();
    openAndWait(window, temp.location());
    CHECK(window.isShowingWelcome());
    CHECK(window.welcomeView()->addSourceButton()->isVisible());
    CHECK(window.welcomeView()->demoButton()->isVisible());
}

TEST_CASE("the welcome view's paragraph is whole at every width", "[ui]") {
    // A wrapped paragraph placed with an alignment got the height of its size hint, and at the
    // width the docks leave it was cut at the top and the bottom.
    for (const int width : {360, 520, 640, 900}) {
        ui::WelcomeView view;
        view.resize(width, 420);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        INFO("width " << width);
        int paragraphs = 0;
        for (const QLabel *label : view.findChildren<QLabel *>()) {
            if (!label->wordWrap() || !label->isVisible())
                continue;
            ++paragraphs;
            CHECK(label->height() >= label->heightForWidth(label->width()));
            CHECK(label->width() <= width);
        }
        CHECK(paragraphs == 1);
    }
}

TEST_CASE("a workspace with mentions shows the overview and fills every panel", "[ui]") {
    clearSettings();
    test::TempWorkspace temp;
    demo::DemoOptions options;
    options.mentions = 1500;
    options.days = 30;
    REQUIRE(std::holds_alternative<demo::DemoResult>(demo::writeDemo(temp.location(), options)));

    ui::MainWindow window;
    window.show();
    openAndWait(window, temp.location());
    CHECK_FALSE(window.isShowingWelcome());
    REQUIRE(test::waitUntil([&] { return window.mentionsDock()->model()->rowCount() > 0; }));
    REQUIRE(test::waitUntil([&] { return window.communityDock()->model()->rowCount() > 0; }));
    REQUIRE(test::waitUntil([&] { return window.postsDock()->model()->rowCount() > 0; }));
    REQUIRE(test::waitUntil([&] { return !window.sentimentDock()->days().isEmpty(); }));
    qint64 total = 0;
    for (const DailyVolume &day : window.sentimentDock()->days())
        total += day.total();
    CHECK(total > 1000);
}

TEST_CASE("a workspace that cannot be opened is reported, not crashed on", "[ui]") {
    clearSettings();
    test::TempWorkspace temp;
    QFile junk(temp.path());
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'q'));
    junk.close();
    ui::MainWindow window;
    window.show();
    QString failure;
    QObject::connect(&window, &ui::MainWindow::workspaceFailed, &window,
                     [&](const QString &m) { failure = m; });
    window.openWorkspace(temp.location());
    REQUIRE(test::waitUntil([&] { return !failure.isEmpty(); }));
    CHECK(failure.contains(QLatin1String("untouched")));
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("Explore the demo workspace builds a separate demo workspace and opens it",
          "[ui][demo]") {
    clearSettings();
    test::TempWorkspace temp;
    const QString demoPath = WorkspaceLocation::demoSqlitePath();
    QFile::remove(demoPath);
    ui::MainWindow window;
    window.show();
    openAndWait(window, temp.location());
    bool decided = false;
    QObject::connect(&window, &ui::MainWindow::centralViewChanged, &window,
                     [&] { decided = true; });
    REQUIRE(window.isShowingWelcome());

    QTest::mouseClick(window.welcomeView()->demoButton(), Qt::LeftButton);
    CHECK_FALSE(window.welcomeView()->demoButton()->isEnabled()); // busy while it builds
    REQUIRE(test::waitUntil(
        [&] {
            return decided && window.workspace() &&
                   window.workspace()->location().filePath() ==
                       QFileInfo(demoPath).absoluteFilePath();
        },
        120000));
    CHECK_FALSE(window.isShowingWelcome());
    REQUIRE(test::waitUntil([&] { return window.mentionsDock()->model()->rowCount() > 0; }));
    // The user's own workspace was left empty.
    CHECK(QFileInfo(temp.path()).exists());
    window.close();
    QFile::remove(demoPath);
}

TEST_CASE("the language follows the preference, and the French translation is in the binary",
          "[ui][i18n]") {
    clearSettings();
    ui::PreferencesDialog dialog;
    QComboBox *box = dialog.languageBox();
    box->setCurrentIndex(box->findData(QStringLiteral("fr")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    CHECK(ui::Settings().language() == QLatin1String("fr"));
    CHECK(ui::effectiveLanguage(ui::Settings().language()) == QLatin1String("fr"));
    CHECK(ui::effectiveLanguage(QStringLiteral("en")) == QLatin1String("en"));
    CHECK(ui::availableLanguages().contains(ui::effectiveLanguage(QString())));

    ui::installTranslations(*qApp); // reads the saved preference
    {
        ui::MainWindow window;
        CHECK(window.mentionsDock()->windowTitle() == QLatin1String("Mentions"));
        CHECK(window.postsDock()->windowTitle() == QStringLiteral("Publications programmées"));
        CHECK(window.welcomeView()->demoButton()->text() ==
              QStringLiteral("Explorer l'espace de démonstration"));
    }
    ui::installTranslations(*qApp, QStringLiteral("en"));
    ui::MainWindow english;
    CHECK(english.postsDock()->windowTitle() == QLatin1String("Scheduled posts"));
    clearSettings();
}

TEST_CASE("the alert rules are set in the preferences and kept in the workspace", "[ui]") {
    clearSettings();
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    Workspace workspace(temp.location());
    ui::PreferencesDialog dialog(&workspace);
    bool changed = false;
    QObject::connect(&dialog, &ui::PreferencesDialog::alertRulesChanged, &dialog,
                     [&] { changed = true; });
    // Read from the workspace first; editable once there.
    REQUIRE(test::waitUntil([&] { return dialog.alertSensitivity()->isEnabled(); }));
    CHECK(dialog.alertSensitivity()->value() == AlertRules{}.k);
    dialog.alertSensitivity()->setValue(4.5);
    dialog.riskWords()->setText(QStringLiteral("rappel produit,  boycott , "));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(test::waitUntil([&] { return changed; }));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    const auto kept = AlertStore(connection.database()).rules();
    REQUIRE(std::holds_alternative<AlertRules>(kept));
    const AlertRules rules = std::get<AlertRules>(kept);
    CHECK(rules.k == 4.5);
    CHECK(rules.riskWords ==
          QStringList({QStringLiteral("rappel produit"), QStringLiteral("boycott")}));
    clearSettings();
}
