#include "mainwindow.h"

#include "analytics/alerttitle.h"

#include "analytics/alertstore.h"
#include "community/authorlistmodel.h"
#include "community/communitydock.h"
#include "demo/demowriter.h"
#include "dialogs/preferencesdialog.h"
#include "listening/collectorservice.h"
#include "mentions/mentiondetail.h"
#include "mentions/mentionlistmodel.h"
#include "mentions/mentionsdock.h"
#include "overview/overviewview.h"
#include "overview/welcomeview.h"
#include "posts/accountswindow.h"
#include "posts/postlistmodel.h"
#include "posts/postsdock.h"
#include "report/reportdialog.h"
#include "sentiment/rescorer.h"
#include "sentiment/sentimentdock.h"
#include "sentiment/vocabularywindow.h"
#include "settings/settings.h"
#include "sources/sourceswindow.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent>

namespace veille::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget)
    , m_welcome(new WelcomeView)
    , m_overview(new OverviewView)
    , m_mentions(new MentionsDock(this))
    , m_sentiment(new SentimentDock(this))
    , m_community(new CommunityDock(this))
    , m_posts(new PostsDock(this))
    , m_workspaceLabel(new QLabel) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("Veille"));
    m_rescoreSoon = new QTimer(this);
    m_rescoreSoon->setSingleShot(true);
    m_rescoreSoon->setInterval(8000);
    connect(m_rescoreSoon, &QTimer::timeout, this, [this] {
        if (!m_rescorer)
            return;
        if (m_rescorer->isRunning())
            m_rescoreAgain = true;
        else
            m_rescorer->start();
    });
    setWindowIcon(QIcon(QStringLiteral(":/veille/icons/veille.svg")));
    m_central->addWidget(m_overview);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);
    setDockNestingEnabled(true);

    addDockWidget(Qt::RightDockWidgetArea, m_mentions);
    addDockWidget(Qt::BottomDockWidgetArea, m_sentiment);
    addDockWidget(Qt::BottomDockWidgetArea, m_community);
    splitDockWidget(m_sentiment, m_community, Qt::Horizontal);
    tabifyDockWidget(m_community, m_posts);
    m_community->raise();
    resize(1500, 940);
    resizeDocks({m_mentions}, {860}, Qt::Horizontal);
    resizeDocks({m_sentiment}, {340}, Qt::Vertical);
    m_defaultState = saveState(kLayoutVersion);

    createMenus();
    statusBar()->addPermanentWidget(m_workspaceLabel);

    Settings settings;
    restoreGeometry(settings.windowGeometry());
    const QByteArray state = settings.windowState(kLayoutVersion);
    if (!state.isEmpty())
        restoreState(state, kLayoutVersion);

    // A click on the sentiment chart reads that slice in the stream.
    connect(m_sentiment, &SentimentDock::sliceChosen, this,
            [this](const QDateTime &since, const QDateTime &until, veille::SentimentLabel label,
                   const QString &topic) {
                m_mentions->show();
                m_mentions->showSlice(
                    since, until,
                    label == SentimentLabel::Unknown ? std::nullopt : std::optional(label), topic);
            });
    // The Community panel's "their mentions" reads them in the stream.
    connect(m_community, &CommunityDock::mentionsRequested, this,
            [this](const QString &authorId, const QString &name) {
                m_mentions->show();
                m_mentions->showAuthor(authorId, name);
            });
    connect(m_mentions, &MentionsDock::exported, this, [this](const QString &path, qint64 count) {
        statusBar()->showMessage(tr("%n mention(s) exported to %1", nullptr, int(count))
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    connect(m_mentions, &MentionsDock::replyRequested, m_posts, &PostsDock::composeReply);
    connect(m_mentions, &MentionsDock::exportFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("The export failed: %1").arg(reason), 15000);
    });
    connect(m_community, &CommunityDock::exported, this, [this](const QString &path, qint64 count) {
        statusBar()->showMessage(tr("%n member(s) exported to %1", nullptr, int(count))
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    connect(m_posts, &PostsDock::exported, this, [this](const QString &path, qint64 count) {
        statusBar()->showMessage(tr("%n post(s) exported to %1", nullptr, int(count))
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
    });
    connect(m_posts, &PostsDock::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_posts, &PostsDock::postsChanged, this, [this](bool now) {
        if (now && m_collector)
            m_collector->publishNow();
    });
    connect(m_posts, &PostsDock::exportFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("The export failed: %1").arg(reason), 15000);
    });
    connect(m_community, &CommunityDock::exportFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("The export failed: %1").arg(reason), 15000);
    });
    connect(m_welcome, &WelcomeView::addSourceRequested, this, &MainWindow::addSource);
    connect(m_welcome, &WelcomeView::demoRequested, this, &MainWindow::exploreDemo);
}

MainWindow::~MainWindow() {
    setWorkspace(nullptr);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceFile);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Explore the &demo workspace"), this, &MainWindow::exploreDemo);
    file->addSeparator();
    QAction *report = file->addAction(tr("&Export report…"), this, &MainWindow::exportReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    file->addSeparator();
    file->addSeparator();
    file->addSeparator();
    QMenu *listening = menuBar()->addMenu(tr("&Listening"));
    QAction *sources =
        listening->addAction(tr("&Sources and topics…"), this, [this] { showSources(); });
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    listening->addAction(tr("Add a &source…"), this, &MainWindow::addSource);
    listening->addAction(tr("Add a &topic…"), this, &MainWindow::addTopic);
    listening->addSeparator();
    listening->addAction(tr("Brand &vocabulary…"), this, [this] { showVocabulary(); });
    QMenu *publishing = menuBar()->addMenu(tr("&Publishing"));
    QAction *newPost = publishing->addAction(tr("&New post…"), this, [this] {
        m_posts->show();
        m_posts->raise();
        m_posts->compose();
    });
    newPost->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    publishing->addAction(tr("&Calendar"), this, [this] {
        m_posts->show();
        m_posts->raise();
        m_posts->showView(PostsDock::View::Week);
    });
    publishing->addAction(tr("&Accounts…"), this, [this] { showAccounts(); });
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_mentions), static_cast<QDockWidget *>(m_sentiment),
          static_cast<QDockWidget *>(m_community), static_cast<QDockWidget *>(m_posts)})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Veille"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::resetLayout() {
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        dock->setFloating(false);
        dock->show();
    }
    restoreState(m_defaultState, kLayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    Settings settings;
    if (isVisible())
        settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState(kLayoutVersion), kLayoutVersion);
    QMainWindow::closeEvent(event);
}

void MainWindow::openWorkspace(const WorkspaceLocation &location) {
    const quint64 generation = ++m_openGeneration;
    statusBar()->showMessage(tr("Opening %1…").arg(location.displayName()));
    QPointer<MainWindow> self(this);
    auto future = QtConcurrent::run([location] { return Workspace::prepare(location); });
    future.then(this, [this, self, location, generation](std::optional<StorageError> error) {
        if (!self || generation != m_openGeneration)
            return;
        statusBar()->clearMessage();
        if (error) {
            showError(tr("Cannot open the workspace"), error->message);
            Q_EMIT workspaceFailed(error->message);
            return;
        }
        setWorkspace(std::make_unique<Workspace>(location));
        Settings().setLastWorkspace(location.toString());
        Q_EMIT workspaceOpened();
    });
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace) {
    if (m_sources)
        m_sources->close();
    if (m_accounts)
        m_accounts->close();
    if (m_vocabulary)
        m_vocabulary->close();
    m_rescorer.reset();
    m_collector.reset(); // stops polling before the old workspace's writer goes
    for (WorkspacePanel *panel : std::initializer_list<WorkspacePanel *>{
             m_mentions, m_sentiment, m_community, m_posts, m_overview})
        panel->setWorkspace(workspace.get());
    m_workspace = std::move(workspace);
    if (!m_workspace) {
        m_workspaceLabel->clear();
        return;
    }
    m_workspaceLabel->setText(m_workspace->location().displayName());
    setWindowFilePath(m_workspace->location().filePath());
    connect(m_workspace->reader(), &WorkspaceReader::summaryFetched, this,
            [this](quint64 ticket, const veille::WorkspaceSummary &summary) {
                if (ticket != m_summaryTicket)
                    return;
                const bool empty = summary.mentions == 0 && summary.sources == 0;
                m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_overview);
                Q_EMIT centralViewChanged();
            });
    connect(m_workspace.get(), &Workspace::writeFailed, this,
            [this](quint64, const QString &reason) { showError(tr("Could not save"), reason); });
    // Alert rules used to be each person's; a workspace without rules of its own takes the
    // ones this person had set.
    if (Settings().hasAlertRules()) {
        m_workspace->writer()->submit(
            [rules = Settings().alertRules()](QSqlDatabase &db) -> Expected<QVariant> {
                AlertStore store(db);
                const auto has = store.hasRules();
                if (failed(has))
                    return std::get<StorageError>(has);
                if (!std::get<bool>(has)) {
                    const auto set = store.setRules(rules);
                    if (failed(set))
                        return std::get<StorageError>(set);
                }
                return QVariant(true);
            });
    }
    m_collector = std::make_unique<CollectorService>(m_workspace.get());
    // What the engine learns (corrections, the brand's vocabulary) is applied to the stored
    // mentions too, in the background.
    m_rescorer = std::make_unique<Rescorer>(m_workspace->location(), m_workspace->writer(),
                                            m_workspace->clock());
    connect(m_rescorer.get(), &Rescorer::progress, this, [this](qint64 done, qint64 total) {
        statusBar()->showMessage(tr("Scoring the workspace again with what Veille learnt: %1 %")
                                     .arg(total > 0 ? done * 100 / total : 100),
                                 5000);
    });
    connect(m_rescorer.get(), &Rescorer::finished, this, [this](qint64 changed, qint64 total) {
        statusBar()->showMessage(
            tr("Workspace scored again: %1 of %2 mentions read differently now")
                .arg(QLocale().toString(changed), QLocale().toString(total)),
            10000);
        // The mention read explains itself with the vocabulary the workspace was scored with.
        if (m_workspace)
            m_mentions->detail()->setVocabulary(m_workspace->location());
        if (changed > 0) {
            m_mentions->model()->setQuery(m_mentions->model()->query());
            m_sentiment->reload();
            m_community->model()->reload();
            m_overview->reload();
        }
        if (std::exchange(m_rescoreAgain, false))
            m_rescoreSoon->start();
    });
    connect(m_rescorer.get(), &Rescorer::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("The workspace was not scored again: %1").arg(reason), 15000);
    });
    connect(m_collector.get(), &CollectorService::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_collector.get(), &CollectorService::sourceStatusChanged, this,
            [this](const veille::SourceStatus &s) {
                if (s.status == u"error" || s.status == u"needs_sign_in")
                    statusBar()->showMessage(tr("%1: %2").arg(s.name, s.lastError), 10000);
            });
    m_collector->setPublishGrace(qint64(Settings().publishGraceMinutes()) * 60);
    m_collector->start();
    connect(m_collector.get(), &CollectorService::alertsRaised, this, &MainWindow::notify);
    // The queue shows what the publisher did as it does it.
    connect(m_collector.get(), &CollectorService::postSent, this,
            [this](qint64 id, const QString &url) {
                m_posts->model()->reload();
                statusBar()->showMessage(tr("Post %1 published: %2").arg(id).arg(url), 10000);
            });
    connect(m_collector.get(), &CollectorService::postFailed, this,
            [this](qint64 id, const QString &reason) {
                m_posts->model()->reload();
                statusBar()->showMessage(tr("Post %1 was not published: %2").arg(id).arg(reason),
                                         30000);
            });
    connect(m_collector.get(), &CollectorService::metricsUpdated, m_posts->model(),
            &PostListModel::reload);
    // What the manager corrects teaches the engine scoring the next mentions.
    connect(m_mentions, &MentionsDock::sentimentCorrected, m_rescoreSoon,
            qOverload<>(&QTimer::start), Qt::UniqueConnection);
    connect(m_mentions, &MentionsDock::sentimentCorrected, m_collector.get(),
            &CollectorService::reload, Qt::UniqueConnection);
    chooseCentralView();
}

void MainWindow::chooseCentralView() {
    if (m_workspace)
        m_summaryTicket = m_workspace->reader()->requestSummary();
}

bool MainWindow::isShowingWelcome() const {
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::showError(const QString &title, const QString &message) {
    // open(), not exec(): the window keeps running while the message is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

VocabularyWindow *MainWindow::showVocabulary() {
    if (!m_workspace)
        return nullptr;
    if (!m_vocabulary) {
        m_vocabulary = new VocabularyWindow(m_workspace.get(), this);
        m_vocabulary->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_vocabulary, &VocabularyWindow::vocabularyChanged, this, [this] {
            if (m_collector)
                m_collector->reload(); // new mentions are scored with the new terms at once
            m_rescoreSoon->start();
        });
        connect(m_vocabulary, &VocabularyWindow::rescoreRequested, this, [this] {
            m_rescoreSoon->stop();
            if (m_rescorer && m_rescorer->isRunning())
                m_rescoreAgain = true;
            else if (m_rescorer)
                m_rescorer->start();
        });
    }
    m_vocabulary->show();
    m_vocabulary->raise();
    m_vocabulary->activateWindow();
    return m_vocabulary;
}

AccountsWindow *MainWindow::showAccounts() {
    if (!m_workspace)
        return nullptr;
    if (!m_accounts) {
        m_accounts = new AccountsWindow(m_workspace.get(), this);
        m_accounts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accounts->show();
    m_accounts->raise();
    m_accounts->activateWindow();
    return m_accounts;
}

SourcesWindow *MainWindow::showSources() {
    if (!m_workspace)
        return nullptr;
    if (!m_sources) {
        m_sources = new SourcesWindow(m_workspace.get(), m_collector.get(), this);
        m_sources->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_sources, &SourcesWindow::listeningChanged, this, [this] {
            chooseCentralView();
            m_mentions->refreshTopics();
        });
        // A topic's name read as a name: the stored mentions are scored again (the collector
        // reloads its terms with the topics).
        connect(m_sources, &SourcesWindow::vocabularyChanged, this, [this] {
            m_rescoreSoon->start();
            if (m_vocabulary)
                m_vocabulary->refresh();
        });
    }
    m_sources->show();
    m_sources->raise();
    m_sources->activateWindow();
    return m_sources;
}

void MainWindow::addSource() {
    if (SourcesWindow *window = showSources())
        window->addSource();
}

void MainWindow::addTopic() {
    if (SourcesWindow *window = showSources()) {
        window->tabs()->setCurrentIndex(1);
        window->addTopic();
    }
}

void MainWindow::exploreDemo() {
    const WorkspaceLocation demo =
        WorkspaceLocation::fromString(WorkspaceLocation::demoSqlitePath());
    if (QFileInfo::exists(demo.filePath())) {
        openWorkspace(demo);
        return;
    }
    m_welcome->setDemoBusy(true, tr("Preparing the demo workspace…"));
    QPointer<MainWindow> self(this);
    auto future = QtConcurrent::run([demo, self] {
        return demo::writeDemo(demo, {}, [self](int day, int all) {
            QMetaObject::invokeMethod(
                self.get(),
                [self, day, all] {
                    if (self)
                        self->m_welcome->setDemoBusy(
                            true,
                            tr("Preparing the demo workspace… day %1 of %2").arg(day).arg(all));
                },
                Qt::QueuedConnection);
        });
    });
    future.then(this, [this, demo](const Expected<demo::DemoResult> &result) {
        m_welcome->setDemoBusy(false);
        if (failed(result)) {
            showError(tr("Could not create the demo"), std::get<StorageError>(result).message);
            return;
        }
        openWorkspace(demo);
    });
}

void MainWindow::newWorkspace() {
    auto *dialog = new QFileDialog(this, tr("New workspace"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Veille workspaces (*.sqlite)"));
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { openWorkspace(WorkspaceLocation::fromString(path)); });
    dialog->open();
}

void MainWindow::openWorkspaceFile() {
    auto *dialog = new QFileDialog(this, tr("Open workspace"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Veille workspaces (*.sqlite);;All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { openWorkspace(WorkspaceLocation::fromString(path)); });
    dialog->open();
}

void MainWindow::exportReport() {
    if (!m_workspace) {
        statusBar()->showMessage(tr("Open a workspace first."), 5000);
        return;
    }
    auto *dialog = new ReportDialog(m_workspace.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences() {
    auto *dialog = new PreferencesDialog(m_workspace.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_collector)
            m_collector->setPublishGrace(qint64(Settings().publishGraceMinutes()) * 60);
    });
    dialog->open();
}

void MainWindow::notify(const QList<Alert> &alerts) {
    m_overview->reload();
    QStringList titles;
    for (const Alert &alert : alerts)
        titles.append(alertTitle(alert));
    const QString text = titles.join(u'\n');
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        statusBar()->showMessage(tr("Alert: %1").arg(titles.join(QStringLiteral(" · "))), 30000);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Veille"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    m_tray->show();
    m_tray->showMessage(tr("Veille: %n alert(s)", nullptr, int(alerts.size())), text,
                        QSystemTrayIcon::Warning);
}

void MainWindow::showAbout() {
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Veille"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setText(tr("<b>Veille %1</b>").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(tr("Social listening and community management on your desktop. "
                               "Your data stays on your computer."));
    box->open();
}

} // namespace veille::ui
