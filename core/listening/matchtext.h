#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace veille {

// Folds text the way the query language compares it: lower case, accents removed (é = e),
// ligatures and compatibility forms unfolded (ﬁ = fi).
QString foldForMatching(QStringView text);

// A mention's text cut into the words a query is matched against, folded once so that many
// topics can be tested against the same text cheaply.
class MatchText {
public:
    enum class Kind : char { Word, Hashtag, Handle };
    struct Token {
        QString word; // folded; for a handle, everything after the first @ (marie@mastodon.social)
        Kind kind = Kind::Word;
        qsizetype start = 0; // position and length in the original text, for highlighting
        qsizetype length = 0;
    };

    explicit MatchText(const QString &text);
    const QList<Token> &tokens() const { return m_tokens; }

private:
    QList<Token> m_tokens;
};

} // namespace veille
