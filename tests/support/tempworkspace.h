#pragma once

#include "storage/workspacelocation.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#ifdef VEILLE_CATCH3
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <functional>

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

// A valid mention for tests; `n` makes the id, text and time differ.
QByteArray mentionLine(int n, const QString &text = {});

} // namespace veille::test
