#pragma once

#include <QStyledItemDelegate>

namespace veille::ui {

// Paints a one-line text with the spans the model gives (HighlightRole) marked, elided at the
// right. The text is drawn as text: markup in a mention is never interpreted.
class HighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace veille::ui
