#include "tempworkspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace veille::test {

TempWorkspace::TempWorkspace() {
    REQUIRE(m_dir.isValid());
}

QString TempWorkspace::path(const QString &name) const {
    return QDir(m_dir.path()).filePath(name);
}

WorkspaceLocation TempWorkspace::location(const QString &name) const {
    return WorkspaceLocation::fromString(path(name));
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

QProcessEnvironment veilleEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("VEILLE_DB"));
    return env;
}

QByteArray mentionLine(int n, const QString &text) {
    const QJsonObject author{
        {QStringLiteral("id"), QStringLiteral("mastodon:%1").arg(n % 7)},
        {QStringLiteral("handle"), QStringLiteral("@user%1@example.social").arg(n % 7)},
        {QStringLiteral("name"), QStringLiteral("User %1").arg(n % 7)},
        {QStringLiteral("followers"), 100 + n % 7}};
    const QJsonObject mention{
        {QStringLiteral("id"), QStringLiteral("mastodon:%1").arg(1000 + n)},
        {QStringLiteral("network"), QStringLiteral("mastodon")},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-%1T%2:15:00Z")
                                           .arg(1 + n % 20, 2, 10, QLatin1Char('0'))
                                           .arg(n % 24, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("lang"), QStringLiteral("fr")},
        {QStringLiteral("author"), author},
        {QStringLiteral("text"),
         text.isEmpty() ? QStringLiteral("Mention numéro %1 de Lumen").arg(n) : text},
        {QStringLiteral("topics"), QJsonArray{QStringLiteral("Lumen")}},
    };
    return QJsonDocument(mention).toJson(QJsonDocument::Compact);
}

} // namespace veille::test
