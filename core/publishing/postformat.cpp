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

int mastodonLength(const QString &text, int urlLength) {
    QString countable = text;
    countable.replace(linkPattern(), QString(urlLength > 0 ? urlLength : 23, u'x'));
    static const QRegularExpression remote(QStringLiteral(R"((?<![\w@])@(\w+)@[\w.-]+\w)"));
    countable.replace(remote, QStringLiteral("@\\1"));
    return codePoints(countable);
}

const QRegularExpression &handlePattern() {
    // @handle.domain (Bluesky) or @user / @user@domain (Mastodon), not inside an address.
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\w@/])@([\w-]+(?:[.@][\w-]+)*\w))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

QList<PostSpan> postSpans(const QString &text) {
    QList<PostSpan> spans;
    auto links = linkPattern().globalMatch(text);
    while (links.hasNext()) {
        const auto m = links.next();
        spans.append({m.capturedStart(), m.capturedLength(), PostSpan::Link, m.captured()});
    }
    const auto insideLink = [&spans](qsizetype at) {
        for (const PostSpan &span : std::as_const(spans))
            if (span.kind == PostSpan::Link && at >= span.start && at < span.start + span.length)
                return true;
        return false;
    };
    auto tags = tagPattern().globalMatch(text);
    while (tags.hasNext()) {
        const auto m = tags.next();
        if (!insideLink(m.capturedStart()))
            spans.append({m.capturedStart(), m.capturedLength(), PostSpan::Tag, m.captured(1)});
    }
    auto handles = handlePattern().globalMatch(text);
    while (handles.hasNext()) {
        const auto m = handles.next();
        if (!insideLink(m.capturedStart()))
            spans.append({m.capturedStart(), m.capturedLength(), PostSpan::Mention, m.captured(1)});
    }
    std::sort(spans.begin(), spans.end(),
              [](const PostSpan &a, const PostSpan &b) { return a.start < b.start; });
    return spans;
}

int postLength(const QString &network, const QString &text, int urlLength) {
    return network == QLatin1String("bluesky") ? blueskyLength(text)
                                               : mastodonLength(text, urlLength);
}

int postLimit(const QString &network, int accountLimit) {
    if (accountLimit > 0)
        return accountLimit;
    return network == QLatin1String("bluesky") ? kBlueskyLimit : kMastodonDefaultLimit;
}

QJsonArray blueskyFacets(const QString &text, const QHash<QString, QString> &dids) {
    QJsonArray facets;
    auto add = [&](qsizetype start, qsizetype length, const QJsonObject &feature) {
        facets.append(QJsonObject{
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("byteStart"), double(utf8Offset(text, start))},
                         {QStringLiteral("byteEnd"), double(utf8Offset(text, start + length))}}},
            {QStringLiteral("features"), QJsonArray{feature}}});
    };
    for (const PostSpan &span : postSpans(text)) {
        if (span.kind == PostSpan::Link)
            add(span.start, span.length,
                {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")},
                 {QStringLiteral("uri"), span.value}});
        else if (span.kind == PostSpan::Tag)
            add(span.start, span.length,
                {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#tag")},
                 {QStringLiteral("tag"), span.value}});
        // A mention points at the account's DID; a handle that did not resolve stays text.
        else if (const QString did = dids.value(span.value.toLower()); !did.isEmpty())
            add(span.start, span.length,
                {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
                 {QStringLiteral("did"), did}});
    }
    return facets;
}

} // namespace veille
