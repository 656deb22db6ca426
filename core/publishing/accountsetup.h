#pragma once

#include "model/account.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace veille {

class HttpClient;
struct HttpResponse;
class SecretStore;

// Adds a publishing account, the same way from the app and from `veille account add`: checks
// the credentials with the server, reads what the server allows (Mastodon's
// /api/v2/instance), keeps the secrets in the keychain, and then says `ready` with the account
// for the caller to store. Nothing is kept when a step fails.
//
// Mastodon signs in through the system browser: Veille registers itself on the instance
// (/api/v1/apps) with a loopback redirect address, the manager approves in the browser, the
// code comes back to that address and is exchanged for a token — with PKCE (S256) when the
// instance's /.well-known/oauth-authorization-server offers it. QtNetworkAuth does the flow;
// PKCE is added to its parameters by hand because Qt 6.4's flow does not know it.
class AccountSetup : public QObject {
    Q_OBJECT
public:
    AccountSetup(HttpClient *http, SecretStore *secrets, QObject *parent = nullptr);
    ~AccountSetup() override;

    void signInMastodon(const QString &instanceUrl);
    void addMastodonToken(const QString &instanceUrl, const QString &token);
    void addBluesky(const QString &serverUrl, const QString &handle, const QString &appPassword);
    // Stops waiting for the browser.
    void cancel();
    // After secretNotKept: keeps the secret in this process only, and goes on.
    void keepForSession();
    // Ends an account's access: revokes a Mastodon browser sign-in's token on its instance and
    // takes its secrets out of the keychain; `forgotten` says what could not be done.
    void forget(const Account &account);

    // The loopback address the browser comes back to (tests and the CLI's message use it).
    QUrl redirectUrl() const;

Q_SIGNALS:
    // The page to open in the browser; the app opens it, the CLI prints it.
    void authorizationNeeded(const QUrl &url);
    void progress(const QString &step);
    void ready(const veille::Account &account);
    void failed(const QString &reason);
    // The keychain refused (no backend, locked…): the caller may keepForSession() or give up.
    void secretNotKept(const QString &reason);
    void forgotten(const QString &name, const QString &warning);

private:
    void verifyMastodon(const QString &token);
    void readInstanceLimits();
    void keepSecrets();
    void fail(const QString &reason);
    void fail(const QString &what, const HttpResponse &response);
    void startBrowserFlow(bool pkce);
    void finishOAuthObjects();

    HttpClient *m_http;
    SecretStore *m_secrets;
    Account m_account;
    QString m_secret;       // the token or app password being added
    QString m_clientSecret; // the OAuth application's, for revocation later
    QString m_verifier;     // PKCE
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QNetworkAccessManager *m_oauthNetwork = nullptr;
    bool m_done = false;
};

} // namespace veille
