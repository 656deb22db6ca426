#include "htmltext.h"

#include <QHash>
#include <cctype>

namespace veille {

QString decodeEntities(const QString &text) {
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral(" ")},
                                               {QStringLiteral("hellip"), QStringLiteral("…")},
                                               {QStringLiteral("mdash"), QStringLiteral("—")},
                                               {QStringLiteral("ndash"), QStringLiteral("–")},
                                               {QStringLiteral("rsquo"), QStringLiteral("’")},
                                               {QStringLiteral("lsquo"), QStringLiteral("‘")},
                                               {QStringLiteral("rdquo"), QStringLiteral("”")},
                                               {QStringLiteral("ldquo"), QStringLiteral("“")},
                                               {QStringLiteral("laquo"), QStringLiteral("«")},
                                               {QStringLiteral("raquo"), QStringLiteral("»")},
                                               {QStringLiteral("eacute"), QStringLiteral("é")},
                                               {QStringLiteral("egrave"), QStringLiteral("è")},
                                               {QStringLiteral("agrave"), QStringLiteral("à")},
                                               {QStringLiteral("ccedil"), QStringLiteral("ç")},
                                               {QStringLiteral("euro"), QStringLiteral("€")},
                                               {QStringLiteral("copy"), QStringLiteral("©")}};
    // &#233; &#xE9; &eacute; — scanned by hand: this runs on every text of every feed.
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype last = 0;
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i < n; i = text.indexOf(u'&', i + 1)) {
        qsizetype j = i + 1;
        bool numeric = false;
        bool hex = false;
        if (j < n && text[j] == u'#') {
            numeric = true;
            ++j;
            if (j < n && (text[j] == u'x' || text[j] == u'X')) {
                hex = true;
                ++j;
            }
        }
        const qsizetype bodyStart = j;
        while (j < n && j - bodyStart < 10) {
            const char16_t d = text[j].unicode();
            const bool fits = d < 128 && (hex       ? std::isxdigit(int(d)) != 0
                                          : numeric ? std::isdigit(int(d)) != 0
                                                    : std::isalnum(int(d)) != 0);
            if (!fits)
                break;
            ++j;
        }
        const qsizetype length = j - bodyStart;
        const bool shaped = j < n && text[j] == u';' &&
                            (numeric ? length >= 1 && length <= (hex ? 6 : 7)
                                     : length >= 2 && text[bodyStart].isLetter());
        if (!shaped)
            continue;
        out.append(QStringView(text).mid(last, i - last));
        last = j + 1;
        const QStringView body = QStringView(text).mid(bodyStart, length);
        if (numeric) {
            bool ok = false;
            const uint code = body.toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                out.append(QString::fromUcs4(&c, 1));
            }
        } else if (const auto known = named.constFind(body.toString()); known != named.constEnd()) {
            out.append(*known);
        } else {
            out.append(QStringView(text).mid(i, j + 1 - i));
        }
        i = j;
    }
    out.append(QStringView(text).mid(last));
    return out;
}

namespace {

// "<tag" at `at`, whatever the case, followed by a character that ends a name.
bool startsWithTag(QStringView text, qsizetype at, QStringView tag) {
    if (text.size() - at < tag.size() + 1)
        return false;
    if (text.mid(at + 1, tag.size()).compare(tag, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype after = at + 1 + tag.size();
    return after >= text.size() || !text[after].isLetterOrNumber();
}

// <br>, <p>, <div>, <li>, <blockquote> open or close a line; headings and rows close one.
bool isBreakingTag(QStringView name, bool closing) {
    for (const QStringView tag : {QStringView(u"br"), QStringView(u"p"), QStringView(u"div"),
                                  QStringView(u"li"), QStringView(u"blockquote")})
        if (name.compare(tag, Qt::CaseInsensitive) == 0)
            return true;
    if (!closing)
        return false;
    if (name.compare(u"tr", Qt::CaseInsensitive) == 0)
        return true;
    return name.size() == 2 && (name[0] == u'h' || name[0] == u'H') && name[1] >= u'1' &&
           name[1] <= u'6';
}

// Where a script or style element that starts at `at` ends (after its end tag), or after its
// start tag alone when it has no end tag.
qsizetype endOfHidden(QStringView text, qsizetype at, qsizetype startTagEnd, QStringView tag) {
    for (qsizetype k = text.indexOf(u"</", startTagEnd); k >= 0; k = text.indexOf(u"</", k + 2))
        if (text.mid(k + 2, tag.size()).compare(tag, Qt::CaseInsensitive) == 0) {
            const qsizetype gt = text.indexOf(u'>', k);
            if (gt >= 0)
                return gt + 1;
        }
    Q_UNUSED(at);
    return startTagEnd;
}

bool isFoldedSpace(QChar c) {
    return c != u'\n' && (c == u' ' || c == u'\t' || c == QChar(0x00A0) || c.isSpace());
}

} // namespace

QString htmlToPlainText(const QString &html) {
    if (!html.contains(QLatin1Char('<'))) {
        // Most titles are plain already: nothing to decode, no white space to fold.
        bool plain = !html.isEmpty() && !html.front().isSpace() && !html.back().isSpace();
        for (qsizetype i = 0; plain && i < html.size(); ++i) {
            const QChar c = html[i];
            plain = c != u'&' && (c == u' ' ? html[i + 1] != u' ' : !c.isSpace());
        }
        return plain ? html : decodeEntities(html).simplified();
    }
    // One pass, by hand (this runs on every title, summary and content of every feed): tags
    // removed, script and style with their content, comments too, line-breaking elements as
    // line breaks; then entities decoded and white space folded.
    const QStringView text(html);
    const qsizetype n = text.size();
    QString stripped;
    stripped.reserve(n);
    qsizetype i = 0;
    while (i < n) {
        if (text[i] != u'<') {
            const qsizetype next = text.indexOf(u'<', i);
            const qsizetype end = next < 0 ? n : next;
            stripped.append(text.mid(i, end - i));
            i = end;
            continue;
        }
        if (text.mid(i, 4) == u"<!--") {
            const qsizetype end = text.indexOf(u"-->", i + 4);
            if (end < 0) {
                stripped.append(text.mid(i));
                break;
            }
            i = end + 3;
            continue;
        }
        const qsizetype close = text.indexOf(u'>', i + 1);
        if (close < 0) { // not a tag: kept as text
            stripped.append(text.mid(i));
            break;
        }
        if (startsWithTag(text, i, u"script")) {
            i = endOfHidden(text, i, close + 1, u"script");
            continue;
        }
        if (startsWithTag(text, i, u"style")) {
            i = endOfHidden(text, i, close + 1, u"style");
            continue;
        }
        qsizetype nameStart = i + 1;
        while (nameStart < close && text[nameStart].isSpace())
            ++nameStart;
        const bool closing = nameStart < close && text[nameStart] == u'/';
        if (closing)
            ++nameStart;
        qsizetype nameEnd = nameStart;
        while (nameEnd < close && text[nameEnd].isLetterOrNumber())
            ++nameEnd;
        if (isBreakingTag(text.mid(nameStart, nameEnd - nameStart), closing))
            stripped.append(u'\n');
        i = close + 1;
    }
    const QString decoded = decodeEntities(stripped);
    // Runs of spaces (tabs, no-break spaces…) become one space; white space around line
    // breaks goes, and several breaks in a row become one.
    QString out;
    out.reserve(decoded.size());
    const QStringView view(decoded);
    bool pendingSpace = false;
    bool pendingBreak = false;
    qsizetype at = 0;
    const qsizetype size = view.size();
    while (at < size) {
        const QChar ch = view[at];
        if (ch == u'\n') {
            pendingBreak = true;
            pendingSpace = false;
            ++at;
            continue;
        }
        if (isFoldedSpace(ch)) {
            if (!pendingBreak)
                pendingSpace = true;
            ++at;
            continue;
        }
        if (pendingBreak && !out.isEmpty())
            out.append(u'\n');
        else if (pendingSpace && !out.isEmpty())
            out.append(u' ');
        pendingBreak = false;
        pendingSpace = false;
        // The run of characters up to the next white space, in one piece.
        qsizetype end = at + 1;
        while (end < size && view[end] != u'\n' && !isFoldedSpace(view[end]))
            ++end;
        out.append(view.mid(at, end - at));
        at = end;
    }
    return out;
}

} // namespace veille
