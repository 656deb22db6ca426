#pragma once

#include "model/account.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace veille {
class AccountSetup;
class HttpClient;
class KeychainSecretStore;
class Workspace;
} // namespace veille

namespace veille::ui {

// The brand's publishing accounts: add a Mastodon account through the browser (or with an
// access token), a Bluesky account with an app password, remove one (its token revoked where
// the network allows it). Secrets go to the OS keychain; when there is none the window says
// so and offers to keep the secret for this session only. Non-modal; nothing waits on the
// GUI thread.
class AccountsWindow : public QDialog {
    Q_OBJECT
public:
    explicit AccountsWindow(Workspace *workspace, QWidget *parent = nullptr);

    void refresh();
    void showMastodonForm();
    void showBlueskyForm();
    void signInWithBrowser();
    void addWithToken();
    void addBluesky();
    void removeCurrent();
    // Opens the browser on the instance's approval page; tests replace it.
    void setBrowserOpener(std::function<void(const QUrl &)> open) {
        m_openBrowser = std::move(open);
    }

    QTreeWidget *list() const { return m_list; }
    QLabel *status() const { return m_status; }
    QPushButton *keepForSessionButton() const { return m_keepForSession; }
    QLineEdit *instanceEdit() const { return m_instance; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *handleEdit() const { return m_handle; }
    QLineEdit *appPasswordEdit() const { return m_appPassword; }
    QLineEdit *blueskyServerEdit() const { return m_blueskyServer; }

Q_SIGNALS:
    void accountsChanged();

private:
    void setBusy(bool busy);
    void say(const QString &text, bool problem = false);
    void store(const Account &account);

    Workspace *m_workspace;
    HttpClient *m_http;
    KeychainSecretStore *m_secrets;
    AccountSetup *m_setup;
    QList<Account> m_accounts;
    quint64 m_ticket = 0;
    std::function<void(const QUrl &)> m_openBrowser;
    QTreeWidget *m_list;
    QStackedWidget *m_forms;
    QLineEdit *m_instance;
    QLineEdit *m_token;
    QLineEdit *m_handle;
    QLineEdit *m_appPassword;
    QLineEdit *m_blueskyServer;
    QLabel *m_status;
    QLabel *m_link;
    QPushButton *m_keepForSession;
    QPushButton *m_cancel;
    QList<QWidget *> m_actions; // disabled while a sign-in runs
};

} // namespace veille::ui
