#pragma once

#include "common/workspacepanel.h"
#include "model/scheduledpost.h"
#include "storage/storageerror.h"

#include <QDateTime>

#include <functional>

#include <QDockWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace veille {
class PostStore;
class Workspace;
} // namespace veille

namespace veille::ui {

class ComposerDialog;
class PostCalendar;
class PostListModel;

// The publishing queue: scheduled, sent, failed and missed posts.
class PostsDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit PostsDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    PostListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PostCalendar *calendar() const { return m_calendar; }
    // The selected posts (two or more), else the whole queue, to CSV on a pool thread.
    void exportCsv(const QString &path);
    enum class View { List, Week, Month };
    void showView(View view);
    // The composer, for new posts (at `utc` when valid) or to edit one that has not gone out.
    ComposerDialog *compose(const QDateTime &utc = {});
    ComposerDialog *edit(const ScheduledPost &post);
    ComposerDialog *composeReply(const veille::Mention &mention);
    void reschedule(qint64 id, const QDateTime &utc);
    // A draft, missed or failed post sent at once; a post taken out of the queue.
    void sendNow(const ScheduledPost &post);
    void cancelPost(const ScheduledPost &post);

Q_SIGNALS:
    void exported(const QString &path, qint64 posts);
    void exportFailed(const QString &reason);
    // Posts were written in the composer or moved; `now` when some are due at once.
    void postsChanged(bool now);
    void problem(const QString &message);

private:
    void updateRangeLabel();
    void showPostMenu(const ScheduledPost &post, const QPoint &globalPos);
    void changePost(std::function<Expected<bool>(PostStore &)> change, bool now);

    Workspace *m_workspace = nullptr;
    PostListModel *m_model;
    QTableView *m_view;
    PostCalendar *m_calendar;
    QScrollArea *m_calendarScroll;
    QStackedWidget *m_stack;
    QLabel *m_range;
    QList<QToolButton *> m_viewButtons;
    QWidget *m_navigation;
};

} // namespace veille::ui
