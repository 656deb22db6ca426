// The stream's export: the mentions of the current view, or the selected ones, to CSV.
#include "mentionlistmodel.h"
#include "mentionsdock.h"

#include "io/exportwriter.h"
#include "model/mentionjson.h"
#include "storage/connection.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QItemSelectionModel>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent>

namespace veille::ui {

namespace {

struct ExportOutcome {
    qint64 written = 0;
    QString error; // empty on success
};

// Runs on a pool thread: its own connection for the view's query, or the given mentions.
ExportOutcome writeCsv(const QString &path, const WorkspaceLocation &location,
                       const MentionQuery &query, const QList<Mention> &selected) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {0, QCoreApplication::translate("MentionsDock", "%1 cannot be written: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString())};
    ExportOutcome outcome;
    {
        ExportWriter writer(&file, ExportFormat::Csv, mentionCsvColumns());
        if (!selected.isEmpty()) {
            for (const Mention &mention : selected)
                writer.write(mentionToJson(mention));
            outcome.written = selected.size();
        } else {
            ScopedConnection connection;
            if (auto error = connection.open(location))
                return {0, error->message};
            MentionStore store(connection.database());
            const auto written = exportMentions(store, query, 0, writer);
            if (failed(written))
                return {0, std::get<StorageError>(written).message};
            outcome.written = std::get<qint64>(written);
        }
    }
    if (!file.commit())
        return {0, QCoreApplication::translate("MentionsDock", "%1 cannot be written: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString())};
    return outcome;
}

} // namespace

QList<Mention> MentionsDock::selectedMentions() const {
    QList<Mention> mentions;
    if (!m_view->selectionModel())
        return mentions;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        mentions.append(index.data(MentionListModel::MentionRole).value<Mention>());
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.rowId > b.rowId;
    });
    return mentions;
}

void MentionsDock::askExport() {
    auto *dialog = new QFileDialog(this, tr("Export mentions"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(tr("mentions.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &MentionsDock::exportCsv);
    dialog->open();
}

void MentionsDock::exportCsv(const QString &path) {
    if (!m_workspace)
        return;
    // Several selected rows: those; otherwise every mention the filters show (not only the
    // rows loaded so far).
    QList<Mention> selected = selectedMentions();
    if (selected.size() < 2)
        selected.clear();
    MentionQuery query = m_model->query();
    query.olderThan.reset();
    query.newerThan.reset();
    const WorkspaceLocation location = m_workspace->location();
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<ExportOutcome>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const ExportOutcome outcome = watcher->result();
        if (outcome.error.isEmpty())
            Q_EMIT exported(path, outcome.written);
        else
            Q_EMIT exportFailed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(writeCsv, path, location, query, selected));
}

} // namespace veille::ui
