#pragma once

namespace veille {
class Workspace;
}

namespace veille::ui {

// A part of the window that shows data of the open workspace (or none, while switching).
class WorkspacePanel {
public:
    virtual ~WorkspacePanel() = default;
    virtual void setWorkspace(Workspace *workspace) = 0;
};

} // namespace veille::ui
