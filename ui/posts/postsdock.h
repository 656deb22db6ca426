#pragma once

#include "common/workspacepanel.h"

#include <QDockWidget>

class QTableView;

namespace veille::ui {

class PostListModel;

// The publishing queue: scheduled, sent, failed and missed posts.
class PostsDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit PostsDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    PostListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected posts (two or more), else the whole queue, to CSV on a pool thread.
    void exportCsv(const QString &path);

Q_SIGNALS:
    void exported(const QString &path, qint64 posts);
    void exportFailed(const QString &reason);

private:
    PostListModel *m_model;
    QTableView *m_view;
};

} // namespace veille::ui
