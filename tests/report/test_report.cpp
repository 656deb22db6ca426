// The management report: the real executable writes the PDF, poppler reads it back.
#include "support/demoworkspace.h"
#include "support/tempworkspace.h"

#include "common/labels.h"
#include "report/reportdata.h"
#include "report/reportdialog.h"
#include "report/reportpdf.h"
#include "report/reportwords.h"
#include "storage/connection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

using namespace veille;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    process.setProcessEnvironment(test::veilleEnvironment());
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run veilleCli(const QStringList &arguments, const QByteArray &input = {}) {
    return run(QStringLiteral(VEILLE_EXECUTABLE), arguments, input);
}

// The PDF's text as poppler extracts it (what a reader selects and copies).
QString pdfText(const QString &pdf) {
    const Run text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    return text.out;
}

int pdfPages(const QString &pdf) {
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.exitCode == 0);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The report's figures for the demo's last 30 days (the demo ends now).
ReportData lastMonthOf(const test::DemoWorkspace &demo) {
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()).has_value());
    ReportRequest request;
    request.until = QDateTime::currentDateTimeUtc();
    request.since = request.until.addDays(-30);
    auto built = ReportBuilder(connection.database()).build(request);
    REQUIRE(std::holds_alternative<ReportData>(built));
    return std::get<ReportData>(std::move(built));
}

// Pixels of a page that are clearly the chart's positive green or negative red.
std::pair<int, int> sentimentPixels(const QString &pdf, int page, const QString &dir) {
    const QString prefix = dir + QStringLiteral("/page");
    const Run png = run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                         QString::number(page), QStringLiteral("-l"), QString::number(page),
                         QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, prefix});
    REQUIRE(png.exitCode == 0);
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    int green = 0;
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.green() > c.red() + 40 && c.green() > c.blue() + 25)
                ++green;
            if (c.red() > c.green() + 80 && c.red() > c.blue() + 80)
                ++red;
        }
    return {green, red};
}

QJsonObject stats(const QString &db, const QString &since, const QString &until) {
    const Run printed =
        veilleCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--since"),
                   since, QStringLiteral("--until"), until});
    REQUIRE(printed.exitCode == 0);
    return QJsonDocument::fromJson(printed.out.toUtf8()).object();
}

const QString kSince = QStringLiteral("2026-10-25T00:00:00Z");
const QString kUntil = QStringLiteral("2026-11-24T00:00:00Z");

// One demo workspace for the command-line cases (generating it takes a second).
const QString &demoDb() {
    static test::TempWorkspace temp;
    static const QString db = [] {
        const QString path = temp.path();
        const Run demo = veilleCli({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                    QStringLiteral("--mentions"), QStringLiteral("6000"),
                                    QStringLiteral("--days"), QStringLiteral("60"),
                                    QStringLiteral("--end"), kUntil});
        REQUIRE(demo.exitCode == 0);
        return path;
    }();
    return db;
}

} // namespace

TEST_CASE("the report shows the figures veille stats prints, in English", "[report]") {
    test::TempWorkspace out;
    const QString pdf = out.path(QStringLiteral("report en.pdf"));
    const Run report =
        veilleCli({QStringLiteral("--db"), demoDb(), QStringLiteral("report"),
                   QStringLiteral("--since"), kSince, QStringLiteral("--until"), kUntil,
                   QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.err.contains(QLatin1String("wrote")));
    const QString text = pdfText(pdf);
    const QJsonObject figures = stats(demoDb(), kSince, kUntil);
    const QJsonObject previous = figures[QLatin1String("previous")].toObject();
    const QLocale en(QLocale::English, QLocale::UnitedStates);

    CHECK(text.contains(QLatin1String("Executive summary")));
    CHECK(text.contains(QLatin1String("Lumen")));
    CHECK(text.contains(QLatin1String("October 25, 2026 to November 23, 2026")));
    const qint64 volume = figures[QLatin1String("volume")].toInteger();
    REQUIRE(volume > 1000);
    CHECK(text.contains(QStringLiteral("Conversations: %1 mentions").arg(en.toString(volume))));
    CHECK(text.contains(
        QStringLiteral("(%1)").arg(en.toString(previous[QLatin1String("volume")].toInteger()))));
    const QJsonObject sentiment = figures[QLatin1String("sentiment")].toObject();
    CHECK(text.contains(QStringLiteral("from %1 positive and %2 negative mentions")
                            .arg(en.toString(sentiment[QLatin1String("positive")].toInteger()),
                                 en.toString(sentiment[QLatin1String("negative")].toInteger()))));
    // Net sentiment: stats rounds to three decimals, the report shows two.
    const auto net =
        QRegularExpression(QStringLiteral("Net sentiment: ([+\\x{2212}]?[0-9.]+)")).match(text);
    REQUIRE(net.hasMatch());
    const double shown = net.captured(1).replace(QChar(0x2212), u'-').toDouble();
    CHECK(std::abs(shown - figures[QLatin1String("net_sentiment")].toDouble()) <= 0.0051);
    CHECK(text.contains(QStringLiteral("%1 mentions resolved and %2 answered")
                            .arg(en.toString(figures[QLatin1String("resolved")].toInteger()),
                                 en.toString(figures[QLatin1String("answered")].toInteger()))));
    CHECK(text.contains(QStringLiteral("%1 suggestions received")
                            .arg(en.toString(figures[QLatin1String("suggestions")].toInteger()))));
    const QJsonArray share = figures[QLatin1String("share_of_voice")].toArray();
    REQUIRE(!share.isEmpty());
    for (const QJsonValue &topic : share)
        if (topic[QLatin1String("topic")].toString() == QLatin1String("Lumen"))
            CHECK(text.contains(QStringLiteral("Lumen holds %1%")
                                    .arg(qRound(100 * topic[QLatin1String("share")].toDouble()))));
    for (const char *section : {"Conversations and sentiment", "What was said", "Community",
                                "Ambassadors of the period", "Alerts", "Publishing"})
        CHECK(text.contains(QLatin1String(section)));
    // The demo's crisis raised alerts in the period, and the table says how they were handled.
    CHECK(text.contains(QLatin1String("Spike in volume")));
    // The roster's segments of the people active in the period.
    CHECK(text.contains(QLatin1String("Segments: ")));
    CHECK(text.contains(QLatin1String("Enthusiasts ")));
    const int pages = pdfPages(pdf);
    CHECK(pages >= 4);
    CHECK(pages <= 12);
    CHECK(text.contains(QStringLiteral("Page 2 of %1").arg(pages)));

    // Charts are vectors: the PDF holds no picture at all.
    const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.exitCode == 0);
    CHECK(images.out.trimmed().split(u'\n').size() == 2); // the two header lines only
    // Fonts are embedded.
    const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
    for (const QString &line : fonts.out.split(u'\n').mid(2))
        if (!line.trimmed().isEmpty())
            CHECK(line.contains(QLatin1String(" yes ")));
}

TEST_CASE("the sentiment chart is drawn in the report with its colours", "[report]") {
    test::TempWorkspace out;
    const QString pdf = out.path(QStringLiteral("report.pdf"));
    REQUIRE(veilleCli({QStringLiteral("--db"), demoDb(), QStringLiteral("report"),
                       QStringLiteral("--since"), kSince, QStringLiteral("--until"), kUntil,
                       QStringLiteral("-o"), pdf})
                .exitCode == 0);
    // The page with the chart of volume by sentiment.
    int chartPage = 0;
    for (int page = 1; page <= pdfPages(pdf) && chartPage == 0; ++page) {
        const Run text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), pdf, QStringLiteral("-")});
        if (text.out.contains(QLatin1String("Mentions per day by sentiment")))
            chartPage = page;
    }
    REQUIRE(chartPage > 1);
    const auto [green, red] = sentimentPixels(pdf, chartPage, out.dir());
    CHECK(green > 800);
    CHECK(red > 150);
    // The cover has neither.
    const auto [coverGreen, coverRed] = sentimentPixels(pdf, 1, out.dir());
    CHECK(coverGreen == 0);
    CHECK(coverRed == 0);
}

TEST_CASE("the report in French, on Letter paper when asked", "[report]") {
    test::TempWorkspace out;
    const QString pdf = out.path(QStringLiteral("rapport.pdf"));
    const Run report = veilleCli(
        {QStringLiteral("--db"), demoDb(), QStringLiteral("report"), QStringLiteral("--since"),
         kSince, QStringLiteral("--until"), kUntil, QStringLiteral("--lang"), QStringLiteral("fr"),
         QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("-o"), pdf});
    REQUIRE(report.exitCode == 0);
    const QString text = pdfText(pdf);
    const QJsonObject figures = stats(demoDb(), kSince, kUntil);
    const QLocale fr(QLocale::French, QLocale::France);
    CHECK(text.contains(QStringLiteral("Synthèse")));
    CHECK(text.contains(QLatin1String("Du 25 octobre 2026 au 23 novembre 2026")));
    // French groups digits with a narrow no-break space, which the text layer gives as a space.
    const QString volume =
        fr.toString(figures[QLatin1String("volume")].toInteger()).replace(QChar(0x202F), u' ');
    CHECK(text.contains(QStringLiteral("Conversations : %1 mentions").arg(volume)));
    CHECK(text.contains(QStringLiteral("Ce qui a été dit")));
    CHECK(text.contains(QLatin1String("Page 2 sur")));
    // The alerts were raised by an English process (the demo's); they read in French here.
    CHECK(text.contains(QLatin1String("Pic de volume")));
    CHECK_FALSE(text.contains(QLatin1String("Spike in volume")));
    CHECK_FALSE(text.contains(QLatin1String("Executive summary")));
    const Run info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.out.contains(QLatin1String("(letter)")));
    const QString a4 = out.path(QStringLiteral("a4.pdf"));
    REQUIRE(veilleCli({QStringLiteral("--db"), demoDb(), QStringLiteral("report"),
                       QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("-o"), a4})
                .exitCode == 0);
    CHECK(run(QStringLiteral("pdfinfo"), {a4}).out.contains(QLatin1String("(A4)")));
}

TEST_CASE("accents, quotes, markup and emoji in mentions come out as written", "[report]") {
    test::TempWorkspace temp;
    const QString db = temp.path();
    const QString special =
        QStringLiteral("Çà et là, l’été <b>&amp; \"Lumen\" — déjà vu 🎉 naïve cœur");
    QJsonObject line = QJsonDocument::fromJson(test::mentionLine(1, special)).object();
    line.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("likes"), 900},
                                                       {QStringLiteral("reposts"), 90},
                                                       {QStringLiteral("replies"), 9}});
    QByteArray input = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    for (int n = 2; n < 30; ++n)
        input += test::mentionLine(n) + '\n';
    REQUIRE(veilleCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("-")},
                      input)
                .exitCode == 0);
    const QString pdf = temp.path(QStringLiteral("special.pdf"));
    const Run report =
        veilleCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--since"),
                   QStringLiteral("2026-11-01"), QStringLiteral("--until"),
                   QStringLiteral("2026-11-30"), QStringLiteral("-o"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QString text = pdfText(pdf);
    // Every character but the emoji comes back from the text layer: Qt's PDF writer draws
    // the emoji (from an outline font) but maps only the characters of the first Unicode
    // plane back to text.
    CHECK(text.contains(QStringLiteral("Çà et là, l’été <b>&amp; \"Lumen\" — déjà vu")));
    CHECK(text.contains(QStringLiteral("naïve cœur")));
    const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.out.contains(QLatin1String("Symbola")));
}

TEST_CASE("a report over an empty period says so", "[report]") {
    test::TempWorkspace out;
    const QString pdf = out.path(QStringLiteral("empty.pdf"));
    const Run report = veilleCli({QStringLiteral("--db"), demoDb(), QStringLiteral("report"),
                                  QStringLiteral("--since"), QStringLiteral("2001-01-01"),
                                  QStringLiteral("--until"), QStringLiteral("2001-02-01"),
                                  QStringLiteral("-o"), pdf});
    REQUIRE(report.exitCode == 0);
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QLatin1String("there is nothing to report for this period")));
    CHECK(pdfPages(pdf) == 2);
}

TEST_CASE("report failures: a clear line and the right exit code", "[report]") {
    test::TempWorkspace out;
    const Run missing = veilleCli({QStringLiteral("--db"), demoDb(), QStringLiteral("report")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QLatin1String("-o FILE.pdf is required")));
    const Run lang = veilleCli({QStringLiteral("--db"), demoDb(), QStringLiteral("report"),
                                QStringLiteral("--lang"), QStringLiteral("de"),
                                QStringLiteral("-o"), out.path(QStringLiteral("x.pdf"))});
    CHECK(lang.exitCode == 2);
    const QString nowhere = out.path(QStringLiteral("no/such/folder/report.pdf"));
    const Run unwritable = veilleCli({QStringLiteral("--db"), demoDb(), QStringLiteral("report"),
                                      QStringLiteral("-o"), nowhere});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.count(QLatin1String("veille report: ")) == 1);
    CHECK(unwritable.err.contains(QLatin1String("cannot be written")));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("report data: quotes are distinct, authors ranked, alerts with their handling",
          "[report]") {
    test::DemoWorkspace demo;
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()).has_value());
    ReportRequest request;
    request.until = QDateTime::currentDateTimeUtc(); // the demo ends now
    request.since = request.until.addDays(-30);
    const auto built = ReportBuilder(connection.database()).build(request);
    REQUIRE(std::holds_alternative<ReportData>(built));
    const ReportData &data = std::get<ReportData>(built);
    CHECK(data.brand == QLatin1String("Lumen"));
    CHECK(data.competitors.size() == 2);
    CHECK(data.days.size() >= 30); // whole UTC days, the first and last in part
    CHECK(data.days.size() <= 31);
    REQUIRE(data.topPositive.size() == 3);
    REQUIRE(data.topNegative.size() == 3);
    for (const Mention &m : data.topPositive)
        CHECK(m.sentiment.label == SentimentLabel::Positive);
    for (const Mention &m : data.topNegative)
        CHECK(m.sentiment.label == SentimentLabel::Negative);
    for (const Mention &m : data.mostEngaged) {
        CHECK_FALSE(data.topPositive.contains(m));
        CHECK_FALSE(data.topNegative.contains(m));
    }
    REQUIRE_FALSE(data.ambassadors.isEmpty());
    for (const PeriodAuthor &a : data.ambassadors)
        CHECK(a.averageSentiment >= kAmbassadorSentiment);
    for (const PeriodAuthor &a : data.detractors)
        CHECK(a.averageSentiment <= -kAmbassadorSentiment);
    CHECK(data.community.activeAuthors > 0);
    CHECK(data.community.newAuthors <= data.community.activeAuthors);
    REQUIRE_FALSE(data.alerts.isEmpty());
    bool beyondKept = false;
    for (const PeriodAlert &a : data.alerts) {
        CHECK(a.resolved <= a.mentions);
        CHECK(a.answered <= a.mentions);
        // All the mentions behind it, as many as its sentence says, not the 50 it keeps.
        CHECK(a.mentions >= a.stored.alert.mentionRowIds.size());
        if (a.stored.alert.kind != Alert::Kind::NegativeShare)
            CHECK(a.mentions == qint64(a.stored.alert.value));
        beyondKept = beyondKept || a.mentions > 50;
    }
    CHECK(beyondKept); // the demo's crisis
    CHECK(data.posts.published > 0);
    CHECK_FALSE(data.isEmpty());

    // A period that ends before it starts is refused, not looped over.
    std::swap(request.since, request.until);
    CHECK(
        std::holds_alternative<StorageError>(ReportBuilder(connection.database()).build(request)));
}

TEST_CASE("a long alert table runs over pages with its header once on each", "[report]") {
    test::DemoWorkspace demo;
    ReportData data = lastMonthOf(demo);
    REQUIRE_FALSE(data.alerts.isEmpty());
    // Enough alerts for two pages and more.
    const QList<PeriodAlert> some = data.alerts;
    while (data.alerts.size() < 70)
        data.alerts += some;
    ui::ReportStyle style;
    style.sections = ui::ReportSection::Alerts;
    const ui::ReportRenderer renderer(data, style);
    test::TempWorkspace out;
    const QString pdf = out.path(QStringLiteral("alerts.pdf"));
    REQUIRE_FALSE(ui::writeReportPdf(renderer, pdf).has_value());
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 3); // the cover, and the table over two pages or more
    qsizetype rows = 0;
    for (int page = 2; page <= pages; ++page) {
        const Run text =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        INFO("page " << page << ":\n" << text.out.toStdString());
        // Rows start with the date raised (one line each: a blank line before is not one).
        const qsizetype here = text.out.count(
            QRegularExpression(QStringLiteral("(?m)^[ \\t]*\\d\\d?/\\d\\d?/\\d{2,4}")));
        CHECK(here > 0);
        CHECK(text.out.count(QStringLiteral("Acknowledged")) == 1);
        rows += here;
    }
    CHECK(rows == data.alerts.size());
}

TEST_CASE("the alerts' heading and introduction never end a page without the table's first rows",
          "[report]") {
    test::DemoWorkspace demo;
    const ReportData demoData = lastMonthOf(demo);
    REQUIRE_FALSE(demoData.alerts.isEmpty());
    REQUIRE_FALSE(demoData.topPositive.isEmpty());
    // The quotes before the alerts, a few lines more each time, move the alerts' start down
    // the page by less than the table's header and first rows take, over a whole page.
    ui::ReportStyle style;
    style.sections = ui::ReportSection::Quotes | ui::ReportSection::Alerts;
    test::TempWorkspace out;
    int cut = 0;
    for (int variant = 0; variant < 36; ++variant) {
        ReportData data = demoData;
        data.topNegative.clear();
        data.mostEngaged.clear();
        data.topPositive.clear();
        Mention quote = demoData.topPositive.first();
        quote.url.clear();
        for (int i = 0; i < 2 + variant / 3; ++i)
            data.topPositive.append(quote);
        // One, three or five lines for the last quote.
        data.topPositive.last().text =
            QStringLiteral("Merci pour la réparation rapide. ").repeated(1 + 5 * (variant % 3));
        const ui::ReportRenderer renderer(data, style);
        const QString pdf = out.path(QStringLiteral("alerts-%1.pdf").arg(variant));
        REQUIRE_FALSE(ui::writeReportPdf(renderer, pdf).has_value());
        const QStringList pages = pdfText(pdf).split(u'\f');
        int introduced = 0;
        for (const QString &page : pages) {
            if (!page.contains(QLatin1String("raised in the period")))
                continue;
            ++introduced;
            INFO("variant " << variant << ", page:\n" << page.toStdString());
            CHECK(page.contains(QLatin1String("Acknowledged")));
            CHECK(page.count(QRegularExpression(
                      QStringLiteral("(?m)^[ \\t]*\\d\\d?/\\d\\d?/\\d{2,4}"))) >= 1);
        }
        CHECK(introduced == 1);
        cut = std::max(cut, int(pages.size()));
    }
    CHECK(cut >= 4); // some variants put the alerts on the next page
}

TEST_CASE("File › Export report: preview, then the PDF written page by page", "[report][ui]") {
    test::DemoWorkspace demo;
    ui::ReportDialog dialog(demo.workspace.get());
    QSignalSpy preview(&dialog, &ui::ReportDialog::previewReady);
    dialog.show();
    REQUIRE(test::waitUntil([&] { return preview.count() > 0; }, 20000));
    CHECK(dialog.previewPages() >= 3);
    CHECK(preview.first().first().toInt() == dialog.previewPages());

    dialog.openWhenDone()->setChecked(false);
    test::TempWorkspace out;
    const QString pdf = out.path(QStringLiteral("from the app.pdf"));
    QSignalSpy exported(&dialog, &ui::ReportDialog::exported);
    dialog.exportTo(pdf);
    REQUIRE(test::waitUntil([&] { return exported.count() > 0; }, 20000));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(pdfPages(pdf) == dialog.previewPages());

    // Changing the language asks for the figures again and the export waits for them.
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
    const QString french = out.path(QStringLiteral("rapport.pdf"));
    dialog.exportTo(french);
    REQUIRE(test::waitUntil([&] { return exported.count() > 1; }, 20000));
    const QString frenchText = pdfText(french);
    INFO(frenchText.left(600).toStdString());
    CHECK(frenchText.contains(QStringLiteral("Synthèse")));
}

TEST_CASE("the cover carries the organisation's name, logo and colour", "[report]") {
    test::DemoWorkspace demo;
    ReportData data = lastMonthOf(demo);
    test::TempWorkspace out;
    QImage logo(120, 60, QImage::Format_RGB32);
    logo.fill(QColor(0xff, 0x8c, 0x00));
    const QString logoPath = out.path(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));
    ui::ReportStyle style;
    style.organisation = QStringLiteral("Maison Lumen SAS");
    style.logoPath = logoPath;
    style.accent = QColor(0x6a, 0x1b, 0x9a);
    style.sections = ui::ReportSection::Summary;
    const ui::ReportRenderer renderer(std::move(data), style);
    const QString pdf = out.path(QStringLiteral("branded.pdf"));
    REQUIRE_FALSE(ui::writeReportPdf(renderer, pdf).has_value());

    CHECK(pdfText(pdf).contains(QStringLiteral("Maison Lumen SAS")));
    const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.out.trimmed().split(u'\n').size() == 3); // the logo, once
    // The cover's band is the organisation's colour, the logo sits on it.
    const Run png =
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
             QStringLiteral("-png"), pdf, out.path(QStringLiteral("cover"))});
    REQUIRE(png.exitCode == 0);
    const QImage cover(out.path(QStringLiteral("cover.png")));
    REQUIRE_FALSE(cover.isNull());
    const QColor band = cover.pixelColor(cover.width() - 5, 5);
    CHECK(std::abs(band.red() - 0x6a) < 8);
    CHECK(std::abs(band.blue() - 0x9a) < 8);
    bool orange = false;
    for (int y = 0; y < cover.height() / 3 && !orange; ++y)
        for (int x = 0; x < cover.width() / 2 && !orange; ++x) {
            const QColor c = cover.pixelColor(x, y);
            orange = c.red() > 230 && c.green() > 120 && c.green() < 160 && c.blue() < 30;
        }
    CHECK(orange);
    // Only the sections asked for: no charts, no quotes.
    CHECK_FALSE(pdfText(pdf).contains(QLatin1String("What was said")));
}

// Engagement counts take each language's plural: one like, several likes; French singular
// for 0 and 1 ("0 partage", "1 réponse").
TEST_CASE("engagement counts are worded with each language's plural forms", "[report][i18n]") {
    const EngagementMetrics metrics{1, 3, 0};
    const auto wordsOf = [](const ui::ReportWords &words) {
        return [&words](const char *context, const char *source, int n) {
            return words.text(context, source, n);
        };
    };
    const ui::ReportWords en(QStringLiteral("en"));
    CHECK(ui::engagementText(metrics, QStringLiteral(", "), wordsOf(en)) ==
          QStringLiteral("1 like, 3 reposts, 0 replies"));
    const ui::ReportWords fr(QStringLiteral("fr"));
    CHECK(ui::engagementText(EngagementMetrics{1234, 0, 2}, QStringLiteral(" · "), wordsOf(fr)) ==
          fr.locale().toString(1234) + QStringLiteral(" j’aime · 0 partage · 2 réponses"));
}
