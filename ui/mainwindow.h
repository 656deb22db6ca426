#pragma once

#include "analytics/spikedetector.h"
#include "storage/storageerror.h"
#include "storage/workspacelocation.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;
class QSystemTrayIcon;

namespace veille {
class Rescorer;
class CollectorService;
class Workspace;
} // namespace veille

namespace veille::ui {

class CommunityDock;
class MentionsDock;
class OverviewView;
class PostsDock;
class SentimentDock;
class AccountsWindow;
class VocabularyWindow;
class SourcesWindow;
class WelcomeView;

// The one window: Overview in the middle, four docks around it. Opens workspaces in the
// background and hands them to every panel; never touches SQL itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kLayoutVersion = 1;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Prepares (creates, migrates) the workspace on a pool thread, then shows it.
    void openWorkspace(const WorkspaceLocation &location);
    Workspace *workspace() const { return m_workspace.get(); }
    void resetLayout();
    void exploreDemo();

    MentionsDock *mentionsDock() const { return m_mentions; }
    SentimentDock *sentimentDock() const { return m_sentiment; }
    CommunityDock *communityDock() const { return m_community; }
    PostsDock *postsDock() const { return m_posts; }
    WelcomeView *welcomeView() const { return m_welcome; }
    OverviewView *overviewView() const { return m_overview; }
    bool isShowingWelcome() const;
    CollectorService *collector() const { return m_collector.get(); }
    // Opens (or raises) the Sources and topics window.
    SourcesWindow *showSources();
    AccountsWindow *showAccounts();
    VocabularyWindow *showVocabulary();
    Rescorer *rescorer() const { return m_rescorer.get(); }

Q_SIGNALS:
    void workspaceOpened();
    void workspaceFailed(const QString &message);
    void centralViewChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void chooseCentralView();
    void showError(const QString &title, const QString &message);
    void addSource();
    void addTopic();
    void newWorkspace();
    void openWorkspaceFile();
    void showPreferences();
    void exportReport();
    void showAbout();
    void notify(const QList<veille::Alert> &alerts);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CollectorService> m_collector; // before the workspace it writes to goes
    std::unique_ptr<Rescorer> m_rescorer;          // likewise
    QTimer *m_rescoreSoon = nullptr; // corrections and new terms come in bursts: wait a moment
    bool m_rescoreAgain = false;     // something changed while a pass was running
    QPointer<SourcesWindow> m_sources;
    QPointer<AccountsWindow> m_accounts;
    QPointer<VocabularyWindow> m_vocabulary;
    QStackedWidget *m_central;
    WelcomeView *m_welcome;
    OverviewView *m_overview;
    MentionsDock *m_mentions;
    SentimentDock *m_sentiment;
    CommunityDock *m_community;
    PostsDock *m_posts;
    QLabel *m_workspaceLabel;
    QSystemTrayIcon *m_tray = nullptr; // made when the first alert comes, where a tray exists
    QByteArray m_defaultState;
    quint64 m_summaryTicket = 0;
    quint64 m_openGeneration = 0;
};

} // namespace veille::ui
