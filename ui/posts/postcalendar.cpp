#include "postcalendar.h"

#include "common/labels.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace veille::ui {

namespace {
constexpr int kMonthRows = 6;
constexpr int kChipHeight = 18;

bool movable(const ScheduledPost &post) {
    return post.status != PostStatus::Sending && post.status != PostStatus::Sent;
}
} // namespace

PostCalendar::PostCalendar(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("PostCalendar"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumSize(560, 360);
}

QSize PostCalendar::sizeHint() const {
    return m_mode == Mode::Week ? QSize(760, header() + 24 * kHourHeight) : QSize(760, 520);
}

void PostCalendar::setPosts(const QList<ScheduledPost> &posts) {
    // The list is read again whenever a post changes anywhere (the publisher, another view);
    // a drag under way goes on with the same post, wherever it now stands in the list, and
    // ends only if that post is gone or can no longer move.
    const qint64 dragged = m_dragging >= 0 ? m_posts.at(m_dragging).id : 0;
    m_posts = posts;
    m_dragging = -1;
    if (dragged) {
        for (int i = 0; i < m_posts.size(); ++i)
            if (m_posts.at(i).id == dragged && movable(m_posts.at(i)))
                m_dragging = i;
        if (m_dragging < 0)
            m_moved = false;
    }
    QWidget::update();
}

void PostCalendar::setMode(Mode mode) {
    m_mode = mode;
    setMinimumHeight(mode == Mode::Week ? header() + 24 * kHourHeight : 360);
    updateGeometry();
    QWidget::update();
    Q_EMIT rangeChanged();
}

void PostCalendar::setZone(const QTimeZone &zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    QWidget::update();
}

void PostCalendar::setAnchor(const QDate &day) {
    m_anchor = day;
    QWidget::update();
    Q_EMIT rangeChanged();
}

void PostCalendar::step(int direction) {
    setAnchor(m_mode == Mode::Week ? m_anchor.addDays(7 * direction)
                                   : m_anchor.addMonths(direction));
}

void PostCalendar::setClock(const Clock *clock) {
    m_clock = clock ? clock : &SystemClock::instance();
    QWidget::update();
}

QDate PostCalendar::today() const {
    return m_clock->now().toTimeZone(m_zone).date();
}

bool PostCalendar::tooLate(const ScheduledPost &post, const QDateTime &target) const {
    // The composer's rule: a minute's grace, so that "now" dropped on its own slot is allowed.
    return post.status != PostStatus::Draft && target < m_clock->now().addSecs(-60);
}

QDate PostCalendar::firstDay() const {
    // Weeks start on the locale's first day (Monday in France, Sunday in the United States).
    const int first = int(QLocale().firstDayOfWeek());
    QDate start = m_mode == Mode::Week ? m_anchor : QDate(m_anchor.year(), m_anchor.month(), 1);
    while (start.dayOfWeek() != first)
        start = start.addDays(-1);
    return start;
}

QDate PostCalendar::lastDay() const {
    return firstDay().addDays(m_mode == Mode::Week ? 6 : 7 * kMonthRows - 1);
}

int PostCalendar::gutter() const {
    return m_mode == Mode::Week ? fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 12 : 0;
}

int PostCalendar::header() const {
    return fontMetrics().height() + 10;
}

QRect PostCalendar::dayRect(int column, int row) const {
    const int left = gutter();
    const int width = (this->width() - left) / 7;
    if (m_mode == Mode::Week)
        return QRect(left + column * width, header(), width, 24 * kHourHeight);
    const int height = (this->height() - header()) / kMonthRows;
    return QRect(left + column * width, header() + row * height, width, height);
}

QDateTime PostCalendar::localTime(const ScheduledPost &post) const {
    return post.scheduledAt.toTimeZone(m_zone);
}

QList<PostCalendar::Placed> PostCalendar::layoutPosts() const {
    QList<Placed> placed;
    const QDate first = firstDay();
    const QDate last = lastDay();
    QHash<QDate, int> perDay;   // month: chips already in the cell
    QHash<qint64, int> perSlot; // week: posts already at that half-hour, side by side
    for (int i = 0; i < m_posts.size(); ++i) {
        const QDateTime local = localTime(m_posts.at(i));
        const QDate day = local.date();
        if (!local.isValid() || day < first || day > last)
            continue;
        const int offset = int(first.daysTo(day));
        if (m_mode == Mode::Week) {
            const QRect column = dayRect(offset);
            const int minutes = local.time().hour() * 60 + local.time().minute();
            const qint64 slot = qint64(offset) * 100 + minutes / 30;
            const int beside = perSlot[slot]++;
            const int y = column.top() + minutes * kHourHeight / 60;
            const int indent = std::min(beside * 12, column.width() / 2);
            placed.append({i, QRect(column.left() + 2 + indent, y, column.width() - 4 - indent,
                                    kHourHeight * 3 / 4)});
        } else {
            const QRect cell = dayRect(offset % 7, offset / 7);
            const int index = perDay[day]++;
            const int top = cell.top() + fontMetrics().height() + 4 + index * (kChipHeight + 2);
            if (top + kChipHeight > cell.bottom())
                continue; // counted below as "+N more"
            placed.append({i, QRect(cell.left() + 2, top, cell.width() - 4, kChipHeight)});
        }
    }
    return placed;
}

QRect PostCalendar::postRect(qint64 id) const {
    for (const Placed &p : layoutPosts())
        if (m_posts.at(p.index).id == id)
            return p.rect;
    return {};
}

qint64 PostCalendar::postIdAt(const QPoint &point) const {
    const int index = postAt(point);
    return index >= 0 ? m_posts.at(index).id : 0;
}

int PostCalendar::postAt(const QPoint &point) const {
    const QList<Placed> placed = layoutPosts();
    // The last drawn is on top.
    for (auto it = placed.crbegin(); it != placed.crend(); ++it)
        if (it->rect.contains(point))
            return it->index;
    return -1;
}

QDateTime PostCalendar::timeAt(const QPoint &point, const QTime &keep) const {
    const int left = gutter();
    const int width = (this->width() - left) / 7;
    if (point.x() < left || width <= 0 || point.y() < header())
        return {};
    const int column = std::clamp((point.x() - left) / width, 0, 6);
    QDate day;
    QTime time;
    if (m_mode == Mode::Week) {
        day = firstDay().addDays(column);
        // To the quarter hour.
        const int minutes = std::clamp((point.y() - header()) * 60 / kHourHeight, 0, 24 * 60 - 1);
        time = QTime((minutes / 15 * 15) / 60, (minutes / 15 * 15) % 60);
    } else {
        const int height = (this->height() - header()) / kMonthRows;
        const int row = std::clamp((point.y() - header()) / std::max(1, height), 0, kMonthRows - 1);
        day = firstDay().addDays(row * 7 + column);
        time = keep.isValid() ? keep : QTime(9, 0);
    }
    return QDateTime(day, time, m_zone).toUTC();
}

void PostCalendar::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor grid = pal.color(QPalette::Mid);
    const QColor faint = pal.color(QPalette::AlternateBase);
    const QDate first = firstDay();
    const QDate today = this->today();
    const QLocale locale;

    QFont plain = painter.font();
    plain.setBold(false);
    painter.setFont(plain);

    if (m_mode == Mode::Week) {
        for (int h = 0; h < 24; ++h) {
            const int y = header() + h * kHourHeight;
            painter.setPen(grid);
            painter.drawLine(gutter(), y, width(), y);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, y, gutter() - 6, fontMetrics().height()), Qt::AlignRight,
                             QTime(h, 0).toString(QStringLiteral("HH:mm")));
        }
        for (int c = 0; c < 7; ++c) {
            const QRect column = dayRect(c);
            if (first.addDays(c) == today)
                painter.fillRect(column, faint);
            painter.setPen(grid);
            painter.drawLine(column.topLeft(), column.bottomLeft());
        }
        // Now, as a line across today.
        const QDateTime now = m_clock->now().toTimeZone(m_zone);
        if (now.date() >= first && now.date() <= lastDay()) {
            const QRect column = dayRect(int(first.daysTo(now.date())));
            const int y =
                header() + (now.time().hour() * 60 + now.time().minute()) * kHourHeight / 60;
            painter.setPen(QPen(QColor(0xb3, 0x26, 0x1e), 2));
            painter.drawLine(column.left(), y, column.right(), y);
        }
    } else {
        QHash<QDate, int> counts;
        for (const ScheduledPost &p : std::as_const(m_posts))
            ++counts[localTime(p).date()];
        for (int r = 0; r < kMonthRows; ++r) {
            for (int c = 0; c < 7; ++c) {
                const QRect cell = dayRect(c, r);
                const QDate day = first.addDays(r * 7 + c);
                if (day.month() != m_anchor.month())
                    painter.fillRect(cell, faint);
                painter.setPen(grid);
                painter.drawRect(cell.adjusted(0, 0, -1, -1));
                QFont font = plain;
                font.setBold(day == today);
                painter.setFont(font);
                painter.setPen(day.month() == m_anchor.month()
                                   ? pal.color(QPalette::Text)
                                   : pal.color(QPalette::PlaceholderText));
                painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                                 QString::number(day.day()));
                painter.setFont(plain);
                // What does not fit in the cell, counted.
                const int fits =
                    std::max(0, (cell.height() - fontMetrics().height() - 4) / (kChipHeight + 2));
                if (const int more = counts.value(day) - fits; more > 0 && fits >= 0) {
                    painter.setPen(pal.color(QPalette::PlaceholderText));
                    painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignRight | Qt::AlignTop,
                                     tr("+%1 more").arg(more));
                }
            }
        }
    }

    // The posts.
    for (const Placed &p : layoutPosts()) {
        const ScheduledPost &post = m_posts.at(p.index);
        const QColor colour = postStatusColor(post.status);
        QRect rect = p.rect;
        if (p.index == m_dragging && m_moved)
            painter.setOpacity(0.35);
        QColor fill = colour;
        fill.setAlpha(40);
        QPainterPath path;
        path.addRoundedRect(rect, 4, 4);
        painter.fillPath(path, fill);
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colour);
        painter.setPen(pal.color(QPalette::Text));
        const QString time = localTime(post).time().toString(QStringLiteral("HH:mm"));
        const QString line = QStringLiteral("%1 %2 · %3")
                                 .arg(time, networkLabel(post.network), post.text.simplified());
        painter.drawText(
            rect.adjusted(6, 1, -3, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            fontMetrics().elidedText(line, Qt::ElideRight,
                                     (rect.width() - 9) *
                                         std::max(1, rect.height() / fontMetrics().height())));
        painter.setOpacity(1.0);
    }

    // Where a dragged post would land.
    if (m_dragging >= 0 && m_moved) {
        const ScheduledPost &post = m_posts.at(m_dragging);
        const QDateTime target = timeAt(m_dragAt, localTime(post).time());
        if (target.isValid()) {
            const QDateTime local = target.toTimeZone(m_zone);
            const bool late = tooLate(post, target);
            QString label = locale.toString(local, QStringLiteral("ddd d MMM HH:mm"));
            if (late)
                label = tr("%1 — already passed").arg(label);
            const QRect box(
                m_dragAt + QPoint(12, 12),
                QSize(fontMetrics().horizontalAdvance(label) + 12, fontMetrics().height() + 6));
            painter.fillRect(box, late ? QColor(0x70, 0x70, 0x70) : postStatusColor(post.status));
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, label);
        }
    }
    // Day names along the top, kept in view while a week scrolls.
    const int top = m_mode == Mode::Week ? visibleRegion().boundingRect().top() : 0;
    painter.fillRect(QRect(0, top, width(), header()), pal.color(QPalette::Base));
    painter.setPen(grid);
    painter.drawLine(0, top + header() - 1, width(), top + header() - 1);
    for (int c = 0; c < 7; ++c) {
        const QRect column = dayRect(c);
        const QDate day = first.addDays(c);
        const QString title = m_mode == Mode::Week
                                  ? locale.toString(day, QStringLiteral("ddd d MMM"))
                                  : locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
        QFont font = painter.font();
        font.setBold(m_mode == Mode::Week && day == today);
        painter.setFont(font);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(column.left(), top, column.width(), header()), Qt::AlignCenter,
                         title);
    }
}

void PostCalendar::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = postAt(event->position().toPoint());
    m_pressAt = event->position().toPoint();
    m_dragAt = m_pressAt;
    m_moved = false;
}

void PostCalendar::mouseMoveEvent(QMouseEvent *event) {
    const QPoint at = event->position().toPoint();
    if (m_dragging < 0) {
        const int hovered = postAt(at);
        setCursor(hovered >= 0 && movable(m_posts.at(hovered)) ? Qt::OpenHandCursor
                                                               : Qt::ArrowCursor);
        return;
    }
    if (!movable(m_posts.at(m_dragging)))
        return;
    if ((at - m_pressAt).manhattanLength() >= 4)
        m_moved = true;
    m_dragAt = at;
    setCursor(Qt::ClosedHandCursor);
    QWidget::update();
}

void PostCalendar::mouseReleaseEvent(QMouseEvent *event) {
    const int dragged = m_dragging;
    const bool moved = m_moved;
    m_dragging = -1;
    m_moved = false;
    unsetCursor();
    if (dragged < 0 || !moved || event->button() != Qt::LeftButton) {
        QWidget::update();
        return;
    }
    ScheduledPost &post = m_posts[dragged];
    const QDateTime target = timeAt(event->position().toPoint(), localTime(post).time());
    QWidget::update();
    if (!target.isValid() || target == post.scheduledAt)
        return;
    if (tooLate(post, target)) {
        Q_EMIT rescheduleRefused(
            tr("%1 has already passed; drop the post on a later time.")
                .arg(QLocale().toString(target.toTimeZone(m_zone), QLocale::ShortFormat)));
        return;
    }
    // Where it was dropped until the queue is read again (which puts it back if the move fails).
    const qint64 id = post.id;
    post.scheduledAt = target;
    Q_EMIT rescheduleRequested(id, target);
}

void PostCalendar::mouseDoubleClickEvent(QMouseEvent *event) {
    // The day names stay at the top of what is visible; a click there is not on an hour.
    if (m_mode == Mode::Week &&
        event->position().y() < visibleRegion().boundingRect().top() + header())
        return;
    const int index = postAt(event->position().toPoint());
    if (index >= 0) {
        Q_EMIT editRequested(m_posts.at(index));
        return;
    }
    const QDateTime at = timeAt(event->position().toPoint());
    if (at.isValid())
        Q_EMIT newPostRequested(at);
}

void PostCalendar::contextMenuEvent(QContextMenuEvent *event) {
    const int index = postAt(event->pos());
    if (index >= 0)
        Q_EMIT contextMenuRequested(m_posts.at(index), event->globalPos());
}

bool PostCalendar::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = postAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ScheduledPost &post = m_posts.at(index);
        QString tip =
            QStringLiteral("<b>%1</b> · %2 · %3<br>%4")
                .arg(postStatusText(post.status).toHtmlEscaped(), post.account.toHtmlEscaped(),
                     QLocale().toString(localTime(post), QLocale::ShortFormat),
                     post.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        if (!post.timeZone.isEmpty() && QTimeZone(post.timeZone.toUtf8()) != m_zone)
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("planned at %1 in %2")
                                .arg(post.scheduledAt.toTimeZone(QTimeZone(post.timeZone.toUtf8()))
                                         .toString(QStringLiteral("HH:mm")),
                                     post.timeZone)
                                .toHtmlEscaped());
        if (!post.error.isEmpty())
            tip += QStringLiteral("<br><span style=\"color:#b3261e\">%1</span>")
                       .arg(post.error.toHtmlEscaped());
        if (post.status == PostStatus::Sent)
            tip += QStringLiteral("<br>") +
                   engagementText(post.metrics, QStringLiteral(", ")).toHtmlEscaped();
        else if (movable(post))
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("Drag to move it; double-click to edit it.").toHtmlEscaped());
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace veille::ui
