#include "tableviews.h"

#include <QHeaderView>

#include <algorithm>

namespace veille::ui {

void setUpListTable(QTableView *view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(false);
}

void fitColumn(QTableView *view, int column, int ems, const QStringList &samples) {
    QHeaderView *header = view->horizontalHeader();
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QString title =
        view->model()
            ? view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
            : QString();
    // The title's margins and the sort arrow take about one and a half em.
    int width = std::max(ems * em, header->fontMetrics().horizontalAdvance(title) + 3 * em / 2);
    for (const QString &sample : samples)
        width = std::max(width, view->fontMetrics().horizontalAdvance(sample) + em);
    header->resizeSection(column, width);
}

} // namespace veille::ui
