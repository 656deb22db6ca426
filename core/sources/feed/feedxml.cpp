#include "feedxml.h"

#include <QCoreApplication>

namespace veille {

namespace {

const QString kXmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

bool isNameChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':' ||
           c.unicode() == 0xB7;
}

std::pair<QStringView, QStringView> split(QStringView qualified) {
    const qsizetype colon = qualified.indexOf(u':');
    if (colon < 0)
        return {QStringView(), qualified};
    return {qualified.left(colon), qualified.mid(colon + 1)};
}

} // namespace

FeedXml::FeedXml(QStringView text)
    : m_text(text) {
    m_namespaces.append({QStringLiteral("xml"), kXmlNamespace});
}

qint64 FeedXml::lineNumber() const {
    return m_text.left(m_pos).count(u'\n') + 1;
}

FeedXml::Token FeedXml::fail(const QString &message) {
    m_error = message;
    m_token = Token::Error;
    return m_token;
}

QString FeedXml::resolve(QStringView prefix) const {
    for (qsizetype i = m_namespaces.size() - 1; i >= 0; --i)
        if (m_namespaces[i].first == prefix)
            return m_namespaces[i].second;
    return {};
}

bool FeedXml::decodeEntities(QString &out, QStringView raw, QString &error) {
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype amp = raw.indexOf(u'&', i);
        if (amp < 0) {
            out.append(raw.mid(i));
            return true;
        }
        out.append(raw.mid(i, amp - i));
        const qsizetype semi = raw.indexOf(u';', amp);
        if (semi < 0 || semi - amp > 12) {
            error = QCoreApplication::translate("Feed", "an ampersand starts no entity");
            return false;
        }
        const QStringView entity = raw.mid(amp + 1, semi - amp - 1);
        if (entity == u"lt")
            out.append(u'<');
        else if (entity == u"gt")
            out.append(u'>');
        else if (entity == u"amp")
            out.append(u'&');
        else if (entity == u"quot")
            out.append(u'"');
        else if (entity == u"apos")
            out.append(u'\'');
        else if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                                  ? entity.mid(2).toUInt(&ok, 16)
                                  : entity.mid(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF) {
                error = QCoreApplication::translate("Feed", "invalid character reference");
                return false;
            }
            const char32_t c = code;
            out.append(QString::fromUcs4(&c, 1));
        } else {
            error = QCoreApplication::translate("Feed", "entity '%1' is not declared")
                        .arg(entity.toString());
            return false;
        }
        i = semi + 1;
    }
    return true;
}

QString FeedXml::attribute(QStringView qualifiedName) const {
    for (const Attribute &a : m_attributes)
        if (a.qualified == qualifiedName) {
            // An attribute with a broken entity is kept as written.
            QString value;
            QString ignored;
            return decodeEntities(value, a.rawValue, ignored) ? value : a.rawValue.toString();
        }
    return {};
}

QString FeedXml::attribute(QStringView namespaceUri, QStringView localName) const {
    for (const Attribute &a : m_attributes)
        if (a.local == localName && !a.prefix.isEmpty() && resolve(a.prefix) == namespaceUri) {
            // An attribute with a broken entity is kept as written.
            QString value;
            QString ignored;
            return decodeEntities(value, a.rawValue, ignored) ? value : a.rawValue.toString();
        }
    return {};
}

bool FeedXml::skipMarkup() {
    // At "<!" or "<?".
    const QStringView rest = m_text.mid(m_pos);
    qsizetype end = -1;
    if (rest.startsWith(u"<!--")) {
        end = rest.indexOf(u"-->", 4);
        if (end >= 0)
            end += 3;
    } else if (rest.startsWith(u"<?")) {
        end = rest.indexOf(u"?>", 2);
        if (end >= 0)
            end += 2;
    } else if (rest.startsWith(u"<!DOCTYPE") || rest.startsWith(u"<!doctype")) {
        int depth = 0;
        for (qsizetype i = 2; i < rest.size(); ++i) {
            if (rest[i] == u'[')
                ++depth;
            else if (rest[i] == u']')
                --depth;
            else if (rest[i] == u'>' && depth <= 0) {
                end = i + 1;
                break;
            }
        }
    } else {
        end = rest.indexOf(u'>');
        if (end >= 0)
            end += 1;
    }
    if (end < 0) {
        m_pos = m_text.size();
        return false;
    }
    m_pos += end;
    return true;
}

bool FeedXml::readStartTag() {
    // At "<" followed by a name.
    qsizetype i = m_pos + 1;
    const qsizetype n = m_text.size();
    const qsizetype nameStart = i;
    while (i < n && isNameChar(m_text[i]))
        ++i;
    const QStringView qualified = m_text.mid(nameStart, i - nameStart);
    m_attributes.clear();
    int declared = 0;
    for (;;) {
        while (i < n && m_text[i].isSpace())
            ++i;
        if (i >= n)
            return false;
        if (m_text[i] == u'>') {
            m_selfClosing = false;
            ++i;
            break;
        }
        if (m_text[i] == u'/' && i + 1 < n && m_text[i + 1] == u'>') {
            m_selfClosing = true;
            i += 2;
            break;
        }
        const qsizetype attrStart = i;
        while (i < n && isNameChar(m_text[i]))
            ++i;
        if (i == attrStart) {
            m_error = QCoreApplication::translate("Feed", "unexpected character in a tag");
            return false;
        }
        const QStringView attrName = m_text.mid(attrStart, i - attrStart);
        while (i < n && m_text[i].isSpace())
            ++i;
        if (i >= n || m_text[i] != u'=') {
            m_error = QCoreApplication::translate("Feed", "an attribute has no value");
            return false;
        }
        ++i;
        while (i < n && m_text[i].isSpace())
            ++i;
        if (i >= n || (m_text[i] != u'"' && m_text[i] != u'\'')) {
            m_error = QCoreApplication::translate("Feed", "an attribute value is not quoted");
            return false;
        }
        const QChar quote = m_text[i];
        const qsizetype valueEnd = m_text.indexOf(quote, i + 1);
        if (valueEnd < 0)
            return false;
        const QStringView raw = m_text.mid(i + 1, valueEnd - i - 1);
        i = valueEnd + 1;
        const auto [prefix, local] = split(attrName);
        if (attrName == u"xmlns" || prefix == u"xmlns") {
            QString uri;
            if (!decodeEntities(uri, raw))
                return false;
            m_namespaces.append({prefix.isEmpty() ? QString() : local.toString(), uri});
            ++declared;
            continue;
        }
        m_attributes.append({prefix, local, attrName, raw});
    }
    m_pos = i;
    const auto [prefix, local] = split(qualified);
    m_name = local;
    m_namespace = resolve(prefix);
    m_open.append({qualified, declared});
    return true;
}

bool FeedXml::readEndTag() {
    // At "</".
    qsizetype i = m_pos + 2;
    const qsizetype n = m_text.size();
    const qsizetype nameStart = i;
    while (i < n && isNameChar(m_text[i]))
        ++i;
    const QStringView qualified = m_text.mid(nameStart, i - nameStart);
    while (i < n && m_text[i].isSpace())
        ++i;
    if (i >= n || m_text[i] != u'>')
        return false;
    m_pos = i + 1;
    if (m_open.isEmpty() || m_open.constLast().qualified != qualified) {
        m_error = QCoreApplication::translate("Feed", "opening and ending tag mismatch");
        return false;
    }
    const auto [prefix, local] = split(qualified);
    m_name = local;
    m_namespace = resolve(prefix);
    const int declared = m_open.constLast().namespaceCount;
    m_open.removeLast();
    m_namespaces.resize(m_namespaces.size() - declared);
    return true;
}

FeedXml::Token FeedXml::readNext() {
    if (atEnd())
        return m_token;
    if (m_selfClosing) { // <item/> is a start and an end
        m_selfClosing = false;
        const int declared = m_open.constLast().namespaceCount;
        m_open.removeLast();
        m_namespaces.resize(m_namespaces.size() - declared);
        return m_token = Token::EndElement;
    }
    const qsizetype n = m_text.size();
    for (;;) {
        if (m_pos >= n) {
            if (!m_open.isEmpty())
                return fail(QCoreApplication::translate("Feed", "premature end of document"));
            return m_token = Token::End;
        }
        if (m_text[m_pos] != u'<') {
            const qsizetype lt = m_text.indexOf(u'<', m_pos);
            const qsizetype end = lt < 0 ? n : lt;
            m_characters = m_text.mid(m_pos, end - m_pos);
            m_pos = end;
            if (m_open.isEmpty())
                continue; // text outside the root
            return m_token = Token::Characters;
        }
        if (m_pos + 1 >= n)
            return fail(QCoreApplication::translate("Feed", "premature end of document"));
        const QChar next = m_text[m_pos + 1];
        if (next == u'/') {
            if (!readEndTag())
                return fail(m_error.isEmpty()
                                ? QCoreApplication::translate("Feed", "premature end of document")
                                : m_error);
            return m_token = Token::EndElement;
        }
        if (next == u'!' && m_text.mid(m_pos).startsWith(u"<![CDATA[")) {
            const qsizetype end = m_text.indexOf(u"]]>", m_pos + 9);
            if (end < 0)
                return fail(QCoreApplication::translate("Feed", "premature end of document"));
            m_characters = m_text.mid(m_pos + 9, end - m_pos - 9);
            m_pos = end + 3;
            return m_token = Token::Other; // CDATA: text, but not to decode
        }
        if (next == u'!' || next == u'?') {
            if (!skipMarkup())
                return fail(QCoreApplication::translate("Feed", "premature end of document"));
            continue;
        }
        if (!readStartTag())
            return fail(m_error.isEmpty()
                            ? QCoreApplication::translate("Feed", "premature end of document")
                            : m_error);
        return m_token = Token::StartElement;
    }
}

bool FeedXml::readNextStartElement() {
    while (!atEnd())
        if (readNext() == Token::StartElement)
            return true;
    return false;
}

QString FeedXml::readElementText() {
    QString text;
    int depth = 1;
    while (depth > 0) {
        const Token token = readNext();
        switch (token) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Characters:
            if (!decodeEntities(text, m_characters)) {
                fail(m_error);
                return text;
            }
            break;
        case Token::Other:
            text.append(m_characters); // CDATA
            m_characters = {};
            break;
        case Token::End:
        case Token::Error:
            return text;
        }
    }
    return text;
}

} // namespace veille
