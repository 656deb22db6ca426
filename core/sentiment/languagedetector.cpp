#include "languagedetector.h"

#include "lexicon.h"

#include <QSet>

#include <algorithm>
#include <cstring>

namespace veille {

namespace {

const QSet<QString> &frenchWords() {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const auto *w :
             {u"le",       u"la",    u"les",   u"de",     u"des",   u"du",       u"un",
              u"une",      u"et",    u"est",   u"sont",   u"pas",   u"je",       u"tu",
              u"il",       u"elle",  u"nous",  u"vous",   u"ils",   u"elles",    u"que",
              u"qui",      u"pour",  u"avec",  u"sur",    u"dans",  u"ce",       u"cette",
              u"ces",      u"ca",    u"mais",  u"ou",     u"donc",  u"tres",     u"trop",
              u"plus",     u"moins", u"mon",   u"ma",     u"mes",   u"ton",      u"ta",
              u"son",      u"sa",    u"ses",   u"leur",   u"leurs", u"au",       u"aux",
              u"par",      u"sans",  u"chez",  u"quand",  u"comme", u"tout",     u"tous",
              u"toute",    u"bien",  u"aussi", u"encore", u"deja",  u"ai",       u"as",
              u"avez",     u"avons", u"ont",   u"suis",   u"es",    u"etes",     u"sommes",
              u"fait",     u"faire", u"rien",  u"jamais", u"merci", u"oui",      u"non",
              u"vraiment", u"c'est", u"j'ai",  u"n'est",  u"qu'il", u"d'un",     u"d'une",
              u"l'on",     u"apres", u"avant", u"depuis", u"entre", u"vers",     u"cet",
              u"notre",    u"votre", u"nos",   u"vos",    u"quoi",  u"pourquoi", u"comment",
              u"alors",    u"ici",   u"mdr",   u"ptdr"})
            set.insert(QString::fromUtf16(w));
        return set;
    }();
    return words;
}

const QSet<QString> &englishWords() {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const auto *w :
             {u"the",   u"a",      u"an",     u"and",    u"is",    u"are",   u"was",   u"were",
              u"be",    u"been",   u"not",    u"i",      u"you",   u"he",    u"she",   u"we",
              u"they",  u"it",     u"that",   u"this",   u"these", u"those", u"with",  u"for",
              u"on",    u"in",     u"of",     u"to",     u"at",    u"by",    u"from",  u"but",
              u"or",    u"so",     u"very",   u"too",    u"more",  u"my",    u"your",  u"his",
              u"her",   u"our",    u"their",  u"its",    u"it's",  u"i'm",   u"don't", u"doesn't",
              u"can't", u"won't",  u"isn't",  u"have",   u"has",   u"had",   u"do",    u"does",
              u"did",   u"will",   u"would",  u"should", u"could", u"just",  u"what",  u"why",
              u"how",   u"when",   u"who",    u"all",    u"about", u"out",   u"up",    u"get",
              u"got",   u"really", u"thanks", u"yes",    u"no",    u"never", u"love",  u"like",
              u"there", u"here",   u"than",   u"then",   u"if",    u"lol",   u"omg",   u"me",
              u"him",   u"them",   u"us",     u"as"})
            set.insert(QString::fromUtf16(w));
        return set;
    }();
    return words;
}

// The accented letters of French (éèêëàâçùûîïôœ, and É È Ê À Ç), tested without a search:
// all but œ lie in U+00C0..U+00FF, one bit each.
bool isFrenchLetter(char16_t c) {
    constexpr auto bit = [](char16_t letter) { return quint64(1) << (letter - 0xC0); };
    constexpr quint64 accented = bit(u'é') | bit(u'è') | bit(u'ê') | bit(u'ë') | bit(u'à') |
                                 bit(u'â') | bit(u'ç') | bit(u'ù') | bit(u'û') | bit(u'î') |
                                 bit(u'ï') | bit(u'ô') | bit(u'É') | bit(u'È') | bit(u'Ê') |
                                 bit(u'À') | bit(u'Ç');
    const unsigned offset = unsigned(c) - 0xC0;
    return offset < 64 ? (accented >> offset) & 1 : c == u'œ';
}

} // namespace

// Both lists in one table, so that a word is looked up once.
const WordTable<quint8> &functionWords() {
    static const WordTable<quint8> words = [] {
        WordTable<quint8> table;
        for (const QString &word : frenchWords())
            table[word] |= FrenchWord;
        for (const QString &word : englishWords())
            table[word] |= EnglishWord;
        return table;
    }();
    return words;
}

int countFrenchAccents(QStringView text) {
    // Four characters at a time: a group in which none is at U+00C0 or above (no byte above
    // the low one set, and no low byte with both of its top bits) is passed over in a few
    // operations, which is most of any text.
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    int accents = 0;
    while (end - p >= 4) {
        quint64 group;
        std::memcpy(&group, p, sizeof group);
        const bool high = group & 0xFF00FF00FF00FF00ULL;
        const bool c0 =
            ((group & 0x00C000C000C000C0ULL) + 0x0040004000400040ULL) & 0x0100010001000100ULL;
        if (high || c0)
            for (int k = 0; k < 4; ++k)
                accents += p[k] >= 0xC0 && isFrenchLetter(p[k]);
        p += 4;
    }
    for (; p != end; ++p)
        accents += *p >= 0xC0 && isFrenchLetter(*p);
    return accents;
}

void LanguageVotes::add(const QString &word) {
    const quint8 *languages = functionWords().find(word);
    add(languages ? *languages : 0, word);
}

QString LanguageVotes::decide(int accents) const {
    int fr = m_fr;
    const int en = m_en;
    if (accents > 0)
        fr += 1 + accents / 3;
    if (fr == en && (fr == 0 || accents == 0)) {
        // Undecided: the words only one lexicon knows, when there are enough of them.
        const int known = std::max(m_knownFr, m_knownEn);
        if (m_knownFr != m_knownEn && (known * 2 >= m_words || m_words <= 3))
            return m_knownFr > m_knownEn ? QStringLiteral("fr") : QStringLiteral("en");
        return QStringLiteral("other");
    }
    if (fr == en)
        return QStringLiteral("fr");
    return fr > en ? QStringLiteral("fr") : QStringLiteral("en");
}

QString detectLanguage(const QStringList &foldedWords, int accents) {
    LanguageVotes votes;
    for (const QString &word : foldedWords)
        votes.add(word);
    return votes.decide(accents);
}

QString detectLanguage(QStringView text) {
    QList<QString> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetter())
            ++i;
        qsizetype end = i;
        while (end < n && (text[end].isLetter() || text[end] == u'\'' || text[end] == u'\u2019'))
            ++end;
        if (end > i)
            words.append(foldWord(text.mid(i, end - i)));
        i = end;
    }
    return detectLanguage(QStringList(words), countFrenchAccents(text));
}

} // namespace veille
