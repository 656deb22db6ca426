#pragma once

#include "model/scheduledpost.h"
#include "util/clock.h"

#include <QDate>
#include <QList>
#include <QRect>
#include <QTimeZone>
#include <QWidget>

namespace veille::ui {

// The publishing queue as a calendar: a week (days across, hours down, each post at its
// time) or a month (a cell a day). Times are shown in one zone, the computer's unless told.
// A post that has not gone out can be dragged to another time (a quarter-hour in the week,
// another day at the same time in the month); a double-click edits it, or on an empty slot
// writes a new post there. Colours say the status; the tooltip says everything else. A post
// due to go out cannot be dropped on a time that has passed (a draft can: it waits anyway);
// a dropped post stands at its new place at once, before the queue is read again.
class PostCalendar : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Week, Month };
    explicit PostCalendar(QWidget *parent = nullptr);

    void setPosts(const QList<ScheduledPost> &posts);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // What "now" is: today's column, and which drops are in the past.
    void setClock(const Clock *clock);
    void setZone(const QTimeZone &zone);
    QTimeZone zone() const { return m_zone; }
    // Any day of the week or month to show.
    void setAnchor(const QDate &day);
    QDate anchor() const { return m_anchor; }
    QDate today() const;      // in the calendar's zone, by its clock
    void step(int direction); // the next (+1) or previous (-1) week or month
    // The first and last day shown.
    QDate firstDay() const;
    QDate lastDay() const;

    // Where a post is drawn, and the time a point stands for (tests and drag-and-drop).
    QRect postRect(qint64 id) const;
    qint64 postIdAt(const QPoint &point) const; // the post on top there, or 0
    QDateTime timeAt(const QPoint &point, const QTime &keep = {}) const; // UTC
    static constexpr int kHourHeight = 44;

    QSize sizeHint() const override;

Q_SIGNALS:
    void rescheduleRequested(qint64 id, const QDateTime &utc);
    void rescheduleRefused(const QString &reason);
    void editRequested(const veille::ScheduledPost &post);
    void newPostRequested(const QDateTime &utc);
    void contextMenuRequested(const veille::ScheduledPost &post, const QPoint &globalPos);
    void rangeChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Placed {
        int index; // in m_posts
        QRect rect;
    };
    QList<Placed> layoutPosts() const;
    int postAt(const QPoint &point) const; // index in m_posts, or -1
    QRect dayRect(int column, int row = 0) const;
    int gutter() const;
    int header() const;
    QDateTime localTime(const ScheduledPost &post) const;
    bool tooLate(const ScheduledPost &post, const QDateTime &target) const;

    QList<ScheduledPost> m_posts;
    const Clock *m_clock = &SystemClock::instance();
    Mode m_mode = Mode::Week;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_anchor = QDate::currentDate();
    int m_dragging = -1;
    QPoint m_pressAt;
    QPoint m_dragAt;
    bool m_moved = false;
};

} // namespace veille::ui
