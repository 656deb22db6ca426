#pragma once

#include "storage/workspacelocation.h"

#include <QApplication>

namespace veille::ui {

// Shows the main window on `location` (resolved by main from --db, VEILLE_DB or the
// per-user default) and runs the application.
int runDesktopApp(const WorkspaceLocation &location);

} // namespace veille::ui
