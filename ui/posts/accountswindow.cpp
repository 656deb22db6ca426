#include "accountswindow.h"

#include "common/labels.h"

#include "net/httpclient.h"
#include "publishing/accountsetup.h"
#include "publishing/secretstore.h"
#include "storage/poststore.h"
#include "storage/writequeue.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace veille::ui {

namespace {
enum Page { Nothing, Mastodon, Bluesky };

QString signInText(const Account &account) {
    if (account.signIn == QLatin1String("oauth"))
        return AccountsWindow::tr("browser sign-in");
    if (account.signIn == QLatin1String("token"))
        return AccountsWindow::tr("access token");
    if (account.signIn == QLatin1String("app-password"))
        return AccountsWindow::tr("app password");
    if (account.signIn == QLatin1String("demo"))
        return AccountsWindow::tr("demo (no secret)");
    return AccountsWindow::tr("unknown");
}
} // namespace

AccountsWindow::AccountsWindow(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_http(new HttpClient(this))
    , m_secrets(new KeychainSecretStore(this))
    , m_setup(new AccountSetup(m_http, m_secrets, this))
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_list(new QTreeWidget)
    , m_forms(new QStackedWidget)
    , m_instance(new QLineEdit)
    , m_token(new QLineEdit)
    , m_handle(new QLineEdit)
    , m_appPassword(new QLineEdit)
    , m_blueskyServer(new QLineEdit(QStringLiteral("https://bsky.social")))
    , m_status(new QLabel)
    , m_link(new QLabel)
    , m_keepForSession(new QPushButton(tr("&Keep for this session only")))
    , m_cancel(new QPushButton(tr("Cancel sign-in"))) {
    setObjectName(QStringLiteral("AccountsWindow"));
    setWindowTitle(tr("Publishing accounts"));
    resize(640, 480);

    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Account"), tr("Network"), tr("Signed in with"), tr("Post length")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *addMastodon = new QPushButton(tr("Add a &Mastodon account…"));
    auto *addBluesky = new QPushButton(tr("Add a &Bluesky account…"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(addMastodon, &QPushButton::clicked, this, &AccountsWindow::showMastodonForm);
    connect(addBluesky, &QPushButton::clicked, this, &AccountsWindow::showBlueskyForm);
    connect(remove, &QPushButton::clicked, this, &AccountsWindow::removeCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addMastodon);
    buttons->addWidget(addBluesky);
    buttons->addStretch();
    buttons->addWidget(remove);

    // Mastodon: the browser first; a hand-made token for machines without one.
    auto *mastodon = new QWidget;
    auto *mastodonForm = new QFormLayout(mastodon);
    m_instance->setPlaceholderText(tr("mastodon.social"));
    mastodonForm->addRow(tr("&Instance:"), m_instance);
    auto *browser = new QPushButton(tr("Sign in with the &browser"));
    browser->setDefault(true);
    connect(browser, &QPushButton::clicked, this, &AccountsWindow::signInWithBrowser);
    mastodonForm->addRow(QString(), browser);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("made in Preferences › Development on the instance"));
    auto *withToken = new QPushButton(tr("Add with this &token"));
    connect(withToken, &QPushButton::clicked, this, &AccountsWindow::addWithToken);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token);
    tokenRow->addWidget(withToken);
    // A layout has no buddy of its own: the label names the token field for its shortcut.
    auto *tokenLabel = new QLabel(tr("Or an access &token:"));
    tokenLabel->setBuddy(m_token);
    mastodonForm->addRow(tokenLabel, tokenRow);

    auto *bluesky = new QWidget;
    auto *blueskyForm = new QFormLayout(bluesky);
    m_handle->setPlaceholderText(tr("brand.bsky.social"));
    blueskyForm->addRow(tr("&Handle:"), m_handle);
    m_appPassword->setEchoMode(QLineEdit::Password);
    m_appPassword->setPlaceholderText(tr("xxxx-xxxx-xxxx-xxxx"));
    blueskyForm->addRow(tr("App &password:"), m_appPassword);
    blueskyForm->addRow(tr("&Server:"), m_blueskyServer);
    auto *help = new QLabel(tr("Make an app password in Bluesky: Settings › Privacy and security "
                               "› App passwords. Never use the account's own password."));
    help->setWordWrap(true);
    blueskyForm->addRow(help);
    auto *addBlueskyButton = new QPushButton(tr("&Add"));
    connect(addBlueskyButton, &QPushButton::clicked, this, &AccountsWindow::addBluesky);
    blueskyForm->addRow(QString(), addBlueskyButton);

    m_forms->addWidget(new QWidget);
    m_forms->addWidget(mastodon);
    m_forms->addWidget(bluesky);
    m_forms->setCurrentIndex(Nothing);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setWordWrap(true);
    m_link->setTextFormat(Qt::RichText);
    m_link->setOpenExternalLinks(true);
    m_link->hide();
    m_keepForSession->hide();
    m_cancel->hide();
    connect(m_keepForSession, &QPushButton::clicked, this, [this] {
        m_keepForSession->hide();
        m_setup->keepForSession();
    });
    connect(m_cancel, &QPushButton::clicked, m_setup, &AccountSetup::cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_keepForSession);
    statusRow->addWidget(m_cancel);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_forms);
    layout->addLayout(statusRow);
    layout->addWidget(m_link);
    layout->addWidget(close);
    m_actions = {addMastodon, addBluesky, remove, browser, withToken, addBlueskyButton};

    connect(m_setup, &AccountSetup::progress, this, [this](const QString &step) { say(step); });
    connect(m_setup, &AccountSetup::authorizationNeeded, this, [this](const QUrl &url) {
        m_link->setText(tr("If the browser did not open, open <a href=\"%1\">this address</a> "
                           "in it.")
                            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        m_link->show();
        m_cancel->show();
        m_openBrowser(url);
    });
    connect(m_setup, &AccountSetup::failed, this, [this](const QString &reason) {
        setBusy(false);
        say(tr("The account was not added: %1").arg(reason), true);
    });
    connect(m_setup, &AccountSetup::secretNotKept, this, [this](const QString &reason) {
        say(tr("The secret cannot go to the keychain: %1. Keep it for this session only (you "
               "will sign in again next time), or cancel.")
                .arg(reason),
            true);
        m_keepForSession->show();
        m_cancel->show();
    });
    connect(m_setup, &AccountSetup::ready, this, &AccountsWindow::store);
    connect(m_setup, &AccountSetup::forgotten, this,
            [this](const QString &name, const QString &warning) {
                say(warning.isEmpty() ? tr("%1 is removed; its access is revoked.").arg(name)
                                      : tr("%1 is removed. Note: %2").arg(name, warning),
                    !warning.isEmpty());
            });
    connect(m_workspace->reader(), &WorkspaceReader::accountsFetched, this,
            [this](quint64 ticket, const QList<veille::Account> &accounts) {
                if (ticket != m_ticket)
                    return;
                m_accounts = accounts;
                m_list->clear();
                for (const Account &a : accounts) {
                    auto *item = new QTreeWidgetItem(
                        m_list, {a.name, networkLabel(a.network), signInText(a),
                                 a.maxCharacters > 0 ? QLocale().toString(a.maxCharacters)
                                                     : tr("network default")});
                    item->setData(0, Qt::UserRole, a.name);
                }
            });
    refresh();
}

void AccountsWindow::refresh() {
    m_ticket = m_workspace->reader()->requestAccounts();
}

void AccountsWindow::showMastodonForm() {
    m_forms->setCurrentIndex(Mastodon);
    m_instance->setFocus();
}

void AccountsWindow::showBlueskyForm() {
    m_forms->setCurrentIndex(Bluesky);
    m_handle->setFocus();
}

void AccountsWindow::setBusy(bool busy) {
    for (QWidget *action : std::as_const(m_actions))
        action->setEnabled(!busy);
    if (!busy) {
        m_cancel->hide();
        m_keepForSession->hide();
        m_link->hide();
    }
}

void AccountsWindow::say(const QString &text, bool problem) {
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

void AccountsWindow::signInWithBrowser() {
    if (m_instance->text().trimmed().isEmpty()) {
        say(tr("Write the instance's address first, for example mastodon.social."), true);
        return;
    }
    setBusy(true);
    m_setup->signInMastodon(m_instance->text());
}

void AccountsWindow::addWithToken() {
    if (m_instance->text().trimmed().isEmpty() || m_token->text().trimmed().isEmpty()) {
        say(tr("Write the instance's address and paste the access token."), true);
        return;
    }
    setBusy(true);
    m_setup->addMastodonToken(m_instance->text(), m_token->text().trimmed());
    m_token->clear();
}

void AccountsWindow::addBluesky() {
    if (m_handle->text().trimmed().isEmpty() || m_appPassword->text().isEmpty()) {
        say(tr("Write the handle and the app password."), true);
        return;
    }
    setBusy(true);
    m_setup->addBluesky(m_blueskyServer->text(), m_handle->text(), m_appPassword->text());
    m_appPassword->clear();
}

void AccountsWindow::store(const Account &account) {
    m_workspace->writer()->submit(
        [account](QSqlDatabase &db) -> Expected<QVariant> {
            const auto added = AccountStore(db).add(account);
            if (failed(added))
                return std::get<StorageError>(added);
            return QVariant(std::get<qint64>(added));
        },
        this,
        [this, account](const QVariant &) {
            setBusy(false);
            m_forms->setCurrentIndex(Nothing);
            say(tr("%1 is added; Veille can publish with it.").arg(account.name));
            refresh();
            Q_EMIT accountsChanged();
        },
        [this](const QString &reason) {
            setBusy(false);
            say(tr("The account was not added: %1").arg(reason), true);
        });
}

void AccountsWindow::removeCurrent() {
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(0, Qt::UserRole).toString();
    Account account;
    for (const Account &a : std::as_const(m_accounts))
        if (a.name == name)
            account = a;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Remove the account"),
                                tr("Remove %1? Veille will no longer publish with it, and its "
                                   "sent posts leave the queue.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, account](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_workspace->writer()->submit(
            [name = account.name](QSqlDatabase &db) -> Expected<QVariant> {
                const auto removed = AccountStore(db).remove(name);
                if (failed(removed))
                    return std::get<StorageError>(removed);
                return QVariant(true);
            },
            this,
            [this, account](const QVariant &) {
                refresh();
                Q_EMIT accountsChanged();
                m_setup->forget(account);
            },
            [this](const QString &reason) {
                say(tr("The account was not removed: %1").arg(reason), true);
            });
    });
    ask->open();
}

} // namespace veille::ui
