#pragma once

#include "common/workspacepanel.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace veille::ui {

class MentionListModel;

// The mention stream: newest first, searchable, filterable by sentiment.
class MentionsDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit MentionsDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;

    MentionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *sentimentFilter() const { return m_sentiment; }

private:
    void applyFilters();

    MentionListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_sentiment;
    QLabel *m_status;
    QTimer *m_searchDelay;
};

} // namespace veille::ui
