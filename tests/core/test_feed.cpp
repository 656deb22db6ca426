#include "support/tempworkspace.h"

#include "sources/feed/feeddates.h"
#include "sources/feed/feedparser.h"
#include "sources/feed/htmltext.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTimeZone>

#include <zlib.h>

using namespace veille;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

QByteArray gzip(const QByteArray &plain) {
    z_stream stream{};
    REQUIRE(deflateInit2(&stream, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray out(int(deflateBound(&stream, uLong(plain.size()))) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

const char *kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Le blog Lumen</title><link>https://blog.example.fr/</link>
<item>
  <title>Nouvelle lampe &amp; nouvelle appli</title>
  <link>https://blog.example.fr/2026/11/halo</link>
  <guid isPermaLink="false">halo-2026</guid>
  <pubDate>Fri, 20 Nov 2026 09:30:00 EST</pubDate>
  <dc:creator>Marie Dupont</dc:creator>
  <description><![CDATA[<p>La <b>Halo</b> arrive&nbsp;!</p><script>alert(1)</script><p>Deuxième paragraphe</p>]]></description>
  <content:encoded><![CDATA[<div>Texte <i>complet</i> &eacute;crit</div>]]></content:encoded>
  <category>Produits</category><category>Lumière</category>
</item>
<item><title>Sans lien</title><description>Juste du texte</description></item>
</channel></rss>)";

} // namespace

TEST_CASE("RSS 2.0 items come out as plain text with UTC dates", "[feed]") {
    const FeedDocument doc = parseFeed(QByteArray(kRss));
    REQUIRE(doc.readable());
    CHECK(doc.format == QLatin1String("rss"));
    CHECK(doc.title == QLatin1String("Le blog Lumen"));
    REQUIRE(doc.items.size() == 2);
    const FeedItem &item = doc.items[0];
    CHECK(item.title == QLatin1String("Nouvelle lampe & nouvelle appli"));
    CHECK(item.link == QLatin1String("https://blog.example.fr/2026/11/halo"));
    CHECK(item.id == QLatin1String("halo-2026"));
    CHECK(item.published == utc(2026, 11, 20, 14, 30));
    CHECK(item.author == QLatin1String("Marie Dupont"));
    CHECK(item.summary == QStringLiteral("La Halo arrive !\nDeuxième paragraphe"));
    CHECK_FALSE(item.summary.contains(QLatin1String("alert")));
    CHECK(item.content == QStringLiteral("Texte complet écrit"));
    CHECK(item.categories == QStringList{QStringLiteral("Produits"), QStringLiteral("Lumière")});
    CHECK(doc.items[1].title == QLatin1String("Sans lien"));
}

TEST_CASE("Atom 1.0 with xml:base, Atom 0.3 and RSS 1.0 (RDF)", "[feed]") {
    const QByteArray atom =
        R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.com/fr/">
  <title type="text">Actualités</title>
  <entry xml:base="articles/">
    <title>Panne résolue</title><id>tag:news.example.com,2026:42</id>
    <link rel="alternate" href="panne-resolue.html"/><link rel="edit" href="/edit/42"/>
    <published>2026-11-12T08:00:00+01:00</published><updated>2026-11-12T10:15:30Z</updated>
    <author><name>Service presse</name></author>
    <category term="incident"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Tout est <b>rétabli</b>.</div></content>
  </entry></feed>)";
    FeedDocument doc = parseFeed(atom);
    REQUIRE(doc.readable());
    CHECK(doc.format == QLatin1String("atom"));
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].link ==
          QLatin1String("https://news.example.com/fr/articles/panne-resolue.html"));
    CHECK(doc.items[0].published == utc(2026, 11, 12, 7, 0));
    CHECK(doc.items[0].updated == utc(2026, 11, 12, 10, 15, 30));
    CHECK(doc.items[0].author == QLatin1String("Service presse"));
    CHECK(doc.items[0].categories == QStringList{QStringLiteral("incident")});
    CHECK(doc.items[0].content.simplified() == QStringLiteral("Tout est rétabli."));

    const QByteArray atom03 =
        R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
      <entry><title>Ancien format</title><link rel="alternate" type="text/html" href="http://old.example.org/1"/>
      <id>urn:old:1</id><issued>2004-05-01T12:00:00Z</issued><modified>2004-05-02T12:00:00Z</modified></entry></feed>)";
    doc = parseFeed(atom03);
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].published == utc(2004, 5, 1, 12, 0));
    CHECK(doc.items[0].updated == utc(2004, 5, 2, 12, 0));

    const QByteArray rdf =
        R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="http://rdf.example.org/"><title>RDF</title><link>http://rdf.example.org/</link></channel>
      <item rdf:about="http://rdf.example.org/a"><title>Article A</title><link>http://rdf.example.org/a</link>
      <dc:date>2026-01-02T03:04:05-05:00</dc:date><dc:creator>Jean</dc:creator><dc:subject>tech</dc:subject></item></rdf:RDF>)";
    doc = parseFeed(rdf);
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.format == QLatin1String("rdf"));
    CHECK(doc.items[0].id == QLatin1String("http://rdf.example.org/a"));
    CHECK(doc.items[0].published == utc(2026, 1, 2, 8, 4, 5));
    CHECK(doc.items[0].author == QLatin1String("Jean"));
    CHECK(doc.items[0].categories == QStringList{QStringLiteral("tech")});
}

TEST_CASE("encodings: declared, undeclared Latin-1, UTF-16 with BOM, gzip", "[feed]") {
    const QString title = QStringLiteral("Été à Noël — ça marche");
    const QString xml =
        QStringLiteral("<rss><channel><item><title>%1</title></item></channel></rss>").arg(title);

    QByteArray cyrillic =
        QStringEncoder("windows-1251")
            .encode(QStringLiteral("<?xml version=\"1.0\" "
                                   "encoding=\"windows-1251\"?><rss><channel><item><title>Новости</"
                                   "title></item></channel></rss>"));
    FeedDocument doc = parseFeed(cyrillic);
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].title == QStringLiteral("Новости"));

    QByteArray latin1 =
        QStringLiteral("<rss><channel><item><title>Été à Noël</title></item></channel></rss>")
            .toLatin1();
    doc = parseFeed(latin1);
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].title == QStringLiteral("Été à Noël"));
    CHECK(doc.warnings.join(QLatin1Char(' ')).contains(QLatin1String("windows-1252")));

    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    doc = parseFeed(utf16.encode(xml));
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].title == title);

    doc = parseFeed(gzip(xml.toUtf8()));
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].title == title);
}

TEST_CASE("ill-formed feeds give every readable item and a warning, never a crash", "[feed]") {
    // A bare ampersand, an HTML entity XML does not know, a control character.
    FeedDocument doc = parseFeed(QByteArray(
        "<rss><channel><item><title>Tom & Jerry&nbsp;\x01ok</title></item></channel></rss>"));
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].title == QStringLiteral("Tom & Jerry ok"));
    CHECK_FALSE(doc.warnings.isEmpty());

    // Cut off in the middle of the third item.
    doc = parseFeed(QByteArray("<rss><channel><title>T</title><item><title>Un</title></"
                               "item><item><title>Deux</title></item><item><title>Trois</tit"));
    REQUIRE(doc.readable());
    CHECK(doc.items.size() >= 2);
    CHECK(doc.warnings.join(QLatin1Char(' ')).contains(QLatin1String("ill-formed")));

    // A nested item does not swallow the item it sits in.
    doc = parseFeed(QByteArray("<rss><channel><item><title>Dehors</title><item/><link>http://"
                               "x.example/1</link></item></channel></rss>"));
    REQUIRE(doc.items.size() == 1);
    CHECK(doc.items[0].link == QLatin1String("http://x.example/1"));

    CHECK_FALSE(
        parseFeed(QByteArray("<!DOCTYPE html><html><head><title>Site</title></head></html>"))
            .readable());
    CHECK_FALSE(parseFeed(QByteArray("   ")).readable());
    CHECK_FALSE(parseFeed(QByteArray("\x1f\x8b garbage")).readable());
    CHECK_FALSE(parseFeed(QByteArray("{\"json\": true}")).readable());
}

TEST_CASE("feed dates in the shapes found in the wild", "[feed]") {
    CHECK(parseFeedDate(QStringLiteral("Sat, 07 Sep 2002 00:00:01 GMT")) ==
          utc(2002, 9, 7, 0, 0, 1));
    CHECK(parseFeedDate(QStringLiteral("07 Sep 2002 09:30 +0200")) == utc(2002, 9, 7, 7, 30));
    CHECK(parseFeedDate(QStringLiteral("Sun, 10 Dec 17 13:01:36 -0800")) ==
          utc(2017, 12, 10, 21, 1, 36));
    CHECK(parseFeedDate(QStringLiteral("Wed, 17 Jan 2018 15:50:00 EST")) ==
          utc(2018, 1, 17, 20, 50));
    CHECK(parseFeedDate(QStringLiteral("Sat, Dec 16 2023 02:02:33 PM")) ==
          utc(2023, 12, 16, 14, 2, 33));
    CHECK(parseFeedDate(QStringLiteral("Seg, 24 Set 2018 19:42:40 -0300")) ==
          utc(2018, 9, 24, 22, 42, 40));
    CHECK(parseFeedDate(QStringLiteral("lun., 23 févr. 2026 10:00:00 +0100")) ==
          utc(2026, 2, 23, 9, 0));
    CHECK(parseFeedDate(QStringLiteral("2026-11-21T09:30:00.123456Z")) ==
          QDateTime(QDate(2026, 11, 21), QTime(9, 30, 0, 123), QTimeZone::utc()));
    CHECK(parseFeedDate(QStringLiteral("2017-06-13T03:18:00+00:0")) == utc(2017, 6, 13, 3, 18));
    CHECK_FALSE(parseFeedDate(QStringLiteral("hier soir")).isValid());
    CHECK_FALSE(parseFeedDate(QStringLiteral("31 Feb 2026 10:00:00 GMT")).isValid());
}

TEST_CASE("HTML becomes plain text; nothing in it is kept as markup", "[feed]") {
    CHECK(htmlToPlainText(QStringLiteral(
              "<p>Un <a href='x'>lien</a>&hellip;</p><p>Deux&#233; &#x1F600;</p>")) ==
          QStringLiteral("Un lien…\nDeuxé 😀"));
    CHECK(htmlToPlainText(
              QStringLiteral("<style>p{}</style><script>evil()</script>ok<!-- hidden -->")) ==
          QLatin1String("ok"));
    CHECK(htmlToPlainText(QStringLiteral("a &lt;b&gt; c")) == QLatin1String("a <b> c"));
}

// Every real feed in ../shared/data/feeds: no crash, no hang, most items read.
TEST_CASE("the shared corpus of real feeds reads without crash or hang", "[feed][shared-data]") {
    const QString folder = QStringLiteral(VEILLE_SHARED_DATA "/feeds");
    if (!QFileInfo(folder).isDir()) {
        WARN("../shared/data/feeds is absent: this check did not run");
        return;
    }
    int files = 0, readable = 0, items = 0;
    qint64 slowest = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        const FeedDocument doc = parseFeed(file.readAll(), QUrl::fromLocalFile(file.fileName()));
        slowest = std::max(slowest, timer.elapsed());
        ++files;
        readable += doc.readable() ? 1 : 0;
        items += int(doc.items.size());
    }
    INFO(files << " files, " << readable << " readable, " << items << " items");
    CHECK(files > 100);
    CHECK(readable >= files - 10);
    CHECK(items > 1500);
    CHECK(slowest < 2000);
}
