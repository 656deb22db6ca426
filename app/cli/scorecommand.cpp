#include "cli.h"

#include "sentiment/sentimentscorer.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent>

#include <cstdio>

namespace veille::cli {

int runScore(Context &context) {
    QCommandLineParser parser;
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("Cli", "The language of the texts: auto (default), fr or en."),
        QStringLiteral("auto|fr|en"), QStringLiteral("auto"));
    const QCommandLineOption explain(
        QStringLiteral("explain"),
        QCoreApplication::translate("Cli",
                                    "Add a fourth column: the words and rules that weighed."));
    parser.addOptions({lang, explain});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Reads one text per line on standard input and prints label, score "
                               "and language for each, tab-separated.")))
        return *code;
    const QString language = parser.value(lang);
    if (language != u"auto" && language != u"fr" && language != u"en")
        return context.usage(QCoreApplication::translate("Cli", "--lang takes auto, fr or en"));
    const bool withExplanation = parser.isSet(explain);

    const SentimentScorer scorer;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.fail(QCoreApplication::translate("Cli", "cannot read standard input"));
    // One process for every line: lines are scored in blocks on every core, and written in
    // their order in large pieces.
    const QString given = language == u"auto" ? QString() : language;
    auto format = [&](const QString &text) {
        const SentimentResult r = scorer.score(text, given, withExplanation);
        static const QByteArray labels[] = {"neutral", "negative", "neutral", "positive"};
        QByteArray line;
        line.reserve(32);
        line += labels[int(r.sentiment.label)];
        line += '\t';
        line += QByteArray::number(r.sentiment.score, 'f', 3);
        line += '\t';
        line += r.lang.toLatin1();
        if (withExplanation) {
            line += '\t';
            line += r.explanation.join(QStringLiteral("; ")).toUtf8();
        }
        line += '\n';
        return line;
    };
    // While one block is scored on the pool, the next one is read.
    constexpr int kBlock = 8192;
    auto readBlock = [&input] {
        QList<QString> block;
        block.reserve(kBlock);
        while (block.size() < kBlock && !input.atEnd()) {
            QByteArray line = input.readLine();
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            block.append(QString::fromUtf8(line));
        }
        return block;
    };
    auto write = [](const QList<QByteArray> &lines) {
        QByteArray out;
        out.reserve(lines.size() * 32);
        for (const QByteArray &line : lines)
            out += line;
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    };
    QList<QString> current = readBlock();
    while (!current.isEmpty()) {
        QFuture<QByteArray> scored = QtConcurrent::mapped(current, format);
        QList<QString> next = readBlock();
        write(scored.results());
        current = std::move(next);
    }
    std::fflush(stdout);
    return Success;
}

} // namespace veille::cli
