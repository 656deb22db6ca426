#include "cli.h"

#include "model/source.h"
#include "storage/sourcestore.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace veille::cli {

namespace {

struct SourceOptions {
    QCommandLineOption name{
        QStringLiteral("name"),
        QCoreApplication::translate("Cli", "The source's name (a new one for edit)."),
        QStringLiteral("NAME")};
    QCommandLineOption url{
        QStringLiteral("url"),
        QCoreApplication::translate("Cli", "Base URL of the network, or the feed URL for rss."),
        QStringLiteral("URL")};
    QCommandLineOption query{
        QStringLiteral("query"),
        QCoreApplication::translate("Cli", "What to search for on the network (the query language "
                                           "of topics; the channel id for youtube)."),
        QStringLiteral("Q")};
    QCommandLineOption account{
        QStringLiteral("account"),
        QCoreApplication::translate("Cli", "The signed-in account the source uses."),
        QStringLiteral("NAME")};
    QCommandLineOption interval{
        QStringLiteral("interval"),
        QCoreApplication::translate("Cli", "Seconds between polls (default 900, at least 60)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption enable{QStringLiteral("enable"),
                              QCoreApplication::translate("Cli", "Poll the source (edit).")};
    QCommandLineOption disable{QStringLiteral("disable"),
                               QCoreApplication::translate("Cli", "Pause the source (edit).")};
};

// Applies the options given to `s`; returns a usage message when one is wrong.
std::optional<QString> apply(const QCommandLineParser &parser, const SourceOptions &o, Source &s) {
    if (parser.isSet(o.name))
        s.name = parser.value(o.name).trimmed();
    if (parser.isSet(o.url))
        s.url = parser.value(o.url).trimmed();
    if (parser.isSet(o.query))
        s.query = parser.value(o.query).trimmed();
    if (parser.isSet(o.account))
        s.account = parser.value(o.account).trimmed();
    if (parser.isSet(o.interval)) {
        bool ok = false;
        const int seconds = parser.value(o.interval).toInt(&ok);
        if (!ok || seconds < 60)
            return QCoreApplication::translate("Cli",
                                               "--interval takes a number of seconds, at least 60");
        s.intervalSeconds = seconds;
    }
    if (parser.isSet(o.enable))
        s.enabled = true;
    if (parser.isSet(o.disable))
        s.enabled = false;
    if (s.name.isEmpty())
        return QCoreApplication::translate("Cli", "--name is required");
    if (s.kind == u"rss" && s.url.isEmpty())
        return QCoreApplication::translate("Cli", "an rss source needs --url (the feed's address)");
    if (!s.url.isEmpty()) {
        const QUrl url(s.url);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return QCoreApplication::translate("Cli", "--url must be an http or https address");
    }
    if (s.kind == u"youtube" && s.query.isEmpty())
        return QCoreApplication::translate("Cli",
                                           "a youtube source needs --query CHANNEL_ID (UC…)");
    const bool searches = s.kind != u"rss" && s.kind != u"youtube";
    if (searches && s.query.isEmpty() && s.kind != u"mastodon")
        return QCoreApplication::translate("Cli", "a %1 source needs --query").arg(s.kind);
    if (s.kind != u"youtube" && !s.query.isEmpty())
        if (auto problem = queryProblem(s.query))
            return problem;
    return std::nullopt;
}

} // namespace

int runSource(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("Cli", "add KIND, edit NAME, list, or remove NAME."));
    const SourceOptions o;
    parser.addOptions({o.name, o.url, o.query, o.account, o.interval, o.enable, o.disable});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Adds, edits, lists or removes where Veille listens.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    ScopedConnection connection;
    if (action == u"list" && args.size() == 1) {
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        const auto sources = SourceStore(connection.database()).all();
        if (auto code = failIfError(context, sources))
            return *code;
        // name, kind, url, query, then what the collector knows: state, last success, last error
        for (const Source &s : std::get<QList<Source>>(sources))
            context.out << s.name << '\t' << s.kind << '\t' << s.url << '\t' << s.query << '\t'
                        << (s.enabled ? s.status : QStringLiteral("paused")) << '\t'
                        << (s.lastSuccess.isValid() ? toIsoUtc(s.lastSuccess) : QStringLiteral("-"))
                        << '\t'
                        << (s.status == u"ok" || s.lastError.isEmpty() ? QStringLiteral("-")
                                                                       : s.lastError)
                        << '\n';
        return Success;
    }
    if (action == u"add" && args.size() == 2) {
        Source s;
        s.kind = args[1];
        if (!isKnownSourceKind(s.kind))
            return context.usage(
                QCoreApplication::translate("Cli", "unknown source kind '%1'; expected one of: %2")
                    .arg(s.kind, sourceKinds().join(QLatin1String(", "))));
        if (auto problem = apply(parser, o, s))
            return context.usage(*problem);
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        if (auto code = failIfError(context, SourceStore(connection.database()).add(s)))
            return *code;
        context.out << QCoreApplication::translate("Cli", "added source %1").arg(s.name) << '\n';
        return Success;
    }
    if (action == u"edit" && args.size() == 2) {
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        SourceStore store(connection.database());
        const auto sources = store.all();
        if (auto code = failIfError(context, sources))
            return *code;
        for (Source s : std::get<QList<Source>>(sources)) {
            if (s.name != args[1])
                continue;
            if (auto problem = apply(parser, o, s))
                return context.usage(*problem);
            if (auto code = failIfError(context, store.update(s)))
                return *code;
            context.out << QCoreApplication::translate("Cli", "changed source %1").arg(s.name)
                        << '\n';
            return Success;
        }
        return context.fail(
            QCoreApplication::translate("Cli", "there is no source named \"%1\"").arg(args[1]));
    }
    if (action == u"remove" && args.size() == 2) {
        if (auto code = openForEdit(context, parser, connection))
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
        "Cli", "expected: source add KIND --name NAME [--url URL] [--query Q] [--account NAME] "
               "[--interval S] | source edit NAME [options] | source list | source remove NAME"));
}

} // namespace veille::cli
