#include "communitydock.h"

#include "authorlistmodel.h"
#include "common/tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace veille::ui {

CommunityDock::CommunityDock(QWidget *parent)
    : QDockWidget(tr("Community"), parent)
    , m_model(new AuthorListModel(this))
    , m_view(new QTableView) {
    setObjectName(QStringLiteral("CommunityDock"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(AuthorListModel::Name, QHeaderView::Stretch);
    setWidget(m_view);
}

void CommunityDock::setWorkspace(Workspace *workspace) {
    m_model->setWorkspace(workspace);
}

} // namespace veille::ui
