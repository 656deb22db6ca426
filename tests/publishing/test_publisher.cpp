// The publisher against a local server speaking the Mastodon and Bluesky endpoints it uses:
// on time, exactly once through crashes and lost answers, retries, refusals, missed posts.
#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

#include "net/httpclient.h"
#include "publishing/postformat.h"
#include "publishing/publisher.h"
#include "publishing/secretstore.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "storage/poststore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace veille;
using test::LocalHttpServer;

namespace {

const QDateTime kAt(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());

// A Mastodon instance that keeps one status per Idempotency-Key, and a PDS that keeps one
// record per record key; each can be told to lose its first answers.
struct FakeNetworks {
    LocalHttpServer server;
    QHash<QByteArray, QByteArray> statuses; // key -> text
    QHash<QByteArray, QString> inReplyTo;   // key -> in_reply_to_id
    QHash<QString, QJsonObject> records;    // rkey -> record
    int statusesCreated = 0;
    int loseAnswers = 0;           // answer 503 after storing, this many times
    int refuseWith = 0;            // answer this status without storing
    QJsonObject lastStatus;        // the last status body received
    QStringList mediaDescriptions; // /api/v2/media uploads, by description
    QList<QByteArray> blobs;       // uploadBlob bodies
    int sessionsCreated = 0;
    int sessionsRefreshed = 0;
    int expireOnce = 0; // putRecord answers ExpiredToken this many times
    QString pdsPath;    // when set, the DID document names this path as the account's PDS
    QHash<QString, QJsonObject> pdsRecords; // records written through that PDS
    FakeNetworks() {
        server.route("/api/v2/media", [this](const LocalHttpServer::Request &r) {
            if (r.header("Authorization") != "Bearer mastodon-token" ||
                !r.header("Content-Type").startsWith("multipart/form-data; boundary="))
                return LocalHttpServer::Reply::json(R"({"error":"bad"})", 422);
            const QByteArray marker = "name=\"description\"\r\n\r\n";
            const qsizetype at = r.body.indexOf(marker);
            const QByteArray rest = at < 0 ? QByteArray() : r.body.mid(at + marker.size());
            mediaDescriptions.append(QString::fromUtf8(rest.left(rest.indexOf("\r\n"))));
            if (!r.body.contains("Content-Type: image/png\r\n\r\n\x89PNG"))
                return LocalHttpServer::Reply::json(R"({"error":"not an image"})", 422);
            return LocalHttpServer::Reply::json(QByteArray(R"({"id":"m)") +
                                                QByteArray::number(mediaDescriptions.size()) +
                                                R"(","type":"image"})");
        });
        // A sent status, as it stands now.
        server.route(
            "/api/v1/statuses/1",
            LocalHttpServer::Reply::json(
                R"({"id":"1","favourites_count":12,"reblogs_count":3,"replies_count":2})"));
        server.route(
            "/xrpc/com.atproto.identity.resolveHandle", [](const LocalHttpServer::Request &r) {
                if (r.query.queryItemValue(QStringLiteral("handle")) !=
                    QStringLiteral("fan.bsky.social"))
                    return LocalHttpServer::Reply::json(
                        R"({"error":"InvalidRequest","message":"Unable to resolve handle"})", 400);
                return LocalHttpServer::Reply::json(R"({"did":"did:plc:fan"})");
            });
        server.route("/xrpc/com.atproto.server.refreshSession", [this](
                                                                    const LocalHttpServer::Request
                                                                        &r) {
            if (r.header("Authorization") != "Bearer r")
                return LocalHttpServer::Reply::json(R"({"error":"ExpiredToken"})", 400);
            ++sessionsRefreshed;
            return LocalHttpServer::Reply::json(
                R"({"accessJwt":"jwt","refreshJwt":"r","did":"did:plc:brand","handle":"brand.bsky.social"})");
        });
        server.route("/xrpc/com.atproto.repo.uploadBlob", [this](
                                                              const LocalHttpServer::Request &r) {
            if (r.header("Authorization") != "Bearer jwt")
                return LocalHttpServer::Reply::json(R"({"error":"ExpiredToken"})", 400);
            blobs.append(r.body);
            return LocalHttpServer::Reply::json(
                QByteArray(R"({"blob":{"$type":"blob","ref":{"$link":"bafkblob"},"mimeType":")") +
                r.header("Content-Type") + R"(","size":)" + QByteArray::number(r.body.size()) +
                "}}");
        });
        server.route("/pds/xrpc/com.atproto.repo.putRecord",
                     [this](const LocalHttpServer::Request &r) {
                         const QJsonObject body = QJsonDocument::fromJson(r.body).object();
                         pdsRecords.insert(body.value(QLatin1String("rkey")).toString(),
                                           body.value(QLatin1String("record")).toObject());
                         return LocalHttpServer::Reply::json(
                             R"({"uri":"at://did:plc:brand/app.bsky.feed.post/p","cid":"c"})");
                     });
        server.route("/api/v1/statuses", [this](const LocalHttpServer::Request &r) {
            if (r.header("Authorization") != "Bearer mastodon-token")
                return LocalHttpServer::Reply::json(R"({"error":"The access token is invalid"})",
                                                    401);
            if (refuseWith)
                return LocalHttpServer::Reply::json(
                    R"({"error":"Validation failed: Text can't be blank"})", refuseWith);
            const QByteArray key = r.header("Idempotency-Key");
            lastStatus = QJsonDocument::fromJson(r.body).object();
            inReplyTo.insert(key, QJsonDocument::fromJson(r.body)
                                      .object()
                                      .value(QLatin1String("in_reply_to_id"))
                                      .toString());
            if (!statuses.contains(key)) {
                statuses.insert(key, QJsonDocument::fromJson(r.body)
                                         .object()
                                         .value(QLatin1String("status"))
                                         .toString()
                                         .toUtf8());
                ++statusesCreated;
            }
            if (loseAnswers > 0) {
                --loseAnswers;
                return LocalHttpServer::Reply::json(R"({"error":"busy"})", 503);
            }
            return LocalHttpServer::Reply::json(
                R"({"id":"1","url":"https://mastodon.example/@brand/1"})");
        });
        // The instance finds a remote post by its address and gives its own id for it.
        server.route("/api/v2/search", [](const LocalHttpServer::Request &r) {
            if (r.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded) ==
                    QStringLiteral("https://other.example/users/fan/statuses/9") &&
                r.query.queryItemValue(QStringLiteral("resolve")) == QStringLiteral("true"))
                return LocalHttpServer::Reply::json(R"({"statuses":[{"id":"777"}]})");
            return LocalHttpServer::Reply::json(R"({"statuses":[]})");
        });
        server.route("/xrpc/app.bsky.feed.getPosts", [](const LocalHttpServer::Request &r) {
            if (r.query.queryItemValue(QStringLiteral("uris"), QUrl::FullyDecoded) ==
                QStringLiteral("at://did:plc:brand/app.bsky.feed.post/x"))
                return LocalHttpServer::Reply::json(
                    R"({"posts":[{"uri":"at://did:plc:brand/app.bsky.feed.post/x","cid":"c","likeCount":40,"repostCount":5,"quoteCount":1,"replyCount":7}]})");
            if (r.query.queryItemValue(QStringLiteral("uris"), QUrl::FullyDecoded) !=
                QStringLiteral("at://did:plc:fan/app.bsky.feed.post/3kparent"))
                return LocalHttpServer::Reply::json(R"({"posts":[]})");
            return LocalHttpServer::Reply::json(
                R"({"posts":[{"uri":"at://did:plc:fan/app.bsky.feed.post/3kparent","cid":"bafyparent","record":{"text":"?","reply":{"root":{"uri":"at://did:plc:op/app.bsky.feed.post/3kroot","cid":"bafyroot"},"parent":{"uri":"at://x","cid":"y"}}}}]})");
        });
        server.route("/xrpc/com.atproto.server.createSession", [this](const LocalHttpServer::Request
                                                                          &r) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QLatin1String("password")).toString() != u"app-pass")
                return LocalHttpServer::Reply::json(
                    R"({"error":"AuthenticationRequired","message":"Invalid identifier or password"})",
                    401);
            ++sessionsCreated;
            QJsonObject session{{QStringLiteral("accessJwt"), QStringLiteral("jwt")},
                                {QStringLiteral("refreshJwt"), QStringLiteral("r")},
                                {QStringLiteral("did"), QStringLiteral("did:plc:brand")},
                                {QStringLiteral("handle"), QStringLiteral("brand.bsky.social")}};
            if (!pdsPath.isEmpty())
                session.insert(
                    QStringLiteral("didDoc"),
                    QJsonObject{
                        {QStringLiteral("service"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("id"), QStringLiteral("#atproto_pds")},
                             {QStringLiteral("type"), QStringLiteral("AtprotoPersonalDataServer")},
                             {QStringLiteral("serviceEndpoint"),
                              server.url(pdsPath).toString()}}}}});
            return LocalHttpServer::Reply::json(QJsonDocument(session).toJson());
        });
        server.route("/xrpc/com.atproto.repo.putRecord", [this](const LocalHttpServer::Request &r) {
            if (r.header("Authorization") != "Bearer jwt" || expireOnce > 0) {
                expireOnce = std::max(0, expireOnce - 1);
                return LocalHttpServer::Reply::json(
                    R"({"error":"ExpiredToken","message":"Token has expired"})", 400);
            }
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            records.insert(body.value(QLatin1String("rkey")).toString(),
                           body.value(QLatin1String("record")).toObject());
            if (loseAnswers > 0) {
                --loseAnswers;
                return LocalHttpServer::Reply::json(R"({"error":"InternalServerError"})", 500);
            }
            return LocalHttpServer::Reply::json(
                R"({"uri":"at://did:plc:brand/app.bsky.feed.post/x","cid":"c"})");
        });
    }
};

struct Setup {
    test::TempWorkspace temp;
    FakeNetworks net;
    std::unique_ptr<Workspace> workspace;
    MemorySecretStore secrets;
    ManualClock clock{kAt.addSecs(-60)};
    HttpClient http{test::quickHttpOptions(), SystemClock::instance()};
    Setup() {
        REQUIRE_FALSE(Workspace::prepare(temp.location()));
        workspace = std::make_unique<Workspace>(temp.location());
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        AccountStore accounts(connection.database());
        QString base = net.server.baseUrl();
        REQUIRE(std::holds_alternative<qint64>(accounts.add(
            Account::named(QStringLiteral("brand@mastodon.example"), QStringLiteral("mastodon"),
                           QStringLiteral("@brand"), base))));
        REQUIRE(std::holds_alternative<qint64>(accounts.add(
            Account::named(QStringLiteral("brand.bsky.social"), QStringLiteral("bluesky"),
                           QStringLiteral("brand.bsky.social"), base))));
        int written = 0;
        secrets.write(SecretStore::accountKey(QStringLiteral("brand@mastodon.example")),
                      QStringLiteral("mastodon-token"), [&](const QString &) { ++written; });
        secrets.write(SecretStore::accountKey(QStringLiteral("brand.bsky.social")),
                      QStringLiteral("app-pass"), [&](const QString &) { ++written; });
        REQUIRE(test::waitUntil([&] { return written == 2; }));
    }
    qint64 schedule(const QString &account, const QString &text, const QDateTime &at,
                    const QString &replyTo = {}) {
        ScheduledPost post;
        post.account = account;
        post.text = text;
        post.scheduledAt = at;
        post.replyTo = replyTo;
        return schedule(post);
    }
    qint64 schedule(ScheduledPost post) {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        post.timeZone = QStringLiteral("Europe/Paris");
        post.status = PostStatus::Scheduled;
        const auto id = PostStore(connection.database()).add(post);
        REQUIRE(std::holds_alternative<qint64>(id));
        return std::get<qint64>(id);
    }
    ScheduledPost post(qint64 id) {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        const auto all = PostStore(connection.database()).find();
        for (const ScheduledPost &p : std::get<QList<ScheduledPost>>(all))
            if (p.id == id)
                return p;
        FAIL("no such post");
        return {};
    }
    PublishRound round(Publisher &publisher) {
        QSignalSpy done(&publisher, &Publisher::roundFinished);
        publisher.publishDue();
        REQUIRE(test::waitUntil([&] { return done.count() == 1; }));
        return done.first().first().value<PublishRound>();
    }
};

} // namespace

TEST_CASE("a post goes out when its time comes, once, with its idempotency key", "[publishing]") {
    Setup s;
    const qint64 id = s.schedule(QStringLiteral("brand@mastodon.example"),
                                 QStringLiteral("Ce soir à 20 h : live Q&R 💡"), kAt);
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    CHECK(s.round(publisher).sent == 0); // a minute early
    CHECK(s.post(id).status == PostStatus::Scheduled);
    s.clock.set(kAt.addSecs(1));
    const PublishRound round = s.round(publisher);
    CHECK(round.sent == 1);
    const ScheduledPost sent = s.post(id);
    INFO(sent.error.toStdString());
    CHECK(sent.status == PostStatus::Sent);
    CHECK(sent.url == QStringLiteral("https://mastodon.example/@brand/1"));
    CHECK(sent.sentAt == kAt.addSecs(1));
    REQUIRE(s.net.statuses.size() == 1);
    CHECK(QString::fromUtf8(s.net.statuses.cbegin().value()) ==
          QStringLiteral("Ce soir à 20 h : live Q&R 💡"));
    // Another round sends nothing more.
    CHECK(s.round(publisher).sent == 0);
    CHECK(s.net.statusesCreated == 1);
}

TEST_CASE("killed after the post was marked sending, before it left: one post after restart",
          "[publishing]") {
    Setup s;
    const qint64 id =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("Bonjour"), kAt);
    {
        // What a process that died right after persisting left behind.
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(s.temp.location()));
        REQUIRE(
            std::get<QList<DuePost>>(PostStore(connection.database()).claimDue(kAt.addSecs(2), 900))
                .size() == 1);
    }
    CHECK(s.post(id).status == PostStatus::Sending);
    s.clock.set(kAt.addSecs(30));
    Publisher restarted(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    CHECK(s.round(restarted).sent == 1);
    CHECK(s.net.statusesCreated == 1);
    CHECK(s.post(id).status == PostStatus::Sent);
}

TEST_CASE("killed after the server posted, before the answer came: still one post",
          "[publishing]") {
    Setup s;
    const qint64 id =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("Bonjour"), kAt);
    QString key;
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(s.temp.location()));
        const auto due = std::get<QList<DuePost>>(
            PostStore(connection.database()).claimDue(kAt.addSecs(2), 900));
        REQUIRE(due.size() == 1);
        key = due.first().idempotencyKey;
    }
    // The earlier process's request reached the server, which posted it.
    s.net.statuses.insert(key.toUtf8(), "Bonjour");
    s.net.statusesCreated = 1;
    s.clock.set(kAt.addSecs(30));
    Publisher restarted(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    CHECK(s.round(restarted).sent == 1);
    CHECK(s.net.statusesCreated == 1);
    // The retry carried the same key.
    const auto requests = s.net.server.requestsTo("/api/v1/statuses");
    REQUIRE(requests.size() == 1);
    CHECK(requests.first().header("Idempotency-Key") == key.toUtf8());
    CHECK(s.post(id).status == PostStatus::Sent);
}

TEST_CASE("lost answers are retried with the same key and record key", "[publishing]") {
    Setup s;
    const qint64 mastodon =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("Un"), kAt);
    const qint64 bluesky =
        s.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("Deux"), kAt);
    s.net.loseAnswers = 2; // the first answers are lost after the servers stored the posts
    s.clock.set(kAt.addSecs(1));
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    const PublishRound round = s.round(publisher);
    CHECK(round.sent == 2);
    CHECK(s.net.statusesCreated == 1);
    CHECK(s.net.records.size() == 1);
    CHECK(s.net.server.requestsTo("/api/v1/statuses").size() +
              s.net.server.requestsTo("/xrpc/com.atproto.repo.putRecord").size() ==
          4);
    CHECK(s.net.records.cbegin().value().value(QLatin1String("text")).toString() ==
          QStringLiteral("Deux"));
    CHECK(s.post(mastodon).status == PostStatus::Sent);
    const ScheduledPost sky = s.post(bluesky);
    CHECK(sky.status == PostStatus::Sent);
    CHECK(sky.url.startsWith(QStringLiteral("https://bsky.app/profile/brand.bsky.social/post/")));
}

TEST_CASE("a network that keeps failing leaves the post sending, for the next round",
          "[publishing]") {
    Setup s;
    const qint64 id =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("Un"), kAt);
    s.net.loseAnswers = 100;
    s.clock.set(kAt.addSecs(1));
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    CHECK(s.round(publisher).retried == 1);
    const ScheduledPost waiting = s.post(id);
    CHECK(waiting.status == PostStatus::Sending);
    CHECK(waiting.error.contains(QStringLiteral("busy")));
    s.net.loseAnswers = 0;
    CHECK(s.round(publisher).sent == 1);
    CHECK(s.net.statusesCreated == 1);
}

TEST_CASE("a refusal stops the post with the server's reason", "[publishing]") {
    Setup s;
    const qint64 rejected =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("x"), kAt);
    s.net.refuseWith = 422;
    s.clock.set(kAt.addSecs(1));
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    QSignalSpy failedSpy(&publisher, &Publisher::postFailed);
    CHECK(s.round(publisher).failed == 1);
    const ScheduledPost post = s.post(rejected);
    CHECK(post.status == PostStatus::Failed);
    CHECK(post.error.contains(QStringLiteral("Validation failed")));
    CHECK(post.error.contains(QStringLiteral("422")));
    CHECK(failedSpy.count() == 1);
    CHECK(s.net.statusesCreated == 0);

    // A wrong app password: refused at sign-in, said in words.
    const qint64 sky =
        s.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("y"), kAt.addSecs(2));
    bool written = false;
    s.secrets.write(SecretStore::accountKey(QStringLiteral("brand.bsky.social")),
                    QStringLiteral("wrong"), [&](const QString &) { written = true; });
    REQUIRE(test::waitUntil([&] { return written; }));
    s.clock.set(kAt.addSecs(3));
    CHECK(s.round(publisher).failed == 1);
    CHECK(s.post(sky).error.contains(QStringLiteral("Invalid identifier or password")));
    CHECK(s.net.records.isEmpty());
}

TEST_CASE("posts whose time passed while nothing ran are marked missed, not sent", "[publishing]") {
    Setup s;
    const qint64 old =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("trop tard"), kAt);
    const qint64 recent = s.schedule(QStringLiteral("brand@mastodon.example"),
                                     QStringLiteral("juste à temps"), kAt.addSecs(50 * 60));
    s.clock.set(kAt.addSecs(60 * 60)); // the first is an hour late, the second ten minutes
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    publisher.setGraceSeconds(15 * 60);
    CHECK(s.round(publisher).sent == 1);
    const ScheduledPost missed = s.post(old);
    CHECK(missed.status == PostStatus::Missed);
    CHECK_FALSE(missed.error.isEmpty());
    CHECK(s.post(recent).status == PostStatus::Sent);
    CHECK(s.net.statusesCreated == 1);
}

TEST_CASE("lengths as each network counts them, and Bluesky's facets in bytes", "[publishing]") {
    // Graphemes: a family emoji, a flag and an accent written as e + combining mark are one
    // character each for Bluesky.
    CHECK(blueskyLength(QStringLiteral("Bonjour")) == 7);
    CHECK(blueskyLength(QStringLiteral("👨‍👩‍👧")) == 1);
    CHECK(blueskyLength(QStringLiteral("🇫🇷")) == 1);
    CHECK(blueskyLength(QStringLiteral("e\u0301t\u00e9")) == 3);
    CHECK(blueskyLength(QString(300, u'a')) == kBlueskyLimit);
    // Mastodon: code points, links as 23, remote mentions without their domain.
    CHECK(mastodonLength(QStringLiteral("Salut 👋")) == 7);
    CHECK(mastodonLength(QStringLiteral("Voir https://example.com/a/very/long/path/indeed")) ==
          5 + 23);
    CHECK(mastodonLength(QStringLiteral("@marie@mastodon.social merci")) ==
          int(QStringLiteral("@marie merci").size()));

    const QString text = QStringLiteral("Été 🌙 : https://lumen.example/promo. #MerciDix");
    const QJsonArray facets = blueskyFacets(text);
    REQUIRE(facets.size() == 2);
    const QByteArray utf8 = text.toUtf8();
    const QJsonObject link = facets[0].toObject();
    const qsizetype start = link[QLatin1String("index")][QLatin1String("byteStart")].toInteger();
    const qsizetype end = link[QLatin1String("index")][QLatin1String("byteEnd")].toInteger();
    CHECK(utf8.mid(start, end - start) == "https://lumen.example/promo"); // not the full stop
    CHECK(link[QLatin1String("features")][0][QLatin1String("uri")].toString() ==
          QStringLiteral("https://lumen.example/promo"));
    const QJsonObject tag = facets[1].toObject();
    const qsizetype tagStart = tag[QLatin1String("index")][QLatin1String("byteStart")].toInteger();
    const qsizetype tagEnd = tag[QLatin1String("index")][QLatin1String("byteEnd")].toInteger();
    CHECK(utf8.mid(tagStart, tagEnd - tagStart) == "#MerciDix");
    CHECK(tag[QLatin1String("features")][0][QLatin1String("tag")].toString() ==
          QStringLiteral("MerciDix"));
}

TEST_CASE("replies answer the mention on each network and count as its first response",
          "[publishing]") {
    Setup s;
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(s.temp.location()));
        QList<Mention> mentions;
        for (const auto &[id, network, url] :
             {std::tuple{QStringLiteral("mastodon:https://other.example/users/fan/statuses/9"),
                         QStringLiteral("mastodon"),
                         QStringLiteral("https://other.example/@fan/9")},
              std::tuple{QStringLiteral("bluesky:at://did:plc:fan/app.bsky.feed.post/3kparent"),
                         QStringLiteral("bluesky"),
                         QStringLiteral("https://bsky.app/profile/fan/post/3kparent")}}) {
            Mention m;
            m.id = id;
            m.network = network;
            m.url = url;
            m.createdAt = kAt.addSecs(-3600);
            m.author.id = network + QStringLiteral(":fan");
            m.text = QStringLiteral("Ma lampe ne s'allume plus ?");
            mentions.append(m);
        }
        REQUIRE_FALSE(failed(MentionStore(connection.database()).insert(mentions, kAt)));
    }
    s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("On regarde ça !"), kAt,
               QStringLiteral("mastodon:https://other.example/users/fan/statuses/9"));
    s.schedule(QStringLiteral("brand.bsky.social"),
               QStringLiteral("Désolés ! Voir https://lumen.example/aide #SAV"), kAt,
               QStringLiteral("bluesky:at://did:plc:fan/app.bsky.feed.post/3kparent"));
    s.clock.set(kAt.addSecs(2));
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    CHECK(s.round(publisher).sent == 2);
    // Mastodon: the instance's own id of the answered post.
    REQUIRE(s.net.inReplyTo.size() == 1);
    CHECK(s.net.inReplyTo.cbegin().value() == QStringLiteral("777"));
    // Bluesky: parent and the thread's root, with their content hashes; links and tags faceted.
    REQUIRE(s.net.records.size() == 1);
    const QJsonObject record = s.net.records.cbegin().value();
    CHECK(record[QLatin1String("reply")][QLatin1String("parent")][QLatin1String("cid")] ==
          QStringLiteral("bafyparent"));
    CHECK(record[QLatin1String("reply")][QLatin1String("root")][QLatin1String("uri")] ==
          QStringLiteral("at://did:plc:op/app.bsky.feed.post/3kroot"));
    CHECK(record[QLatin1String("facets")].toArray().size() == 2);
    // Both mentions now count as answered, at the time the replies went out.
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(s.temp.location()));
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM mentions WHERE first_response_at = %1")
                       .arg(kAt.addSecs(2).toMSecsSinceEpoch())));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);

    // A post to answer that the instance cannot find stops with that reason.
    const qint64 lost =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("?"), kAt.addSecs(3),
                   QStringLiteral("mastodon:https://gone.example/statuses/1"));
    s.clock.set(kAt.addSecs(4));
    CHECK(s.round(publisher).failed == 1);
    CHECK(s.post(lost).error.contains(QStringLiteral("cannot be found")));
}

namespace {
// The smallest PNG there is: one transparent pixel.
QString writePng(const test::TempWorkspace &temp, const QString &name, qsizetype padTo = 0) {
    QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                            "R42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    if (padTo > png.size())
        png.append(QByteArray(padTo - png.size(), '\0'));
    const QString path = temp.dir() + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(png);
    return path;
}
} // namespace

TEST_CASE("what the composer sets goes out: visibility, content warning, language, images with "
          "their descriptions",
          "[publishing]") {
    Setup s;
    const QString picture = writePng(s.temp, QStringLiteral("halo.png"));
    ScheduledPost post;
    post.account = QStringLiteral("brand@mastodon.example");
    post.text =
        QStringLiteral("Le nouveau Halo est là, merci @fan.bsky.social et @nobody.example !");
    post.scheduledAt = kAt;
    post.visibility = QStringLiteral("unlisted");
    post.contentWarning = QStringLiteral("Annonce produit");
    post.language = QStringLiteral("fr");
    post.media = {{picture, QStringLiteral("Une lampe Halo allumée sur une table en bois")}};
    const qint64 mastodon = s.schedule(post);
    post.account = QStringLiteral("brand.bsky.social");
    const qint64 bluesky = s.schedule(post);
    s.clock.set(kAt.addSecs(1));
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    CHECK(s.round(publisher).sent == 2);

    // Mastodon: the image first, with its description, then the status naming it.
    CHECK(s.net.mediaDescriptions ==
          QStringList{QStringLiteral("Une lampe Halo allumée sur une table en bois")});
    CHECK(s.net.lastStatus[QLatin1String("visibility")] == QStringLiteral("unlisted"));
    CHECK(s.net.lastStatus[QLatin1String("spoiler_text")] == QStringLiteral("Annonce produit"));
    CHECK(s.net.lastStatus[QLatin1String("language")] == QStringLiteral("fr"));
    CHECK(s.net.lastStatus[QLatin1String("media_ids")].toArray() ==
          QJsonArray{QStringLiteral("m1")});
    CHECK(s.post(mastodon).remoteId == QStringLiteral("1"));
    CHECK(s.post(mastodon).visibility == QStringLiteral("unlisted"));

    // Bluesky: the blob, then a record embedding it with its description and the language.
    REQUIRE(s.net.blobs.size() == 1);
    CHECK(s.net.blobs.first().startsWith("\x89PNG"));
    REQUIRE(s.net.records.size() == 1);
    const QJsonObject sent = s.net.records.cbegin().value();
    CHECK(sent[QLatin1String("langs")].toArray() == QJsonArray{QStringLiteral("fr")});
    const QJsonObject embed = sent[QLatin1String("embed")].toObject();
    CHECK(embed[QLatin1String("$type")] == QStringLiteral("app.bsky.embed.images"));
    CHECK(embed[QLatin1String("images")][0][QLatin1String("alt")] ==
          QStringLiteral("Une lampe Halo allumée sur une table en bois"));
    CHECK(embed[QLatin1String("images")][0][QLatin1String("image")][QLatin1String("mimeType")] ==
          QStringLiteral("image/png"));
    CHECK(s.post(bluesky).remoteId == QStringLiteral("at://did:plc:brand/app.bsky.feed.post/x"));
    // The handle that resolves is a mention facet with its DID; the other stays text.
    const QJsonArray facets = sent[QLatin1String("facets")].toArray();
    REQUIRE(facets.size() == 1);
    CHECK(facets[0][QLatin1String("features")][0][QLatin1String("did")] ==
          QStringLiteral("did:plc:fan"));
    const QByteArray utf8 = post.text.toUtf8();
    const int start = facets[0][QLatin1String("index")][QLatin1String("byteStart")].toInt();
    const int end = facets[0][QLatin1String("index")][QLatin1String("byteEnd")].toInt();
    CHECK(utf8.mid(start, end - start) == "@fan.bsky.social");

    // An image over Bluesky's limit stops the post before anything is sent, and says why.
    post.media = {{writePng(s.temp, QStringLiteral("big.png"), 1200000), QStringLiteral("x")}};
    post.scheduledAt = kAt.addSecs(2);
    const qint64 big = s.schedule(post);
    s.clock.set(kAt.addSecs(3));
    CHECK(s.round(publisher).failed == 1);
    CHECK(s.post(big).error.contains(QStringLiteral("1200 kB")));
    CHECK(s.net.blobs.size() == 1);
}

TEST_CASE("the Bluesky session is kept between posts, renewed when it expires, and records go "
          "to the account's own PDS",
          "[publishing]") {
    Setup s;
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    // Two posts due together, then a third a round later: one session for all three
    // (createSession is limited to 30 per 5 minutes).
    s.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("un"), kAt);
    s.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("deux"), kAt);
    s.clock.set(kAt.addSecs(1));
    CHECK(s.round(publisher).sent == 2);
    s.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("bis"), kAt.addSecs(2));
    s.clock.set(kAt.addSecs(3));
    CHECK(s.round(publisher).sent == 1);
    CHECK(s.net.sessionsCreated == 1);

    // The access token expires: the post waits one round, the session is refreshed (not
    // created again) and the same record key is written.
    s.net.expireOnce = 1;
    const qint64 id =
        s.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("trois"), kAt.addSecs(4));
    s.clock.set(kAt.addSecs(5));
    const PublishRound first = s.round(publisher);
    CHECK(first.retried == 1);
    CHECK(s.post(id).status == PostStatus::Sending);
    CHECK(s.round(publisher).sent == 1);
    CHECK(s.net.sessionsRefreshed == 1);
    CHECK(s.net.sessionsCreated == 1);
    CHECK(s.net.records.size() == 4);

    // An account whose DID document names its own PDS: records go there.
    Setup other;
    other.net.pdsPath = QStringLiteral("/pds");
    Publisher elsewhere(other.workspace->writer(), &other.http, &other.secrets, other.clock);
    const qint64 away =
        other.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("ailleurs"), kAt);
    other.clock.set(kAt.addSecs(1));
    CHECK(other.round(elsewhere).sent == 1);
    CHECK(other.net.pdsRecords.size() == 1);
    CHECK(other.net.records.isEmpty());
    CHECK(other.post(away).remoteId == QStringLiteral("at://did:plc:brand/app.bsky.feed.post/p"));
}

TEST_CASE("likes, reposts and replies of sent posts are read for a week after sending",
          "[publishing]") {
    Setup s;
    Publisher publisher(s.workspace->writer(), &s.http, &s.secrets, s.clock);
    const qint64 mastodon =
        s.schedule(QStringLiteral("brand@mastodon.example"), QStringLiteral("un"), kAt);
    const qint64 bluesky =
        s.schedule(QStringLiteral("brand.bsky.social"), QStringLiteral("deux"), kAt);
    s.clock.set(kAt.addSecs(1));
    CHECK(s.round(publisher).sent == 2);
    const auto refresh = [&] {
        QSignalSpy done(&publisher, &Publisher::metricsUpdated);
        publisher.refreshMetrics();
        REQUIRE(test::waitUntil([&] { return done.count() == 1; }));
        return done.first().first().toInt();
    };
    CHECK(refresh() == 2);
    CHECK(s.post(mastodon).metrics == EngagementMetrics{12, 3, 2});
    CHECK(s.post(bluesky).metrics == EngagementMetrics{40, 6, 7}); // quotes count as reposts
    CHECK(refresh() == 0);                                         // read a moment ago
    s.clock.set(kAt.addSecs(16 * 60));
    CHECK(refresh() == 2);
    s.clock.set(kAt.addDays(8));
    CHECK(refresh() == 0); // older than a week: left as they are
}
