#include "postsdock.h"

#include "common/labels.h"
#include "common/tableviews.h"
#include "composerdialog.h"
#include "postcalendar.h"
#include "postlistmodel.h"

#include "storage/poststore.h"
#include "storage/writequeue.h"
#include "workspace/workspace.h"

#include "io/exportwriter.h"
#include "model/mentionjson.h"

#include <QAction>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veille::ui {

PostsDock::PostsDock(QWidget *parent)
    : QDockWidget(tr("Scheduled posts"), parent)
    , m_model(new PostListModel(this))
    , m_view(new QTableView)
    , m_calendar(new PostCalendar)
    , m_calendarScroll(new QScrollArea)
    , m_stack(new QStackedWidget)
    , m_range(new QLabel)
    , m_navigation(new QWidget) {
    setObjectName(QStringLiteral("PostsDock"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(PostListModel::Text, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(PostListModel::When, 130);
    m_view->horizontalHeader()->resizeSection(PostListModel::Account, 160);
    // The queue is soonest first: what is planned is at the end, so show the end.
    connect(m_model, &PostListModel::loaded, m_view, &QTableView::scrollToBottom);

    // A toolbar: write a post; the queue as a list, a week or a month; move through time.
    auto *newPost = new QToolButton;
    newPost->setText(tr("&New post…"));
    newPost->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(newPost, &QToolButton::clicked, this, [this] { compose(); });
    auto *views = new QButtonGroup(this);
    const QList<std::pair<View, QString>> choices{
        {View::List, tr("List")}, {View::Week, tr("Week")}, {View::Month, tr("Month")}};
    for (const auto &[view, label] : choices) {
        auto *button = new QToolButton;
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(true);
        views->addButton(button);
        m_viewButtons.append(button);
        connect(button, &QToolButton::clicked, this, [this, view = view] { showView(view); });
    }
    auto *previous = new QToolButton;
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous"));
    auto *today = new QToolButton;
    today->setText(tr("Today"));
    auto *next = new QToolButton;
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next"));
    connect(previous, &QToolButton::clicked, m_calendar, [this] { m_calendar->step(-1); });
    connect(next, &QToolButton::clicked, m_calendar, [this] { m_calendar->step(1); });
    connect(today, &QToolButton::clicked, m_calendar,
            [this] { m_calendar->setAnchor(m_calendar->today()); });
    m_range->setTextFormat(Qt::RichText);
    auto *navigation = new QHBoxLayout(m_navigation);
    navigation->setContentsMargins(0, 0, 0, 0);
    navigation->addWidget(previous);
    navigation->addWidget(today);
    navigation->addWidget(next);
    navigation->addWidget(m_range, 1);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(newPost);
    bar->addSpacing(12);
    for (QToolButton *button : std::as_const(m_viewButtons))
        bar->addWidget(button);
    bar->addSpacing(12);
    bar->addWidget(m_navigation, 1);

    m_calendarScroll->setWidget(m_calendar);
    m_calendarScroll->setWidgetResizable(true);
    m_calendarScroll->setFrameShape(QFrame::NoFrame);
    // The calendar draws its day names at the top of what is visible: redrawn as it scrolls.
    connect(m_calendarScroll->verticalScrollBar(), &QScrollBar::valueChanged, m_calendar,
            qOverload<>(&QWidget::update));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_calendarScroll);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setWidget(content);

    connect(m_model, &PostListModel::loaded, m_calendar, [this] {
        QList<ScheduledPost> posts;
        for (int row = 0; row < m_model->rowCount(); ++row)
            posts.append(
                m_model->index(row, 0).data(PostListModel::PostRole).value<ScheduledPost>());
        m_calendar->setPosts(posts);
    });
    connect(m_calendar, &PostCalendar::rangeChanged, this, &PostsDock::updateRangeLabel);
    connect(m_calendar, &PostCalendar::rescheduleRequested, this, &PostsDock::reschedule);
    connect(m_calendar, &PostCalendar::rescheduleRefused, this, &PostsDock::problem);
    connect(m_calendar, &PostCalendar::editRequested, this,
            [this](const ScheduledPost &post) { edit(post); });
    connect(m_calendar, &PostCalendar::newPostRequested, this,
            [this](const QDateTime &utc) { compose(utc); });
    connect(m_calendar, &PostCalendar::contextMenuRequested, this, &PostsDock::showPostMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        edit(index.data(PostListModel::PostRole).value<ScheduledPost>());
    });
    showView(View::List);
    auto *exportAction = new QAction(tr("E&xport to CSV…"), this);
    exportAction->setToolTip(tr("The selected posts, or the whole queue"));
    connect(exportAction, &QAction::triggered, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export posts"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(tr("posts.csv"));
        connect(dialog, &QFileDialog::fileSelected, this, &PostsDock::exportCsv);
        dialog->open();
    });
    // A right click on a post: edit, send now, cancel; elsewhere, export.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this,
            [this, exportAction](const QPoint &at) {
                const QModelIndex index = m_view->indexAt(at);
                if (index.isValid()) {
                    showPostMenu(index.data(PostListModel::PostRole).value<ScheduledPost>(),
                                 m_view->viewport()->mapToGlobal(at));
                    return;
                }
                auto *menu = new QMenu(this);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->addAction(exportAction);
                menu->popup(m_view->viewport()->mapToGlobal(at));
            });
    addAction(exportAction);
}

void PostsDock::exportCsv(const QString &path) {
    QList<ScheduledPost> posts;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        posts.append(index.data(PostListModel::PostRole).value<ScheduledPost>());
    if (posts.size() < 2) {
        posts.clear();
        for (int row = 0; row < m_model->rowCount(); ++row)
            posts.append(
                m_model->index(row, 0).data(PostListModel::PostRole).value<ScheduledPost>());
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    const qint64 count = posts.size();
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, count] {
        watcher->deleteLater();
        if (watcher->result().isEmpty())
            Q_EMIT exported(path, count);
        else
            Q_EMIT exportFailed(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, posts]() -> QString {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            {
                ExportWriter writer(&file, ExportFormat::Csv, postCsvColumns());
                for (const ScheduledPost &post : posts)
                    writer.write(postToJson(post));
            }
            if (file.commit())
                return {};
        }
        return QCoreApplication::translate("PostsDock", "%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }));
}

void PostsDock::setWorkspace(Workspace *workspace) {
    // Posts being written belong to the workspace they were opened on.
    for (ComposerDialog *composer : findChildren<ComposerDialog *>())
        composer->close();
    m_workspace = workspace;
    m_calendar->setClock(workspace ? &workspace->clock() : nullptr);
    m_model->setWorkspace(workspace);
}

void PostsDock::showView(View view) {
    m_viewButtons.at(int(view))->setChecked(true);
    m_navigation->setVisible(view != View::List);
    if (view == View::List) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_calendar->setMode(view == View::Week ? PostCalendar::Mode::Week : PostCalendar::Mode::Month);
    // A week scrolls (24 hours); a month fits the dock.
    m_calendarScroll->setVerticalScrollBarPolicy(view == View::Week ? Qt::ScrollBarAsNeeded
                                                                    : Qt::ScrollBarAlwaysOff);
    m_stack->setCurrentWidget(m_calendarScroll);
    if (view == View::Week)
        m_calendarScroll->verticalScrollBar()->setValue(8 * PostCalendar::kHourHeight);
    updateRangeLabel();
}

void PostsDock::updateRangeLabel() {
    const QLocale locale;
    const QString zone = QString::fromUtf8(m_calendar->zone().id());
    const QString range =
        m_calendar->mode() == PostCalendar::Mode::Week
            ? tr("%1 – %2").arg(
                  locale.toString(m_calendar->firstDay(), QStringLiteral("d MMM")),
                  locale.toString(m_calendar->lastDay(), QStringLiteral("d MMM yyyy")))
            : locale.toString(m_calendar->anchor(), QStringLiteral("MMMM yyyy"));
    // The colours of the statuses, as a legend.
    QString legend;
    for (const PostStatus status : {PostStatus::Draft, PostStatus::Scheduled, PostStatus::Sent,
                                    PostStatus::Failed, PostStatus::Missed})
        legend += QStringLiteral(" <span style=\"color:%1\">■</span> %2")
                      .arg(postStatusColor(status).name(), postStatusText(status).toHtmlEscaped());
    m_range->setText(tr("%1 · times in %2").arg(range, zone).toHtmlEscaped() +
                     QStringLiteral("&nbsp;&nbsp;&nbsp;") + legend);
}

ComposerDialog *PostsDock::compose(const QDateTime &utc) {
    if (!m_workspace)
        return nullptr;
    auto *composer = new ComposerDialog(m_workspace, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    if (utc.isValid())
        composer->setTime(utc);
    connect(composer, &ComposerDialog::saved, this, [this](int, bool, bool now) {
        m_model->reload();
        Q_EMIT postsChanged(now);
    });
    composer->show();
    return composer;
}

ComposerDialog *PostsDock::edit(const ScheduledPost &post) {
    if (post.status == PostStatus::Sending || post.status == PostStatus::Sent) {
        Q_EMIT problem(tr("Post %1 has gone out and can no longer be changed.").arg(post.id));
        return nullptr;
    }
    ComposerDialog *composer = compose();
    if (composer)
        composer->editPost(post);
    return composer;
}

ComposerDialog *PostsDock::composeReply(const Mention &mention) {
    ComposerDialog *composer = compose();
    if (composer)
        composer->setReplyTo(mention);
    return composer;
}

void PostsDock::showPostMenu(const ScheduledPost &post, const QPoint &globalPos) {
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool out = post.status == PostStatus::Sending || post.status == PostStatus::Sent;
    if (out && !post.url.isEmpty())
        menu->addAction(tr("&Open the published post"), this,
                        [url = post.url] { QDesktopServices::openUrl(QUrl(url)); });
    menu->addAction(tr("&Edit…"), this, [this, post] { edit(post); })->setEnabled(!out);
    menu->addAction(tr("&Send now"), this, [this, post] { sendNow(post); })->setEnabled(!out);
    menu->addAction(tr("&Cancel the post"), this, [this, post] { cancelPost(post); })
        ->setEnabled(!out);
    menu->addSeparator();
    for (QAction *action : actions())
        menu->addAction(action);
    menu->popup(globalPos);
}

// One change to one post through the writer; the queue is read again either way.
void PostsDock::changePost(std::function<Expected<bool>(PostStore &)> change, bool now) {
    if (!m_workspace)
        return;
    m_workspace->writer()->submit(
        [change](QSqlDatabase &db) -> Expected<QVariant> {
            PostStore store(db);
            const auto done = change(store);
            if (failed(done))
                return std::get<StorageError>(done);
            return QVariant(true);
        },
        this,
        [this, now](const QVariant &) {
            m_model->reload();
            Q_EMIT postsChanged(now);
        },
        [this](const QString &reason) {
            m_model->reload();
            Q_EMIT problem(reason);
        });
}

void PostsDock::sendNow(const ScheduledPost &post) {
    if (!m_workspace)
        return;
    const QDateTime now = m_workspace->clock().now();
    changePost([id = post.id, now](PostStore &store) { return store.reschedule(id, now, true); },
               true);
}

void PostsDock::cancelPost(const ScheduledPost &post) {
    changePost([id = post.id](PostStore &store) { return store.cancel(id); }, false);
}

void PostsDock::reschedule(qint64 id, const QDateTime &utc) {
    changePost([id, utc](PostStore &store) { return store.reschedule(id, utc); }, false);
}

} // namespace veille::ui
