#pragma once

// What the scorer knows of a word, shared by the file that finds it (sentimentlookup.cpp) and
// the one that scores with it.
#include "sentimentscorer.h"

#include <optional>

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
    quint16 traits = 0;
    quint8 known = 0; // the languages whose part is found (Language bits)
    In fr, en;
    const In &in(bool french) const { return french ? fr : en; }
};

} // namespace veille
