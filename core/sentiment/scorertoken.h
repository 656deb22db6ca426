#pragma once

// A token of a text being scored, shared by the file that cuts the text into tokens
// (sentimenttokenizer.cpp) and the one that scores them.
#include "sentimentscorer.h"

#include <QString>
#include <QStringView>

namespace veille {

struct SentimentScorer::Token {
    enum class Kind { Word, Emoji, Exclamation, Boundary };
    Kind kind = Kind::Word;
    // In the buffer of folded words, in the text scored, in a string the scorer keeps for
    // the text (see tokenize), or a literal: a view, as a string per token cost its
    // construction and release.
    QStringView folded;
    QStringView shown; // in the text scored, or a literal
    size_t hash = 0;   // wordHash(folded), once its facts are asked for
    bool caps = false;
    bool elongated = false;
};

// Whether a folded word repeats a letter three times or more ("trooop", "sooo").
inline bool hasLongRun(QStringView word) {
    for (qsizetype i = 2; i < word.size(); ++i)
        if (word[i] == word[i - 1] && word[i] == word[i - 2] && word[i].isLetter())
            return true;
    return false;
}

} // namespace veille
