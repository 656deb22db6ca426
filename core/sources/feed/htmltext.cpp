#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>

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
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(QStringView(text).mid(last, m.capturedStart() - last));
        last = m.capturedEnd();
        const QString body = m.captured(1);
        if (body.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code =
                (body.size() > 1 && (body[1] == QLatin1Char('x') || body[1] == QLatin1Char('X')))
                    ? body.mid(2).toUInt(&ok, 16)
                    : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                out.append(QString::fromUcs4(&c, 1));
            }
        } else if (const auto known = named.constFind(body); known != named.constEnd()) {
            out.append(*known);
        } else {
            out.append(m.captured(0));
        }
    }
    out.append(QStringView(text).mid(last));
    return out;
}

QString htmlToPlainText(const QString &html) {
    if (!html.contains(QLatin1Char('<')))
        return decodeEntities(html).simplified();
    static const QRegularExpression hidden(QStringLiteral(R"(<(script|style)\b[^>]*>.*?</\1\s*>)"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression block(
        QStringLiteral(R"(<\s*(br|/?p|/?div|/?li|/h[1-6]|/tr|/?blockquote)\b[^>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral(R"(<[^>]*>)"));
    static const QRegularExpression spaces(QStringLiteral(R"([ \t\r\f\x{000B}\x{00A0}]+)"));
    static const QRegularExpression lines(QStringLiteral(R"(\s*\n\s*)"));
    QString text = html;
    text.remove(hidden);
    text.remove(comment);
    text.replace(block, QStringLiteral("\n"));
    text.remove(tag);
    text = decodeEntities(text);
    text.replace(spaces, QStringLiteral(" "));
    text.replace(lines, QStringLiteral("\n"));
    return text.trimmed();
}

} // namespace veille
