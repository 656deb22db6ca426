#pragma once

#include "storage/connection.h"
#include "storage/mentionquery.h"
#include "storage/storageerror.h"
#include "storage/workspacelocation.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace veille::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What every subcommand gets: its own arguments (program name and subcommand first, as
// QCommandLineParser expects) and the two output streams.
struct Context {
    QString command;
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;

    // Adds --db and --help to a subcommand's parser; parses; on a usage error prints one line
    // and the --help hint and returns UsageError; on --help prints help and returns Success.
    std::optional<int> parse(QCommandLineParser &parser, const QString &description);
    WorkspaceLocation location(const QCommandLineParser &parser) const;
    // Opens (creating and migrating if needed) the workspace named by --db / VEILLE_DB.
    std::optional<StorageError> prepareWorkspace(const WorkspaceLocation &location);
    int usage(const QString &message);
    int fail(const QString &message);
};

struct Command {
    const char *name;
    const char *summary; // translated at print time
    int (*run)(Context &context);
};

const QList<Command> &commands();
// True when argv names a subcommand (or --version / --help) rather than the desktop app.
bool isCliInvocation(const QStringList &arguments);
int run(const QStringList &arguments);

// The global --db option, shared by every subcommand and the desktop app.
const QCommandLineOption &dbOption();

// The mention filters `mentions` and `export mentions` share (--search, --topic, --since,
// --until, --sentiment); reading returns a usage message when a value is wrong.
QList<QCommandLineOption> mentionFilterOptions();
// Reads the ISO 8601 date of option `name` (local time without an offset) when it is set.
std::optional<QString> readDate(const QCommandLineParser &parser, const QString &name,
                                QDateTime &into);
std::optional<QString> readMentionFilters(const QCommandLineParser &parser, MentionQuery &query);
// --since and --until of a period (`stats`, `report`): by default the 30 days before now.
QList<QCommandLineOption> periodOptions();
std::optional<QString> readPeriod(const QCommandLineParser &parser, QDateTime &since,
                                  QDateTime &until);

// Opens the workspace named by --db for a short edit from the command line.
std::optional<int> openForEdit(Context &context, const QCommandLineParser &parser,
                               ScopedConnection &connection);
template <typename T> std::optional<int> failIfError(Context &context, const Expected<T> &result) {
    if (failed(result))
        return context.fail(std::get<StorageError>(result).message);
    return std::nullopt;
}
// Why a listening query cannot be read ("the query cannot be read: at character 7: …").
std::optional<QString> queryProblem(const QString &query);

int runDemo(Context &context);
int runImport(Context &context);
int runMentions(Context &context);
int runExport(Context &context);
int runTopic(Context &context);
int runSource(Context &context);
int runFeed(Context &context);
int runCollect(Context &context);
int runScore(Context &context);
int runStats(Context &context);
int runLexicon(Context &context);
int runReport(Context &context);
int runAuthors(Context &context);
int runPost(Context &context);
int runAccount(Context &context);
// Subcommands that draw (the report's charts and text) need a GUI application.
bool needsGuiApplication(const QStringList &arguments);

} // namespace veille::cli
