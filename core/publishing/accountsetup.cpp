#include "accountsetup.h"

#include "net/httpclient.h"
#include "publishing/postformat.h"
#include "publishing/secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace veille {

namespace {

QString trimmedBase(QString url) {
    url = url.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    if (!url.isEmpty() && !url.contains(QLatin1String("://")))
        url.prepend(QLatin1String("https://"));
    return url;
}

QString clientKey(const QString &accountName) {
    return SecretStore::accountKey(accountName) + QStringLiteral("/client");
}

QByteArray form(const QList<QPair<QString, QString>> &fields) {
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query.toString(QUrl::FullyEncoded).toLatin1();
}

// A PKCE verifier: 64 characters from the unreserved set (RFC 7636 asks for 43 to 128).
QString makeVerifier() {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QString verifier;
    for (int i = 0; i < 64; ++i)
        verifier += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(66)]);
    return verifier;
}

QString challengeOf(const QString &verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString serverWords(const HttpResponse &response) {
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString said =
        body.value(QLatin1String("error_description"))
            .toString(body.value(QLatin1String("message"))
                          .toString(body.value(QLatin1String("error")).toString()));
    return said.isEmpty() ? response.error : said;
}

} // namespace

AccountSetup::AccountSetup(HttpClient *http, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_secrets(secrets) {}

AccountSetup::~AccountSetup() = default;

QUrl AccountSetup::redirectUrl() const {
    return m_replyHandler ? QUrl(m_replyHandler->callback()) : QUrl();
}

void AccountSetup::fail(const QString &reason) {
    if (m_done)
        return;
    m_done = true;
    m_secret.clear();
    m_clientSecret.clear();
    finishOAuthObjects();
    Q_EMIT failed(reason);
}

void AccountSetup::fail(const QString &what, const HttpResponse &response) {
    fail(QCoreApplication::translate("AccountSetup", "%1: %2").arg(what, serverWords(response)));
}

void AccountSetup::finishOAuthObjects() {
    if (m_flow)
        m_flow->deleteLater();
    if (m_replyHandler) {
        m_replyHandler->close();
        m_replyHandler->deleteLater();
    }
    if (m_oauthNetwork)
        m_oauthNetwork->deleteLater();
    m_oauthNetwork = nullptr;
}

void AccountSetup::cancel() {
    fail(QCoreApplication::translate("AccountSetup", "signing in was cancelled"));
}

void AccountSetup::addMastodonToken(const QString &instanceUrl, const QString &token) {
    m_done = false;
    m_account = {};
    m_account.network = QStringLiteral("mastodon");
    m_account.baseUrl = trimmedBase(instanceUrl);
    m_account.signIn = QStringLiteral("token");
    if (!QUrl(m_account.baseUrl).isValid() || QUrl(m_account.baseUrl).host().isEmpty()) {
        fail(QCoreApplication::translate("AccountSetup",
                                         "the instance's address is not a web address"));
        return;
    }
    verifyMastodon(token);
}

void AccountSetup::signInMastodon(const QString &instanceUrl) {
    m_done = false;
    m_account = {};
    m_account.network = QStringLiteral("mastodon");
    m_account.baseUrl = trimmedBase(instanceUrl);
    m_account.signIn = QStringLiteral("oauth");
    if (!QUrl(m_account.baseUrl).isValid() || QUrl(m_account.baseUrl).host().isEmpty()) {
        fail(QCoreApplication::translate("AccountSetup",
                                         "the instance's address is not a web address"));
        return;
    }
    // The browser comes back to this process on a loopback port chosen now, which the
    // application registered on the instance must name exactly.
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replyHandler->isListening()) {
        fail(QCoreApplication::translate("AccountSetup",
                                         "no local port is free to receive the browser's answer"));
        return;
    }
    m_replyHandler->setCallbackText(QCoreApplication::translate(
        "AccountSetup", "Veille is signed in. You can close this page and go back to Veille."));
    Q_EMIT progress(
        QCoreApplication::translate("AccountSetup", "Registering Veille on the instance…"));
    HttpRequest apps;
    apps.url = QUrl(m_account.baseUrl + QStringLiteral("/api/v1/apps"));
    apps.method = "POST";
    apps.idempotent = false;
    apps.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    apps.body = form({{QStringLiteral("client_name"), QStringLiteral("Veille")},
                      {QStringLiteral("redirect_uris"), m_replyHandler->callback()},
                      {QStringLiteral("scopes"), QStringLiteral("read write")},
                      {QStringLiteral("website"), QStringLiteral("https://veille.app")}});
    HttpCall *call = m_http->send(apps);
    connect(call, &HttpCall::finished, this, [this](const HttpResponse &response) {
        const QJsonObject app = QJsonDocument::fromJson(response.body).object();
        m_account.clientId = app.value(QLatin1String("client_id")).toString();
        m_clientSecret = app.value(QLatin1String("client_secret")).toString();
        if (!response.ok() || m_account.clientId.isEmpty()) {
            fail(
                QCoreApplication::translate("AccountSetup", "the instance did not register Veille"),
                response);
            return;
        }
        // PKCE when the instance says it takes it (Mastodon 4.3 and later).
        HttpRequest metadata;
        metadata.url =
            QUrl(m_account.baseUrl + QStringLiteral("/.well-known/oauth-authorization-server"));
        metadata.maxAttempts = 1;
        HttpCall *discovery = m_http->send(metadata);
        connect(discovery, &HttpCall::finished, this, [this](const HttpResponse &r) {
            const QJsonArray methods = QJsonDocument::fromJson(r.body)
                                           .object()
                                           .value(QLatin1String("code_challenge_methods_supported"))
                                           .toArray();
            startBrowserFlow(r.ok() && methods.contains(QStringLiteral("S256")));
        });
    });
}

void AccountSetup::startBrowserFlow(bool pkce) {
    if (m_done)
        return;
    m_oauthNetwork = new QNetworkAccessManager(this);
    m_flow = new QOAuth2AuthorizationCodeFlow(m_oauthNetwork, this);
    m_flow->setAuthorizationUrl(QUrl(m_account.baseUrl + QStringLiteral("/oauth/authorize")));
    m_flow->setAccessTokenUrl(QUrl(m_account.baseUrl + QStringLiteral("/oauth/token")));
    m_flow->setClientIdentifier(m_account.clientId);
    m_flow->setClientIdentifierSharedKey(m_clientSecret);
    m_flow->setScope(QStringLiteral("read write"));
    m_flow->setReplyHandler(m_replyHandler);
    if (pkce) {
        m_verifier = makeVerifier();
        const QString verifier = m_verifier;
        m_flow->setModifyParametersFunction([verifier](QAbstractOAuth::Stage stage,
                                                       QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), challengeOf(verifier));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), verifier);
            }
        });
    }
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        Q_EMIT progress(QCoreApplication::translate("AccountSetup",
                                                    "Waiting for the approval in the browser…"));
        Q_EMIT authorizationNeeded(url);
    });
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(QCoreApplication::translate("AccountSetup", "the instance refused: %1")
                         .arg(description.isEmpty() ? error : description));
            });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        fail(QCoreApplication::translate("AccountSetup",
                                         "the token could not be obtained from the instance"));
    });
    // Qt 6.4's reply handler only logs a refused token request; the refusal is read here.
    connect(m_oauthNetwork, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (reply->error() == QNetworkReply::NoError || !m_flow ||
            reply->url().adjusted(QUrl::RemoveQuery) != m_flow->accessTokenUrl())
            return;
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.error = reply->errorString();
        fail(QCoreApplication::translate("AccountSetup", "the instance did not give a token"),
             response);
    });
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        const QString token = m_flow->token();
        finishOAuthObjects();
        verifyMastodon(token);
    });
    m_flow->grant();
}

void AccountSetup::verifyMastodon(const QString &token) {
    if (m_done)
        return;
    m_secret = token;
    Q_EMIT progress(QCoreApplication::translate("AccountSetup", "Checking the account…"));
    HttpRequest check;
    check.url = QUrl(m_account.baseUrl + QStringLiteral("/api/v1/accounts/verify_credentials"));
    check.headers = {{"Authorization", "Bearer " + token.toUtf8()}};
    HttpCall *call = m_http->send(check);
    connect(call, &HttpCall::finished, this, [this](const HttpResponse &response) {
        const QJsonObject who = QJsonDocument::fromJson(response.body).object();
        const QString acct = who.value(QLatin1String("acct")).toString();
        if (!response.ok() || acct.isEmpty()) {
            fail(QCoreApplication::translate("AccountSetup", "%1 refused the credentials")
                     .arg(QUrl(m_account.baseUrl).host()),
                 response);
            return;
        }
        m_account.handle = acct;
        m_account.name = acct + u'@' + QUrl(m_account.baseUrl).host();
        readInstanceLimits();
    });
}

// What the instance allows: the composer counts against it.
void AccountSetup::readInstanceLimits() {
    HttpRequest request;
    request.url = QUrl(m_account.baseUrl + QStringLiteral("/api/v2/instance"));
    request.maxAttempts = 2;
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this, [this](const HttpResponse &response) {
        const QJsonObject configuration = QJsonDocument::fromJson(response.body)
                                              .object()
                                              .value(QLatin1String("configuration"))
                                              .toObject();
        const QJsonObject statuses = configuration.value(QLatin1String("statuses")).toObject();
        // An instance without the v2 answer keeps the network's defaults.
        m_account.maxCharacters =
            statuses.value(QLatin1String("max_characters")).toInt(kMastodonDefaultLimit);
        m_account.maxMedia = statuses.value(QLatin1String("max_media_attachments")).toInt(4);
        m_account.urlLength =
            statuses.value(QLatin1String("characters_reserved_per_url")).toInt(23);
        keepSecrets();
    });
}

void AccountSetup::addBluesky(const QString &serverUrl, const QString &handle,
                              const QString &appPassword) {
    m_done = false;
    m_account = {};
    m_account.network = QStringLiteral("bluesky");
    m_account.baseUrl =
        trimmedBase(serverUrl.isEmpty() ? QStringLiteral("https://bsky.social") : serverUrl);
    m_account.signIn = QStringLiteral("app-password");
    m_account.handle = handle.trimmed();
    if (m_account.handle.startsWith(u'@'))
        m_account.handle.remove(0, 1);
    if (m_account.handle.isEmpty()) {
        fail(QCoreApplication::translate("AccountSetup", "the handle is missing"));
        return;
    }
    m_secret = appPassword;
    Q_EMIT progress(QCoreApplication::translate("AccountSetup", "Checking the account…"));
    HttpRequest check;
    check.url = QUrl(m_account.baseUrl + QStringLiteral("/xrpc/com.atproto.server.createSession"));
    check.method = "POST";
    check.headers = {{"Content-Type", "application/json"}};
    check.body = QJsonDocument(QJsonObject{{QStringLiteral("identifier"), m_account.handle},
                                           {QStringLiteral("password"), appPassword}})
                     .toJson(QJsonDocument::Compact);
    HttpCall *call = m_http->send(check);
    connect(call, &HttpCall::finished, this, [this](const HttpResponse &response) {
        const QJsonObject session = QJsonDocument::fromJson(response.body).object();
        if (!response.ok()) {
            fail(QCoreApplication::translate("AccountSetup", "%1 refused the credentials")
                     .arg(QUrl(m_account.baseUrl).host()),
                 response);
            return;
        }
        m_account.handle = session.value(QLatin1String("handle")).toString(m_account.handle);
        m_account.name = m_account.handle;
        m_account.maxCharacters = kBlueskyLimit;
        m_account.maxMedia = 4;
        keepSecrets();
    });
}

void AccountSetup::keepSecrets() {
    Q_EMIT progress(
        QCoreApplication::translate("AccountSetup", "Keeping the secret in the keychain…"));
    m_secrets->write(SecretStore::accountKey(m_account.name), m_secret,
                     [self = QPointer(this)](const QString &error) {
                         if (!self)
                             return;
                         if (!error.isEmpty()) {
                             Q_EMIT self->secretNotKept(error);
                             return;
                         }
                         if (self->m_clientSecret.isEmpty()) {
                             self->m_done = true;
                             self->m_secret.clear();
                             Q_EMIT self->ready(self->m_account);
                             return;
                         }
                         // The application's secret, to revoke the token when the account goes.
                         self->m_secrets->write(clientKey(self->m_account.name),
                                                self->m_clientSecret, [self](const QString &) {
                                                    if (!self)
                                                        return;
                                                    self->m_done = true;
                                                    self->m_secret.clear();
                                                    self->m_clientSecret.clear();
                                                    Q_EMIT self->ready(self->m_account);
                                                });
                     });
}

void AccountSetup::keepForSession() {
    if (m_done || m_secret.isEmpty())
        return;
    m_secrets->keepForSession(SecretStore::accountKey(m_account.name), m_secret);
    if (!m_clientSecret.isEmpty())
        m_secrets->keepForSession(clientKey(m_account.name), m_clientSecret);
    m_done = true;
    m_secret.clear();
    m_clientSecret.clear();
    Q_EMIT ready(m_account);
}

void AccountSetup::forget(const Account &account) {
    const QString name = account.name;
    // Takes both secrets out of the keychain, then says what could not be done.
    const auto removeSecrets = [self = QPointer(this), name](const QString &warning) {
        if (!self)
            return;
        self->m_secrets->remove(clientKey(name), [](const QString &) {});
        self->m_secrets->remove(
            SecretStore::accountKey(name), [self, name, warning](const QString &error) {
                if (!self)
                    return;
                QString said = warning;
                if (!error.isEmpty())
                    said = QCoreApplication::translate("AccountSetup",
                                                       "the secret could not be taken out of the "
                                                       "keychain: %1")
                               .arg(error);
                Q_EMIT self->forgotten(name, said);
            });
    };
    if (account.signIn == QLatin1String("token")) {
        removeSecrets(QCoreApplication::translate(
            "AccountSetup", "an access token made by hand stays valid until it is revoked in "
                            "the instance's Development settings"));
        return;
    }
    if (account.network == QLatin1String("bluesky")) {
        removeSecrets(QCoreApplication::translate(
            "AccountSetup", "the app password stays valid until it is revoked in Bluesky's "
                            "settings (Privacy and security › App passwords)"));
        return;
    }
    if (account.signIn != QLatin1String("oauth")) {
        removeSecrets({});
        return;
    }
    // A browser sign-in: the instance revokes the token (RFC 7009), with the application's
    // credentials.
    m_secrets->read(SecretStore::accountKey(name), [self = QPointer(this), account, removeSecrets](
                                                       const QString &token, const QString &) {
        if (!self)
            return;
        self->m_secrets->read(clientKey(account.name), [self, account, token,
                                                        removeSecrets](const QString &clientSecret,
                                                                       const QString &) {
            if (!self)
                return;
            if (token.isEmpty() || clientSecret.isEmpty()) {
                removeSecrets(QCoreApplication::translate(
                    "AccountSetup", "the token could not be revoked: its secret is no longer in "
                                    "the keychain"));
                return;
            }
            HttpRequest revoke;
            revoke.url = QUrl(trimmedBase(account.baseUrl) + QStringLiteral("/oauth/revoke"));
            revoke.method = "POST";
            revoke.idempotent = true;
            revoke.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
            revoke.body = form({{QStringLiteral("client_id"), account.clientId},
                                {QStringLiteral("client_secret"), clientSecret},
                                {QStringLiteral("token"), token}});
            HttpCall *call = self->m_http->send(revoke);
            connect(call, &HttpCall::finished, self, [removeSecrets](const HttpResponse &response) {
                removeSecrets(response.ok()
                                  ? QString()
                                  : QCoreApplication::translate(
                                        "AccountSetup", "the instance did not revoke the token: %1")
                                        .arg(serverWords(response)));
            });
        });
    });
}

} // namespace veille
