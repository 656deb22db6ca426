#include "cli.h"

#include "listening/query.h"
#include "storage/connection.h"
#include "storage/topicstore.h"

#include <QCoreApplication>

namespace veille::cli {

int runTopic(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("Cli", "add NAME, list, or remove NAME."));
    const QCommandLineOption query(
        QStringLiteral("query"),
        QCoreApplication::translate("Cli", "The boolean query of the topic."), QStringLiteral("Q"));
    const QCommandLineOption competitor(
        QStringLiteral("competitor"),
        QCoreApplication::translate("Cli", "The topic is a competitor."));
    parser.addOptions({query, competitor});
    if (auto code = context.parse(
            parser,
            QCoreApplication::translate("Cli", "Adds, lists or removes what Veille listens for.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    ScopedConnection connection;
    if (action == QLatin1String("list") && args.size() == 1) {
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        const auto topics = TopicStore(connection.database()).all();
        if (auto code = failIfError(context, topics))
            return *code;
        for (const Topic &t : std::get<QList<Topic>>(topics))
            context.out << t.name << '\t' << t.query << '\t'
                        << (t.competitor ? QStringLiteral("competitor") : QStringLiteral("topic"))
                        << '\n';
        return Success;
    }
    if (action == QLatin1String("add") && args.size() == 2) {
        if (!parser.isSet(query) || parser.value(query).trimmed().isEmpty())
            return context.usage(QCoreApplication::translate("Cli", "--query is required"));
        if (auto problem = queryProblem(parser.value(query)))
            return context.usage(*problem);
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        const auto added = TopicStore(connection.database())
                               .add({0, args[1], parser.value(query), parser.isSet(competitor)});
        if (auto code = failIfError(context, added))
            return *code;
        context.out << QCoreApplication::translate("Cli", "added topic %1").arg(args[1]) << '\n';
        return Success;
    }
    if (action == QLatin1String("remove") && args.size() == 2) {
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        const auto removed = TopicStore(connection.database()).remove(args[1]);
        if (auto code = failIfError(context, removed))
            return *code;
        if (!std::get<bool>(removed))
            return context.fail(
                QCoreApplication::translate("Cli", "there is no topic named \"%1\"").arg(args[1]));
        context.out << QCoreApplication::translate("Cli", "removed topic %1").arg(args[1]) << '\n';
        return Success;
    }
    return context.usage(QCoreApplication::translate(
        "Cli",
        "expected: topic add NAME --query Q [--competitor] | topic list | topic remove NAME"));
}

} // namespace veille::cli
