#include "cli.h"

#include "report/reportdata.h"
#include "report/reportpdf.h"
#include "settings/settings.h"
#include "storage/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace veille::cli {

int runReport(Context &context) {
    QCommandLineParser parser;
    const QCommandLineOption topic(
        QStringLiteral("topic"),
        QCoreApplication::translate("Cli", "Report on this topic (default: the brand)."),
        QStringLiteral("T"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "fr or en (default: the interface's language)."),
        QStringLiteral("fr|en"));
    const QCommandLineOption paper(
        QStringLiteral("paper"),
        QCoreApplication::translate("Cli", "a4 or letter (default: by locale)."),
        QStringLiteral("a4|letter"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "The PDF file to write."),
                                    QStringLiteral("FILE.pdf"));
    parser.addOptions(periodOptions());
    parser.addOptions({topic, lang, paper, output});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Writes the management report of a period as a PDF, the same as "
                               "the app's File › Export report. The organisation's name, logo "
                               "and colour come from the preferences.")))
        return *code;
    if (!parser.isSet(output))
        return context.usage(QCoreApplication::translate("Cli", "-o FILE.pdf is required"));
    QDateTime from;
    QDateTime to;
    if (auto error = readPeriod(parser, from, to))
        return context.usage(*error);
    ui::ReportStyle style = ui::Settings().reportStyle();
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value != QLatin1String("fr") && value != QLatin1String("en"))
            return context.usage(
                QCoreApplication::translate("Cli", "--lang must be fr or en, not '%1'").arg(value));
        style.language = value;
    }
    if (parser.isSet(paper)) {
        const QString value = parser.value(paper).toLower();
        if (value == QLatin1String("a4"))
            style.pageSize = QPageSize(QPageSize::A4);
        else if (value == QLatin1String("letter"))
            style.pageSize = QPageSize(QPageSize::Letter);
        else
            return context.usage(
                QCoreApplication::translate("Cli", "--paper must be a4 or letter, not '%1'")
                    .arg(value));
    }

    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    ReportRequest request;
    request.since = from;
    request.until = to;
    request.topic = parser.value(topic);
    auto data = ReportBuilder(connection.database()).build(request);
    if (auto code = failIfError(context, data))
        return *code;
    const ui::ReportRenderer renderer(std::get<ReportData>(std::move(data)), style);
    if (auto problem = ui::writeReportPdf(renderer, parser.value(output)))
        return context.fail(*problem);
    context.err << QCoreApplication::translate("Cli", "wrote %1 (%n page(s))", nullptr,
                                               renderer.pageCount())
                       .arg(QFileInfo(parser.value(output)).absoluteFilePath())
                << '\n';
    return Success;
}

} // namespace veille::cli
