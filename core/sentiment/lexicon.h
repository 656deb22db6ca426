#pragma once

#include "wordtable.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace veille {

// Folds a word as the lexicons are keyed: lower case, accents removed, typographic apostrophe
// made plain. Fast for Latin text (a table, no Unicode decomposition per character).
QString foldWord(QStringView word);
// The same, appended to `out` (at most two characters for each of `word`).
void appendFolded(QStringView word, QString &out);
// The same, written at `out`, which has room for twice the word; returns the length written.
qsizetype foldInto(QStringView word, QChar *out);

// A French elided word's head: l', d', qu', n', jusqu'…
bool isElisionPrefix(QStringView head);
// A term written as the scorer reads text: folded, and words with an apostrophe split as it
// splits them ("can't stand" -> "ca not stand", "chef d'œuvre" -> "chef oeuvre", "n'importe
// quoi" -> "ne importe quoi"), so that a phrase in a list matches the words of a mention.
QString lexiconKey(QStringView term);

// Term valences from -4 to 4, single words and phrases of up to four words, read from
// `term<TAB>score` text (the product's own lists in resources/lexicons, or one the manager
// imports).
class Lexicon {
public:
    // Reads lines of `term<TAB>score`; '#' starts a comment. Returns how many lines were not
    // understood, a phrase of more than four words among them (their numbers go to
    // `badLines` when given). The terms read go to `written` as the list writes them (accents,
    // apostrophes), for keeping and showing.
    int load(const QString &text, QList<int> *badLines = nullptr,
             QList<std::pair<QString, double>> *written = nullptr);
    bool loadResource(const QString &path);
    // False when the term is empty or longer than maxPhraseWords (it is not kept).
    bool set(const QString &term, double score);

    // The valence of a folded word or phrase, or nullopt.
    std::optional<double> find(QStringView folded) const {
        const double *value = m_terms.find(folded);
        return value ? std::optional<double>(*value) : std::nullopt;
    }
    bool hasPhrasesStartingWith(QStringView folded) const { return m_phraseHeads.contains(folded); }
    // Whether a phrase starts with these two folded words ("pas de"): one look that spares
    // the longer candidates of a head that starts many phrases ("de", "une", "not").
    bool hasPhrasePair(QStringView firstTwo) const { return m_phrasePairs.contains(firstTwo); }
    // The number of words of the longest phrase that starts with this word (0 when none does).
    int longestPhraseFrom(QStringView folded) const {
        const char *words = m_phraseHeads.find(folded);
        return words ? *words : 0;
    }
    // The number of words of the longest phrase (1 when there is none).
    int longestPhrase() const { return m_longestPhrase; }
    static constexpr int maxPhraseWords = 4;
    qsizetype size() const { return m_terms.size(); }
    // Every term with its score (folded keys), for storing an imported list.
    QList<std::pair<QString, double>> entries() const;
    // Adds every term of `other`, replacing the ones it shares.
    void merge(const Lexicon &other);
    // Changes whenever a term is set; no two lexicons share one unless one is a copy of the
    // other with the same terms. A cache of lookups keeps the revisions it was filled under.
    quint64 revision() const { return m_revision; }

private:
    static quint64 nextRevision();
    WordTable<double> m_terms;
    WordTable<char> m_phraseHeads; // a phrase's first word -> its longest phrase's words
    WordTable<char> m_phrasePairs; // a phrase's first two words
    int m_longestPhrase = 1;
    quint64 m_revision = nextRevision();
};

} // namespace veille
