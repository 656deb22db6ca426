#include "cli.h"

#include "io/exportwriter.h"
#include "model/mentionjson.h"
#include "storage/connection.h"
#include "storage/poststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

namespace veille::cli {

namespace {

int schedule(Context &context, const QCommandLineParser &parser) {
    for (const char *required : {"account", "at", "text"})
        if (!parser.isSet(QLatin1String(required)))
            return context.usage(QCoreApplication::translate("Cli", "post schedule needs --%1")
                                     .arg(QLatin1String(required)));
    QDateTime at;
    if (auto error = readDate(parser, QStringLiteral("at"), at))
        return context.usage(*error);
    QByteArray zone = parser.isSet(QStringLiteral("zone"))
                          ? parser.value(QStringLiteral("zone")).toUtf8()
                          : QTimeZone::systemTimeZoneId();
    if (!QTimeZone(zone).isValid())
        return context.usage(QCoreApplication::translate("Cli", "unknown time zone '%1'")
                                 .arg(QString::fromUtf8(zone)));
    // A time without an offset is the wall-clock time of the zone the post is planned in
    // (QTimeZone settles the summer-time change).
    const QString written = parser.value(QStringLiteral("at"));
    const bool hasOffset = written.endsWith(u'Z', Qt::CaseInsensitive) ||
                           written.indexOf(u'+', 10) > 0 || written.lastIndexOf(u'-') > 10;
    if (!hasOffset)
        at = QDateTime(at.toLocalTime().date(), at.toLocalTime().time(), QTimeZone(zone));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (at < now.addSecs(-60))
        return context.usage(QCoreApplication::translate("Cli", "--at is in the past (%1)")
                                 .arg(at.toUTC().toString(Qt::ISODate)));
    const QString text = parser.value(QStringLiteral("text"));
    if (text.trimmed().isEmpty())
        return context.usage(QCoreApplication::translate("Cli", "--text is empty"));
    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    ScheduledPost post;
    post.account = parser.value(QStringLiteral("account"));
    post.text = text;
    post.scheduledAt = at.toUTC();
    post.timeZone = QString::fromUtf8(zone);
    post.status = PostStatus::Scheduled;
    post.replyTo = parser.value(QStringLiteral("reply-to"));
    const auto id = PostStore(connection.database()).add(post);
    if (auto code = failIfError(context, id))
        return *code;
    context.out
        << QCoreApplication::translate("Cli", "scheduled post %1 for %2 (%3)")
               .arg(std::get<qint64>(id))
               .arg(at.toTimeZone(QTimeZone(zone)).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    QString::fromUtf8(zone))
        << '\n';
    return Success;
}

int list(Context &context, const QCommandLineParser &parser) {
    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    const auto posts = PostStore(connection.database()).find();
    if (auto code = failIfError(context, posts))
        return *code;
    if (parser.isSet(QStringLiteral("format"))) {
        const auto format = exportFormatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return context.usage(QCoreApplication::translate("Cli", "--format takes jsonl or csv"));
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(
                QCoreApplication::translate("Cli", "cannot write to standard output"));
        context.out.flush();
        ExportWriter writer(&out, *format, postCsvColumns());
        for (const ScheduledPost &post : std::get<QList<ScheduledPost>>(posts))
            writer.write(postToJson(post));
        out.flush();
        return Success;
    }
    // For a person: when (in the zone it was planned in), status, account, text.
    for (const ScheduledPost &post : std::get<QList<ScheduledPost>>(posts)) {
        const QTimeZone zone(post.timeZone.toUtf8());
        const QString when =
            post.scheduledAt.isValid()
                ? post.scheduledAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QStringLiteral("—");
        QString text = post.text.simplified();
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        context.out << post.id << '\t' << when << ' ' << post.timeZone << '\t'
                    << postStatusName(post.status) << '\t' << post.account << '\t' << text;
        if (!post.error.isEmpty())
            context.out << "\t(" << post.error << ')';
        context.out << '\n';
    }
    return Success;
}

int cancel(Context &context, const QCommandLineParser &parser, const QString &idText) {
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok)
        return context.usage(
            QCoreApplication::translate("Cli", "post cancel takes a post's number, not '%1'")
                .arg(idText));
    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    const auto done = PostStore(connection.database()).cancel(id);
    if (auto code = failIfError(context, done))
        return *code;
    context.out << QCoreApplication::translate("Cli", "cancelled post %1").arg(id) << '\n';
    return Success;
}

} // namespace

int runPost(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QCoreApplication::translate("Cli", "schedule, list or cancel."));
    parser.addOptions(
        {{QStringLiteral("account"),
          QCoreApplication::translate("Cli", "The publishing account (see veille account list)."),
          QStringLiteral("NAME")},
         {QStringLiteral("at"),
          QCoreApplication::translate("Cli", "When to publish (ISO 8601; without an offset, the "
                                             "time in --zone)."),
          QStringLiteral("DATE")},
         {QStringLiteral("text"), QCoreApplication::translate("Cli", "What to publish."),
          QStringLiteral("TEXT")},
         {QStringLiteral("zone"),
          QCoreApplication::translate("Cli", "The time zone the post is planned in (default: "
                                             "this computer's)."),
          QStringLiteral("IANA")},
         {QStringLiteral("format"),
          QCoreApplication::translate("Cli", "list: jsonl or csv (default: a line a post)."),
          QStringLiteral("format")},
         {QStringLiteral("reply-to"),
          QCoreApplication::translate("Cli", "schedule: the id of the mention the post answers "
                                             "(as veille mentions prints it)."),
          QStringLiteral("ID")}});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "The publishing queue: schedule a post, list the queue, cancel a "
                               "post. `veille collect` sends what is due.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("schedule") && args.size() == 1)
        return schedule(context, parser);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, parser);
    if (action == QLatin1String("cancel") && args.size() == 2)
        return cancel(context, parser, args[1]);
    return context.usage(QCoreApplication::translate(
        "Cli", "expected: post schedule --account NAME --at DATE --text TEXT, post list, or "
               "post cancel ID"));
}

} // namespace veille::cli
