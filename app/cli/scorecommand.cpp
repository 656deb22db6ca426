#include "cli.h"

#include "sentiment/sentimentscorer.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent>

#include <cstdio>
#include <memory>

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
    // Standard input is read in large pieces, and a block of lines is kept as the bytes read
    // with where each line ends: the pool's threads decode the lines they score, so that the
    // thread reading does little more than find the newlines (a read per line cost a sixth of
    // the time, and decoding every line on the reading thread a tenth).
    struct Block {
        QByteArray bytes;
        QList<qsizetype> ends; // of each line, its newline (or a '\r' before it) excluded
        QList<qsizetype> starts;
    };
    // The pool takes a block in pieces of a few hundred lines, each written into one buffer:
    // a result per line would cost the pool's bookkeeping more than the scoring.
    constexpr qsizetype kPiece = 256;
    using Piece = std::pair<std::shared_ptr<const Block>, qsizetype>; // a block, a first line
    auto scorePiece = [&](const Piece &piece) {
        const Block &block = *piece.first;
        const qsizetype end = std::min(block.ends.size(), piece.second + kPiece);
        QByteArray out;
        out.reserve((end - piece.second) * (withExplanation ? 96 : 24));
        for (qsizetype i = piece.second; i < end; ++i) {
            const qsizetype from = block.starts[i];
            format(QString::fromUtf8(block.bytes.constData() + from, block.ends[i] - from), out);
        }
        return out;
    };
    auto pieces = [&](const std::shared_ptr<const Block> &block) {
        QList<Piece> list;
        for (qsizetype at = 0; at < block->ends.size(); at += kPiece)
            list.append({block, at});
        return list;
    };
    // While one block is scored on the pool, the next one is read.
    constexpr int kBlock = 8192;
    QByteArray pending;
    bool inputDone = false;
    auto readBlock = [&] {
        auto block = std::make_shared<Block>();
        block->ends.reserve(kBlock);
        block->starts.reserve(kBlock);
        qsizetype at = 0;
        while (block->ends.size() < kBlock) {
            qsizetype newline = pending.indexOf('\n', at);
            if (newline < 0 && !inputDone) {
                const QByteArray more = input.read(1 << 20);
                if (more.isEmpty())
                    inputDone = true;
                pending += more;
                continue;
            }
            if (newline < 0) {
                if (at < pending.size()) // a last line without its newline
                    newline = pending.size();
                else
                    break;
            }
            qsizetype end = newline;
            if (end > at && pending.at(end - 1) == '\r')
                --end;
            block->starts.append(at);
            block->ends.append(end);
            at = newline + 1;
        }
        // The block keeps the bytes of its lines; what follows them starts the next one.
        block->bytes = pending.left(at);
        pending.remove(0, std::min(at, pending.size()));
        return std::shared_ptr<const Block>(std::move(block));
    };
    auto write = [](const QList<QByteArray> &parts) {
        for (const QByteArray &part : parts)
            std::fwrite(part.constData(), 1, size_t(part.size()), stdout);
    };
    // Two blocks are on the pool at any time, so that no thread waits for the last lines of a
    // block while its results are written.
    QFuture<QByteArray> scored = QtConcurrent::mapped(pieces(readBlock()), scorePiece);
    while (true) {
        const std::shared_ptr<const Block> next = readBlock();
        QFuture<QByteArray> following;
        if (!next->ends.isEmpty())
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
