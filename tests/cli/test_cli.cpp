#include "support/tempworkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

#include "storage/connection.h"

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run veilleCli(const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    process.setProcessEnvironment(veille::test::veilleEnvironment());
    process.start(QStringLiteral(VEILLE_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("veille --version and --help", "[cli]") {
    const Run version = veilleCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed().startsWith(QLatin1String("veille ")));
    CHECK(version.out.trimmed().count(QLatin1Char('.')) == 2);
    const Run help = veilleCli({QStringLiteral("mentions"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QLatin1String("--since")));
}

TEST_CASE("usage errors exit 2 with one line and a --help hint", "[cli]") {
    veille::test::TempWorkspace temp;
    const QString db = temp.path();
    for (const QStringList &args :
         {QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("mentions"),
                      QStringLiteral("--since"), QStringLiteral("yesterday")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("mentions"),
                      QStringLiteral("--format"), QStringLiteral("xml")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("mentions"),
                      QStringLiteral("--bogus")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("import")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("export"),
                      QStringLiteral("mentions")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run run = veilleCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("--help")));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("import reports bad lines with file and line, stores the rest, exits 1", "[cli]") {
    veille::test::TempWorkspace temp;
    const QString file = temp.path(QStringLiteral("mentions.jsonl"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(veille::test::mentionLine(1) + "\n" + "{oops\n" + veille::test::mentionLine(2) +
              "\n");
    out.close();
    const QString db = temp.path();
    const Run run = veilleCli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QLatin1String("imported 2, rejected 1")));
    CHECK(run.err.contains(file + QStringLiteral(":2: ")));

    const Run list = veilleCli({QStringLiteral("--db"), db, QStringLiteral("mentions"),
                                QStringLiteral("--format"), QStringLiteral("jsonl")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(QLatin1Char('\n')) == 2);

    // Standard input works too, and the same mentions again are duplicates, not errors.
    const Run again =
        veilleCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("-")},
                  veille::test::mentionLine(1) + "\n" + veille::test::mentionLine(3) + "\n");
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QLatin1String("imported 1, rejected 0")));
}

TEST_CASE("mentions and export honour filters and formats", "[cli]") {
    veille::test::TempWorkspace temp;
    const QString db = temp.path();
    QByteArray input;
    for (int n = 0; n < 30; ++n)
        input += veille::test::mentionLine(
                     n, n % 3 == 0 ? QStringLiteral("Livraison en retard, \"encore\", ça m'énerve")
                                   : QString()) +
                 "\n";
    REQUIRE(veilleCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("-")},
                      input)
                .exitCode == 0);

    const Run search = veilleCli({QStringLiteral("mentions"), QStringLiteral("--db"), db,
                                  QStringLiteral("--search"), QStringLiteral("energe")});
    CHECK(search.exitCode == 0);
    CHECK(search.out.count(QLatin1Char('\n')) == 0); // prefix, not a word: FTS matches whole words
    const Run words = veilleCli({QStringLiteral("mentions"), QStringLiteral("--db"), db,
                                 QStringLiteral("--search"), QStringLiteral("livraison retard")});
    CHECK(words.out.count(QLatin1Char('\n')) == 10);
    const Run limited = veilleCli({QStringLiteral("mentions"), QStringLiteral("--db"), db,
                                   QStringLiteral("--limit"), QStringLiteral("5"),
                                   QStringLiteral("--since"), QStringLiteral("2026-11-05"),
                                   QStringLiteral("--until"), QStringLiteral("2026-11-10T00:00Z")});
    CHECK(limited.out.count(QLatin1Char('\n')) == 5);
    for (const QString &line : limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        CHECK(line > QStringLiteral("{"));
        CHECK(line.contains(QLatin1String("\"created_at\":\"2026-11-0")));
    }

    const QString csv = temp.path(QStringLiteral("out.csv"));
    const Run exported =
        veilleCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("mentions"),
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv});
    CHECK(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "id,network,"));
    CHECK(bytes.contains("\"Livraison en retard, \"\"encore\"\", \xC3\xA7"
                         "a m'\xC3\xA9nerve\""));
}

TEST_CASE("a workspace that cannot be opened exits 1 with one clear line", "[cli]") {
    veille::test::TempWorkspace temp;
    QFile junk(temp.path(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'z'));
    junk.close();
    const Run corrupt =
        veilleCli({QStringLiteral("--db"), junk.fileName(), QStringLiteral("mentions")});
    CHECK(corrupt.exitCode == 1);
    CHECK(corrupt.err.contains(QLatin1String("untouched")));
    CHECK(corrupt.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(QFileInfo(junk.fileName()).size() == 4096);

    const Run postgres =
        veilleCli({QStringLiteral("--db"), QStringLiteral("postgresql://team@127.0.0.1:5/veille"),
                   QStringLiteral("mentions")});
    CHECK(postgres.exitCode == 1);
    CHECK(postgres.err.contains(QLatin1String("PostgreSQL")));
}

TEST_CASE("veille feed prints one JSON object per item; exit 1 only when nothing could be read",
          "[cli][feed]") {
    veille::test::TempWorkspace temp;
    const QString good = temp.path(QStringLiteral("good.xml"));
    const QString page = temp.path(QStringLiteral("page.html"));
    QFile g(good);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write("<rss><channel><item><title>A &amp; B</title><link>http://a.example/1</link>"
            "<pubDate>Fri, 20 Nov 2026 09:30:00 +0100</pubDate></item><item><title>C & "
            "D</title></item></channel></rss>");
    g.close();
    QFile p(page);
    REQUIRE(p.open(QIODevice::WriteOnly));
    p.write("<html><body>Not a feed</body></html>");
    p.close();

    const Run one = veilleCli({QStringLiteral("feed"), good});
    CHECK(one.exitCode == 0);
    const QStringList lines = one.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    for (const char *key : {"\"title\"", "\"link\"", "\"id\"", "\"published\"", "\"updated\"",
                            "\"author\"", "\"summary\"", "\"content\"", "\"categories\""})
        CHECK(lines[0].contains(QLatin1String(key)));
    CHECK(lines[0].contains(QLatin1String("\"published\":\"2026-11-20T08:30:00Z\"")));
    CHECK(one.err.contains(QLatin1String("unescaped"))); // the bare & was warned about

    const Run bad = veilleCli({QStringLiteral("feed"), page});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QLatin1String("HTML")));

    const Run many = veilleCli({QStringLiteral("feed"), QStringLiteral("--many")},
                               (page + QLatin1Char('\n') + good + QLatin1Char('\n')).toUtf8());
    CHECK(many.exitCode == 0);
    CHECK(many.out.count(QStringLiteral("\"file\":\"%1\"").arg(good)) == 2);
    CHECK(veilleCli({QStringLiteral("feed")}).exitCode == 2);
}

// `veille feed` itself over every real feed kept beside the project (skipped when absent):
// the process never crashes or hangs, and reads items from nearly every file.
TEST_CASE("veille feed --many reads the shared corpus of real feeds", "[cli][shared-data]") {
    const QDir folder(QStringLiteral(VEILLE_SHARED_DATA "/feeds"));
    if (!folder.exists()) {
        WARN("../shared/data/feeds is absent: this check did not run");
        return;
    }
    QStringList paths;
    QDirIterator it(folder.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    REQUIRE(paths.size() > 100);
    const Run run = veilleCli({QStringLiteral("feed"), QStringLiteral("--many")},
                              paths.join(QLatin1Char('\n')).toUtf8() + '\n');
    CHECK(run.exitCode == 0);
    QSet<QString> filesWithItems;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject item = QJsonDocument::fromJson(line.toUtf8()).object();
        REQUIRE(item.contains(QStringLiteral("title")));
        filesWithItems.insert(item.value(QStringLiteral("file")).toString());
    }
    CHECK(filesWithItems.size() >= paths.size() - 10); // a few files hold no item at all
}

TEST_CASE("veille stats prints the period's KPIs and the period before as one JSON object",
          "[cli]") {
    veille::test::TempWorkspace temp;
    const QString db = temp.path();
    REQUIRE(
        veilleCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--mentions"),
                   QStringLiteral("600"), QStringLiteral("--days"), QStringLiteral("30"),
                   QStringLiteral("--end"), QStringLiteral("2026-11-20T00:00:00Z")})
            .exitCode == 0);
    const Run run = veilleCli({QStringLiteral("--db"), db, QStringLiteral("stats"),
                               QStringLiteral("--since"), QStringLiteral("2026-11-06T00:00:00Z"),
                               QStringLiteral("--until"), QStringLiteral("2026-11-20T00:00:00Z")});
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.out.count(QLatin1Char('\n')) == 1);
    const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const char *key : {"volume", "sentiment", "net_sentiment", "share_of_voice", "per_network",
                            "open", "resolved", "median_first_response_s", "top_terms", "previous"})
        CHECK(stats.contains(QLatin1String(key)));
    CHECK(stats.value(QStringLiteral("volume")).toInteger() > 0);
    CHECK(stats.value(QStringLiteral("baseline")).isNull()); // none saved yet
    CHECK(stats.value(QStringLiteral("since")).toString() ==
          QStringLiteral("2026-11-06T00:00:00Z"));
    CHECK(stats.value(QStringLiteral("previous"))
              .toObject()
              .value(QStringLiteral("until"))
              .toString() == QStringLiteral("2026-11-06T00:00:00Z"));
    // The same count as listing the period's mentions.
    const Run listed = veilleCli({QStringLiteral("--db"), db, QStringLiteral("mentions"),
                                  QStringLiteral("--since"), QStringLiteral("2026-11-06T00:00:00Z"),
                                  QStringLiteral("--until"), QStringLiteral("2026-11-20T00:00:00Z"),
                                  QStringLiteral("--limit"), QStringLiteral("0")});
    CHECK(listed.out.count(QLatin1Char('\n')) == stats.value(QStringLiteral("volume")).toInteger());

    CHECK(veilleCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--since"),
                     QStringLiteral("yesterday")})
              .exitCode == 2);
    CHECK(veilleCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--since"),
                     QStringLiteral("2026-11-20"), QStringLiteral("--until"),
                     QStringLiteral("2026-11-01")})
              .exitCode == 2);
}

TEST_CASE("veille lexicon adds, lists and imports the workspace's own terms, which then score",
          "[cli]") {
    veille::test::TempWorkspace temp;
    const QString db = temp.path();
    auto cli = [&](QStringList args, const QByteArray &input = {}) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return veilleCli(args, input);
    };
    CHECK(cli({QStringLiteral("lexicon"), QStringLiteral("add"), QStringLiteral("clignote"),
               QStringLiteral("-2.5")})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("lexicon"), QStringLiteral("add"), QStringLiteral("x"),
               QStringLiteral("9")})
              .exitCode == 2);
    QFile list(temp.dir() + QStringLiteral("/terms.tsv"));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write("# brand words\nlumineuse\t2\nsurchauffe totale\t-3\nbroken line\n"
               "s'éteint toute seule\t-2\nune phrase bien trop longue\t-1\n");
    list.close();
    const Run imported =
        cli({QStringLiteral("lexicon"), QStringLiteral("import"), list.fileName()});
    CHECK(imported.exitCode == 1); // two lines could not be read, the others are in
    CHECK(imported.out.trimmed() == QStringLiteral("imported 3, rejected 2"));
    CHECK(imported.err.contains(QStringLiteral("terms.tsv:4:")));
    CHECK(imported.err.contains(QStringLiteral("terms.tsv:6:")));
    CHECK(imported.err.contains(QStringLiteral("four words")));
    const Run listed = cli({QStringLiteral("lexicon"), QStringLiteral("list")});
    // Kept as the list writes them.
    CHECK(listed.out == QStringLiteral("clignote\t-2.5\nlumineuse\t2\ns'éteint toute seule\t-2\n"
                                       "surchauffe totale\t-3\n"));

    // Mentions imported without sentiment are scored with them.
    const QByteArray mention =
        R"({"id":"x:1","network":"reddit","created_at":"2026-11-20T08:00:00Z","lang":"fr","author":{"id":"x:a"},"text":"La Lumen clignote encore"})"
        "\n";
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("-")}, mention).exitCode == 0);
    const Run scored = cli(
        {QStringLiteral("mentions"), QStringLiteral("--sentiment"), QStringLiteral("negative")});
    CHECK(scored.out.contains(QStringLiteral("x:1")));

    // A term that changes its meaning: the stored mention is read again on request.
    CHECK(cli({QStringLiteral("lexicon"), QStringLiteral("add"), QStringLiteral("clignote"),
               QStringLiteral("3")})
              .exitCode == 0);
    const Run rescored = cli({QStringLiteral("lexicon"), QStringLiteral("rescore")});
    CHECK(rescored.exitCode == 0);
    CHECK(rescored.out.trimmed() == QStringLiteral("rescored 1 mentions, 1 changed"));
    const Run now = cli(
        {QStringLiteral("mentions"), QStringLiteral("--sentiment"), QStringLiteral("positive")});
    CHECK(now.out.contains(QStringLiteral("x:1")));
}

TEST_CASE("veille score answers every line in order, from a pipe and from a file alike", "[cli]") {
    // Enough lines for several blocks, and more than a megabyte so that a pipe is read in
    // more than one piece; CRLF endings, blank lines and a last line without its newline.
    QByteArray input;
    QStringList expected;
    const int lines = 30000;
    for (int n = 0; n < lines; ++n) {
        switch (n % 4) {
        case 0:
            input += "Le service client est vraiment génial, merci ! ligne " +
                     QByteArray::number(n) + '\n';
            expected << QStringLiteral("positive");
            break;
        case 1:
            input += "This update is awful and the app keeps crashing, line " +
                     QByteArray::number(n) + "\r\n";
            expected << QStringLiteral("negative");
            break;
        case 2:
            input += '\n';
            expected << QStringLiteral("neutral");
            break;
        default:
            input += "Le colis est arrivé mardi, numéro " + QByteArray::number(n) + '\n';
            expected << QStringLiteral("neutral");
        }
    }
    input += "Franchement nul";
    expected << QStringLiteral("negative");
    REQUIRE(input.size() > (1 << 20));

    auto labelsOf = [](const QString &out) {
        QStringList labels;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            labels << line.section(u'\t', 0, 0);
        return labels;
    };
    const Run piped = veilleCli({QStringLiteral("score")}, input);
    CHECK(piped.exitCode == 0);
    CHECK(piped.err.isEmpty());
    CHECK(labelsOf(piped.out) == expected);

    veille::test::TempWorkspace temp;
    QFile file(temp.dir() + QStringLiteral("/texts.txt"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(input);
    file.close();
    QProcess process;
    process.setProcessEnvironment(veille::test::veilleEnvironment());
    process.setStandardInputFile(file.fileName());
    process.start(QStringLiteral(VEILLE_EXECUTABLE), {QStringLiteral("score")});
    REQUIRE(process.waitForFinished(120000));
    CHECK(process.exitCode() == 0);
    const QString fromFile = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(fromFile == piped.out);

    // Each line: label, score in [-1, 1] with three decimals, language; the explanation in a
    // fourth column on request.
    const QStringList first = piped.out.section(u'\n', 0, 0).split(u'\t');
    REQUIRE(first.size() == 3);
    CHECK(first[1].toDouble() > 0);
    CHECK(first[1].section(u'.', 1).size() == 3);
    CHECK(first[2] == QStringLiteral("fr"));
    const Run explained = veilleCli({QStringLiteral("score"), QStringLiteral("--explain")},
                                    "Le service client est vraiment génial\n");
    const QStringList columns = explained.out.trimmed().split(u'\t');
    REQUIRE(columns.size() == 4);
    CHECK(columns[3].contains(QStringLiteral("vraiment")));

    const Run wrong = veilleCli(
        {QStringLiteral("score"), QStringLiteral("--lang"), QStringLiteral("de")}, "texte\n");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.out.isEmpty());
}
