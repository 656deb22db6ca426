#include "sourceswindow.h"

#include "common/tableviews.h"
#include "listening/collectorservice.h"
#include "listening/mentionenricher.h"
#include "sentiment/customtermstore.h"
#include "sourcedialog.h"
#include "sourcelistmodel.h"
#include "storage/sourcestore.h"
#include "storage/topicstore.h"
#include "topicdialog.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veille::ui {

namespace {

template <typename T> Expected<QVariant> asVariant(const Expected<T> &result) {
    if (failed(result))
        return std::get<StorageError>(result);
    return QVariant::fromValue(std::get<T>(result));
}

} // namespace

SourcesWindow::SourcesWindow(Workspace *workspace, CollectorService *collector, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_collector(collector)
    , m_tabs(new QTabWidget)
    , m_sourcesModel(new SourceListModel(this))
    , m_sourcesView(new QTableView)
    , m_editSource(new QPushButton(tr("&Edit…")))
    , m_removeSource(new QPushButton(tr("&Remove")))
    , m_fetch(new QPushButton(tr("&Fetch now")))
    , m_previewTitle(new QLabel)
    , m_preview(new QPlainTextEdit)
    , m_topics(new QTableWidget(0, 4))
    , m_editTopic(new QPushButton(tr("&Edit…")))
    , m_removeTopic(new QPushButton(tr("&Remove")))
    , m_message(new QLabel) {
    setObjectName(QStringLiteral("SourcesWindow"));
    setWindowTitle(tr("Sources and topics"));
    resize(980, 620);

    m_sourcesView->setModel(m_sourcesModel);
    setUpListTable(m_sourcesView);
    for (int column = 0; column < SourceListModel::ColumnCount; ++column)
        m_sourcesView->horizontalHeader()->setSectionResizeMode(
            column, column == SourceListModel::LastError ? QHeaderView::Stretch
                                                         : QHeaderView::ResizeToContents);
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Choose a source and fetch it now to see what comes back."));
    auto *addSourceButton = new QPushButton(tr("&Add a source…"));
    auto *sourceButtons = new QHBoxLayout;
    for (QPushButton *button : {addSourceButton, m_editSource, m_removeSource, m_fetch})
        sourceButtons->addWidget(button);
    sourceButtons->addStretch(1);
    auto *sourcesPage = new QWidget;
    auto *sourcesLayout = new QVBoxLayout(sourcesPage);
    sourcesLayout->addWidget(m_sourcesView, 3);
    sourcesLayout->addLayout(sourceButtons);
    sourcesLayout->addWidget(m_previewTitle);
    sourcesLayout->addWidget(m_preview, 2);

    m_topics->setHorizontalHeaderLabels({tr("Topic"), tr("Query"), tr("Kind"), tr("Unread")});
    m_topics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topics->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topics->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topics->verticalHeader()->hide();
    m_topics->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *addTopicButton = new QPushButton(tr("&Add a topic…"));
    auto *topicButtons = new QHBoxLayout;
    for (QPushButton *button : {addTopicButton, m_editTopic, m_removeTopic})
        topicButtons->addWidget(button);
    topicButtons->addStretch(1);
    auto *topicsPage = new QWidget;
    auto *topicsLayout = new QVBoxLayout(topicsPage);
    topicsLayout->addWidget(m_topics, 1);
    topicsLayout->addLayout(topicButtons);

    m_tabs->addTab(sourcesPage, tr("Sources"));
    m_tabs->addTab(topicsPage, tr("Topics"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(addSourceButton, &QPushButton::clicked, this, &SourcesWindow::addSource);
    connect(m_editSource, &QPushButton::clicked, this, &SourcesWindow::editSource);
    connect(m_sourcesView, &QTableView::doubleClicked, this, &SourcesWindow::editSource);
    connect(m_removeSource, &QPushButton::clicked, this, &SourcesWindow::removeSource);
    connect(m_fetch, &QPushButton::clicked, this, &SourcesWindow::fetchNow);
    connect(addTopicButton, &QPushButton::clicked, this, &SourcesWindow::addTopic);
    connect(m_editTopic, &QPushButton::clicked, this, &SourcesWindow::editTopic);
    connect(m_topics, &QTableWidget::cellDoubleClicked, this, &SourcesWindow::editTopic);
    connect(m_removeTopic, &QPushButton::clicked, this, &SourcesWindow::removeTopic);
    connect(m_sourcesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesWindow::updateButtons);
    connect(m_topics, &QTableWidget::itemSelectionChanged, this, &SourcesWindow::updateButtons);

    if (m_workspace) {
        WorkspaceReader *reader = m_workspace->reader();
        connect(reader, &WorkspaceReader::sourcesFetched, this,
                [this](quint64 ticket, const QList<veille::Source> &sources) {
                    if (ticket == m_sourcesTicket)
                        m_sourcesModel->setSources(sources);
                    updateButtons();
                });
        connect(reader, &WorkspaceReader::topicsFetched, this,
                [this](quint64 ticket, const QList<veille::Topic> &topics,
                       const QHash<QString, qint64> &unread) {
                    if (ticket != m_topicsTicket)
                        return;
                    m_topicList = topics;
                    m_topics->setRowCount(int(topics.size()));
                    for (int row = 0; row < topics.size(); ++row) {
                        const Topic &t = topics[row];
                        m_topics->setItem(row, 0, new QTableWidgetItem(t.name));
                        m_topics->setItem(row, 1, new QTableWidgetItem(t.query));
                        m_topics->setItem(row, 2,
                                          new QTableWidgetItem(t.competitor
                                                                   ? tr("Competitor")
                                                                   : tr("Brand or theme")));
                        m_topics->setItem(
                            row, 3, new QTableWidgetItem(QLocale().toString(unread.value(t.name))));
                    }
                    updateButtons();
                });
    }
    loadScorer();
    if (m_collector) {
        connect(m_collector, &CollectorService::sourceStatusChanged, m_sourcesModel,
                &SourceListModel::applyStatus);
        connect(m_collector, &CollectorService::previewReady, this,
                [this](qint64 sourceId, const veille::FetchOutcome &outcome) {
                    if (sourceId == 0 && m_tryingDialog) {
                        m_tryingDialog->showPreview(outcome);
                        return;
                    }
                    if (sourceId != m_previewSource)
                        return;
                    m_fetch->setEnabled(true);
                    m_preview->setPlainText(previewText(outcome));
                });
    }
    refresh();
}

void SourcesWindow::refresh() {
    if (!m_workspace)
        return;
    m_sourcesTicket = m_workspace->reader()->requestSources();
    m_topicsTicket = m_workspace->reader()->requestTopics();
}

void SourcesWindow::updateButtons() {
    const bool source = currentSource().has_value();
    m_editSource->setEnabled(source);
    m_removeSource->setEnabled(source);
    m_fetch->setEnabled(source && m_collector);
    const bool topic = currentTopic().has_value();
    m_editTopic->setEnabled(topic);
    m_removeTopic->setEnabled(topic);
}

std::optional<Source> SourcesWindow::currentSource() const {
    const QModelIndex index = m_sourcesView->currentIndex();
    if (!index.isValid() || !m_sourcesView->selectionModel()->isSelected(index))
        return std::nullopt;
    return index.data(SourceListModel::SourceRole).value<Source>();
}

std::optional<Topic> SourcesWindow::currentTopic() const {
    const int row = m_topics->currentRow();
    if (row < 0 || row >= m_topicList.size() || m_topics->selectedItems().isEmpty())
        return std::nullopt;
    return m_topicList[row];
}

void SourcesWindow::write(Job job, const QString &done, bool vocabulary) {
    if (!m_workspace)
        return;
    m_workspace->writer()->submit(
        std::move(job), this,
        [this, done, vocabulary](const QVariant &) {
            m_message->setStyleSheet({});
            m_message->setText(done);
            if (m_collector)
                m_collector->reload();
            refresh();
            Q_EMIT listeningChanged();
            if (vocabulary) {
                loadScorer();
                Q_EMIT vocabularyChanged();
            }
        },
        [this](const QString &reason) {
            m_message->setStyleSheet(QStringLiteral("color: #c62828"));
            m_message->setText(tr("Not saved: %1").arg(reason));
        });
}

void SourcesWindow::openSourceDialog(SourceDialog *dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourceDialog::tryRequested, this, [this, dialog](const veille::Source &s) {
        m_tryingDialog = dialog;
        Source trial = s;
        trial.id = 0; // never the stored cursor: a try starts from now
        if (m_collector)
            m_collector->preview(trial);
    });
    dialog->open();
}

void SourcesWindow::addSource() {
    auto *dialog = new SourceDialog(this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Source s = dialog->source();
        write([s](QSqlDatabase &db) { return asVariant(SourceStore(db).add(s)); },
              tr("Source \"%1\" added; it is fetched in a moment.").arg(s.name));
    });
    openSourceDialog(dialog);
}

void SourcesWindow::editSource() {
    const auto current = currentSource();
    if (!current)
        return;
    auto *dialog = new SourceDialog(this);
    dialog->setSource(*current);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Source s = dialog->source();
        write([s](QSqlDatabase &db) { return asVariant(SourceStore(db).update(s)); },
              tr("Source \"%1\" saved.").arg(s.name));
    });
    openSourceDialog(dialog);
}

void SourcesWindow::confirm(const QString &question, std::function<void()> yes) {
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, std::move(yes));
    box->open();
}

void SourcesWindow::removeSource() {
    const auto current = currentSource();
    if (!current)
        return;
    const QString name = current->name;
    confirm(
        tr("Remove the source \"%1\"? The mentions it brought stay in the workspace.").arg(name),
        [this, name] {
            write([name](QSqlDatabase &db) { return asVariant(SourceStore(db).remove(name)); },
                  tr("Source \"%1\" removed.").arg(name));
        });
}

void SourcesWindow::fetchNow() {
    const auto current = currentSource();
    if (!current || !m_collector)
        return;
    m_previewSource = current->id;
    m_fetch->setEnabled(false);
    m_previewTitle->setText(tr("What came back from %1:").arg(current->name));
    m_preview->setPlainText(tr("Fetching…"));
    m_collector->fetchNow(current->id);
}

void SourcesWindow::loadScorer() {
    // Names are read as the workspace scores its mentions (its own terms too), so that a name
    // already read as a name is not offered again; built on the pool, as it reads the lexicons.
    if (!m_workspace)
        return;
    m_scorer.reset();
    const quint64 load = ++m_scorerLoads;
    QtConcurrent::run([location = m_workspace->location()] {
        return workspaceScorer(location);
    }).then(this, [this, load](std::shared_ptr<const SentimentScorer> scorer) {
        if (load != m_scorerLoads)
            return;
        m_scorer = std::move(scorer);
        if (m_topicDialog)
            m_topicDialog->setScorer(m_scorer);
    });
}

void SourcesWindow::addTopic() {
    auto *dialog = new TopicDialog(this);
    openTopicDialog(dialog, true);
}

void SourcesWindow::editTopic() {
    const auto current = currentTopic();
    if (!current)
        return;
    auto *dialog = new TopicDialog(this);
    dialog->setTopic(*current);
    openTopicDialog(dialog, false);
}

void SourcesWindow::openTopicDialog(TopicDialog *dialog, bool adding) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_topicDialog = dialog;
    if (m_scorer)
        dialog->setScorer(m_scorer);
    connect(dialog, &QDialog::accepted, this, [this, dialog, adding] {
        const Topic t = dialog->topic();
        const bool asName = dialog->readsNameAsName();
        const QDateTime now = m_workspace ? m_workspace->clock().now() : QDateTime();
        // The topic and its name's term together: neither is kept without the other.
        Job job = [t, adding, asName, now](QSqlDatabase &db) -> Expected<QVariant> {
            Expected<QVariant> saved =
                adding ? asVariant(TopicStore(db).add(t)) : asVariant(TopicStore(db).update(t));
            if (failed(saved) || !asName)
                return saved;
            const auto set = CustomTermStore(db).set(t.name, 0, now);
            if (failed(set))
                return std::get<StorageError>(set);
            return saved;
        };
        QString done =
            adding ? tr("Topic \"%1\" added; new mentions are matched against it.").arg(t.name)
                   : tr("Topic \"%1\" saved.").arg(t.name);
        if (asName)
            done += u' ' + tr("Its name weighs nothing in sentiment now; the stored mentions "
                              "are being scored again.");
        write(std::move(job), done, asName);
    });
    dialog->open();
}

void SourcesWindow::removeTopic() {
    const auto current = currentTopic();
    if (!current)
        return;
    const QString name = current->name;
    confirm(tr("Remove the topic \"%1\"? Its mentions stay, without this topic.").arg(name),
            [this, name] {
                write([name](QSqlDatabase &db) { return asVariant(TopicStore(db).remove(name)); },
                      tr("Topic \"%1\" removed.").arg(name));
            });
}

} // namespace veille::ui
