#include "cli.h"

#include "model/source.h"
#include "storage/connection.h"
#include "storage/sourcestore.h"
#include "storage/topicstore.h"

#include <QCoreApplication>

namespace veille::cli {

namespace {

// Opens the workspace for a short edit from the command line.
std::optional<int> open(Context &context, const QCommandLineParser &parser,
                        ScopedConnection &connection) {
    const WorkspaceLocation location = context.location(parser);
    if (auto error = context.prepareWorkspace(location))
        return context.fail(error->message);
    if (auto error = connection.open(location))
        return context.fail(error->message);
    return std::nullopt;
}

template <typename T> std::optional<int> failIfError(Context &context, const Expected<T> &result) {
    if (failed(result))
        return context.fail(std::get<StorageError>(result).message);
    return std::nullopt;
}

} // namespace

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
        if (auto code = open(context, parser, connection))
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
        if (auto code = open(context, parser, connection))
            return *code;
        const auto added = TopicStore(connection.database())
                               .add({0, args[1], parser.value(query), parser.isSet(competitor)});
        if (auto code = failIfError(context, added))
            return *code;
        context.out << QCoreApplication::translate("Cli", "added topic %1").arg(args[1]) << '\n';
        return Success;
    }
    if (action == QLatin1String("remove") && args.size() == 2) {
        if (auto code = open(context, parser, connection))
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

int runSource(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("Cli", "add KIND, list, or remove NAME."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("Cli", "The source's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QCoreApplication::translate("Cli", "Base URL of the network, or the feed URL for rss."),
        QStringLiteral("URL"));
    const QCommandLineOption query(
        QStringLiteral("query"),
        QCoreApplication::translate("Cli", "What to search for on the network."),
        QStringLiteral("Q"));
    const QCommandLineOption account(
        QStringLiteral("account"),
        QCoreApplication::translate("Cli", "The signed-in account the source uses."),
        QStringLiteral("NAME"));
    parser.addOptions({name, url, query, account});
    if (auto code = context.parse(
            parser,
            QCoreApplication::translate("Cli", "Adds, lists or removes where Veille listens.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    ScopedConnection connection;
    if (action == QLatin1String("list") && args.size() == 1) {
        if (auto code = open(context, parser, connection))
            return *code;
        const auto sources = SourceStore(connection.database()).all();
        if (auto code = failIfError(context, sources))
            return *code;
        for (const Source &s : std::get<QList<Source>>(sources))
            context.out << s.name << '\t' << s.kind << '\t' << s.url << '\t' << s.query << '\n';
        return Success;
    }
    if (action == QLatin1String("add") && args.size() == 2) {
        Source s;
        s.kind = args[1];
        if (!isKnownSourceKind(s.kind))
            return context.usage(
                QCoreApplication::translate("Cli", "unknown source kind '%1'; expected one of: %2")
                    .arg(s.kind, sourceKinds().join(QLatin1String(", "))));
        s.name = parser.value(name).trimmed();
        if (s.name.isEmpty())
            return context.usage(QCoreApplication::translate("Cli", "--name is required"));
        s.url = parser.value(url);
        s.query = parser.value(query);
        s.account = parser.value(account);
        if (s.kind == QLatin1String("rss") && s.url.isEmpty())
            return context.usage(QCoreApplication::translate(
                "Cli", "an rss source needs --url (the feed's address)"));
        if (auto code = open(context, parser, connection))
            return *code;
        if (auto code = failIfError(context, SourceStore(connection.database()).add(s)))
            return *code;
        context.out << QCoreApplication::translate("Cli", "added source %1").arg(s.name) << '\n';
        return Success;
    }
    if (action == QLatin1String("remove") && args.size() == 2) {
        if (auto code = open(context, parser, connection))
            return *code;
        const auto removed = SourceStore(connection.database()).remove(args[1]);
        if (auto code = failIfError(context, removed))
            return *code;
        if (!std::get<bool>(removed))
            return context.fail(
                QCoreApplication::translate("Cli", "there is no source named \"%1\"").arg(args[1]));
        context.out << QCoreApplication::translate("Cli", "removed source %1").arg(args[1]) << '\n';
        return Success;
    }
    return context.usage(QCoreApplication::translate(
        "Cli", "expected: source add KIND --name NAME [--url URL] [--query Q] [--account NAME] | "
               "source list | source remove NAME"));
}

} // namespace veille::cli
