#include "matchtext.h"

namespace veille {

namespace {

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

void appendFolded(QString &out, QChar c) {
    if (c.unicode() < 0x80) { // the common case, without decomposition
        out.append(c.toLower());
        return;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    for (const QChar d : decomposed)
        if (!d.isMark())
            out.append(d.toLower());
}

} // namespace

QString foldForMatching(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        appendFolded(out, c);
    return out;
}

MatchText::MatchText(const QString &text) {
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        Kind kind = Kind::Word;
        qsizetype start = i;
        if ((c == u'#' || c == u'@') && i + 1 < n && isWordChar(text.at(i + 1)) &&
            (i == 0 || !isWordChar(text.at(i - 1)))) {
            kind = c == u'#' ? Kind::Hashtag : Kind::Handle;
            ++i;
        } else if (!isWordChar(c)) {
            ++i;
            continue;
        }
        const qsizetype wordStart = i;
        while (i < n) {
            const QChar d = text.at(i);
            if (isWordChar(d)) {
                ++i;
                continue;
            }
            // A handle goes on through its server: @marie@mastodon.social, @lumen.bsky.social
            if (kind == Kind::Handle && (d == u'@' || d == u'.' || d == u'-') && i + 1 < n &&
                isWordChar(text.at(i + 1))) {
                ++i;
                continue;
            }
            break;
        }
        Token token;
        token.kind = kind;
        token.word = foldForMatching(QStringView(text).mid(wordStart, i - wordStart));
        token.start = start;
        token.length = i - start;
        m_tokens.append(std::move(token));
    }
}

} // namespace veille
