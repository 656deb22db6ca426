#include "cli.h"

#include "listening/query.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace veille::cli {

namespace {

// Splits `veille [--db X] command [args]` into the command and its arguments, keeping a
// leading --db with the command's arguments.
std::pair<QString, QStringList> splitCommand(const QStringList &arguments) {
    QStringList rest{arguments.value(0)};
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (command.isEmpty() && arg == QLatin1String("--db") && i + 1 < arguments.size()) {
            rest << arg << arguments[++i];
        } else if (command.isEmpty() && arg.startsWith(QLatin1String("--db="))) {
            rest << arg;
        } else if (command.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            command = arg;
        } else {
            rest << arg;
        }
    }
    return {command, rest};
}

void printGlobalHelp(QTextStream &out) {
    out << QCoreApplication::translate("Cli", "Usage: veille [--db LOCATION] [COMMAND] [OPTIONS]")
        << '\n'
        << QCoreApplication::translate("Cli", "Without a command, starts the Veille desktop app.")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' '
            << QCoreApplication::translate("Cli", command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli",
                                       "Run 'veille COMMAND --help' for a command's options.")
        << '\n';
}

} // namespace

const QCommandLineOption &dbOption() {
    static const QCommandLineOption option(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The workspace: an SQLite file, or a postgresql:// URL "
                                           "(default: VEILLE_DB, then the per-user workspace)."),
        QStringLiteral("location"));
    return option;
}

const QList<Command> &commands() {
    static const QList<Command> list{
        {"demo", QT_TRANSLATE_NOOP("Cli", "fill the workspace with a generated demo"), runDemo},
        {"import", QT_TRANSLATE_NOOP("Cli", "load mentions from a JSON Lines file"), runImport},
        {"mentions", QT_TRANSLATE_NOOP("Cli", "list mentions, newest first"), runMentions},
        {"export", QT_TRANSLATE_NOOP("Cli", "export mentions, authors or posts"), runExport},
        {"topic", QT_TRANSLATE_NOOP("Cli", "add, list or remove topics"), runTopic},
        {"source", QT_TRANSLATE_NOOP("Cli", "add, list or remove sources"), runSource},
        {"feed", QT_TRANSLATE_NOOP("Cli", "read an RSS, RDF or Atom feed as JSON Lines"), runFeed},
        {"collect", QT_TRANSLATE_NOOP("Cli", "poll the sources and store new mentions"),
         runCollect},
        {"score", QT_TRANSLATE_NOOP("Cli", "score the sentiment of texts, one per line"), runScore},
        {"stats", QT_TRANSLATE_NOOP("Cli", "print the KPIs of a period as JSON"), runStats},
        {"lexicon", QT_TRANSLATE_NOOP("Cli", "add, list, remove or import sentiment terms"),
         runLexicon},
        {"authors", QT_TRANSLATE_NOOP("Cli", "list the community roster with its segments"),
         runAuthors},
        {"account", QT_TRANSLATE_NOOP("Cli", "add, list or remove publishing accounts"),
         runAccount},
        {"post", QT_TRANSLATE_NOOP("Cli", "schedule, list or cancel posts"), runPost},
        {"report", QT_TRANSLATE_NOOP("Cli", "write the management report of a period as a PDF"),
         runReport},
    };
    return list;
}

std::optional<int> openForEdit(Context &context, const QCommandLineParser &parser,
                               ScopedConnection &connection) {
    const WorkspaceLocation location = context.location(parser);
    if (auto error = context.prepareWorkspace(location))
        return context.fail(error->message);
    if (auto error = connection.open(location))
        return context.fail(error->message);
    return std::nullopt;
}

std::optional<QString> queryProblem(const QString &query) {
    const auto parsed = ListeningQuery::parse(query);
    if (const auto *error = std::get_if<QuerySyntaxError>(&parsed))
        return QCoreApplication::translate("Cli", "the query cannot be read: %1")
            .arg(error->toString());
    return std::nullopt;
}

QList<QCommandLineOption> periodOptions() {
    return {QCommandLineOption(QStringLiteral("since"),
                               QCoreApplication::translate(
                                   "Cli", "Start of the period (default: 30 days before --until)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(
                QStringLiteral("until"),
                QCoreApplication::translate("Cli", "End of the period, excluded (default: now)."),
                QStringLiteral("DATE"))};
}

std::optional<QString> readPeriod(const QCommandLineParser &parser, QDateTime &since,
                                  QDateTime &until) {
    until = QDateTime::currentDateTimeUtc();
    if (auto error = readDate(parser, QStringLiteral("until"), until))
        return error;
    since = until.addDays(-30);
    if (auto error = readDate(parser, QStringLiteral("since"), since))
        return error;
    if (since >= until)
        return QCoreApplication::translate("Cli", "--since must come before --until");
    return std::nullopt;
}

bool needsGuiApplication(const QStringList &arguments) {
    return splitCommand(arguments).first == QLatin1String("report");
}

bool isCliInvocation(const QStringList &arguments) {
    const auto [command, rest] = splitCommand(arguments);
    if (!command.isEmpty())
        return true;
    return rest.contains(QLatin1String("--version")) || rest.contains(QLatin1String("-v")) ||
           rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"));
}

int run(const QStringList &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto [command, rest] = splitCommand(arguments);
    if (command.isEmpty()) {
        if (rest.contains(QLatin1String("--version")) || rest.contains(QLatin1String("-v"))) {
            out << "veille " << QCoreApplication::applicationVersion() << '\n';
            return Success;
        }
        printGlobalHelp(out);
        return Success;
    }
    for (const Command &candidate : commands()) {
        if (command == QLatin1String(candidate.name)) {
            QStringList args = rest;
            args[0] = QStringLiteral("veille");
            Context context{command, args, out, err};
            const int code = candidate.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("Cli", "veille: unknown command '%1'").arg(command) << '\n'
        << QCoreApplication::translate("Cli", "Try 'veille --help'.") << '\n';
    return UsageError;
}

std::optional<int> Context::parse(QCommandLineParser &parser, const QString &description) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dbOption());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QLatin1String("veille [options]"),
                     QStringLiteral("veille %1 [options]").arg(command));
        out << text;
        return Success;
    }
    return std::nullopt;
}

WorkspaceLocation Context::location(const QCommandLineParser &parser) const {
    return WorkspaceLocation::resolve(parser.value(dbOption()));
}

std::optional<StorageError> Context::prepareWorkspace(const WorkspaceLocation &location) {
    return Workspace::prepare(location);
}

int Context::usage(const QString &message) {
    err << "veille " << command << ": " << message << '\n'
        << QCoreApplication::translate("Cli", "Try 'veille %1 --help'.").arg(command) << '\n';
    return UsageError;
}

int Context::fail(const QString &message) {
    err << "veille " << command << ": " << message << '\n';
    return Failure;
}

} // namespace veille::cli
