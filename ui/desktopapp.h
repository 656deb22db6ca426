#pragma once

#include <QApplication>

namespace veille::ui {

// Starts the desktop app on the workspace named by --db / VEILLE_DB / the per-user default.
int runDesktopApp(QApplication &app);

} // namespace veille::ui
