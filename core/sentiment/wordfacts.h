#pragma once

// What the scorer knows of a word, shared by the file that finds it (sentimentlookup.cpp) and
// the one that scores with it.
#include "sentimentscorer.h"

#include <cstring>
#include <optional>
#include <vector>

namespace veille {

// What scoring needs to know of a folded word, found once and remembered: its traits, and as
// read in each language, its value (with its inflections), its value reversed by a negative
// prefix, and the longest phrase it starts. Small, as it is copied for every word scored.
// A language's part is found only when a text read in that language asks for it: most words
// are only ever read in one, and finding a part is most of the cost of a word not yet seen.
struct SentimentScorer::WordFacts {
    enum Language : quint8 { French = 1, English = 2 };
    struct In {
        double value = 0;
        double reversed = 0;
        const QChar *prefix = nullptr; // that reversed it (a literal)
        quint8 prefixSize = 0;
        bool hasValue = false;
        bool own = false; // the value is the overlay's
        bool hasReversed = false;
        qint8 longestPhrase = 0;
        std::optional<double> found() const {
            return hasValue ? std::optional<double>(value) : std::nullopt;
        }
    };
    quint32 traits = 0;
    quint8 known = 0; // the languages whose part is found (Language bits)
    In fr, en;
    const In &in(bool french) const { return french ? fr : en; }
};

// Words recur from one text to the next (function words, the brand's name, the common words
// of opinion): one look here stands for the lookups of the word's traits and of every form of
// it tried in both lexicons and the overlay. A table of slots addressed by the word's hash, a
// newcomer taking the place of the word there before: no probing and no allocation. Per
// thread, so that scoring on a pool shares nothing; the lexicons' revisions tell when another
// scorer, or a changed overlay, makes it stale.
struct SentimentScorer::FactsMemo {
    static constexpr qsizetype kLongest = 15; // longer words are not remembered
    struct Slot {
        QChar word[kLongest];
        quint8 size = 0; // 0: empty
        WordFacts facts;
        bool holds(QStringView w) const {
            return size == w.size() &&
                   std::memcmp(word, w.data(), size_t(size) * sizeof(QChar)) == 0;
        }
    };
    quint64 fr = 0, en = 0, overlay = 0;
    std::vector<Slot> entries = std::vector<Slot>(16384);
    Slot &slotOf(size_t hash) { return entries[hash & (entries.size() - 1)]; }
};

// Looked up where the scorer asks, nine times in ten a word already remembered with the parts
// asked for; finding the rest is out of line (inlined with it, the whole of it cost every
// remembered word the saving and restoring of a large function's registers).
inline SentimentScorer::WordFacts SentimentScorer::factsOf(FactsMemo &memo, QStringView folded,
                                                           size_t hash, quint8 languages) const {
    if (!folded.isEmpty() && folded.size() <= FactsMemo::kLongest) {
        const FactsMemo::Slot &slot = memo.slotOf(hash);
        if (slot.holds(folded) && (slot.facts.known & languages) == languages)
            return slot.facts;
    }
    return findFacts(memo, folded, hash, languages);
}

} // namespace veille
