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

// Term valences from -4 to 4, single words and two-word phrases, read from `term<TAB>score`
// text (the product's own lists in resources/lexicons, or one the manager imports).
class Lexicon {
public:
    // Reads lines of `term<TAB>score`; '#' starts a comment. Returns how many lines were not
    // understood (their numbers go to `badLines` when given).
    int load(const QString &text, QList<int> *badLines = nullptr);
    bool loadResource(const QString &path);
    void set(const QString &term, double score);

    // The valence of a folded word or phrase, or nullopt.
    std::optional<double> find(QStringView folded) const {
        const double *value = m_terms.find(folded);
        return value ? std::optional<double>(*value) : std::nullopt;
    }
    bool hasPhrasesStartingWith(QStringView folded) const { return m_phraseHeads.contains(folded); }
    qsizetype size() const { return m_terms.size(); }
    // Every term with its score (folded keys), for storing an imported list.
    QList<std::pair<QString, double>> entries() const;
    // Adds every term of `other`, replacing the ones it shares.
    void merge(const Lexicon &other);

private:
    WordTable<double> m_terms;
    WordTable<char> m_phraseHeads;
};

} // namespace veille
