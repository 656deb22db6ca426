#include "lexicon.h"

#include <QFile>
#include <QSet>

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

void appendFolded(QStringView word, QString &out) {
    for (const QChar ch : word) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            out.append(c >= u'A' && c <= u'Z' ? QChar(c + 32) : ch);
        } else if (c == u'\u2019' || c == u'\u02BC') {
            out.append(u'\'');
        } else if (c == u'œ' || c == u'Œ') {
            out.append(u"oe");
        } else if (c == u'æ' || c == u'Æ') {
            out.append(u"ae");
        } else if (c == u'ß') {
            out.append(u"ss");
        } else if (const char16_t folded = foldLatin(c)) {
            out.append(QChar(folded));
        } else if (!ch.isMark()) {
            out.append(ch.toLower());
        }
    }
}

QString foldWord(QStringView word) {
    QString out;
    out.reserve(word.size() + 2);
    appendFolded(word, out);
    return out;
}

void Lexicon::set(const QString &term, double score) {
    const QString key = foldWord(term.simplified());
    if (key.isEmpty())
        return;
    m_terms[key] = score;
    const qsizetype space = key.indexOf(u' ');
    if (space > 0)
        m_phraseHeads[key.left(space)] = 1;
}

int Lexicon::load(const QString &text, QList<int> *badLines) {
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
        if (!ok || score < -5 || score > 5) {
            ++bad;
            if (badLines)
                badLines->append(number);
            continue;
        }
        set(line.left(tab).toString(), score);
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
    other.m_terms.forEach(
        [this](QStringView term, double value) { m_terms[term.toString()] = value; });
    other.m_phraseHeads.forEach(
        [this](QStringView head, char) { m_phraseHeads[head.toString()] = 1; });
}

} // namespace veille
