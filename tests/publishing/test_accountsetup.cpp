// Adding accounts against a local server speaking Mastodon's OAuth endpoints (app registration,
// authorization with PKCE, token, verification, instance limits, revocation) and Bluesky's
// createSession. The "browser" is a network request that follows the instance's redirect to
// the loopback address, as a browser does after the manager approves.
#include "fakeinstance.h"
#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

#include "net/httpclient.h"
#include "publishing/accountsetup.h"
#include "publishing/secretstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace veille;
using test::FakeInstance;
using test::LocalHttpServer;

namespace {

// A computer without a keychain: every write is refused the way QtKeychain says it.
class NoKeychain : public MemorySecretStore {
public:
    using MemorySecretStore::MemorySecretStore;
    void write(const QString &, const QString &, WriteDone done) override {
        done(QStringLiteral("no keychain is available on this computer"));
    }
};

// Plays the browser: opens the page and follows the redirect back to Veille's loopback port.
void approveInBrowser(AccountSetup &setup, QNetworkAccessManager &browser) {
    QObject::connect(&setup, &AccountSetup::authorizationNeeded, &browser, [&](const QUrl &url) {
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
}

// A browser sign-in against an instance, run to its end (ready or failed).
struct BrowserSignIn {
    HttpClient http{test::quickHttpOptions(), SystemClock::instance()};
    MemorySecretStore secrets;
    AccountSetup setup{&http, &secrets};
    QNetworkAccessManager browser;
    QSignalSpy ready{&setup, &AccountSetup::ready};
    QSignalSpy failed{&setup, &AccountSetup::failed};
    explicit BrowserSignIn(const FakeInstance &instance) {
        approveInBrowser(setup, browser);
        setup.signInMastodon(instance.base());
        REQUIRE(test::waitUntil([&] { return ready.count() + failed.count() > 0; }));
    }
};

} // namespace

TEST_CASE("Mastodon sign-in through the browser: registration, PKCE, token, limits, keychain",
          "[publishing][accounts]") {
    FakeInstance instance;
    BrowserSignIn signIn(instance);
    AccountSetup &setup = signIn.setup;
    MemorySecretStore &secrets = signIn.secrets;
    QSignalSpy &ready = signIn.ready;
    QSignalSpy &failed = signIn.failed;
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(ready.count() == 1);
    const Account account = ready.first().first().value<Account>();
    CHECK(account.name == QStringLiteral("lumen@127.0.0.1"));
    CHECK(account.handle == QStringLiteral("lumen"));
    CHECK(account.signIn == QStringLiteral("oauth"));
    CHECK(account.clientId == QStringLiteral("cid"));
    CHECK(account.maxCharacters == 1000);
    CHECK(account.maxMedia == 4);
    CHECK(account.urlLength == 23);
    // The redirect is a loopback address on this machine, and the PKCE challenge was sent.
    CHECK(instance.registeredRedirect.startsWith(QStringLiteral("http://127.0.0.1:")));
    CHECK(instance.challenge.size() == 43);
    CHECK(instance.tokensIssued == 1);
    // The token and the application's secret are in the keychain, nowhere in the account.
    QString token;
    QString client;
    secrets.read(SecretStore::accountKey(account.name),
                 [&](const QString &secret, const QString &) { token = secret; });
    secrets.read(SecretStore::accountKey(account.name) + QStringLiteral("/client"),
                 [&](const QString &secret, const QString &) { client = secret; });
    REQUIRE(test::waitUntil([&] { return !token.isEmpty() && !client.isEmpty(); }));
    CHECK(token == QStringLiteral("oauth-token"));
    CHECK(client == QStringLiteral("csecret"));

    // Removing the account revokes the token on the instance and empties the keychain.
    QSignalSpy forgotten(&setup, &AccountSetup::forgotten);
    setup.forget(account);
    REQUIRE(test::waitUntil([&] { return forgotten.count() == 1; }));
    CHECK(forgotten.first().at(1).toString().isEmpty());
    CHECK(instance.revoked == QStringList{QStringLiteral("oauth-token")});
    QString error;
    secrets.read(SecretStore::accountKey(account.name),
                 [&](const QString &, const QString &why) { error = why; });
    REQUIRE(test::waitUntil([&] { return !error.isEmpty(); }));
}

TEST_CASE("an instance without PKCE still signs in; a refused approval says so",
          "[publishing][accounts]") {
    FakeInstance instance;
    instance.pkce = false;
    BrowserSignIn signIn(instance);
    CHECK(signIn.ready.count() == 1);
    CHECK(instance.challenge.isEmpty());

    // The token endpoint refuses the code: a clear failure, nothing kept.
    FakeInstance strict;
    strict.server.route("/oauth/token",
                        LocalHttpServer::Reply::json(R"({"error":"invalid_grant"})", 400));
    BrowserSignIn refused(strict);
    CHECK(refused.ready.isEmpty());
    CHECK(refused.failed.first().first().toString().contains(QStringLiteral("invalid_grant")));
}

TEST_CASE("a hand-made Mastodon token and a Bluesky app password are checked before being kept",
          "[publishing][accounts]") {
    FakeInstance instance;
    HttpClient http(test::quickHttpOptions(), SystemClock::instance());
    MemorySecretStore secrets;
    AccountSetup setup(&http, &secrets);
    QSignalSpy ready(&setup, &AccountSetup::ready);
    QSignalSpy failed(&setup, &AccountSetup::failed);

    setup.addMastodonToken(instance.base(), QStringLiteral("wrong"));
    REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
    CHECK(failed.first().first().toString().contains(QStringLiteral("refused the credentials")));

    setup.addMastodonToken(instance.base(), QStringLiteral("hand-made"));
    REQUIRE(test::waitUntil([&] { return ready.count() == 1; }));
    CHECK(ready.last().first().value<Account>().signIn == QStringLiteral("token"));
    CHECK(ready.last().first().value<Account>().maxCharacters == 1000);

    setup.addBluesky(instance.base(), QStringLiteral("@lumen.bsky.social"),
                     QStringLiteral("abcd-efgh-ijkl-mnop"));
    REQUIRE(test::waitUntil([&] { return ready.count() == 2; }));
    const Account bluesky = ready.last().first().value<Account>();
    CHECK(bluesky.name == QStringLiteral("lumen.bsky.social"));
    CHECK(bluesky.maxCharacters == 300);
    CHECK(bluesky.signIn == QStringLiteral("app-password"));

    // Removing them cannot revoke what was made by hand; the manager is told where to do it.
    QSignalSpy forgotten(&setup, &AccountSetup::forgotten);
    setup.forget(bluesky);
    REQUIRE(test::waitUntil([&] { return forgotten.count() == 1; }));
    CHECK(forgotten.first().at(1).toString().contains(QStringLiteral("App passwords")));
}

TEST_CASE("without a keychain the manager is told, and may keep the secret for the session",
          "[publishing][accounts]") {
    FakeInstance instance;
    HttpClient http(test::quickHttpOptions(), SystemClock::instance());
    NoKeychain secrets;
    AccountSetup setup(&http, &secrets);
    QSignalSpy notKept(&setup, &AccountSetup::secretNotKept);
    QSignalSpy ready(&setup, &AccountSetup::ready);
    setup.addBluesky(instance.base(), QStringLiteral("lumen.bsky.social"),
                     QStringLiteral("abcd-efgh-ijkl-mnop"));
    REQUIRE(test::waitUntil([&] { return notKept.count() == 1; }));
    CHECK(notKept.first().first().toString().contains(QStringLiteral("no keychain")));
    CHECK(ready.isEmpty());
    setup.keepForSession();
    REQUIRE(ready.count() == 1);
    QString kept;
    secrets.read(SecretStore::accountKey(QStringLiteral("lumen.bsky.social")),
                 [&](const QString &secret, const QString &) { kept = secret; });
    REQUIRE(test::waitUntil([&] { return !kept.isEmpty(); }));
    CHECK(kept == QStringLiteral("abcd-efgh-ijkl-mnop"));
}
