#include "postsdock.h"

#include "common/tableviews.h"
#include "postlistmodel.h"

#include "io/exportwriter.h"
#include "model/mentionjson.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QSaveFile>
#include <QTableView>
#include <QtConcurrent>

namespace veille::ui {

PostsDock::PostsDock(QWidget *parent)
    : QDockWidget(tr("Scheduled posts"), parent)
    , m_model(new PostListModel(this))
    , m_view(new QTableView) {
    setObjectName(QStringLiteral("PostsDock"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(PostListModel::Text, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(PostListModel::When, 130);
    m_view->horizontalHeader()->resizeSection(PostListModel::Account, 160);
    // The queue is soonest first: what is planned is at the end, so show the end.
    connect(m_model, &PostListModel::loaded, m_view, &QTableView::scrollToBottom);
    setWidget(m_view);
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
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(exportAction);
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
    m_model->setWorkspace(workspace);
}

} // namespace veille::ui
