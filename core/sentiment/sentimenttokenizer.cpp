// Cutting a text into the tokens the scorer weighs: words (folded, with French elision and
// English "n't" split off, hashtags cut into their words), emoji and emoticons, exclamation
// marks and the punctuation that bounds a clause. Links and handles are passed over.
#include "scorertoken.h"

#include <array>

namespace veille {

namespace {

// The letters and digits of ASCII, looked up rather than compared range by range: every
// character of every word passes here.
constexpr auto kAsciiWord = [] {
    std::array<bool, 128> table{};
    for (char16_t u = 0; u < 128; ++u)
        table[u] = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return table;
}();

// The punctuation that bounds a clause.
inline bool isClauseMark(QChar c) {
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'?' || c == u'(' ||
           c == u')' || c == u'\u2026';
}

// QChar::isLetterOrNumber, with the letters of Latin-1 (À to ÿ but × and ÷, all letters)
// answered here: Qt answers ASCII inline but looks every other character up out of line, and
// French text is full of accented letters.
inline bool isWordCharacter(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return kAsciiWord[u];
    if (u >= 0xC0 && u <= 0xFF)
        return u != 0xD7 && u != 0xF7;
    return c.isLetterOrNumber();
}

// A word folded into `room` on the stack, or into `spill` when it might not fit (a word folds
// to at most twice its length).
template <size_t N> QStringView foldOnStack(QStringView word, QChar (&room)[N], QString &spill) {
    if (2 * word.size() > qsizetype(N)) {
        spill = foldWord(word);
        return spill;
    }
    return QStringView(room, foldInto(word, room));
}

} // namespace

void SentimentScorer::tokenize(const QString &text, QString &folds, std::vector<QString> &kept,
                               std::vector<Token> &tokens) const {
    tokens.clear();
    kept.clear();
    // A string kept for the text: a view of it stays valid while `kept` grows, as moving a
    // QString does not move its characters.
    auto keep = [&kept](QString word) -> QStringView {
        kept.push_back(std::move(word));
        return kept.back();
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Every word folded into one buffer, sized once so that it never moves: the tokens'
    // strings refer to it rather than each holding a copy of its own (a word folds to at most
    // twice its length).
    folds.resize(2 * n + 16);
    QChar *const room = folds.data();
    qsizetype used = 0;
    auto fold = [&](QStringView word) {
        if (used + 2 * word.size() > folds.size())
            return keep(foldWord(word));
        const qsizetype at = used;
        used += foldInto(word, room + at);
        return QStringView(room + at, used - at);
    };
    // `apostrophe` is the first one's place in the word, when the caller has seen it, or -2
    // when it has not looked.
    auto addWord = [&](QStringView word, bool fromHashtag, qsizetype apostrophe = -2) {
        if (word.isEmpty())
            return;
        // French elision: l'avis, qu'il, n'est (the ne of a negation is kept).
        if (apostrophe == -2) {
            apostrophe = -1;
            for (qsizetype k = 0; k < word.size() && apostrophe < 0; ++k)
                if (word[k] == u'\'' || word[k] == u'\u2019')
                    apostrophe = k;
        }
        if (apostrophe > 0) {
            // Folded on the stack: an elided word is short ("jusqu"), and a longer head only
            // needs to be told from one.
            QChar headRoom[32];
            QString spill;
            const QStringView head = foldOnStack(word.left(apostrophe), headRoom, spill);
            if (isElisionPrefix(head)) {
                if (head == u"n")
                    // Shown as the text writes it, so that a phrase that starts here
                    // ("n'importe quoi") is shown whole.
                    tokens.push_back({Token::Kind::Word, u"ne", word.left(apostrophe + 1)});
                word = word.mid(apostrophe + 1);
            } else if (word.size() >= 3 &&
                       (word.right(3).compare(u"n't", Qt::CaseInsensitive) == 0 ||
                        word.right(3).compare(u"n\u2019t", Qt::CaseInsensitive) == 0)) {
                // English don't, isn't, can't: the verb, then a negation.
                const QStringView base = word.left(word.size() - 3);
                if (!base.isEmpty())
                    tokens.push_back({Token::Kind::Word, fold(base), base});
                tokens.push_back({Token::Kind::Word, u"not", word.right(3)});
                return;
            }
        }
        if (word.isEmpty())
            return;
        Token token{Token::Kind::Word, fold(word), word};
        bool upper = word.size() >= 2;
        for (qsizetype k = 0; k < word.size() && upper; ++k)
            upper = !word[k].isLetter() || word[k].isUpper();
        token.caps = upper && !fromHashtag;
        token.elongated = hasLongRun(token.folded);
        tokens.push_back(std::move(token));
    };
    const QStringView all(text);
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // Links and handles say nothing of sentiment.
        if ((c == u'h' || c == u'w') && (all.mid(i, 4) == u"http" || all.mid(i, 4) == u"www.")) {
            while (i < n && !text[i].isSpace())
                ++i;
            continue;
        }
        if (c == u'@' && i + 1 < n && (text[i + 1].isLetterOrNumber() || text[i + 1] == u'_')) {
            const qsizetype name = ++i;
            while (i < n && !text[i].isSpace())
                ++i;
            // The marks that end it are the text's ("Bravo @SNCF, encore en retard", "@Orange
            // !!!"), not the handle's.
            while (i > name + 1 && (isClauseMark(text[i - 1]) || text[i - 1] == u'!'))
                --i;
            continue;
        }
        // An emoticon stands alone between spaces: :) :-( <3 xD
        if (!isWordCharacter(c) || c == u'x' || c == u'X') {
            qsizetype end = i;
            while (end < n && !text[end].isSpace())
                ++end;
            const QStringView chunk = all.mid(i, end - i);
            if (!c.isLetterOrNumber() || chunk == u"xD" || chunk == u"XD") {
                // Punctuation and a closing quote after it: ":)." or ':-)"'.
                QStringView trimmed = chunk;
                while (trimmed.size() > 1 &&
                       QStringView(u".,\"\u201D\u00BB").contains(trimmed.back()))
                    trimmed.chop(1);
                // A mouth drawn again insists: ":)))", ":((((" and "<333" are ":)", ":(" and
                // "<3".
                QStringView face = trimmed;
                while (face.size() > 2 && face.back() == face[face.size() - 2] &&
                       !face.back().isLetter())
                    face.chop(1);
                if (face.size() <= 4) {
                    // Folded as the lexicon's terms are: ":D" and "XD" are held as ":d", "xd".
                    QChar key[8];
                    const QStringView folded(key, foldInto(face, key));
                    if (m_emoji.find(folded)) {
                        tokens.push_back({Token::Kind::Emoji, keep(folded.toString()), trimmed});
                        i = end;
                        continue;
                    }
                }
            }
        }
        if (c == u'#') {
            qsizetype j = i + 1;
            while (j < n && (text[j].isLetterOrNumber() || text[j] == u'_'))
                ++j;
            // #LumenPanne -> lumen, panne; #fail -> fail
            const QStringView tag = all.mid(i + 1, j - i - 1);
            qsizetype start = 0;
            for (qsizetype k = 1; k <= tag.size(); ++k) {
                if (k == tag.size() || tag[k] == u'_' ||
                    (tag[k].isUpper() && tag[k - 1].isLower())) {
                    addWord(tag.mid(start, k - start), true);
                    start = tag[k - (k == tag.size() ? 1 : 0)] == u'_' ? k + 1 : k;
                }
            }
            i = j;
            continue;
        }
        if (isWordCharacter(c)) {
            qsizetype j = i;
            bool hyphen = false;
            qsizetype apostrophe = -1;
            // Combining marks all lie at U+0300 and above: most characters skip the lookup.
            while (j < n) {
                const char16_t u = text[j].unicode();
                if (isWordCharacter(text[j]) || (u >= 0x300 && text[j].isMark())) {
                    ++j;
                    continue;
                }
                // An apostrophe or a hyphen between letters: l'avis, peut-être.
                if ((u == u'\'' || u == u'\u2019' || u == u'-') && j + 1 < n &&
                    text[j + 1].isLetter()) {
                    if (u == u'-')
                        hyphen = true;
                    else if (apostrophe < 0)
                        apostrophe = j - i;
                    ++j;
                    continue;
                }
                break;
            }
            const QStringView word = all.mid(i, j - i);
            auto known = [this](QStringView whole) {
                QChar wholeRoom[64];
                QString spill;
                const QStringView folded = foldOnStack(whole, wholeRoom, spill);
                return m_fr.find(folded) || m_en.find(folded);
            };
            if (hyphen && !known(word)) {
                for (QStringView part : word.split(u'-', Qt::SkipEmptyParts))
                    addWord(part, false);
            } else {
                addWord(word, false, apostrophe);
            }
            i = j;
            continue;
        }
        if (c == u'!') {
            tokens.push_back({Token::Kind::Exclamation, u"!", all.mid(i, 1)});
            ++i;
            continue;
        }
        if (isClauseMark(c)) {
            tokens.push_back({Token::Kind::Boundary, all.mid(i, 1), all.mid(i, 1)});
            ++i;
            continue;
        }
        // Emoji: one code point, possibly with a variation selector.
        const qsizetype width = c.isHighSurrogate() && i + 1 < n ? 2 : 1;
        const bool selector = i + width < n && text[i + width] == u'\uFE0F';
        const QStringView emoji = all.mid(i, width + (selector ? 1 : 0));
        QStringView key = emoji;
        if (!m_emoji.find(key) && selector)
            key = all.mid(i, width);
        if (m_emoji.find(key))
            tokens.push_back({Token::Kind::Emoji, key, emoji});
        i += emoji.size();
    }
}

} // namespace veille
