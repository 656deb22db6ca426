#pragma once

#include "matchtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

namespace veille {

struct Mention;

// Where and why a query could not be read; `position` counts characters from 1.
struct QuerySyntaxError {
    int position = 0;
    QString message;
    QString toString() const;
};

// A boolean listening query: words, "exact phrases", #hashtags, @handles, lang:fr,
// network:mastodon, AND (or ET, or nothing), OR (OU), NOT (SAUF, or a leading -), parentheses,
// and a trailing * for a prefix. Matching is insensitive to case and accents, on word
// boundaries: "lumen" matches "Lumen!" and "#lumen", never "lumens" (that is "lumen*").
class ListeningQuery {
public:
    struct Node {
        enum class Kind { Term, Phrase, Hashtag, Handle, Lang, Network, And, Or, Not };
        Kind kind = Kind::Term;
        QStringList words; // folded; several for a phrase
        bool prefix = false;
        QList<Node> children;
    };
    enum class SearchDialect {
        Words,   // space means AND, "quoted phrases", no OR (Mastodon, Bluesky, Algolia)
        Boolean, // AND / OR / NOT and parentheses (Reddit)
    };

    ListeningQuery() = default;
    static std::variant<ListeningQuery, QuerySyntaxError> parse(const QString &text);

    bool isEmpty() const { return !m_root; }
    const QString &text() const { return m_text; }

    bool matches(const MatchText &text, const QString &lang, const QString &network) const;
    bool matches(const Mention &mention) const;

    // The spans of `text` that the query's positive terms match, for highlighting.
    QList<std::pair<qsizetype, qsizetype>> highlights(const MatchText &text) const;

    // Searches to send to a network whose results, together, contain every mention the query
    // matches (the matcher then keeps the exact ones). Empty when the query cannot be narrowed
    // by words (e.g. only NOT or lang:), which the caller reports as too broad.
    QStringList networkSearches(SearchDialect dialect, int most = 6) const;
    // lang: the query requires, if exactly one (a network-side filter).
    QString requiredLanguage() const;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace veille
