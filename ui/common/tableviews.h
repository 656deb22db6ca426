#pragma once

#include <QTableView>

namespace veille::ui {

// The table look every panel shares: uniform row heights (constant-time layout at a million
// rows), whole-row selection, no grid, elided text.
void setUpListTable(QTableView *view);

// Sizes a narrow column to the widest of `ems` em, its title with the sort arrow, and the
// `samples` as the view's font writes them (a time as the locale writes it, the longest
// label the column shows), so that neither title nor value is cut in either language.
void fitColumn(QTableView *view, int column, int ems, const QStringList &samples = {});

} // namespace veille::ui
