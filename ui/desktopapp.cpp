#include "desktopapp.h"

#include "mainwindow.h"
#include "storage/workspacelocation.h"

#include <QCommandLineParser>

namespace veille::ui {

int runDesktopApp(QApplication &app) {
    QCommandLineParser parser;
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The workspace: an SQLite file, or a postgresql:// URL "
                                           "(default: VEILLE_DB, then the per-user workspace)."),
        QStringLiteral("location"));
    parser.addOption(db);
    parser.process(app);

    MainWindow window;
    window.show();
    window.openWorkspace(WorkspaceLocation::resolve(parser.value(db)));
    return QApplication::exec();
}

} // namespace veille::ui
