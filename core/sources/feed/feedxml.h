#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace veille {

// A small XML pull reader for feeds: elements with their namespaces and attributes, text
// with the five XML entities and character references, CDATA, comments, processing
// instructions and a DOCTYPE skipped; a mismatched or missing end tag is an error that stops
// the reading, as in any XML reader, so that what was read before it is kept.
//
// Written by hand because QXmlStreamReader, correct as it is, spends most of the time of
// reading a feed (its validation and UTF-16 token objects); this reader does only what the
// feed reader asks and reads the same feeds about five times faster. Names and attribute
// values are views into the text, which must outlive the reader.
class FeedXml {
public:
    enum class Token { StartElement, EndElement, Characters, Other, End, Error };

    explicit FeedXml(QStringView text);

    Token readNext();
    bool readNextStartElement();
    bool atEnd() const { return m_token == Token::End || m_token == Token::Error; }
    bool hasError() const { return m_token == Token::Error; }
    QString errorString() const { return m_error; }
    qint64 lineNumber() const;

    // Of the current start or end element.
    QStringView name() const { return m_name; }
    const QString &namespaceUri() const { return m_namespace; }
    // Attribute value by qualified name ("href"), or by namespace and local name.
    QString attribute(QStringView qualifiedName) const;
    QString attribute(QStringView namespaceUri, QStringView localName) const;
    // At a start element: the text of the element and its children, up to its end element,
    // which becomes the current token.
    QString readElementText();

private:
    struct Attribute {
        QStringView prefix;
        QStringView local;
        QStringView qualified;
        QStringView rawValue; // entities not yet decoded
    };
    struct Element {
        QStringView qualified;
        int namespaceCount; // declarations this element added
    };
    Token fail(const QString &message);
    bool readStartTag();
    bool readEndTag();
    bool skipMarkup(); // comments, PIs, DOCTYPE, CDATA outside text
    QString resolve(QStringView prefix) const;
    // Appends `raw` with its entities decoded; on an unknown or broken one says why and stops.
    static bool decodeEntities(QString &out, QStringView raw, QString &error);
    bool decodeEntities(QString &out, QStringView raw) { return decodeEntities(out, raw, m_error); }

    QStringView m_text;
    qsizetype m_pos = 0;
    Token m_token = Token::Other;
    QStringView m_name;
    QString m_namespace; // shared with the declaration, which may go before the caller's use
    QList<Attribute> m_attributes;
    QList<Element> m_open;
    QList<std::pair<QString, QString>> m_namespaces; // prefix, uri; innermost last
    QStringView m_characters;
    bool m_selfClosing = false;
    QString m_error;
};

} // namespace veille
