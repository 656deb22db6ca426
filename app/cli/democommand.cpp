#include "cli.h"
#include "progress.h"

#include "demo/demowriter.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace veille::cli {

int runDemo(Context &context) {
    QCommandLineParser parser;
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("Cli", "Seed of the generator (same seed, same workspace)."),
        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption days(
        QStringLiteral("days"), QCoreApplication::translate("Cli", "Length of the period in days."),
        QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption mentions(
        QStringLiteral("mentions"),
        QCoreApplication::translate(
            "Cli", "Number of mentions to generate (besides the brand's replies)."),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption end(
        QStringLiteral("end"),
        QCoreApplication::translate("Cli", "End of the period (ISO 8601; default: this hour)."),
        QStringLiteral("date"));
    parser.addOptions({seed, days, mentions, end});
    if (auto code = context.parse(
            parser, QCoreApplication::translate("Cli", "Fills a new workspace with a generated, "
                                                       "deterministic demo.")))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QCoreApplication::translate("Cli", "unexpected argument '%1'")
                                 .arg(parser.positionalArguments().first()));

    demo::DemoOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usage(QCoreApplication::translate("Cli", "--seed takes a whole number"));
    options.days = parser.value(days).toInt(&ok);
    if (!ok || options.days < 1 || options.days > 3650)
        return context.usage(
            QCoreApplication::translate("Cli", "--days takes a number from 1 to 3650"));
    options.mentions = parser.value(mentions).toInt(&ok);
    if (!ok || options.mentions < 0 || options.mentions > 50'000'000)
        return context.usage(
            QCoreApplication::translate("Cli", "--mentions takes a number from 0 to 50000000"));
    if (parser.isSet(end)) {
        const auto parsed = parseIsoDateTime(parser.value(end), MissingOffset::AssumeLocal);
        if (!parsed)
            return context.usage(
                QCoreApplication::translate("Cli", "--end is not an ISO 8601 date: %1")
                    .arg(parser.value(end)));
        options.end = *parsed;
    }

    Progress progress(context.err);
    const auto result = demo::writeDemo(context.location(parser), options, [&](int day, int all) {
        progress.update(QCoreApplication::translate("Cli", "demo: day %1 of %2").arg(day).arg(all));
    });
    progress.done();
    if (failed(result))
        return context.fail(std::get<StorageError>(result).message);
    const auto &r = std::get<demo::DemoResult>(result);
    context.out << QCoreApplication::translate(
                       "Cli", "demo workspace ready: %1 mentions, %2 authors, %3 posts in %4")
                       .arg(r.mentions)
                       .arg(r.authors)
                       .arg(r.posts)
                       .arg(context.location(parser).displayName())
                << '\n';
    return Success;
}

} // namespace veille::cli
