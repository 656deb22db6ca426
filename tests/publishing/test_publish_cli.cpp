// Accounts and the queue from the command line, with the real OS keychain (gnome-keyring in a
// private D-Bus session) and a local server speaking Bluesky's endpoints: a post scheduled,
// sent by `veille collect --once`, and the secret nowhere but in the keychain.
#include "fakeinstance.h"
#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

using namespace veille;
using test::LocalHttpServer;

namespace {

const QByteArray kAppPassword = "xq7p-app-pass-4kz2";

struct Pds {
    LocalHttpServer server;
    QList<QJsonObject> records;
    Pds() {
        server.route("/xrpc/com.atproto.server.createSession", [](const LocalHttpServer::Request
                                                                      &r) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QLatin1String("password")).toString().toUtf8() != kAppPassword)
                return LocalHttpServer::Reply::json(
                    R"({"error":"AuthenticationRequired","message":"Invalid identifier or password"})",
                    401);
            return LocalHttpServer::Reply::json(
                R"({"accessJwt":"jwt","refreshJwt":"r","did":"did:plc:brand","handle":"brand.bsky.social"})");
        });
        server.route("/xrpc/com.atproto.repo.putRecord", [this](const LocalHttpServer::Request &r) {
            records.append(QJsonDocument::fromJson(r.body).object());
            return LocalHttpServer::Reply::json(R"({"uri":"at://x","cid":"c"})");
        });
    }
    QString url() const { return server.baseUrl(); }
};

struct Sandbox {
    test::TempWorkspace temp;
    QProcessEnvironment env = test::veilleEnvironment();
    Sandbox() {
        // A home of its own: the keyring, the settings and the workspace stay in the test.
        for (const char *dir : {"home", "data", "config", "runtime"})
            QDir(temp.dir()).mkpath(QLatin1String(dir));
        QFile::setPermissions(temp.dir() + QStringLiteral("/runtime"), QFileDevice::ReadOwner |
                                                                           QFileDevice::WriteOwner |
                                                                           QFileDevice::ExeOwner);
        env.insert(QStringLiteral("HOME"), temp.dir() + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), temp.dir() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), temp.dir() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), temp.dir() + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("VEILLE"), QStringLiteral(VEILLE_EXECUTABLE));
        env.insert(QStringLiteral("DB"), temp.path());
    }
    // Runs `script` with sh, inside a D-Bus session with an unlocked keyring when asked.
    std::pair<int, QString> run(const QString &script, bool keychain) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (keychain) {
            process.start(QStringLiteral("dbus-run-session"),
                          {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("echo -n pw | gnome-keyring-daemon --unlock "
                                          "--components=secrets >/dev/null 2>&1; ") +
                               script});
        } else {
            QProcessEnvironment bare = env;
            bare.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            process.setProcessEnvironment(bare);
            process.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        }
        REQUIRE(process.waitForStarted());
        // The event loop turns while the child runs: the local server answers it.
        REQUIRE(test::waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60000));
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }
};

} // namespace

TEST_CASE("an account's secret goes to the keychain and a scheduled post goes out once",
          "[publishing][keychain]") {
    Pds pds;
    Sandbox box;
    box.env.insert(QStringLiteral("PDS"), pds.url());
    box.env.insert(QStringLiteral("SECRET"), QString::fromUtf8(kAppPassword));
    box.env.insert(QStringLiteral("AT"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const auto [code, output] = box.run(
        QStringLiteral(
            "printf %s \"$SECRET\" | \"$VEILLE\" --db \"$DB\" account add bluesky "
            "--handle brand.bsky.social --url \"$PDS\" || exit 11; "
            "\"$VEILLE\" --db \"$DB\" post schedule --account brand.bsky.social --at \"$AT\" "
            "--text 'Bonsoir à tous 🌙' || exit 12; "
            "\"$VEILLE\" --db \"$DB\" collect --once || exit 13; "
            "\"$VEILLE\" --db \"$DB\" post list --format jsonl || exit 14; "
            "\"$VEILLE\" --db \"$DB\" account list || exit 15"),
        true);
    INFO(output.toStdString());
    REQUIRE(code == 0);
    CHECK(output.contains(QLatin1String("added brand.bsky.social (bluesky)")));
    REQUIRE(pds.records.size() == 1);
    CHECK(pds.records.first()[QLatin1String("record")][QLatin1String("text")].toString() ==
          QStringLiteral("Bonsoir à tous 🌙"));
    CHECK(output.contains(QLatin1String("\"status\":\"sent\"")));
    CHECK(output.contains(QLatin1String("brand.bsky.social\tbluesky")));

    // The secret is in no file of the workspace and no settings file.
    QStringList places{box.temp.path(), box.temp.path() + QStringLiteral("-wal")};
    QDirIterator config(box.temp.dir() + QStringLiteral("/config"), QDir::Files,
                        QDirIterator::Subdirectories);
    while (config.hasNext())
        places << config.next();
    for (const QString &place : places) {
        QFile file(place);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        INFO(place.toStdString());
        CHECK_FALSE(file.readAll().contains(kAppPassword));
    }
}

TEST_CASE("without a keychain the account is not added, and the reason is said",
          "[publishing][keychain]") {
    Pds pds;
    Sandbox box;
    box.env.insert(QStringLiteral("PDS"), pds.url());
    box.env.insert(QStringLiteral("SECRET"), QString::fromUtf8(kAppPassword));
    const auto [code, output] = box.run(
        QStringLiteral("printf %s \"$SECRET\" | \"$VEILLE\" --db \"$DB\" account add bluesky "
                       "--handle brand.bsky.social --url \"$PDS\"; echo \"exit $?\"; "
                       "\"$VEILLE\" --db \"$DB\" account list"),
        false);
    INFO(output.toStdString());
    CHECK(output.contains(QLatin1String("exit 1")));
    CHECK(output.contains(QLatin1String("was not added")));
    CHECK_FALSE(output.contains(QLatin1String("brand.bsky.social\tbluesky")));

    // A wrong app password is refused by the server before anything is kept.
    box.env.insert(QStringLiteral("SECRET"), QStringLiteral("wrong"));
    const auto [refused, said] = box.run(
        QStringLiteral("printf %s \"$SECRET\" | \"$VEILLE\" --db \"$DB\" account add bluesky "
                       "--handle brand.bsky.social --url \"$PDS\"; echo \"exit $?\""),
        false);
    CHECK(said.contains(QLatin1String("exit 1")));
    CHECK(said.contains(QLatin1String("refused the credentials")));
}

TEST_CASE("the queue from the command line: schedule, list, cancel", "[publishing]") {
    Sandbox box;
    box.env.insert(QStringLiteral("AT"), QStringLiteral("2099-06-01T09:30"));
    // An account as `account add` leaves it (the secret does not matter here).
    const auto [code, output] = box.run(
        QStringLiteral(
            "\"$VEILLE\" --db \"$DB\" topic list >/dev/null || exit 9; "
            "sqlite3 \"$DB\" \"INSERT INTO accounts (name, network, handle, base_url, "
            "created_at) VALUES ('brand@mastodon.example', 'mastodon', 'brand', "
            "'https://mastodon.example', 0)\" || exit 10; "
            "\"$VEILLE\" --db \"$DB\" post schedule --account brand@mastodon.example --at "
            "\"$AT\" --zone Europe/Paris --text 'Un, deux' || exit 11; "
            "\"$VEILLE\" --db \"$DB\" post schedule --account nobody --at \"$AT\" --text x; "
            "echo \"nobody $?\"; "
            "\"$VEILLE\" --db \"$DB\" post schedule --account brand@mastodon.example --at "
            "2001-01-01 --text x; echo \"past $?\"; "
            "\"$VEILLE\" --db \"$DB\" post list; "
            "\"$VEILLE\" --db \"$DB\" post list --format jsonl; "
            "\"$VEILLE\" --db \"$DB\" post cancel 1 || exit 12; "
            // Either side of the change to summer time: the same 09:30 in Paris.
            "\"$VEILLE\" --db \"$DB\" post schedule --account brand@mastodon.example --at "
            "2099-03-28T09:30 --zone Europe/Paris --text hiver >/dev/null || exit 13; "
            "\"$VEILLE\" --db \"$DB\" post schedule --account brand@mastodon.example --at "
            "2099-03-30T09:30 --zone Europe/Paris --text été >/dev/null || exit 14; "
            "\"$VEILLE\" --db \"$DB\" post schedule --account brand@mastodon.example --at "
            "2099-04-01T10:00 --text 'Merci !' --reply-to mastodon:https://x.example/s/1 "
            ">/dev/null || exit 15; "
            "\"$VEILLE\" --db \"$DB\" post list --format jsonl; echo end"),
        false);
    INFO(output.toStdString());
    REQUIRE(code == 0);
    CHECK(output.contains(QLatin1String("scheduled post 1 for 2099-06-01 09:30 (Europe/Paris)")));
    CHECK(output.contains(QLatin1String("nobody 1")));
    CHECK(output.contains(QLatin1String("past 2")));
    CHECK(output.contains(QLatin1String("1\t2099-06-01 09:30 Europe/Paris\tscheduled")));
    CHECK(output.contains(QLatin1String("\"scheduled_at\":\"2099-06-01T07:30:00Z\"")));
    CHECK(output.contains(QLatin1String("cancelled post 1")));
    CHECK(output.contains(QLatin1String("\"scheduled_at\":\"2099-03-28T08:30:00Z\"")));
    CHECK(output.contains(QLatin1String("\"scheduled_at\":\"2099-03-30T07:30:00Z\"")));
    CHECK(output.contains(QLatin1String("\"reply_to\":\"mastodon:https://x.example/s/1\"")));
    CHECK_FALSE(
        output.section(QStringLiteral("cancelled post 1"), 1).contains(QLatin1String("Un, deux")));
}

TEST_CASE("veille account add mastodon signs in through the browser; remove revokes the token",
          "[publishing][keychain]") {
    test::FakeInstance instance;
    Sandbox box;
    box.env.insert(QStringLiteral("INSTANCE"), instance.base());
    const QString log = box.temp.dir() + QStringLiteral("/signin.log");
    box.env.insert(QStringLiteral("LOG"), log);
    // The manager's browser: once the command prints the address, open it and approve.
    QNetworkAccessManager browser;
    QTimer watch;
    bool opened = false;
    QObject::connect(&watch, &QTimer::timeout, &browser, [&] {
        QFile file(log);
        if (opened || !file.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.trimmed().startsWith("http")) {
                opened = true;
                QNetworkReply *reply =
                    browser.get(QNetworkRequest(QUrl::fromEncoded(line.trimmed())));
                QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            }
        }
    });
    watch.start(50);
    const auto [code, output] = box.run(
        QStringLiteral("\"$VEILLE\" --db \"$DB\" account add mastodon --instance \"$INSTANCE\" "
                       "2>\"$LOG\" || { cat \"$LOG\"; exit 11; }; "
                       "\"$VEILLE\" --db \"$DB\" account list || exit 12; "
                       "\"$VEILLE\" --db \"$DB\" account remove lumen@127.0.0.1 || exit 13"),
        true);
    INFO(output.toStdString());
    REQUIRE(code == 0);
    CHECK(opened);
    CHECK(output.contains(QLatin1String("added lumen@127.0.0.1 (mastodon)")));
    CHECK(output.contains(QLatin1String("lumen@127.0.0.1\tmastodon")));
    CHECK(output.contains(QLatin1String("removed lumen@127.0.0.1")));
    CHECK(instance.tokensIssued == 1);
    CHECK(instance.revoked == QStringList{QStringLiteral("oauth-token")});
}

namespace {
// A Mastodon instance whose first status request never gets an answer: it either keeps the
// status first (the process dies between sending and the acknowledgement) or drops it (the
// process dies between persisting and the post reaching the server). Later requests are
// answered, one status per Idempotency-Key.
struct StallingInstance {
    LocalHttpServer server;
    bool keepFirst = true;
    QString marker; // written when the first request arrives, for the script to kill then
    int requests = 0;
    QSet<QByteArray> keys;
    QList<QByteArray> keysSeen;
    StallingInstance() {
        server.route("/api/v1/accounts/verify_credentials", [](const LocalHttpServer::Request &r) {
            if (r.header("Authorization") != "Bearer tok-123")
                return LocalHttpServer::Reply::json(R"({"error":"invalid"})", 401);
            return LocalHttpServer::Reply::json(R"({"id":"1","acct":"brand"})");
        });
        server.route("/api/v2/instance",
                     LocalHttpServer::Reply::json(
                         R"({"configuration":{"statuses":{"max_characters":500}}})"));
        server.route("/api/v1/statuses", [this](const LocalHttpServer::Request &r) {
            const QByteArray key = r.header("Idempotency-Key");
            keysSeen.append(key);
            if (++requests == 1) {
                if (keepFirst)
                    keys.insert(key);
                QFile mark(marker);
                REQUIRE(mark.open(QIODevice::WriteOnly));
                LocalHttpServer::Reply stall;
                stall.hang = true;
                return stall;
            }
            keys.insert(key);
            return LocalHttpServer::Reply::json(R"({"id":"7","url":"https://m.example/@brand/7"})");
        });
    }
    QString url() const { return server.baseUrl(); }
};
} // namespace

TEST_CASE("the collector killed while a post is going out: exactly one post after restart",
          "[publishing][keychain]") {
    for (const bool keepFirst : {true, false}) {
        INFO((keepFirst ? "killed between sending and the answer"
                        : "killed between persisting and the post reaching the server"));
        StallingInstance instance;
        instance.keepFirst = keepFirst;
        Sandbox box;
        instance.marker = box.temp.dir() + QStringLiteral("/first-request");
        box.env.insert(QStringLiteral("INSTANCE"), instance.url());
        box.env.insert(QStringLiteral("MARK"), instance.marker);
        box.env.insert(QStringLiteral("AT"),
                       QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate));
        const auto [code, output] = box.run(
            QStringLiteral(
                "printf tok-123 | \"$VEILLE\" --db \"$DB\" account add mastodon --instance "
                "\"$INSTANCE\" --token-stdin || exit 11; "
                "\"$VEILLE\" --db \"$DB\" post schedule --account brand@127.0.0.1 --at \"$AT\" "
                "--text 'Une seule fois' || exit 12; "
                "\"$VEILLE\" --db \"$DB\" collect 2>/dev/null & pid=$!; "
                "n=0; while [ ! -f \"$MARK\" ] && [ $n -lt 300 ]; do sleep 0.1; n=$((n+1)); done; "
                "kill -9 $pid; wait $pid 2>/dev/null; "
                "\"$VEILLE\" --db \"$DB\" post list --format jsonl; "
                "\"$VEILLE\" --db \"$DB\" collect --once || exit 13; "
                "\"$VEILLE\" --db \"$DB\" post list --format jsonl"),
            true);
        INFO(output.toStdString());
        REQUIRE(code == 0);
        // The killed process had marked the post as being sent; the restart sent it with the
        // same key, and the server made one status of the two requests.
        CHECK(output.contains(QLatin1String("\"status\":\"sending\"")));
        CHECK(output.contains(QLatin1String("\"status\":\"sent\"")));
        REQUIRE(instance.keysSeen.size() == 2);
        CHECK(instance.keysSeen[0] == instance.keysSeen[1]);
        CHECK(instance.keys.size() == 1);
    }
}
