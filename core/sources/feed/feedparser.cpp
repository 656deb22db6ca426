#include "feedparser.h"

#include "feeddates.h"
#include "feeddecoder.h"
#include "htmltext.h"

#include "feedxml.h"
#include <QCoreApplication>

namespace veille {

namespace {

const QString kAtom10 = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kAtom03 = QStringLiteral("http://purl.org/atom/ns#");
const QString kContent = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString kDublinCore = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kXml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

bool isAtom(QStringView ns) {
    return ns == kAtom10 || ns == kAtom03;
}

class FeedReader {
public:
    FeedReader(QStringView text, const QUrl &base, FeedDocument &doc)
        : m_xml(text)
        , m_doc(doc) {
        m_bases.append(base);
    }

    void read() {
        if (!m_xml.readNextStartElement()) {
            m_doc.error =
                QCoreApplication::translate("Feed", "no XML element found: this is not a feed");
            return;
        }
        const QStringView root = m_xml.name();
        if (root == QLatin1String("rss"))
            m_doc.format = QStringLiteral("rss");
        else if (root == QLatin1String("RDF"))
            m_doc.format = QStringLiteral("rdf");
        else if (root == QLatin1String("feed"))
            m_doc.format = QStringLiteral("atom");
        else if (root == QLatin1String("entry") && isAtom(m_xml.namespaceUri())) {
            m_doc.format = QStringLiteral("atom"); // a single entry document
            pushBase();
            m_itemDepth = 1;
            m_item = {};
        } else if (root.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
            m_doc.error =
                QCoreApplication::translate("Feed", "this is a web page (HTML), not a feed");
            return;
        } else {
            m_doc.error =
                QCoreApplication::translate("Feed", "not a feed: the document starts with <%1>")
                    .arg(root.toString());
            return;
        }
        if (m_itemDepth == 0)
            pushBase();
        walk();
        if (m_xml.hasError()) {
            const QString where = QCoreApplication::translate("Feed", "line %1: %2")
                                      .arg(m_xml.lineNumber())
                                      .arg(m_xml.errorString());
            // A truncated feed: the item being read when it broke off is kept if it says something.
            if (m_itemDepth > 0 && (!m_item.title.isEmpty() || !m_item.link.isEmpty()))
                finishItem();
            if (m_doc.items.isEmpty() && m_doc.title.isEmpty())
                m_doc.error = where;
            else
                m_doc.warnings << QCoreApplication::translate(
                                      "Feed",
                                      "the feed is ill-formed (%1); %n item(s) read before it",
                                      nullptr, int(m_doc.items.size()))
                                      .arg(where);
        }
    }

private:
    void pushBase() {
        const QString attr = m_xml.attribute(kXml, u"base");
        m_bases.append(attr.isEmpty() ? m_bases.constLast()
                                      : m_bases.constLast().resolved(QUrl(attr)));
    }
    void popBase() {
        if (m_bases.size() > 1)
            m_bases.removeLast();
    }
    QString resolve(const QString &link) const {
        const QString trimmed = link.trimmed();
        if (trimmed.isEmpty())
            return {};
        QUrl base = m_bases.constLast();
        // A feed read from a file has no web address of its own: its site's link stands in.
        if ((base.isEmpty() || base.isLocalFile()) && !m_doc.link.isEmpty() &&
            !m_doc.link.startsWith(QLatin1String("file:")))
            base =
                QUrl(m_doc.link).resolved(QUrl(base.isLocalFile() ? QString() : base.toString()));
        return base.isEmpty() ? trimmed : base.resolved(QUrl(trimmed)).toString();
    }
    // Text of the current element (children included, as for Atom xhtml content).
    QString elementText() {
        const QString text = m_xml.readElementText();
        popBase(); // readElementText consumed the end element
        return text;
    }

    void walk() {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == FeedXml::Token::EndElement) {
                popBase();
                const QStringView name = m_xml.name();
                if (m_itemDepth > 0 &&
                    (name == QLatin1String("item") || name == QLatin1String("entry"))) {
                    if (--m_itemDepth == 0)
                        finishItem();
                }
                continue;
            }
            if (token != FeedXml::Token::StartElement)
                continue;
            pushBase();
            const QStringView name = m_xml.name();
            if (name == QLatin1String("item") || name == QLatin1String("entry")) {
                // An item inside an item is an authoring error: the outer one goes on.
                if (m_itemDepth++ > 0)
                    continue;
                m_item = {};
                const QString about = m_xml.attribute(kRdf, u"about");
                if (!about.isEmpty())
                    m_item.id = about;
                continue;
            }
            if (m_itemDepth > 0)
                readItemField();
            else
                readChannelField();
        }
    }

    void readChannelField() {
        const QStringView name = m_xml.name();
        if (name == QLatin1String("title") && m_doc.title.isEmpty())
            m_doc.title = htmlToPlainText(elementText());
        else if (name == QLatin1String("link") && m_doc.link.isEmpty() &&
                 m_xml.namespaceUri() != kAtom10) {
            const QString href = m_xml.attribute(u"href");
            m_doc.link = href.isEmpty() ? resolve(elementText()) : resolve(href);
        }
    }

    void readItemField() {
        const QStringView name = m_xml.name();
        const QStringView ns = m_xml.namespaceUri();
        if (name == QLatin1String("title")) {
            m_item.title = htmlToPlainText(elementText());
        } else if (name == QLatin1String("link")) {
            const QString href = m_xml.attribute(u"href");
            const QString rel = m_xml.attribute(u"rel");
            if (!href.isEmpty()) {
                if ((rel.isEmpty() || rel == QLatin1String("alternate")) && m_item.link.isEmpty())
                    m_item.link = resolve(href);
            } else if (!isAtom(ns)) {
                const QString link = resolve(elementText());
                if (!link.isEmpty())
                    m_item.link = link;
            }
        } else if (name == QLatin1String("guid") || (name == QLatin1String("id") && isAtom(ns))) {
            const QString id = elementText().trimmed();
            if (!id.isEmpty())
                m_item.id = id;
            if (name == QLatin1String("guid") && m_item.link.isEmpty() &&
                m_xml.attribute(u"isPermaLink") != QLatin1String("false") &&
                id.startsWith(QLatin1String("http")))
                m_item.link = resolve(id);
        } else if (name == QLatin1String("pubDate") || name == QLatin1String("published") ||
                   name == QLatin1String("issued") ||
                   (name == QLatin1String("date") && ns == kDublinCore)) {
            setDate(m_item.published, elementText());
        } else if (name == QLatin1String("updated") || name == QLatin1String("modified")) {
            setDate(m_item.updated, elementText());
        } else if (name == QLatin1String("author") || name == QLatin1String("creator")) {
            if (isAtom(ns))
                m_inAuthor = true; // the name comes in a child element
            else if (m_item.author.isEmpty())
                m_item.author = htmlToPlainText(elementText());
        } else if (name == QLatin1String("name") && m_inAuthor) {
            if (m_item.author.isEmpty())
                m_item.author = elementText().simplified();
            m_inAuthor = false;
        } else if (name == QLatin1String("description") || name == QLatin1String("summary")) {
            m_item.summary = htmlToPlainText(elementText());
        } else if ((name == QLatin1String("encoded") && ns == kContent) ||
                   (name == QLatin1String("content") && isAtom(ns))) {
            m_item.content = htmlToPlainText(elementText());
        } else if (name == QLatin1String("category") ||
                   (name == QLatin1String("subject") && ns == kDublinCore)) {
            QString term = m_xml.attribute(u"term");
            if (term.isEmpty())
                term = elementText();
            term = htmlToPlainText(term);
            if (!term.isEmpty() && !m_item.categories.contains(term))
                m_item.categories.append(term);
        }
    }

    void setDate(QDateTime &into, const QString &text) {
        const QDateTime parsed = parseFeedDate(text);
        if (parsed.isValid())
            into = parsed;
        else if (!text.trimmed().isEmpty())
            m_doc.warnings << QCoreApplication::translate("Feed", "line %1: unreadable date \"%2\"")
                                  .arg(m_xml.lineNumber())
                                  .arg(text.trimmed());
    }

    void finishItem() {
        m_itemDepth = 0;
        m_inAuthor = false;
        if (m_item.title.isEmpty() && m_item.link.isEmpty() && m_item.summary.isEmpty() &&
            m_item.content.isEmpty()) {
            m_doc.warnings << QCoreApplication::translate("Feed",
                                                          "line %1: an empty item was skipped")
                                  .arg(m_xml.lineNumber());
            return;
        }
        if (m_item.id.isEmpty())
            m_item.id = m_item.link;
        m_doc.items.append(m_item);
    }

    FeedXml m_xml;
    FeedDocument &m_doc;
    QList<QUrl> m_bases;
    FeedItem m_item;
    int m_itemDepth = 0; // > 0 inside an item or entry
    bool m_inAuthor = false;
};

} // namespace

FeedDocument parseFeed(const QByteArray &bytes, const QUrl &base) {
    FeedDocument doc;
    if (bytes.trimmed().isEmpty()) {
        doc.error = QCoreApplication::translate("Feed", "the file is empty");
        return doc;
    }
    const QString text = decodeFeedBytes(bytes, doc.warnings);
    if (text.isEmpty()) {
        doc.error = QCoreApplication::translate("Feed", "nothing could be decoded");
        return doc;
    }
    FeedReader reader(text, base, doc);
    reader.read();
    return doc;
}

} // namespace veille
