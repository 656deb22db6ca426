#include "cli.h"

#include "net/httpclient.h"

#include "sources/feed/feedparser.h"
#include "util/isotime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace veille::cli {

namespace {

void appendJsonString(QString &out, const QString &text) {
    out.append(u'"');
    const QStringView view(text);
    qsizetype run = 0; // start of the characters that need no escape
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char16_t c = view[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out.append(view.mid(run, i - run));
        run = i + 1;
        switch (c) {
        case u'"':
            out.append(u"\\\"");
            break;
        case u'\\':
            out.append(u"\\\\");
            break;
        case u'\n':
            out.append(u"\\n");
            break;
        case u'\r':
            out.append(u"\\r");
            break;
        case u'\t':
            out.append(u"\\t");
            break;
        case u'\b':
            out.append(u"\\b");
            break;
        case u'\f':
            out.append(u"\\f");
            break;
        default:
            out.append(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        }
    }
    out.append(view.mid(run));
    out.append(u'"');
}

// One item as a JSON line, keys in alphabetical order as QJsonDocument would write them.
// Written by hand: building a QJsonObject per item and serialising it was a tenth of the
// time of reading a feed.
QString itemJsonLine(const FeedItem &item, const QString *file) {
    QString line;
    line.reserve(256 + item.summary.size() + item.content.size());
    auto field = [&line](const char16_t *key, const QString &value, bool first = false) {
        if (!first)
            line.append(u',');
        line.append(u'"');
        line.append(QStringView(key));
        line.append(u"\":");
        if (value.isEmpty())
            line.append(u"null");
        else
            appendJsonString(line, value);
    };
    line.append(u'{');
    field(u"author", item.author, true);
    line.append(u",\"categories\":[");
    for (qsizetype i = 0; i < item.categories.size(); ++i) {
        if (i > 0)
            line.append(u',');
        appendJsonString(line, item.categories[i]);
    }
    line.append(u']');
    field(u"content", item.content);
    if (file)
        field(u"file", *file);
    field(u"id", item.id);
    field(u"link", item.link);
    field(u"published", item.published.isValid() ? toIsoUtc(item.published) : QString());
    field(u"summary", item.summary);
    field(u"title", item.title);
    field(u"updated", item.updated.isValid() ? toIsoUtc(item.updated) : QString());
    line.append(u'}');
    return line;
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
    for (const FeedItem &item : doc.items)
        context.out << itemJsonLine(item, withFile ? &label : nullptr) << '\n';
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
        // Feeds are independent: a block of them is read and parsed on every core, and printed
        // in the order given.
        struct Parsed {
            QString path;
            QString out;
            QString err;
            bool readable = false;
        };
        auto parse = [](const QString &path) {
            Parsed p{path, {}, {}, false};
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                p.err = path + QStringLiteral(": ") + file.errorString() + u'\n';
                return p;
            }
            const FeedDocument doc =
                parseFeed(file.readAll(), QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
            for (const QString &warning : doc.warnings)
                p.err += path + QStringLiteral(": ") + warning + u'\n';
            if (!doc.readable()) {
                p.err += path + QStringLiteral(": ") + doc.error + u'\n';
                return p;
            }
            p.readable = true;
            for (const FeedItem &item : doc.items)
                p.out += itemJsonLine(item, &path) + u'\n';
            return p;
        };
        int readable = 0;
        QStringList block;
        auto flush = [&] {
            for (const Parsed &p : QtConcurrent::blockingMapped(block, parse)) {
                context.err << p.err;
                context.out << p.out;
                readable += p.readable ? 1 : 0;
            }
            context.err.flush();
            context.out.flush();
            block.clear();
        };
        while (!input.atEnd()) {
            const QString path = QString::fromLocal8Bit(input.readLine()).trimmed();
            if (path.isEmpty())
                continue;
            block.append(path);
            if (block.size() == 64)
                flush();
        }
        flush();
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
