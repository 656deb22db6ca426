#include "cli.h"

#include "net/httpclient.h"

#include "model/mentionjson.h"
#include "sources/feed/feedparser.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace veille::cli {

namespace {

QJsonValue timeOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject itemToJson(const FeedItem &item) {
    return QJsonObject{{QStringLiteral("title"), textOrNull(item.title)},
                       {QStringLiteral("link"), textOrNull(item.link)},
                       {QStringLiteral("id"), textOrNull(item.id)},
                       {QStringLiteral("published"), timeOrNull(item.published)},
                       {QStringLiteral("updated"), timeOrNull(item.updated)},
                       {QStringLiteral("author"), textOrNull(item.author)},
                       {QStringLiteral("summary"), textOrNull(item.summary)},
                       {QStringLiteral("content"), textOrNull(item.content)},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(item.categories)}};
}

// Prints one feed's items; returns whether anything could be read.
bool printFeed(Context &context, const QString &label, const QByteArray &bytes, const QUrl &base,
               bool withFile) {
    const FeedDocument doc = parseFeed(bytes, base);
    for (const QString &warning : doc.warnings)
        context.err << label << ": " << warning << '\n';
    if (!doc.readable()) {
        context.err << label << ": " << doc.error << '\n';
        return false;
    }
    for (const FeedItem &item : doc.items) {
        QJsonObject object = itemToJson(item);
        if (withFile)
            object.insert(QStringLiteral("file"), label);
        context.out << QString::fromUtf8(toJsonLine(object)) << '\n';
    }
    return true;
}

std::optional<QByteArray> readFile(Context &context, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << path << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

int runFeed(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE|URL"),
                                 QCoreApplication::translate("Cli", "A feed file or address."));
    const QCommandLineOption many(
        QStringLiteral("many"),
        QCoreApplication::translate("Cli",
                                    "Read feed file paths from standard input, one per line."));
    parser.addOption(many);
    if (auto code = context.parse(
            parser,
            QCoreApplication::translate(
                "Cli", "Reads an RSS, RDF or Atom feed and prints its items as JSON Lines.")))
        return *code;
    const QStringList args = parser.positionalArguments();

    if (parser.isSet(many)) {
        if (!args.isEmpty())
            return context.usage(QCoreApplication::translate(
                "Cli", "--many reads paths from standard input; no FILE expected"));
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.fail(QCoreApplication::translate("Cli", "cannot read standard input"));
        int readable = 0;
        while (!input.atEnd()) {
            const QString path = QString::fromLocal8Bit(input.readLine()).trimmed();
            if (path.isEmpty())
                continue;
            if (const auto bytes = readFile(context, path)) {
                if (printFeed(context, path, *bytes,
                              QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()), true))
                    ++readable;
            }
            context.out.flush();
        }
        return readable > 0 ? Success : Failure;
    }

    if (args.size() != 1)
        return context.usage(QCoreApplication::translate("Cli", "expected one FILE or URL"));
    const QString target = args.first();
    const QUrl url(target);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        HttpClient http; // timeouts, retries, size cap and gzip, as the collector has them
        HttpRequest request;
        request.url = url;
        HttpResponse response;
        HttpCall *call = http.send(request);
        QObject::connect(call, &HttpCall::finished, &http, [&response](const HttpResponse &r) {
            response = r;
            QCoreApplication::exit(0);
        });
        QCoreApplication::exec(); // the CLI's one event loop, while the feed downloads
        if (!response.ok())
            return context.fail(QCoreApplication::translate("Cli", "cannot fetch %1: %2")
                                    .arg(target, response.error));
        return printFeed(context, target, response.body, response.url, false) ? Success : Failure;
    }
    const QString path = target == QLatin1String("-") ? QString() : target;
    QByteArray bytes;
    if (path.isEmpty()) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.fail(QCoreApplication::translate("Cli", "cannot read standard input"));
        bytes = input.readAll();
    } else if (const auto read = readFile(context, path)) {
        bytes = *read;
    } else {
        return Failure;
    }
    const QUrl base =
        path.isEmpty() ? QUrl() : QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    return printFeed(context, path.isEmpty() ? QStringLiteral("<stdin>") : path, bytes, base, false)
               ? Success
               : Failure;
}

} // namespace veille::cli
