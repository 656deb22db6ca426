#include "highlightdelegate.h"

#include "mentionlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace veille::ui {

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    const auto spans =
        index.data(MentionListModel::HighlightRole).value<QList<std::pair<qsizetype, qsizetype>>>();
    if (spans.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor normal = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor markBackground(0xff, 0xe0, 0x82);
    const QColor markText(0x20, 0x20, 0x20);
    QFont bold = opt.font;
    bold.setBold(true);

    painter->save();
    painter->setClipRect(area);
    const QString ellipsis = QStringLiteral("…");
    int x = area.left();
    qsizetype at = 0;
    auto draw = [&](qsizetype from, qsizetype to, bool marked) -> bool {
        if (to <= from)
            return true;
        const QFont &font = marked ? bold : opt.font;
        const QFontMetrics metrics(font);
        QString piece = text.mid(from, to - from);
        const int room = area.right() - x;
        bool fits = metrics.horizontalAdvance(piece) <= room;
        if (!fits)
            piece = metrics.elidedText(piece, Qt::ElideRight, room);
        const int width = metrics.horizontalAdvance(piece);
        const QRect box(x, area.top(), width, area.height());
        painter->setFont(font);
        if (marked) {
            painter->fillRect(box.adjusted(-1, 2, 1, -2), markBackground);
            painter->setPen(markText);
        } else {
            painter->setPen(normal);
        }
        painter->drawText(box, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, piece);
        x += width;
        return fits && !piece.endsWith(ellipsis);
    };
    for (const auto &[start, length] : spans) {
        if (start < at)
            continue; // overlapping spans: the first wins
        if (!draw(at, start, false) || !draw(start, start + length, true)) {
            painter->restore();
            return;
        }
        at = start + length;
    }
    draw(at, text.size(), false);
    painter->restore();
}

} // namespace veille::ui
