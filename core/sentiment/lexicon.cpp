#include "lexicon.h"

#include <QFile>
#include <QStringList>

#include <QSet>
#include <algorithm>
#include <atomic>
#include <cstring>

namespace veille {

namespace {

// Latin-1 Supplement and Latin Extended-A folded to ASCII letters (0 = keep as is).
char16_t foldLatin(char16_t c) {
    static const char16_t *const table = [] {
        static char16_t t[0x180] = {};
        const std::pair<const char16_t *, char16_t> groups[] = {
            {u"ÀÁÂÃÄÅàáâãäåĀāĂăĄą", u'a'},
            {u"ÇçĆćĈĉĊċČč", u'c'},
            {u"ĎďĐđ", u'd'},
            {u"ÈÉÊËèéêëĒēĔĕĖėĘęĚě", u'e'},
            {u"ĜĝĞğĠġĢģ", u'g'},
            {u"ĤĥĦħ", u'h'},
            {u"ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", u'i'},
            {u"Ĵĵ", u'j'},
            {u"Ķķ", u'k'},
            {u"ĹĺĻļĽľĿŀŁł", u'l'},
            {u"ÑñŃńŅņŇňŉ", u'n'},
            {u"ÒÓÔÕÖØòóôõöøŌōŎŏŐő", u'o'},
            {u"ŔŕŖŗŘř", u'r'},
            {u"ŚśŜŝŞşŠšſ", u's'},
            {u"ŢţŤťŦŧ", u't'},
            {u"ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", u'u'},
            {u"Ŵŵ", u'w'},
            {u"ÝýÿŶŷŸ", u'y'},
            {u"ŹźŻżŽž", u'z'},
        };
        for (const auto &[chars, to] : groups)
            for (const char16_t *p = chars; *p; ++p)
                if (*p < 0x180)
                    t[*p] = to;
        return t;
    }();
    return c < 0x180 ? table[c] : 0;
}

} // namespace

namespace {

// Capitals of four ASCII characters made small, in the 16-bit lanes of `four` (each below
// 0x80): bit 7 of v + 0x3F says v >= 'A' and bit 7 of v + 0x25 says v > 'Z' (no lane carries
// into the next), and 0x20 is added where both say a capital.
inline quint64 lowerAscii(quint64 four) {
    const quint64 capitals =
        (four + 0x003F003F003F003FULL) & ~(four + 0x0025002500250025ULL) & 0x0080008000800080ULL;
    return four | (capitals >> 2);
}

constexpr quint64 kNotAscii = 0xFF80FF80FF80FF80ULL;

} // namespace

qsizetype foldInto(QStringView word, QChar *const out) {
    // Written through a pointer: QString::append of one character is a call of its own, and it
    // was a tenth of the scoring.
    QChar *p = out;
    const QChar *from = word.data();
    const QChar *const end = from + word.size();
    // Most words of both languages are ASCII: four characters at a time, and a last piece of
    // fewer read as the last four (folding a character twice gives the same one), as long as
    // every character before was ASCII and so in its place.
    while (end - from >= 4) {
        quint64 four;
        std::memcpy(&four, from, sizeof four);
        if (four & kNotAscii)
            break;
        four = lowerAscii(four);
        std::memcpy(static_cast<void *>(p), &four, sizeof four);
        p += 4;
        from += 4;
        if (from != end && end - from < 4) {
            std::memcpy(&four, end - 4, sizeof four);
            if (four & kNotAscii)
                break;
            four = lowerAscii(four);
            std::memcpy(static_cast<void *>(p - (4 - (end - from))), &four, sizeof four);
            return word.size();
        }
    }
    while (from != end) {
        const QChar ch = *from++;
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            *p++ = c >= u'A' && c <= u'Z' ? QChar(c + 32) : ch;
        } else if (c == u'\u2019' || c == u'\u02BC') {
            *p++ = u'\'';
        } else if (c == u'œ' || c == u'Œ') {
            *p++ = u'o';
            *p++ = u'e';
        } else if (c == u'æ' || c == u'Æ') {
            *p++ = u'a';
            *p++ = u'e';
        } else if (c == u'ß') {
            *p++ = u's';
            *p++ = u's';
        } else if (const char16_t folded = foldLatin(c)) {
            *p++ = QChar(folded);
        } else if (!ch.isMark()) {
            *p++ = ch.toLower();
        }
    }
    return p - out;
}

void appendFolded(QStringView word, QString &out) {
    const qsizetype at = out.size();
    out.resize(at + 2 * word.size());
    out.resize(at + foldInto(word, out.data() + at));
}

QString foldWord(QStringView word) {
    QString out;
    out.reserve(word.size() + 2);
    appendFolded(word, out);
    return out;
}

bool isElisionPrefix(QStringView p) {
    // By length first: every word with an apostrophe asks, and most heads are one letter.
    switch (p.size()) {
    case 1: {
        const char16_t c = p.front().unicode();
        return c == u'l' || c == u'd' || c == u'j' || c == u'm' || c == u't' || c == u's' ||
               c == u'c' || c == u'n';
    }
    case 2:
        return sameWord(p, u"qu");
    case 5:
        return sameWord(p, u"jusqu");
    case 6:
        return sameWord(p, u"lorsqu") || sameWord(p, u"puisqu") || sameWord(p, u"quoiqu");
    default:
        return false;
    }
}

QString lexiconKey(QStringView term) {
    const QString folded = foldWord(term.trimmed());
    QStringList words;
    for (QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype apostrophe = word.indexOf(u'\'');
        if (apostrophe > 0 && isElisionPrefix(word.left(apostrophe))) {
            if (word.left(apostrophe) == u"n")
                words << QStringLiteral("ne");
            word = word.mid(apostrophe + 1);
        } else if (apostrophe > 0 && word.endsWith(u"n't")) {
            if (word.size() > 3)
                words << word.chopped(3).toString();
            words << QStringLiteral("not");
            continue;
        }
        if (!word.isEmpty())
            words << word.toString();
    }
    return words.join(u' ');
}

quint64 Lexicon::nextRevision() {
    static std::atomic<quint64> last{0};
    return ++last;
}

bool Lexicon::set(const QString &term, double score) {
    const QString key = lexiconKey(term);
    if (key.isEmpty())
        return false;
    const int words = int(key.count(u' ')) + 1;
    if (words > maxPhraseWords)
        return false;
    m_revision = nextRevision();
    m_terms[key] = score;
    if (words > 1) {
        const qsizetype firstSpace = key.indexOf(u' ');
        char &longest = m_phraseHeads[key.left(firstSpace)];
        longest = std::max(longest, char(words));
        const qsizetype secondSpace = key.indexOf(u' ', firstSpace + 1);
        m_phrasePairs[secondSpace < 0 ? key : key.left(secondSpace)] = 1;
        m_longestPhrase = std::max(m_longestPhrase, words);
    }
    return true;
}

int Lexicon::load(const QString &text, QList<int> *badLines,
                  QList<std::pair<QString, double>> *written) {
    int bad = 0;
    int number = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++number;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.lastIndexOf(u'\t');
        bool ok = false;
        const double score = tab > 0 ? line.mid(tab + 1).trimmed().toDouble(&ok) : 0.0;
        const QString term = tab > 0 ? line.left(tab).toString().simplified() : QString();
        if (!ok || score < -5 || score > 5 || !set(term, score)) {
            ++bad;
            if (badLines)
                badLines->append(number);
        } else if (written) {
            written->append({term, score});
        }
    }
    return bad;
}

bool Lexicon::loadResource(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return load(QString::fromUtf8(file.readAll())) == 0;
}

QList<std::pair<QString, double>> Lexicon::entries() const {
    QList<std::pair<QString, double>> all;
    m_terms.forEach([&all](QStringView term, double value) {
        all.append({term.toString(), value});
    });
    std::sort(all.begin(), all.end());
    return all;
}

void Lexicon::merge(const Lexicon &other) {
    m_revision = nextRevision();
    other.m_terms.forEach(
        [this](QStringView term, double value) { m_terms[term.toString()] = value; });
    other.m_phraseHeads.forEach([this](QStringView head, char words) {
        char &longest = m_phraseHeads[head.toString()];
        longest = std::max(longest, words);
    });
    other.m_phrasePairs.forEach(
        [this](QStringView pair, char) { m_phrasePairs[pair.toString()] = 1; });
    m_longestPhrase = std::max(m_longestPhrase, other.m_longestPhrase);
}

} // namespace veille
