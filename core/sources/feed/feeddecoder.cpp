#include "feeddecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <zlib.h>

namespace veille {

namespace {

// zlib is used directly because qUncompress() only reads Qt's own framing, not gzip.
QByteArray gunzip(const QByteArray &compressed, bool &ok) {
    z_stream stream{};
    ok = false;
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof(buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof(buffer) - stream.avail_out));
        if (out.size() > 64 * 1024 * 1024)
            break; // a feed is never this large: a compression bomb
    }
    inflateEnd(&stream);
    ok = status == Z_STREAM_END || (status == Z_BUF_ERROR && !out.isEmpty());
    return out;
}

QByteArray declaredEncoding(const QByteArray &head) {
    static const QRegularExpression declaration(
        QStringLiteral(R"(^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"));
    const auto match = declaration.match(QString::fromLatin1(head.left(256)));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

// HTML entities that feeds use as if XML knew them.
const QHash<QString, char16_t> &htmlEntities() {
    static const QHash<QString, char16_t> entities{
        {QStringLiteral("nbsp"), 0x00A0},   {QStringLiteral("copy"), 0x00A9},
        {QStringLiteral("reg"), 0x00AE},    {QStringLiteral("trade"), 0x2122},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("ndash"), 0x2013},  {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D},  {QStringLiteral("laquo"), 0x00AB},
        {QStringLiteral("raquo"), 0x00BB},  {QStringLiteral("euro"), 0x20AC},
        {QStringLiteral("eacute"), 0x00E9}, {QStringLiteral("egrave"), 0x00E8},
        {QStringLiteral("ecirc"), 0x00EA},  {QStringLiteral("agrave"), 0x00E0},
        {QStringLiteral("acirc"), 0x00E2},  {QStringLiteral("ccedil"), 0x00E7},
        {QStringLiteral("ocirc"), 0x00F4},  {QStringLiteral("ucirc"), 0x00FB},
        {QStringLiteral("ugrave"), 0x00F9}, {QStringLiteral("icirc"), 0x00EE},
        {QStringLiteral("iuml"), 0x00EF},   {QStringLiteral("euml"), 0x00EB},
        {QStringLiteral("Eacute"), 0x00C9}, {QStringLiteral("Agrave"), 0x00C0},
        {QStringLiteral("auml"), 0x00E4},   {QStringLiteral("ouml"), 0x00F6},
        {QStringLiteral("uuml"), 0x00FC},   {QStringLiteral("szlig"), 0x00DF},
        {QStringLiteral("middot"), 0x00B7}, {QStringLiteral("bull"), 0x2022},
        {QStringLiteral("deg"), 0x00B0},    {QStringLiteral("times"), 0x00D7},
    };
    return entities;
}

} // namespace

namespace {

// Length of a well-formed reference starting at text[at] == '&' ("&amp;", "&#233;",
// "&#x1F600;"), or 0 when what follows is not one. Returns the name of a named one.
qsizetype referenceLength(QStringView text, qsizetype at, QStringView &name) {
    qsizetype i = at + 1;
    const qsizetype end = std::min(text.size(), at + 34);
    if (i < end && text[i] == QLatin1Char('#')) {
        ++i;
        const bool hex = i < end && (text[i] == QLatin1Char('x') || text[i] == QLatin1Char('X'));
        if (hex)
            ++i;
        const qsizetype digits = i;
        while (i < end && (hex ? isxdigit(text[i].unicode()) : text[i].isDigit()))
            ++i;
        return (i > digits && i < end && text[i] == QLatin1Char(';')) ? i - at + 1 : 0;
    }
    const qsizetype start = i;
    while (i < end && text[i].unicode() < 128 && (text[i].isLetterOrNumber()))
        ++i;
    if (i == start || i >= end || text[i] != QLatin1Char(';') || !text[start].isLetter())
        return 0;
    name = text.mid(start, i - start);
    return i - at + 1;
}

} // namespace

QString repairXmlText(const QString &text, QStringList &warnings) {
    // A hand scan: this runs over every byte of every feed, and a regular expression over
    // each '&' was the parser's most expensive step.
    const QStringView view(text);
    // Most feeds need nothing: find out in one read-only pass before copying anything.
    bool clean = true;
    for (qsizetype i = 0; i < view.size() && clean; ++i) {
        const char16_t u = view[i].unicode();
        if (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) {
            clean = false;
        } else if (u == u'&') {
            QStringView name;
            const qsizetype length = referenceLength(view, i, name);
            clean = length > 0 && (name.isEmpty() || name == QLatin1String("amp") ||
                                   name == QLatin1String("lt") || name == QLatin1String("gt") ||
                                   name == QLatin1String("quot") || name == QLatin1String("apos"));
            if (clean)
                i += length - 1;
        }
    }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 64);
    int bare = 0;
    int html = 0;
    qsizetype last = 0;
    for (qsizetype at = view.indexOf(QLatin1Char('&')); at >= 0;
         at = view.indexOf(QLatin1Char('&'), last)) {
        out.append(view.mid(last, at - last));
        QStringView name;
        const qsizetype length = referenceLength(view, at, name);
        if (length == 0) {
            out.append(QLatin1String("&amp;"));
            ++bare;
            last = at + 1;
            continue;
        }
        last = at + length;
        if (name.isEmpty() || name == QLatin1String("amp") || name == QLatin1String("lt") ||
            name == QLatin1String("gt") || name == QLatin1String("quot") ||
            name == QLatin1String("apos")) {
            out.append(view.mid(at, length));
        } else if (const auto known = htmlEntities().constFind(name.toString());
                   known != htmlEntities().constEnd()) {
            out.append(QStringLiteral("&#%1;").arg(int(*known)));
            ++html;
        } else {
            out.append(QLatin1String("&amp;"));
            out.append(view.mid(at + 1, length - 1)); // kept as text
            ++bare;
        }
    }
    out.append(view.mid(last));
    // Control characters are not allowed in XML 1.0; they appear in feeds all the same.
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D)
            c = QLatin1Char(' ');
    }
    if (bare > 0)
        warnings << QCoreApplication::translate(
            "Feed", "%n unescaped '&' or unknown entities read as text", nullptr, bare);
    if (html > 0)
        warnings << QCoreApplication::translate(
            "Feed", "%n HTML entities that XML does not define were read", nullptr, html);
    return out;
}

QString decodeFeedBytes(QByteArray bytes, QStringList &warnings) {
    if (bytes.startsWith("\x1f\x8b")) {
        bool ok = false;
        const QByteArray plain = gunzip(bytes, ok);
        if (!ok && plain.isEmpty()) {
            warnings << QCoreApplication::translate("Feed", "the gzip-compressed data is damaged");
            return {};
        }
        if (!ok)
            warnings << QCoreApplication::translate("Feed", "the gzip-compressed data ends early");
        bytes = plain;
    }

    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = QString::fromUtf8(bytes.mid(3));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringConverter::Utf16);
        text = decoder.decode(bytes);
    } else {
        const QByteArray declared = declaredEncoding(bytes);
        QStringDecoder decoder(declared.isEmpty() ? "UTF-8" : declared.constData());
        if (!decoder.isValid()) {
            warnings << QCoreApplication::translate("Feed",
                                                    "unknown encoding \"%1\"; read as UTF-8")
                            .arg(QString::fromLatin1(declared));
            decoder = QStringDecoder(QStringConverter::Utf8);
        }
        text = decoder.decode(bytes);
        const bool utf8 = declared.isEmpty() ||
                          declared.compare("utf-8", Qt::CaseInsensitive) == 0 ||
                          declared.compare("utf8", Qt::CaseInsensitive) == 0;
        if (decoder.hasError() && utf8) {
            // Bytes that are not UTF-8 although nothing else was declared: the usual culprit
            // is Latin-1 or its windows-1252 superset.
            warnings << QCoreApplication::translate(
                "Feed", "the text is not valid UTF-8; read as windows-1252");
            text = QStringDecoder("windows-1252").decode(bytes);
        }
    }
    // The XML declaration stays: the feed reader skips it like any processing instruction
    // (removing it cost a copy of the whole text).
    return repairXmlText(text, warnings);
}

} // namespace veille
