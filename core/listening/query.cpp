#include "query.h"

#include "model/mention.h"

#include <QCoreApplication>

#include <optional>

namespace veille {

using Node = ListeningQuery::Node;
using Kind = ListeningQuery::Node::Kind;

namespace {

struct Lexeme {
    enum class Type { Word, Phrase, LParen, RParen, And, Or, Not, Minus, End } type;
    QString text;
    int position; // 1-based
};

class Lexer {
public:
    explicit Lexer(const QString &text)
        : m_text(text) {}

    std::variant<QList<Lexeme>, QuerySyntaxError> run() {
        QList<Lexeme> out;
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            const int pos = int(i) + 1;
            if (c.isSpace()) {
                ++i;
            } else if (c == u'(') {
                out.append({Lexeme::Type::LParen, {}, pos});
                ++i;
            } else if (c == u')') {
                out.append({Lexeme::Type::RParen, {}, pos});
                ++i;
            } else if (c == u'"' || c == u'\u201C' || c == u'\u00AB') {
                const QChar close = c == u'"' ? u'"' : (c == u'\u201C' ? u'\u201D' : u'\u00BB');
                const qsizetype end = m_text.indexOf(close, i + 1);
                if (end < 0)
                    return QuerySyntaxError{
                        pos, QCoreApplication::translate("ListeningQuery",
                                                         "this quotation mark is never closed")};
                out.append({Lexeme::Type::Phrase, m_text.mid(i + 1, end - i - 1), pos});
                i = end + 1;
            } else if (c == u'-' && i + 1 < n && !m_text.at(i + 1).isSpace() &&
                       (i == 0 || m_text.at(i - 1).isSpace() || m_text.at(i - 1) == u'(')) {
                out.append({Lexeme::Type::Minus, {}, pos});
                ++i;
            } else {
                qsizetype end = i;
                while (end < n && !m_text.at(end).isSpace() && m_text.at(end) != u'(' &&
                       m_text.at(end) != u')' && m_text.at(end) != u'"')
                    ++end;
                const QString word = m_text.mid(i, end - i);
                Lexeme::Type type = Lexeme::Type::Word;
                if (word == u"AND" || word == u"ET")
                    type = Lexeme::Type::And;
                else if (word == u"OR" || word == u"OU")
                    type = Lexeme::Type::Or;
                else if (word == u"NOT" || word == u"SAUF")
                    type = Lexeme::Type::Not;
                out.append({type, word, pos});
                i = end;
            }
        }
        out.append({Lexeme::Type::End, {}, int(n) + 1});
        return out;
    }

private:
    const QString &m_text;
};

QStringList foldedWordsOf(const QString &text) {
    QStringList words;
    const MatchText matchText(text);
    for (const MatchText::Token &token : matchText.tokens())
        words.append(token.word);
    return words;
}

class Parser {
public:
    explicit Parser(QList<Lexeme> lexemes)
        : m_lex(std::move(lexemes)) {}

    std::variant<Node, QuerySyntaxError> run() {
        if (peek().type == Lexeme::Type::End)
            return QuerySyntaxError{
                1, QCoreApplication::translate("ListeningQuery", "the query is empty")};
        auto node = parseOr();
        if (m_error)
            return *m_error;
        if (peek().type == Lexeme::Type::RParen)
            return QuerySyntaxError{
                peek().position,
                QCoreApplication::translate("ListeningQuery", "this parenthesis closes nothing")};
        if (peek().type != Lexeme::Type::End)
            return QuerySyntaxError{peek().position, QCoreApplication::translate(
                                                         "ListeningQuery", "unexpected text here")};
        return node;
    }

private:
    const Lexeme &peek() const { return m_lex.at(m_at); }
    const Lexeme &take() { return m_lex.at(m_at++); }
    Node fail(int position, const QString &message) {
        if (!m_error)
            m_error = QuerySyntaxError{position, message};
        return {};
    }

    Node parseOr() {
        Node first = parseAnd();
        if (m_error || peek().type != Lexeme::Type::Or)
            return first;
        Node node{Kind::Or, {}, false, {first}};
        while (!m_error && peek().type == Lexeme::Type::Or) {
            take();
            node.children.append(parseAnd());
        }
        return node;
    }

    bool startsOperand(Lexeme::Type type) const {
        return type == Lexeme::Type::Word || type == Lexeme::Type::Phrase ||
               type == Lexeme::Type::LParen || type == Lexeme::Type::Not ||
               type == Lexeme::Type::Minus;
    }

    Node parseAnd() {
        Node first = parseUnary();
        Node node{Kind::And, {}, false, {first}};
        while (!m_error) {
            if (peek().type == Lexeme::Type::And) {
                take();
            } else if (!startsOperand(peek().type)) {
                break;
            }
            node.children.append(parseUnary());
        }
        return node.children.size() == 1 ? first : node;
    }

    Node parseUnary() {
        const Lexeme &lexeme = peek();
        if (lexeme.type == Lexeme::Type::Not || lexeme.type == Lexeme::Type::Minus) {
            take();
            return Node{Kind::Not, {}, false, {parseUnary()}};
        }
        return parsePrimary();
    }

    Node parsePrimary() {
        const Lexeme lexeme = take();
        switch (lexeme.type) {
        case Lexeme::Type::LParen: {
            Node inner = parseOr();
            if (m_error)
                return inner;
            if (peek().type != Lexeme::Type::RParen)
                return fail(lexeme.position,
                            QCoreApplication::translate("ListeningQuery",
                                                        "this parenthesis is never closed"));
            take();
            return inner;
        }
        case Lexeme::Type::Phrase: {
            const QStringList words = foldedWordsOf(lexeme.text);
            if (words.isEmpty())
                return fail(lexeme.position,
                            QCoreApplication::translate("ListeningQuery",
                                                        "these quotation marks hold no word"));
            return Node{Kind::Phrase, words, false, {}};
        }
        case Lexeme::Type::Word:
            return word(lexeme);
        case Lexeme::Type::End:
            return fail(lexeme.position, QCoreApplication::translate(
                                             "ListeningQuery", "a word is missing at the end"));
        case Lexeme::Type::RParen:
            return fail(lexeme.position,
                        QCoreApplication::translate("ListeningQuery",
                                                    "a word is missing before this parenthesis"));
        default:
            return fail(lexeme.position, QCoreApplication::translate(
                                             "ListeningQuery", "\"%1\" needs a word on each side")
                                             .arg(lexeme.text));
        }
    }

    Node word(const Lexeme &lexeme) {
        const QString &text = lexeme.text;
        const qsizetype colon = text.indexOf(u':');
        if (colon > 0) {
            const QString field = text.left(colon).toLower();
            const QString value = text.mid(colon + 1).toLower();
            if (field == u"lang" || field == u"network") {
                if (value.isEmpty())
                    return fail(
                        lexeme.position + int(colon) + 1,
                        QCoreApplication::translate("ListeningQuery", "%1: needs a value, e.g. %2")
                            .arg(field, field == u"lang" ? QStringLiteral("lang:fr")
                                                         : QStringLiteral("network:mastodon")));
                return Node{field == u"lang" ? Kind::Lang : Kind::Network, {value}, false, {}};
            }
        }
        if (text.startsWith(u'#') || text.startsWith(u'@')) {
            const MatchText parsed(text);
            if (parsed.tokens().size() == 1 && parsed.tokens()[0].kind != MatchText::Kind::Word)
                return Node{text.startsWith(u'#') ? Kind::Hashtag : Kind::Handle,
                            {parsed.tokens()[0].word},
                            false,
                            {}};
        }
        const bool prefix = text.endsWith(u'*');
        const QStringList words = foldedWordsOf(prefix ? text.chopped(1) : text);
        if (words.isEmpty())
            return fail(lexeme.position, QCoreApplication::translate(
                                             "ListeningQuery", "\"%1\" holds no word to look for")
                                             .arg(text));
        if (words.size() > 1) // l'oréal, covid-19: the words in a row
            return Node{Kind::Phrase, words, prefix, {}};
        return Node{Kind::Term, words, prefix, {}};
    }

    QList<Lexeme> m_lex;
    qsizetype m_at = 0;
    std::optional<QuerySyntaxError> m_error;
};

bool wordMatches(const Node &node, const QString &word, qsizetype index) {
    const QString &wanted = node.words.at(index);
    const bool last = index == node.words.size() - 1;
    return node.prefix && last ? word.startsWith(wanted) : word == wanted;
}

// Where the node's words occur in the text: the index of each first token matched.
template <typename Visit>
void findOccurrences(const Node &node, const MatchText &text, Visit visit) {
    const auto &tokens = text.tokens();
    switch (node.kind) {
    case Kind::Term:
        for (qsizetype i = 0; i < tokens.size(); ++i)
            if (tokens[i].kind != MatchText::Kind::Handle && wordMatches(node, tokens[i].word, 0))
                if (!visit(i, 1))
                    return;
        break;
    case Kind::Phrase:
        for (qsizetype i = 0; i + node.words.size() <= tokens.size(); ++i) {
            bool all = true;
            for (qsizetype k = 0; all && k < node.words.size(); ++k)
                all = wordMatches(node, tokens[i + k].word, k);
            if (all && !visit(i, node.words.size()))
                return;
        }
        break;
    case Kind::Hashtag:
        for (qsizetype i = 0; i < tokens.size(); ++i)
            if (tokens[i].kind == MatchText::Kind::Hashtag && tokens[i].word == node.words[0])
                if (!visit(i, 1))
                    return;
        break;
    case Kind::Handle:
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const auto &token = tokens[i];
            const QString &wanted = node.words[0];
            // @marie matches @marie@mastodon.social; @marie@mastodon.social only itself.
            if (token.kind == MatchText::Kind::Handle &&
                (token.word == wanted ||
                 (token.word.startsWith(wanted) && token.word.at(wanted.size()) == u'@')))
                if (!visit(i, 1))
                    return;
        }
        break;
    default:
        break;
    }
}

bool evaluate(const Node &node, const MatchText &text, const QString &lang,
              const QString &network) {
    switch (node.kind) {
    case Kind::And:
        for (const Node &child : node.children)
            if (!evaluate(child, text, lang, network))
                return false;
        return true;
    case Kind::Or:
        for (const Node &child : node.children)
            if (evaluate(child, text, lang, network))
                return true;
        return false;
    case Kind::Not:
        return !evaluate(node.children.first(), text, lang, network);
    case Kind::Lang: {
        const QString l = lang.toLower();
        return l == node.words[0] || l.startsWith(node.words[0] + u'-');
    }
    case Kind::Network:
        return network.compare(node.words[0], Qt::CaseInsensitive) == 0;
    default: {
        bool found = false;
        findOccurrences(node, text, [&](qsizetype, qsizetype) {
            found = true;
            return false;
        });
        return found;
    }
    }
}

void collectHighlights(const Node &node, const MatchText &text, bool negated,
                       QList<std::pair<qsizetype, qsizetype>> &spans) {
    if (node.kind == Kind::Not) {
        collectHighlights(node.children.first(), text, !negated, spans);
        return;
    }
    for (const Node &child : node.children)
        collectHighlights(child, text, negated, spans);
    if (negated)
        return;
    const auto &tokens = text.tokens();
    findOccurrences(node, text, [&](qsizetype first, qsizetype count) {
        const qsizetype start = tokens[first].start;
        const auto &lastToken = tokens[first + count - 1];
        spans.append({start, lastToken.start + lastToken.length - start});
        return true;
    });
}

QString quoted(const QStringList &words) {
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

// nullopt: this node does not narrow the search (NOT, lang:, a prefix…).
std::optional<QStringList> searchesOf(const Node &node, int most) {
    switch (node.kind) {
    case Kind::Term:
        if (node.prefix)
            return std::nullopt;
        return QStringList{node.words[0]};
    case Kind::Phrase:
        if (node.prefix)
            return std::nullopt;
        return QStringList{quoted(node.words)};
    case Kind::Hashtag:
        return QStringList{u'#' + node.words[0]};
    case Kind::Handle:
        return QStringList{u'@' + node.words[0]};
    case Kind::Or: {
        QStringList all;
        for (const Node &child : node.children) {
            const auto part = searchesOf(child, most);
            if (!part)
                return std::nullopt;
            for (const QString &s : *part)
                if (!all.contains(s))
                    all.append(s);
        }
        if (all.size() > most)
            return std::nullopt;
        return all;
    }
    case Kind::And: {
        QList<QStringList> parts;
        for (const Node &child : node.children)
            if (const auto part = searchesOf(child, most))
                parts.append(*part);
        if (parts.isEmpty())
            return std::nullopt;
        // Dropping a conjunct only widens the search, so keep the narrowest that fit.
        std::stable_sort(
            parts.begin(), parts.end(),
            [](const QStringList &a, const QStringList &b) { return a.size() < b.size(); });
        QStringList product{QString()};
        for (const QStringList &part : parts) {
            if (product.size() * part.size() > most)
                continue;
            QStringList next;
            for (const QString &prefix : product)
                for (const QString &s : part)
                    next.append(prefix.isEmpty() ? s : prefix + u' ' + s);
            product = next;
        }
        return product;
    }
    default:
        return std::nullopt;
    }
}

QString booleanOf(const Node &node) {
    switch (node.kind) {
    case Kind::Term:
        return node.words[0] + (node.prefix ? QStringLiteral("*") : QString());
    case Kind::Phrase:
        return quoted(node.words);
    case Kind::Hashtag:
    case Kind::Handle:
        return node.words[0];
    case Kind::Not: {
        const QString inner = booleanOf(node.children.first());
        return inner.isEmpty() ? QString() : QStringLiteral("NOT ") + inner;
    }
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (const Node &child : node.children) {
            const QString part = booleanOf(child);
            if (part.isEmpty()) {
                if (node.kind == Kind::Or)
                    return {}; // an unrestricted alternative: the whole OR is unrestricted
                continue;
            }
            parts.append(part);
        }
        if (parts.size() == 1)
            return parts.first();
        return u'(' +
               parts.join(node.kind == Kind::And ? QStringLiteral(" AND ")
                                                 : QStringLiteral(" OR ")) +
               u')';
    }
    default:
        return {};
    }
}

void requiredLanguages(const Node &node, QStringList &out) {
    if (node.kind == Kind::Lang)
        out.append(node.words[0]);
    if (node.kind == Kind::And)
        for (const Node &child : node.children)
            requiredLanguages(child, out);
}

} // namespace

QString QuerySyntaxError::toString() const {
    return QCoreApplication::translate("ListeningQuery", "at character %1: %2")
        .arg(position)
        .arg(message);
}

std::variant<ListeningQuery, QuerySyntaxError> ListeningQuery::parse(const QString &text) {
    auto lexed = Lexer(text).run();
    if (auto *error = std::get_if<QuerySyntaxError>(&lexed))
        return *error;
    auto parsed = Parser(std::get<QList<Lexeme>>(std::move(lexed))).run();
    if (auto *error = std::get_if<QuerySyntaxError>(&parsed))
        return *error;
    ListeningQuery query;
    query.m_text = text;
    query.m_root = std::make_shared<const Node>(std::get<Node>(std::move(parsed)));
    return query;
}

bool ListeningQuery::matches(const MatchText &text, const QString &lang,
                             const QString &network) const {
    return m_root && evaluate(*m_root, text, lang, network);
}

bool ListeningQuery::matches(const Mention &mention) const {
    return matches(MatchText(mention.text), mention.lang, mention.network);
}

QList<std::pair<qsizetype, qsizetype>> ListeningQuery::highlights(const MatchText &text) const {
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (m_root)
        collectHighlights(*m_root, text, false, spans);
    std::sort(spans.begin(), spans.end());
    return spans;
}

QStringList ListeningQuery::networkSearches(SearchDialect dialect, int most) const {
    if (!m_root)
        return {};
    if (dialect == SearchDialect::Boolean) {
        const QString whole = booleanOf(*m_root);
        return whole.isEmpty() ? QStringList() : QStringList{whole};
    }
    return searchesOf(*m_root, most).value_or(QStringList());
}

QString ListeningQuery::requiredLanguage() const {
    QStringList langs;
    if (m_root)
        requiredLanguages(*m_root, langs);
    return langs.size() == 1 ? langs.first() : QString();
}

} // namespace veille
