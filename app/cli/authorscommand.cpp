#include "cli.h"

#include "community/rosterstore.h"
#include "community/segmentrules.h"
#include "io/exportwriter.h"
#include "model/mentionjson.h"
#include "storage/authorstore.h"
#include "storage/connection.h"

#include <QCoreApplication>
#include <QFile>

namespace veille::cli {

int runAuthors(Context &context) {
    QCommandLineParser parser;
    const QCommandLineOption segment(
        QStringLiteral("segment"),
        QCoreApplication::translate("Cli", "Only this segment: enthusiast, show_off, timid, "
                                           "indifferent, blase; or ambassador, detractor, "
                                           "suspicious; or none."),
        QStringLiteral("S"));
    const QCommandLineOption network(QStringLiteral("network"),
                                     QCoreApplication::translate("Cli", "Only this network."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption topic(
        QStringLiteral("topic"),
        QCoreApplication::translate("Cli", "Only authors who talked about this topic."),
        QStringLiteral("T"));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("Cli", "At most N authors (default 100; 0 = all)."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Cli", "jsonl (default) or csv."),
                                    QStringLiteral("format"), QStringLiteral("jsonl"));
    const QCommandLineOption reclassify(
        QStringLiteral("reclassify"),
        QCoreApplication::translate("Cli", "Decide every author's segment again first (what "
                                           "time alone changes, or after new thresholds)."));
    parser.addOptions({segment, network, topic, limit, format, reclassify});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Lists the community roster, most active first, with each "
                               "author's segment and why.")))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QCoreApplication::translate("Cli", "unexpected argument '%1'")
                                 .arg(parser.positionalArguments().first()));
    AuthorQuery query;
    query.segment = parser.value(segment);
    const QStringList known =
        segmentNames() + QStringList{QStringLiteral("ambassador"), QStringLiteral("detractor"),
                                     QStringLiteral("suspicious"), QStringLiteral("none")};
    if (!query.segment.isEmpty() && !known.contains(query.segment))
        return context.usage(QCoreApplication::translate("Cli", "unknown segment '%1'; one of: %2")
                                 .arg(query.segment, known.join(QStringLiteral(", "))));
    query.network = parser.value(network);
    query.topic = parser.value(topic);
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 0)
        return context.usage(QCoreApplication::translate("Cli", "--limit takes a whole number"));
    const auto outputFormat = exportFormatFromName(parser.value(format));
    if (!outputFormat)
        return context.usage(QCoreApplication::translate("Cli", "--format takes jsonl or csv"));

    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    if (parser.isSet(reclassify)) {
        const auto done =
            RosterStore(connection.database()).classifyAll(QDateTime::currentDateTimeUtc());
        if (auto code = failIfError(context, done))
            return *code;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(QCoreApplication::translate("Cli", "cannot write to standard output"));
    context.out.flush();
    ExportWriter writer(&out, *outputFormat, authorCsvColumns());
    AuthorStore store(connection.database());
    query.limit = max == 0 ? 5000 : std::min(max, 5000);
    qint64 written = 0;
    while (max == 0 || written < max) {
        const auto page = store.find(query);
        if (auto code = failIfError(context, page))
            return *code;
        const auto &authors = std::get<QList<Author>>(page);
        for (const Author &author : authors) {
            if (max > 0 && written >= max)
                break;
            writer.write(authorToJson(author));
            ++written;
        }
        if (authors.size() < query.limit)
            break;
        query.offset += query.limit;
    }
    out.flush();
    return Success;
}

} // namespace veille::cli
