#include "cli.h"

#include "listening/mentionenricher.h"
#include "listening/query.h"
#include "sentiment/customtermstore.h"
#include "storage/connection.h"
#include "storage/topicstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

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
    const QCommandLineOption neutralName(
        QStringLiteral("neutral-name"),
        QCoreApplication::translate("Cli",
                                    "The topic's name is a name: its words weigh nothing in "
                                    "sentiment (a term at 0 in the workspace's vocabulary)."));
    parser.addOptions({query, competitor, neutralName});
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
        const QString name = args[1];
        if (parser.isSet(neutralName) && lexiconKey(name).count(u' ') >= Lexicon::maxPhraseWords)
            return context.usage(QCoreApplication::translate(
                "Cli", "--neutral-name takes a name of up to four words"));
        QSqlDatabase db = connection.database();
        if (!db.transaction())
            return context.fail(db.lastError().text());
        const auto added =
            TopicStore(db).add({0, name, parser.value(query), parser.isSet(competitor)});
        if (auto code = failIfError(context, added)) {
            db.rollback();
            return *code;
        }
        if (parser.isSet(neutralName)) {
            const auto set = CustomTermStore(db).set(name, 0, QDateTime::currentDateTimeUtc());
            if (auto code = failIfError(context, set)) {
                db.rollback();
                return *code;
            }
        }
        if (!db.commit())
            return context.fail(db.lastError().text());
        context.out << QCoreApplication::translate("Cli", "added topic %1").arg(name) << '\n';
        if (parser.isSet(neutralName)) {
            context.out << QCoreApplication::translate(
                               "Cli", "the words of \"%1\" weigh nothing in sentiment from now on; "
                                      "`veille lexicon rescore` reads the stored mentions again")
                               .arg(name)
                        << '\n';
        } else {
            // A brand named with opinion words ("Bonne Maman", "Free") would lean its
            // mentions: say so, and how to read it as a name.
            // Read as the workspace scores its mentions, its own terms too.
            MentionEnricher engine({});
            engine.learnFrom(db);
            const SentimentResult reading = engine.scorer().readAsWords(name);
            const QString words = reading.explanation.join(QStringLiteral("; "));
            if (reading.sentiment.label == SentimentLabel::Positive)
                context.err << QCoreApplication::translate(
                                   "Cli", "note: as words, \"%1\" reads as praise (%2): mentions "
                                          "naming it in lower case lean positive; "
                                          "--neutral-name reads it as a name")
                                   .arg(name, words)
                            << '\n';
            else if (reading.sentiment.label == SentimentLabel::Negative)
                context.err << QCoreApplication::translate(
                                   "Cli", "note: as words, \"%1\" reads as criticism (%2): "
                                          "mentions naming it in lower case lean negative; "
                                          "--neutral-name reads it as a name")
                                   .arg(name, words)
                            << '\n';
        }
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
        "Cli", "expected: topic add NAME --query Q [--competitor] [--neutral-name] | topic list | "
               "topic remove NAME"));
}

} // namespace veille::cli
