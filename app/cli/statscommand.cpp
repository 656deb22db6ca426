#include "cli.h"

#include "analytics/baselinestore.h"
#include "analytics/periodstats.h"
#include "storage/connection.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace veille::cli {

int runStats(Context &context) {
    QCommandLineParser parser;
    const QCommandLineOption topic(
        QStringLiteral("topic"), QCoreApplication::translate("Cli", "Only this topic's mentions."),
        QStringLiteral("T"));
    parser.addOptions(periodOptions());
    parser.addOptions({topic});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Prints the period's KPIs as one JSON object, with the same figures "
                               "for the period before it under \"previous\".")))
        return *code;
    QDateTime from;
    QDateTime to;
    if (auto error = readPeriod(parser, from, to))
        return context.usage(*error);

    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    PeriodStatsStore store(connection.database());
    const auto current = store.compute(from, to, parser.value(topic));
    if (auto code = failIfError(context, current))
        return *code;
    const qint64 length = from.secsTo(to);
    const auto previous = store.compute(from.addSecs(-length), from, parser.value(topic));
    if (auto code = failIfError(context, previous))
        return *code;
    QJsonObject json = std::get<PeriodStats>(current).toJson();
    json.insert(QStringLiteral("previous"), std::get<PeriodStats>(previous).toJson());
    // The saved baseline for the same topic, when there is one: its figures as saved.
    const auto baseline = BaselineStore(connection.database()).latest(parser.value(topic));
    if (auto code = failIfError(context, baseline))
        return *code;
    if (const auto &b = std::get<std::optional<Baseline>>(baseline)) {
        QJsonObject figures = b->figures;
        figures.insert(QStringLiteral("name"), b->name);
        json.insert(QStringLiteral("baseline"), figures);
    } else {
        json.insert(QStringLiteral("baseline"), QJsonValue());
    }
    context.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    return Success;
}

} // namespace veille::cli
