// Veille: one executable for the desktop app and every headless job (see CLI.md).
#include "cli/cli.h"
#include "desktopapp.h"
#include "i18n/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

void describeApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Veille"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("veille.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Veille"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VEILLE_VERSION));
}

// Whether a window system is there to connect to (always, on Windows and macOS).
bool hasDisplay() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (veille::cli::needsGuiApplication(arguments)) {
        // The report draws text and charts: it needs a GUI application, but never a display.
        // Without one (cron, a server), the offscreen platform does.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        veille::ui::installTranslations(app);
        return veille::cli::run(arguments);
    }
    if (veille::cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        veille::ui::installTranslations(app);
        return veille::cli::run(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Veille"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.veille.Veille"));
    veille::ui::installTranslations(app);
    QCommandLineParser parser;
    parser.addOption(veille::cli::dbOption());
    parser.addHelpOption();
    parser.process(app);
    return veille::ui::runDesktopApp(
        veille::WorkspaceLocation::resolve(parser.value(veille::cli::dbOption())));
}
