#include "desktopapp.h"

#include "mainwindow.h"

namespace veille::ui {

int runDesktopApp(const WorkspaceLocation &location) {
    MainWindow window;
    window.show();
    window.openWorkspace(location);
    return QApplication::exec();
}

} // namespace veille::ui
