#include "cli.h"

#include "io/exportwriter.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFile>

namespace veille::cli {

std::optional<QString> readDate(const QCommandLineParser &parser, const QString &name,
                                QDateTime &into) {
    if (!parser.isSet(name))
        return std::nullopt;
    const auto parsed = parseIsoDateTime(parser.value(name), MissingOffset::AssumeLocal);
    if (!parsed)
        return QCoreApplication::translate("Cli", "--%1 is not an ISO 8601 date: %2")
            .arg(name, parser.value(name));
    into = *parsed;
    return std::nullopt;
}

std::optional<QString> readMentionFilters(const QCommandLineParser &parser, MentionQuery &query) {
    if (auto error = readDate(parser, QStringLiteral("since"), query.since))
        return error;
    if (auto error = readDate(parser, QStringLiteral("until"), query.until))
        return error;
    query.search = parser.value(QStringLiteral("search"));
    query.topic = parser.value(QStringLiteral("topic"));
    if (parser.isSet(QStringLiteral("sentiment"))) {
        const SentimentLabel label =
            sentimentLabelFromName(parser.value(QStringLiteral("sentiment")));
        if (label == SentimentLabel::Unknown)
            return QCoreApplication::translate("Cli",
                                               "--sentiment takes positive, negative or neutral");
        query.sentiment = label;
    }
    return std::nullopt;
}

QList<QCommandLineOption> mentionFilterOptions() {
    return {
        {QStringLiteral("search"),
         QCoreApplication::translate("Cli", "Only mentions containing these words."),
         QStringLiteral("text")},
        {QStringLiteral("topic"),
         QCoreApplication::translate("Cli", "Only mentions of this topic."),
         QStringLiteral("name")},
        {QStringLiteral("since"),
         QCoreApplication::translate("Cli", "From this date (ISO 8601, inclusive)."),
         QStringLiteral("date")},
        {QStringLiteral("until"),
         QCoreApplication::translate("Cli", "Up to this date (ISO 8601, exclusive)."),
         QStringLiteral("date")},
        {QStringLiteral("sentiment"),
         QCoreApplication::translate("Cli", "positive, negative or neutral."),
         QStringLiteral("label")},
    };
}

int runMentions(Context &context) {
    QCommandLineParser parser;
    parser.addOptions(mentionFilterOptions());
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("Cli", "At most N mentions (default 100; 0 = all)."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Cli", "jsonl (default) or csv."),
                                    QStringLiteral("format"), QStringLiteral("jsonl"));
    parser.addOptions({limit, format});
    if (auto code = context.parse(
            parser, QCoreApplication::translate("Cli", "Lists mentions, newest first.")))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QCoreApplication::translate("Cli", "unexpected argument '%1'")
                                 .arg(parser.positionalArguments().first()));

    MentionQuery query;
    if (auto error = readMentionFilters(parser, query))
        return context.usage(*error);
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 0)
        return context.usage(QCoreApplication::translate("Cli", "--limit takes a whole number"));
    const auto outputFormat = exportFormatFromName(parser.value(format));
    if (!outputFormat)
        return context.usage(QCoreApplication::translate("Cli", "--format takes jsonl or csv"));

    const WorkspaceLocation location = context.location(parser);
    if (auto error = context.prepareWorkspace(location))
        return context.fail(error->message);
    ScopedConnection connection;
    if (auto error = connection.open(location))
        return context.fail(error->message);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(QCoreApplication::translate("Cli", "cannot write to standard output"));
    context.out.flush();
    ExportWriter writer(&out, *outputFormat, mentionCsvColumns());
    MentionStore store(connection.database());
    auto result = exportMentions(store, query, max, writer);
    out.flush();
    if (failed(result))
        return context.fail(std::get<StorageError>(result).message);
    return Success;
}

} // namespace veille::cli
