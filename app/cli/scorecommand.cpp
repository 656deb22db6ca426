#include "cli.h"

#include "sentiment/sentimentscorer.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent>

#include <QStringDecoder>

#include <charconv>
#include <cstdio>
#include <memory>

namespace veille::cli {

namespace {

// A score with three decimals, as QByteArray::number(score, 'f', 3) writes it (both round
// the binary value correctly), without building a QByteArray per line: that formatting was a
// fortieth of the scoring.
void appendScore(QByteArray &line, double score) {
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    char digits[32];
    const auto written =
        std::to_chars(digits, digits + sizeof digits, score, std::chars_format::fixed, 3);
    if (written.ec == std::errc()) {
        line.append(digits, written.ptr - digits);
        return;
    }
#endif
    line += QByteArray::number(score, 'f', 3);
}

} // namespace

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
        appendScore(line, r.sentiment.score);
        line += '\t';
        line += r.lang.toLatin1();
        if (withExplanation) {
            line += '\t';
            line += r.explanation.join(QStringLiteral("; ")).toUtf8();
        }
        line += '\n';
    };
    // A block of lines is kept as the bytes of standard input with where each line starts and
    // ends: the pool's threads decode the lines they score, so that the reading thread does
    // little more than find the newlines (a read per line cost a sixth of the time; decoding
    // every line on the reading thread cost a few per cent more).
    struct Block {
        QByteArray bytes; // shared with the input's buffer, not copied
        QList<qsizetype> starts;
        QList<qsizetype> ends; // the newline (and a '\r' before it) excluded
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
        // Each line is decoded into the same string, which keeps its room from one line to
        // the next (a new string per line cost an allocation and its release). Stateless, so
        // that a line's broken last character is not carried into the next one, and with an
        // initial byte-order mark kept, as QString::fromUtf8 does.
        thread_local QString text;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                         QStringDecoder::Flag::ConvertInitialBom);
        for (qsizetype i = piece.second; i < end; ++i) {
            const qsizetype from = block.starts[i];
            const QByteArrayView bytes(block.bytes.constData() + from, block.ends[i] - from);
            // UTF-8 decodes to at most one UTF-16 unit per byte.
            text.resize(bytes.size());
            text.resize(decoder.appendToBuffer(text.data(), bytes) - text.constData());
            format(text, out);
        }
        return out;
    };
    auto pieces = [&](const std::shared_ptr<const Block> &block) {
        QList<Piece> list;
        for (qsizetype at = 0; at < block->ends.size(); at += kPiece)
            list.append({block, at});
        return list;
    };
    // A file on standard input is mapped, and its lines are read where they lie; a pipe is
    // read in large pieces.
    QByteArray buffer;
    qsizetype bufferAt = 0;
    bool inputDone = false;
    const qint64 from = input.pos();
    const qint64 mappedSize = input.size() - from;
    if (mappedSize > 0) {
        if (const uchar *mapped = input.map(from, mappedSize)) {
            buffer = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                             qsizetype(mappedSize));
            inputDone = true;
        }
    }
    // While one block is scored on the pool, the next one is read.
    constexpr int kBlock = 8192;
    constexpr qsizetype kChunk = 1 << 20;
    auto readBlock = [&] {
        auto block = std::make_shared<Block>();
        block->starts.reserve(kBlock);
        block->ends.reserve(kBlock);
        while (block->ends.size() < kBlock) {
            qsizetype newline = buffer.indexOf('\n', bufferAt);
            if (newline < 0 && !inputDone) {
                // A block's lines lie in one buffer: the next lines go to the next block.
                if (!block->ends.isEmpty())
                    break;
                const qsizetype left = buffer.size() - bufferAt;
                QByteArray next(left + kChunk, Qt::Uninitialized);
                std::copy(buffer.cbegin() + bufferAt, buffer.cend(), next.begin());
                const qint64 got = input.read(next.data() + left, kChunk);
                if (got <= 0)
                    inputDone = true;
                next.resize(left + std::max<qint64>(got, 0));
                buffer = std::move(next);
                bufferAt = 0;
                continue;
            }
            if (newline < 0) {
                if (bufferAt < buffer.size()) // a last line without its newline
                    newline = buffer.size();
                else
                    break;
            }
            qsizetype end = newline;
            if (end > bufferAt && buffer.at(end - 1) == '\r')
                --end;
            block->starts.append(bufferAt);
            block->ends.append(end);
            bufferAt = newline + 1;
        }
        block->bytes = buffer;
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
