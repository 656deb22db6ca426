#pragma once

#include "lexicon.h"
#include "model/sentiment.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace veille {

struct SentimentResult {
    Sentiment sentiment;
    QString lang;            // fr, en or other (see SentimentScorer::score)
    QStringList explanation; // the words and rules that weighed, in order
};

// Scores French and English social posts from the product's own lexicons and rules:
// negation (ne…pas/jamais/plus/rien, pas, sans; not, never, no, n't) for the next three
// words of the clause, intensifiers and diminishers, contrast (mais, pourtant; but, however)
// moving the weight to the clause after, French elision and agreement (l', qu', j', d';
// accents optional, feminine and plural forms), emoji and emoticons, elongation ("trooop"),
// exclamation, ALL CAPS, hashtags split into words, and common slang in both languages.
// What weighs against counts more than what weighs for (kNegativeWeight). The raw sum is
// squashed into [-1, 1] (sum / sqrt(sum² + 15)).
//
// Thread-safe for scoring once built; the overlay (brand terms learnt from corrections or
// added by the manager) is consulted before the built-in lexicons.
class SentimentScorer {
public:
    SentimentScorer(); // reads the built-in lexicons from resources
    // `explain` fills SentimentResult::explanation (it costs a little).
    SentimentResult score(const QString &text, const QString &lang = {}, bool explain = true) const;
    // A name as the words it is made of would read as opinion, in whichever of French and
    // English they weigh more: "Bonne Maman" positive, "Free" positive (in English), "Lumen"
    // neutral. A topic so named leans every mention naming it where the name is not told
    // from words (in lower case, first in a sentence); a custom term at 0 reads it as a name.
    SentimentResult readAsWords(const QString &name) const;
    Lexicon &overlay() { return m_overlay; }
    const Lexicon &lexicon(const QString &lang) const;

    // |score| below this is neutral: the band VADER uses on the same squashing of the sum
    // (x / sqrt(x² + 15)); 0.1 made more polar items neutral on every labelled set.
    static constexpr double kNeutralBand = 0.05;
    // The factor on the built-in lexicons' weights when they weigh against (after negation and
    // modifiers); the overlay's terms weigh what the manager or the corrections said.
    static constexpr double kNegativeWeight = 1.3;

private:
    struct Token;
    // The tokens' folded words are kept in `folds`, or in `kept` when they do not fit there;
    // both must outlive the tokens.
    void tokenize(const QString &text, QString &folds, std::vector<QString> &kept,
                  std::vector<Token> &tokens) const;
    // `own` is set when the value is the overlay's. `tenses`: also through the tenses of a
    // French verb (not for the stem after a prefix, where they find little and cost much).
    std::optional<double> lookup(QStringView folded, const Lexicon &lexicon, bool french,
                                 bool *own = nullptr, bool tenses = true) const;
    // The value of a word a negative prefix turns (un-, dis-, in-, im-, non-; dés-, in-, im-,
    // mal-) from a word the lexicon knows, reversed as a negation does, and the prefix.
    std::optional<std::pair<double, QStringView>>
    reversedByPrefix(QStringView folded, const Lexicon &lexicon, bool french) const;
    // All of the above for one folded word, in French and in English, remembered per thread.
    struct WordFacts;
    struct FactsMemo;
    // This thread's memo, emptied if a lexicon changed since it was last used: once per text.
    FactsMemo &factsMemo() const;
    // The facts of a word with the parts of the given languages (WordFacts::Language bits);
    // `hash` is wordHash(folded).
    WordFacts factsOf(FactsMemo &memo, QStringView folded, size_t hash, quint8 languages) const;
    // The same for a word the memo does not hold with those parts: found, and remembered.
    WordFacts findFacts(FactsMemo &memo, QStringView folded, size_t hash, quint8 languages) const;

    Lexicon m_fr;
    Lexicon m_en;
    Lexicon m_emoji;
    Lexicon m_overlay;
};

} // namespace veille
