#pragma once

#include "storage/workspacelocation.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#ifdef VEILLE_CATCH3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

// Readable failures: Catch2 prints Qt strings and times as text.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &value) {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                               : std::string("(invalid)");
    }
};
} // namespace Catch

namespace veille::test {

// A fresh folder per test, removed afterwards, with a workspace path inside it.
class TempWorkspace {
public:
    TempWorkspace();
    QString path(const QString &name = QStringLiteral("workspace.sqlite")) const;
    WorkspaceLocation location(const QString &name = QStringLiteral("workspace.sqlite")) const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Runs the event loop until `done` holds or the timeout passes (tests only).
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

// The environment the real executable runs in from tests: UTF-8, no VEILLE_DB of the caller.
QProcessEnvironment veilleEnvironment();

// A valid mention for tests; `n` makes the id, text and time differ.
QByteArray mentionLine(int n, const QString &text = {});

} // namespace veille::test
