#include "postsdock.h"

#include "common/tableviews.h"
#include "postlistmodel.h"

#include <QHeaderView>
#include <QTableView>

namespace veille::ui {

PostsDock::PostsDock(QWidget *parent)
    : QDockWidget(tr("Scheduled posts"), parent)
    , m_model(new PostListModel(this))
    , m_view(new QTableView) {
    setObjectName(QStringLiteral("PostsDock"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(PostListModel::Text, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(PostListModel::When, 130);
    m_view->horizontalHeader()->resizeSection(PostListModel::Account, 160);
    // The queue is soonest first: what is planned is at the end, so show the end.
    connect(m_model, &PostListModel::loaded, m_view, &QTableView::scrollToBottom);
    setWidget(m_view);
}

void PostsDock::setWorkspace(Workspace *workspace) {
    m_model->setWorkspace(workspace);
}

} // namespace veille::ui
