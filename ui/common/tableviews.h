#pragma once

#include <QTableView>

namespace veille::ui {

// The table look every panel shares: uniform row heights (constant-time layout at a million
// rows), whole-row selection, no grid, elided text.
void setUpListTable(QTableView *view);

} // namespace veille::ui
