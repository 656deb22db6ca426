#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

#include <QProcess>

using veille::test::fixture;
using veille::test::LocalHttpServer;
using Reply = LocalHttpServer::Reply;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real executable without blocking this thread's event loop, so the local server
// keeps answering it.
Run runVeille(const QStringList &arguments) {
    QProcess process;
    process.setProcessEnvironment(veille::test::veilleEnvironment());
    process.start(QStringLiteral(VEILLE_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(
        veille::test::waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("veille topic add says when a name reads as opinion, and reads it as a name on demand",
          "[cli]") {
    veille::test::TempWorkspace temp;
    auto cli = [&](QStringList args) {
        args.prepend(temp.path());
        args.prepend(QStringLiteral("--db"));
        return runVeille(args);
    };
    const Run opinion =
        cli({QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("Bonne Maman"),
             QStringLiteral("--query"), QStringLiteral("\"bonne maman\"")});
    CHECK(opinion.exitCode == 0);
    CHECK(opinion.err.contains(QStringLiteral("reads as praise")));
    CHECK(opinion.err.contains(QStringLiteral("--neutral-name")));
    const Run plain = cli({QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("Lumen"),
                           QStringLiteral("--query"), QStringLiteral("lumen")});
    CHECK(plain.exitCode == 0);
    CHECK(plain.err.isEmpty());
    const Run named = cli({QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("Free"),
                           QStringLiteral("--query"), QStringLiteral("free OR @free"),
                           QStringLiteral("--competitor"), QStringLiteral("--neutral-name")});
    CHECK(named.exitCode == 0);
    CHECK(named.err.isEmpty());
    CHECK(cli({QStringLiteral("lexicon"), QStringLiteral("list")})
              .out.contains(QStringLiteral("free\t0")));
    // Neither the topic nor the term is kept when the topic cannot be added.
    const Run again =
        cli({QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("Bonne Maman"),
             QStringLiteral("--query"), QStringLiteral("bonne"), QStringLiteral("--neutral-name")});
    CHECK(again.exitCode != 0);
    CHECK_FALSE(cli({QStringLiteral("lexicon"), QStringLiteral("list")})
                    .out.contains(QStringLiteral("bonne maman")));
}

TEST_CASE("veille collect --once polls the sources, resumes, and reports each source", "[cli]") {
    veille::test::TempWorkspace temp;
    LocalHttpServer server;
    const QByteArray tag = "/api/v1/timelines/tag/lumen";
    server.route(tag, [&](const LocalHttpServer::Request &request) {
        const QString minId = request.query.queryItemValue(QStringLiteral("min_id"));
        if (minId.isEmpty()) {
            auto reply = Reply::json(fixture(QStringLiteral("mastodon/tag_lumen.json")));
            reply.headers.emplaceBack("Link", "<" +
                                                  server.url(QString::fromLatin1(tag)).toEncoded() +
                                                  "?min_id=110000000000000003>; rel=\"prev\"");
            return reply;
        }
        if (minId == u"110000000000000003")
            return Reply::json(fixture(QStringLiteral("mastodon/tag_lumen_newer.json")));
        return Reply::json("[]");
    });
    server.route("/broken.xml", Reply::text("<html><body>Moved</body></html>", "text/html"));
    const QString db = temp.path();
    auto cli = [&](QStringList args) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runVeille(args);
    };

    REQUIRE(cli({QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("Lumen"),
                 QStringLiteral("--query"), QStringLiteral("lumen OR #lumenpanne")})
                .exitCode == 0);
    const Run badQuery = cli({QStringLiteral("topic"), QStringLiteral("add"), QStringLiteral("Bad"),
                              QStringLiteral("--query"), QStringLiteral("lumen AND (solara")});
    CHECK(badQuery.exitCode == 2);
    CHECK(badQuery.err.contains(QStringLiteral("at character 11")));
    REQUIRE(cli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("mastodon"),
                 QStringLiteral("--name"), QStringLiteral("tag"), QStringLiteral("--url"),
                 server.url().toString(), QStringLiteral("--query"), QStringLiteral("#lumen")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("rss"),
                 QStringLiteral("--name"), QStringLiteral("blog"), QStringLiteral("--url"),
                 server.url(QStringLiteral("/broken.xml")).toString()})
                .exitCode == 0);
    CHECK(cli({QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("reddit"),
               QStringLiteral("--name"), QStringLiteral("r"), QStringLiteral("--query"),
               QStringLiteral("\"open")})
              .exitCode == 2);

    const Run first = cli({QStringLiteral("collect"), QStringLiteral("--once")});
    CHECK(first.exitCode == 0);
    CHECK(first.out.trimmed() == QStringLiteral("collected 3 new mentions from 2 sources"));
    CHECK(first.err.contains(QStringLiteral("tag: 3 new of 3 read")));
    CHECK(first.err.contains(QStringLiteral("blog: ")));

    const Run second = cli({QStringLiteral("collect"), QStringLiteral("--once"),
                            QStringLiteral("--source"), QStringLiteral("tag")});
    CHECK(second.exitCode == 0);
    CHECK(second.out.trimmed() == QStringLiteral("collected 2 new mentions from 1 sources"));

    const Run list = cli({QStringLiteral("source"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("blog\trss\t")));
    CHECK(lines[0].split(u'\t').value(4) == QStringLiteral("error"));
    CHECK(lines[0].split(u'\t').value(6).size() > 5); // the reason, in words
    CHECK(lines[1].split(u'\t').value(4) == QStringLiteral("ok"));

    const Run mentions =
        cli({QStringLiteral("mentions"), QStringLiteral("--topic"), QStringLiteral("Lumen")});
    CHECK(mentions.out.count(u'\n') == 5);

    CHECK(cli({QStringLiteral("collect"), QStringLiteral("--once"), QStringLiteral("--source"),
               QStringLiteral("nope")})
              .exitCode == 1);
    REQUIRE(cli({QStringLiteral("source"), QStringLiteral("edit"), QStringLiteral("blog"),
                 QStringLiteral("--disable")})
                .exitCode == 0);
    const Run paused = cli({QStringLiteral("source"), QStringLiteral("list")});
    CHECK(paused.out.split(u'\n')[0].split(u'\t').value(4) == QStringLiteral("paused"));
    const Run onlyTag = cli({QStringLiteral("collect"), QStringLiteral("--once")});
    CHECK(onlyTag.out.trimmed() == QStringLiteral("collected 0 new mentions from 1 sources"));
}
