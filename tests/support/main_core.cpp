#define CATCH_CONFIG_RUNNER
#ifdef VEILLE_CATCH3
#include <catch2/catch_session.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VeilleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("VeilleTests"));
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
