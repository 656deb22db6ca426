#include "postformat.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace veille {

namespace {

const QRegularExpression &linkPattern() {
    // Up to the first space; punctuation that ends a sentence is not part of the link.
    static const QRegularExpression pattern(
        QStringLiteral(R"(https?://[^\s]+?(?=[.,;:!?)\]]*(\s|$)))"));
    return pattern;
}

const QRegularExpression &tagPattern() {
    static const QRegularExpression pattern(QStringLiteral(R"((?<![\w#])#(\w+))"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

int codePoints(const QString &text) {
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

qsizetype utf8Offset(const QString &text, qsizetype index) {
    return text.left(index).toUtf8().size();
}

} // namespace

int blueskyLength(const QString &text) {
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int n = 0;
    while (graphemes.toNextBoundary() != -1)
        ++n;
    return n;
}

int mastodonLength(const QString &text) {
    QString countable = text;
    countable.replace(linkPattern(), QString(23, u'x'));
    static const QRegularExpression remote(QStringLiteral(R"((?<![\w@])@(\w+)@[\w.-]+\w)"));
    countable.replace(remote, QStringLiteral("@\\1"));
    return codePoints(countable);
}

QJsonArray blueskyFacets(const QString &text) {
    QJsonArray facets;
    auto add = [&](qsizetype start, qsizetype length, const QJsonObject &feature) {
        facets.append(QJsonObject{
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("byteStart"), double(utf8Offset(text, start))},
                         {QStringLiteral("byteEnd"), double(utf8Offset(text, start + length))}}},
            {QStringLiteral("features"), QJsonArray{feature}}});
    };
    auto links = linkPattern().globalMatch(text);
    while (links.hasNext()) {
        const auto m = links.next();
        add(m.capturedStart(), m.capturedLength(),
            {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")},
             {QStringLiteral("uri"), m.captured()}});
    }
    auto tags = tagPattern().globalMatch(text);
    while (tags.hasNext()) {
        const auto m = tags.next();
        add(m.capturedStart(), m.capturedLength(),
            {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#tag")},
             {QStringLiteral("tag"), m.captured(1)}});
    }
    return facets;
}

} // namespace veille
