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
    static const QByteArray labels[] = {"neutral", "negative", "neutral", "positive"};
    auto format = [&](const QString &text, QByteArray &line) {
        const SentimentResult r = scorer.score(text, given, withExplanation);
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
    };
    // The pool takes a block in pieces of a few hundred lines, each written into one buffer:
    // a result per line would cost the pool's bookkeeping more than the scoring.
    constexpr qsizetype kPiece = 256;
    using Piece = std::pair<QList<QString>, qsizetype>; // a block (shared) and a first line
    auto scorePiece = [&](const Piece &piece) {
        const QList<QString> &texts = piece.first;
        const qsizetype end = std::min(texts.size(), piece.second + kPiece);
        QByteArray out;
        out.reserve((end - piece.second) * (withExplanation ? 96 : 24));
        for (qsizetype i = piece.second; i < end; ++i)
            format(texts.at(i), out);
        return out;
    };
    auto pieces = [&](const QList<QString> &block) {
        QList<Piece> list;
        for (qsizetype at = 0; at < block.size(); at += kPiece)
            list.append({block, at});
        return list;
    };
    // While one block is scored on the pool, the next one is read.
    constexpr int kBlock = 8192;
    // Standard input is read in large pieces and cut into lines here (a read per line cost
    // a sixth of the time).
    QByteArray pending;
    qsizetype pendingAt = 0;
    bool inputDone = false;
    auto readBlock = [&] {
        QList<QString> block;
        block.reserve(kBlock);
        while (block.size() < kBlock) {
            qsizetype newline = pending.indexOf('\n', pendingAt);
            if (newline < 0 && !inputDone) {
                pending.remove(0, pendingAt);
                pendingAt = 0;
                const QByteArray more = input.read(1 << 20);
                if (more.isEmpty())
                    inputDone = true;
                pending += more;
                continue;
            }
            if (newline < 0) {
                if (pendingAt < pending.size()) // a last line without its newline
                    newline = pending.size();
                else
                    break;
            }
            qsizetype end = newline;
            if (end > pendingAt && pending.at(end - 1) == '\r')
                --end;
            block.append(QString::fromUtf8(pending.constData() + pendingAt, end - pendingAt));
            pendingAt = newline + 1;
        }
        return block;
    };
    auto write = [](const QList<QByteArray> &parts) {
        for (const QByteArray &part : parts)
            std::fwrite(part.constData(), 1, size_t(part.size()), stdout);
    };
    // Two blocks are on the pool at any time, so that no thread waits for the last lines of a
    // block while its results are written.
    QFuture<QByteArray> scored = QtConcurrent::mapped(pieces(readBlock()), scorePiece);
    while (true) {
        QList<QString> next = readBlock();
        QFuture<QByteArray> following;
        if (!next.isEmpty())
            following = QtConcurrent::mapped(pieces(next), scorePiece);
        write(scored.results());
        if (!following.isValid())
            break;
        scored = following;
    }
    std::fflush(stdout);
    return Success;
}

} // namespace veille::cli
