#include "cli.h"

#include "listening/collector.h"
#include "net/httpclient.h"
#include "publishing/publisher.h"
#include "publishing/secretstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QTimer>

namespace veille::cli {

int runCollect(Context &context) {
    QCommandLineParser parser;
    const QCommandLineOption once(
        QStringLiteral("once"),
        QCoreApplication::translate("Cli", "Poll every source once, print what came, and exit."));
    const QCommandLineOption only(
        QStringLiteral("source"),
        QCoreApplication::translate("Cli", "Poll only the source with this name."),
        QStringLiteral("NAME"));
    const QCommandLineOption grace(
        QStringLiteral("grace"),
        QCoreApplication::translate("Cli", "Send posts that came due while nothing ran up to "
                                           "this many minutes late (default 15); older ones are "
                                           "marked missed."),
        QStringLiteral("MINUTES"), QStringLiteral("15"));
    parser.addOptions({once, only, grace});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Polls the sources and stores new mentions (a server can run this "
                               "around the clock).")))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QCoreApplication::translate("Cli", "collect takes no argument"));
    bool graceOk = false;
    const int graceMinutes = parser.value(grace).toInt(&graceOk);
    if (!graceOk || graceMinutes < 0)
        return context.usage(
            QCoreApplication::translate("Cli", "--grace takes a number of minutes, 0 or more"));

    const WorkspaceLocation location = context.location(parser);
    if (auto error = context.prepareWorkspace(location))
        return context.fail(error->message);

    Workspace workspace(location);
    HttpClient http;
    KeychainSecretStore secrets;
    Collector collector(location, workspace.writer(), &http, &secrets);
    QObject::connect(&collector, &Collector::problem, &collector, [&](const QString &message) {
        context.err << message << '\n';
        context.err.flush();
    });
    QObject::connect(
        &collector, &Collector::alertsRaised, &collector, [&](const QList<Alert> &alerts) {
            for (const Alert &alert : alerts)
                context.err << QCoreApplication::translate("Cli", "alert: %1").arg(alert.title)
                            << '\n';
            context.err.flush();
        });
    QObject::connect(
        &collector, &Collector::sourceStatusChanged, &collector, [&](const SourceStatus &s) {
            if (s.status == u"polling")
                return;
            if (s.status == u"ok")
                context.err << QCoreApplication::translate("Cli", "%1: %2 new of %3 read")
                                   .arg(s.name)
                                   .arg(s.lastNew)
                                   .arg(s.fetched);
            else
                context.err
                    << QCoreApplication::translate("Cli", "%1: %2").arg(s.name, s.lastError);
            for (const QString &warning : s.warnings)
                context.err << "\n  " << warning;
            context.err << '\n';
            context.err.flush();
        });

    // Posts come due while the collector runs: a server can publish while laptops are closed.
    Publisher publisher(workspace.writer(), &http, &secrets, SystemClock::instance(), nullptr,
                        collector.blueskySessions());
    publisher.setGraceSeconds(qint64(graceMinutes) * 60);
    QObject::connect(
        &publisher, &Publisher::postSent, &publisher, [&](qint64 id, const QString &url) {
            context.err << QCoreApplication::translate("Cli", "post %1 sent: %2").arg(id).arg(url)
                        << '\n';
            context.err.flush();
        });
    QObject::connect(
        &publisher, &Publisher::postFailed, &publisher, [&](qint64 id, const QString &reason) {
            context.err
                << QCoreApplication::translate("Cli", "post %1 failed: %2").arg(id).arg(reason)
                << '\n';
            context.err.flush();
        });

    if (!parser.isSet(once)) {
        // Runs until the process is stopped; every write is its own transaction.
        if (parser.isSet(only))
            return context.usage(QCoreApplication::translate("Cli", "--source goes with --once"));
        context.err << QCoreApplication::translate("Cli", "collecting; stop with Ctrl+C") << '\n';
        context.err.flush();
        collector.start();
        // Every second, so that a post leaves within seconds of its time.
        QTimer publishing;
        QObject::connect(&publishing, &QTimer::timeout, &publisher, &Publisher::publishDue);
        publishing.start(1000);
        publisher.publishDue();
        // And the engagement of the week's posts, read again every quarter of an hour.
        QTimer metrics;
        QObject::connect(&metrics, &QTimer::timeout, &publisher,
                         [&publisher] { publisher.refreshMetrics(); });
        metrics.start(5 * 60 * 1000);
        publisher.refreshMetrics();
        return QCoreApplication::exec();
    }

    int added = 0;
    int sources = 0;
    int failedSources = 0;
    QObject::connect(&collector, &Collector::roundFinished, &collector, [&](int a, int s, int f) {
        added = a;
        sources = s;
        failedSources = f;
        publisher.publishDue(); // then the posts that are due, once
    });
    // Then the engagement of the week's sent posts, and the round is over.
    QObject::connect(&publisher, &Publisher::roundFinished, &publisher,
                     [&publisher](const PublishRound &) { publisher.refreshMetrics(); });
    QObject::connect(&publisher, &Publisher::metricsUpdated, &publisher,
                     [](int) { QCoreApplication::exit(0); });
    collector.runOnce(parser.value(only));
    QCoreApplication::exec(); // the CLI's one event loop, while the sources answer
    if (parser.isSet(only) && sources == 0)
        return context.fail(QCoreApplication::translate("Cli", "there is no source named \"%1\"")
                                .arg(parser.value(only)));
    context.out << QCoreApplication::translate("Cli", "collected %1 new mentions from %2 sources")
                       .arg(added)
                       .arg(sources)
                << '\n';
    // Some sources failing is reported above; the job failed only when none could be read.
    return sources > 0 && failedSources == sources ? Failure : Success;
}

} // namespace veille::cli
