#pragma once

#include "common/workspacepanel.h"

#include <QDockWidget>

class QTableView;

namespace veille::ui {

class AuthorListModel;

// The community roster: who talks about the brand, most active first.
class CommunityDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit CommunityDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    AuthorListModel *model() const { return m_model; }

private:
    AuthorListModel *m_model;
    QTableView *m_view;
};

} // namespace veille::ui
