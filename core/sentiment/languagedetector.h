#pragma once

#include "wordtable.h"

#include <QString>

namespace veille {

// French, English or neither, for short social posts: the most frequent function words of
// each language, plus French accents and elisions as a tie-breaker. Returns "fr", "en" or
// "other". A statistical model would do better on long text; on posts of ten words the
// function words are what is there, and this runs at millions of posts a minute.
QString detectLanguage(QStringView text);
// The same from words already folded (see foldWord) and the count of French accented letters.
QString detectLanguage(const QStringList &foldedWords, int frenchAccents);
int countFrenchAccents(QStringView text);

// The function words of each language (folded), for callers that look words up in a table of
// their own: FrenchWord, EnglishWord or both.
enum FunctionWord : quint8 { FrenchWord = 1, EnglishWord = 2 };
const WordTable<quint8> &functionWords();

// The same, for a caller that has the folded words one by one.
class LanguageVotes {
public:
    void add(const QString &foldedWord);
    // The same when the word's languages are already known (see functionWords). Inline: the
    // scorer calls it for every word of a text whose language it is asked to find.
    void add(quint8 languages, QStringView foldedWord) {
        const bool isFr = languages & FrenchWord;
        const bool isEn = languages & EnglishWord;
        m_fr += isFr && !isEn;
        m_en += isEn && !isFr;
        // French elisions: l'…, d'…, qu'…
        if (foldedWord.size() > 2 && foldedWord[1] == u'\'' && isElidedLetter(foldedWord[0]))
            ++m_fr;
    }
    // A word that only one language's lexicon knows (an opinion word: "nul", "rapide",
    // "great"). These decide only what the function words and accents leave undecided, and
    // only in a text of three words or fewer or when they are half its words: "great app" is
    // English, "Service client nul" French; a longer text with no French or English function
    // word is most likely in neither, whatever it shares with their lexicons ("Die", "war",
    // "perfect" in a German sentence).
    void addKnown(bool french, bool english) {
        m_knownFr += french && !english;
        m_knownEn += english && !french;
    }
    void addWord() { ++m_words; }
    QString decide(int frenchAccents) const;

private:
    static bool isElidedLetter(QChar c) {
        const char16_t u = c.unicode();
        return u == u'l' || u == u'd' || u == u'j' || u == u'm' || u == u'n' || u == u's' ||
               u == u't' || u == u'c';
    }
    int m_fr = 0;
    int m_en = 0;
    int m_knownFr = 0;
    int m_knownEn = 0;
    int m_words = 0;
};

} // namespace veille
