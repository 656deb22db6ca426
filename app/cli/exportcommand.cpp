#include "cli.h"

#include "io/exportwriter.h"
#include "model/mentionjson.h"
#include "storage/authorstore.h"
#include "storage/connection.h"
#include "storage/poststore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace veille::cli {

namespace {

Expected<qint64> exportAuthors(QSqlDatabase db, ExportWriter &writer) {
    AuthorStore store(db);
    AuthorQuery query;
    query.limit = 5000;
    qint64 written = 0;
    while (true) {
        auto page = store.find(query);
        if (failed(page))
            return std::get<StorageError>(page);
        const auto &authors = std::get<QList<Author>>(page);
        for (const Author &author : authors)
            writer.write(authorToJson(author));
        written += authors.size();
        if (authors.size() < query.limit)
            return written;
        query.offset += query.limit;
    }
}

Expected<qint64> exportPosts(QSqlDatabase db, ExportWriter &writer) {
    auto posts = PostStore(db).find();
    if (failed(posts))
        return std::get<StorageError>(posts);
    for (const ScheduledPost &post : std::get<QList<ScheduledPost>>(posts))
        writer.write(postToJson(post));
    return qint64(std::get<QList<ScheduledPost>>(posts).size());
}

} // namespace

int runExport(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 QCoreApplication::translate("Cli", "mentions, authors or posts."));
    parser.addOptions(mentionFilterOptions());
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("Cli", "csv or jsonl."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "The file to write."),
                                    QStringLiteral("FILE"));
    parser.addOptions({format, output});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Exports mentions, authors or posts as CSV or JSON Lines.")))
        return *code;
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1)
        return context.usage(
            QCoreApplication::translate("Cli", "expected one of: mentions, authors, posts"));
    const QString kind = what.first();
    if (kind != QLatin1String("mentions") && kind != QLatin1String("authors") &&
        kind != QLatin1String("posts"))
        return context.usage(QCoreApplication::translate(
                                 "Cli", "cannot export '%1'; expected mentions, authors or posts")
                                 .arg(kind));
    if (!parser.isSet(format))
        return context.usage(
            QCoreApplication::translate("Cli", "--format is required (csv or jsonl)"));
    const auto exportFormat = exportFormatFromName(parser.value(format));
    if (!exportFormat)
        return context.usage(QCoreApplication::translate("Cli", "--format takes csv or jsonl"));
    if (!parser.isSet(output))
        return context.usage(QCoreApplication::translate("Cli", "-o FILE is required"));
    MentionQuery query;
    if (auto error = readMentionFilters(parser, query))
        return context.usage(*error);

    const WorkspaceLocation location = context.location(parser);
    if (auto error = context.prepareWorkspace(location))
        return context.fail(error->message);
    ScopedConnection connection;
    if (auto error = connection.open(location))
        return context.fail(error->message);

    // Written to a temporary file and renamed at the end: a failed export never leaves half a
    // file where a previous good one was.
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(QCoreApplication::translate("Cli", "cannot write %1: %2")
                                .arg(parser.value(output), file.errorString()));
    Expected<qint64> written = qint64(0);
    if (kind == QLatin1String("mentions")) {
        ExportWriter writer(&file, *exportFormat, mentionCsvColumns());
        MentionStore store(connection.database());
        written = exportMentions(store, query, 0, writer);
    } else if (kind == QLatin1String("authors")) {
        ExportWriter writer(&file, *exportFormat, authorCsvColumns());
        written = exportAuthors(connection.database(), writer);
    } else {
        ExportWriter writer(&file, *exportFormat, postCsvColumns());
        written = exportPosts(connection.database(), writer);
    }
    if (failed(written)) {
        file.cancelWriting();
        return context.fail(std::get<StorageError>(written).message);
    }
    if (!file.commit())
        return context.fail(QCoreApplication::translate("Cli", "cannot write %1: %2")
                                .arg(parser.value(output), file.errorString()));
    context.out << QCoreApplication::translate("Cli", "exported %1 %2 to %3")
                       .arg(std::get<qint64>(written))
                       .arg(kind, parser.value(output))
                << '\n';
    return Success;
}

} // namespace veille::cli
