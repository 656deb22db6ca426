#include "correctionlearner.h"

#include <QHash>
#include <QSet>

namespace veille {

namespace {

// Words that say nothing of sentiment whatever the corrections (articles, pronouns, …).
bool isFunctionWord(const QString &w) {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const auto *x :
             {u"le",    u"la",    u"les",  u"de",   u"des",  u"du",   u"un",  u"une",  u"et",
              u"est",   u"a",     u"je",   u"tu",   u"il",   u"elle", u"on",  u"nous", u"vous",
              u"ils",   u"elles", u"que",  u"qui",  u"pour", u"avec", u"sur", u"dans", u"ce",
              u"cette", u"ces",   u"ca",   u"mon",  u"ma",   u"mes",  u"au",  u"aux",  u"par",
              u"en",    u"se",    u"sa",   u"son",  u"ses",  u"the",  u"an",  u"and",  u"is",
              u"are",   u"was",   u"i",    u"you",  u"he",   u"she",  u"we",  u"they", u"it",
              u"that",  u"this",  u"with", u"for",  u"on",   u"in",   u"of",  u"to",   u"at",
              u"my",    u"your",  u"me",   u"be",   u"have", u"has",  u"ne",  u"pas",  u"not",
              u"no",    u"mais",  u"but",  u"tres", u"very", u"c",    u"l",   u"d",    u"j",
              u"qu",    u"s",     u"n",    u"t",    u"m"})
            set.insert(QString::fromUtf16(x));
        return set;
    }();
    return w.size() < 2 || words.contains(w);
}

QSet<QString> wordsOf(const QString &text) {
    QSet<QString> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !text[i].isLetter())
            ++i;
        if (i > 0 && (text[i - 1] == u'@')) { // handles are people, not vocabulary
            while (i < n && !text[i].isSpace())
                ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && (text[end].isLetterOrNumber() || text[end].isMark()))
            ++end;
        if (end > i) {
            const QString word = foldWord(QStringView(text).mid(i, end - i));
            if (!isFunctionWord(word))
                words.insert(word);
        }
        i = end;
    }
    return words;
}

} // namespace

Lexicon CorrectionLearner::learn(const QList<SentimentCorrection> &corrections) {
    QHash<QString, std::pair<double, int>> sums; // word -> (sum of targets, mentions)
    for (const SentimentCorrection &c : corrections) {
        const double target = c.label == SentimentLabel::Positive   ? kTarget
                              : c.label == SentimentLabel::Negative ? -kTarget
                                                                    : 0.0;
        if (c.label == SentimentLabel::Unknown)
            continue;
        for (const QString &word : wordsOf(c.text)) {
            auto &[sum, count] = sums[word];
            sum += target;
            ++count;
        }
    }
    Lexicon learnt;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const auto [sum, count] = *it;
        const double weight = sum / (count + 1); // one neutral prior mention
        if (std::abs(weight) >= 0.5 || (count >= 2 && sum == 0))
            learnt.set(it.key(), weight);
    }
    return learnt;
}

} // namespace veille
