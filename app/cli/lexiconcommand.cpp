#include "cli.h"

#include "sentiment/customtermstore.h"
#include "sentiment/rescorer.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

namespace veille::cli {

int runLexicon(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate(
            "Cli", "add TERM SCORE, remove TERM, list, import FILE|-, or rescore (every stored "
                   "mention scored again with the terms and corrections as they are now)."));
    // "lexicon add nul -3": a negative score is a value, not an option.
    for (qsizetype i = 1; i < context.arguments.size(); ++i) {
        bool number = false;
        context.arguments[i].toDouble(&number);
        if (number && context.arguments[i].startsWith(u'-') &&
            !context.arguments.contains(QStringLiteral("--"))) {
            context.arguments.insert(i, QStringLiteral("--"));
            break;
        }
    }
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "The workspace's own sentiment terms (scores from -5 to 5), layered "
                               "over the built-in lexicons when mentions are scored.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    ScopedConnection connection;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (action == u"add" && args.size() == 3) {
        bool ok = false;
        const double score = args[2].toDouble(&ok);
        if (!ok || score < -5 || score > 5)
            return context.usage(
                QCoreApplication::translate("Cli", "the score is a number from -5 to 5"));
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        if (auto code = failIfError(
                context, CustomTermStore(connection.database()).set(args[1], score, now)))
            return *code;
        context.out << QCoreApplication::translate("Cli", "term \"%1\" scores %2")
                           .arg(args[1].simplified().toLower())
                           .arg(score)
                    << '\n';
        return Success;
    }
    if (action == u"remove" && args.size() == 2) {
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        const auto removed = CustomTermStore(connection.database()).remove(args[1]);
        if (auto code = failIfError(context, removed))
            return *code;
        if (!std::get<bool>(removed))
            return context.fail(
                QCoreApplication::translate("Cli", "there is no term \"%1\"").arg(args[1]));
        return Success;
    }
    if (action == u"rescore" && args.size() == 1) {
        const WorkspaceLocation location = context.location(parser);
        if (auto error = context.prepareWorkspace(location))
            return context.fail(error->message);
        Workspace workspace(location);
        Rescorer rescorer(location, workspace.writer());
        int result = Failure;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&rescorer, &Rescorer::finished, &rescorer,
                         [&](qint64 changed, qint64 total) {
                             context.out << QCoreApplication::translate(
                                                "Cli", "rescored %1 mentions, %2 changed")
                                                .arg(total)
                                                .arg(changed)
                                         << '\n';
                             context.err << QCoreApplication::translate("Cli", "rescore: %1 s")
                                                .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                                         << '\n';
                             result = Success;
                             QCoreApplication::exit(0);
                         });
        QObject::connect(&rescorer, &Rescorer::failed, &rescorer, [&](const QString &reason) {
            result = context.fail(reason);
            QCoreApplication::exit(0);
        });
        rescorer.start();
        QCoreApplication::exec(); // the CLI's one event loop, while the pool thread scores
        return result;
    }
    if (action == u"list" && args.size() == 1) {
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        const auto terms = CustomTermStore(connection.database()).all();
        if (auto code = failIfError(context, terms))
            return *code;
        for (const auto &[term, score] : std::get<0>(terms))
            context.out << term << '\t' << score << '\n';
        return Success;
    }
    if (action == u"import" && args.size() == 2) {
        QFile input;
        const bool stdinInput = args[1] == u"-";
        if (!stdinInput)
            input.setFileName(args[1]);
        const bool opened =
            stdinInput ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
        if (!opened)
            return context.fail(QCoreApplication::translate("Cli", "cannot read %1: %2")
                                    .arg(args[1], input.errorString()));
        // The common term<TAB>score format: what a line cannot say is reported with its number.
        Lexicon lexicon;
        QList<int> bad;
        QList<std::pair<QString, double>> terms; // as the list writes them
        const int rejected = lexicon.load(QString::fromUtf8(input.readAll()), &bad, &terms);
        const QString label = stdinInput ? QStringLiteral("<stdin>") : args[1];
        for (const int line : bad)
            context.err << label << ':' << line << ": "
                        << QCoreApplication::translate(
                               "Cli", "expected term<TAB>score (-5 to 5), a term of up to four "
                                      "words")
                        << '\n';
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        CustomTermStore store(connection.database());
        // One transaction for the whole list.
        QSqlDatabase db = connection.database();
        db.transaction();
        int imported = 0;
        for (const auto &[term, score] : terms) {
            if (auto code = failIfError(context, store.set(term, score, now))) {
                db.rollback();
                return *code;
            }
            ++imported;
        }
        db.commit();
        context.out << QCoreApplication::translate("Cli", "imported %1, rejected %2")
                           .arg(imported)
                           .arg(rejected)
                    << '\n';
        return rejected > 0 ? Failure : Success;
    }
    return context.usage(QCoreApplication::translate(
        "Cli", "expected: lexicon add TERM SCORE | lexicon remove TERM | lexicon list | "
               "lexicon import FILE|- | lexicon rescore"));
}

} // namespace veille::cli
