#include "cli.h"
#include "progress.h"

#include "io/mentionimporter.h"
#include "listening/mentionenricher.h"
#include "storage/connection.h"
#include "storage/topicstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace veille::cli {

int runImport(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("Cli",
                                    "JSON Lines file of mentions, or - for standard input."));
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Loads mentions from a JSON Lines file into the workspace.")))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usage(QCoreApplication::translate("Cli", "expected one FILE (or -)"));
    const QString path = files.first();

    QFile input;
    if (path == QLatin1String("-")) {
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.fail(QCoreApplication::translate("Cli", "cannot read standard input"));
    } else {
        input.setFileName(path);
        if (!input.open(QIODevice::ReadOnly))
            return context.fail(QCoreApplication::translate("Cli", "cannot read %1: %2")
                                    .arg(path, input.errorString()));
    }

    const WorkspaceLocation location = context.location(parser);
    if (auto error = context.prepareWorkspace(location))
        return context.fail(error->message);

    // Topics come from the workspace, to tag mentions that arrive without any.
    std::optional<MentionEnricher> enricher;
    {
        ScopedConnection connection;
        if (auto error = connection.open(location))
            return context.fail(error->message);
        auto found = TopicStore(connection.database()).all();
        if (failed(found))
            return context.fail(std::get<StorageError>(found).message);
        enricher.emplace(std::get<QList<Topic>>(found));
        if (auto error = enricher->learnFrom(connection.database()))
            return context.fail(error->message);
    }
    Workspace workspace(location);
    MentionImporter importer(&workspace, &input);
    importer.setEnricher(&*enricher);
    Progress progress(context.err);
    const QString label = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    QObject::connect(&importer, &MentionImporter::rejected, &importer,
                     [&](qint64 line, const QString &reason) {
                         context.err << label << ':' << line << ": " << reason << '\n';
                     });
    QObject::connect(
        &importer, &MentionImporter::progress, &importer, [&](qint64 lines, qint64 imported) {
            progress.update(QCoreApplication::translate("Cli", "import: %1 lines read, %2 stored")
                                .arg(lines)
                                .arg(imported));
        });
    QObject::connect(&importer, &MentionImporter::finishing, &importer, [&] {
        progress.update(QCoreApplication::translate(
                            "Cli", "import: %1 lines read, %2 stored; completing the indexes "
                                   "and the roster")
                            .arg(importer.summary().lines)
                            .arg(importer.summary().imported),
                        true);
    });
    QObject::connect(&importer, &MentionImporter::finished, &importer,
                     [] { QCoreApplication::exit(0); });
    QElapsedTimer timer;
    timer.start();
    importer.start();
    QCoreApplication::exec(); // the CLI's one event loop, while the writer thread stores
    progress.done();

    const ImportSummary &s = importer.summary();
    if (!s.failure.isEmpty())
        return context.fail(
            QCoreApplication::translate("Cli", "storing failed after %1 mentions: %2")
                .arg(s.imported)
                .arg(s.failure));
    context.out << QCoreApplication::translate("Cli", "imported %1, rejected %2")
                       .arg(s.imported)
                       .arg(s.rejected);
    if (s.duplicates > 0)
        context.out << QCoreApplication::translate("Cli", " (%1 already in the workspace)")
                           .arg(s.duplicates);
    context.out << '\n';
    const double seconds = timer.elapsed() / 1000.0;
    if (seconds > 0.5)
        context.err << QCoreApplication::translate("Cli", "import: %1 lines in %2 s (%3 lines/s)")
                           .arg(s.lines)
                           .arg(seconds, 0, 'f', 1)
                           .arg(qint64(s.lines / seconds))
                    << '\n';
    return s.rejected > 0 ? Failure : Success;
}

} // namespace veille::cli
