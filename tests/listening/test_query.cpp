#include "listening/query.h"
#include "model/mention.h"
#include "support/tempworkspace.h"

using namespace veille;
using namespace Qt::StringLiterals;

namespace {

ListeningQuery parsed(const QString &text) {
    auto result = ListeningQuery::parse(text);
    if (auto *error = std::get_if<QuerySyntaxError>(&result))
        FAIL(error->toString().toStdString());
    return std::get<ListeningQuery>(result);
}

QuerySyntaxError errorOf(const QString &text) {
    auto result = ListeningQuery::parse(text);
    REQUIRE(std::holds_alternative<QuerySyntaxError>(result));
    return std::get<QuerySyntaxError>(result);
}

bool matches(const QString &query, const QString &text, const QString &lang = QStringLiteral("fr"),
             const QString &network = QStringLiteral("mastodon")) {
    return parsed(query).matches(MatchText(text), lang, network);
}

} // namespace

TEST_CASE("words match on word boundaries, whatever the case and accents") {
    CHECK(matches(QStringLiteral("lumen"), QStringLiteral("J'adore ma LUMEN !")));
    CHECK(matches(QStringLiteral("lumen"), QStringLiteral("#Lumen au top")));
    CHECK_FALSE(matches(QStringLiteral("lumen"), QStringLiteral("des lumens partout")));
    CHECK_FALSE(matches(QStringLiteral("lumen"), QStringLiteral("illumen")));
    CHECK(matches(QStringLiteral("déçue"), QStringLiteral("tellement decue")));
    CHECK(matches(QStringLiteral("decue"), QStringLiteral("TELLEMENT DÉÇUE")));
    CHECK(matches(QStringLiteral("lumen*"), QStringLiteral("des lumens partout")));
    CHECK(matches(QStringLiteral("efficace"), QStringLiteral("très eﬃcace"))); // ligature
}

TEST_CASE("AND, OR, NOT, minus and parentheses, in English or French") {
    const QString text = QStringLiteral("Panne de ma lampe Lumen ce matin");
    CHECK(matches(QStringLiteral("lumen panne"), text));
    CHECK(matches(QStringLiteral("lumen AND panne"), text));
    CHECK(matches(QStringLiteral("lumen ET panne"), text));
    CHECK_FALSE(matches(QStringLiteral("lumen AND solara"), text));
    CHECK(matches(QStringLiteral("solara OR lumen"), text));
    CHECK(matches(QStringLiteral("solara OU lumen"), text));
    CHECK_FALSE(matches(QStringLiteral("lumen -panne"), text));
    CHECK_FALSE(matches(QStringLiteral("lumen NOT panne"), text));
    CHECK_FALSE(matches(QStringLiteral("lumen SAUF panne"), text));
    CHECK(matches(QStringLiteral("(solara OR lumen) AND (panne OR bug)"), text));
    CHECK_FALSE(matches(QStringLiteral("(solara OR brillo) AND panne"), text));
    // AND binds tighter than OR
    CHECK(matches(QStringLiteral("brillo panne OR lumen"), text));
    // "or" in lower case is a word, not the operator
    CHECK_FALSE(matches(QStringLiteral("solara or lumen"), text));
}

TEST_CASE("exact phrases, hashtags, handles, lang: and network:") {
    const QString text =
        QStringLiteral("Rappel produit chez @lumen@mastodon.social ? #LumenPanne l'Oréal aussi");
    CHECK(matches(QStringLiteral("\"rappel produit\""), text));
    CHECK(matches(QStringLiteral("«rappel produit»"), text));
    CHECK_FALSE(matches(QStringLiteral("\"produit rappel\""), text));
    CHECK(matches(QStringLiteral("#lumenpanne"), text));
    CHECK_FALSE(matches(QStringLiteral("#lumen"), text));
    CHECK_FALSE(matches(QStringLiteral("#rappel"), text)); // a word is not a hashtag
    CHECK(matches(QStringLiteral("@lumen"), text));
    CHECK(matches(QStringLiteral("@lumen@mastodon.social"), text));
    CHECK_FALSE(matches(QStringLiteral("@lumen@other.example"), text));
    CHECK(matches(QStringLiteral("l'oreal"), text));
    CHECK(matches(QStringLiteral("rappel lang:fr"), text, QStringLiteral("fr-FR")));
    CHECK_FALSE(matches(QStringLiteral("rappel lang:en"), text, QStringLiteral("fr")));
    CHECK(matches(QStringLiteral("rappel network:mastodon"), text));
    CHECK_FALSE(matches(QStringLiteral("rappel network:bluesky"), text));
}

TEST_CASE("a syntax error names its position") {
    auto e = errorOf(QStringLiteral("lumen AND"));
    CHECK(e.position == 10);
    e = errorOf(QStringLiteral("(lumen OR solara"));
    CHECK(e.position == 1);
    CHECK(e.message.contains(QStringLiteral("never closed")));
    e = errorOf(QStringLiteral("lumen \"rappel produit"));
    CHECK(e.position == 7);
    e = errorOf(QStringLiteral("lumen)"));
    CHECK(e.position == 6);
    e = errorOf(QStringLiteral("OR lumen"));
    CHECK(e.position == 1);
    e = errorOf(QStringLiteral("lumen lang:"));
    CHECK(e.position == 12);
    e = errorOf(QStringLiteral("   "));
    CHECK(e.position == 1);
    CHECK(e.toString().startsWith(QStringLiteral("at character 1")));
}

TEST_CASE("highlights cover the positive terms only") {
    const QString text = QStringLiteral("La Lumen est en panne, pas la Solara");
    const auto spans =
        parsed(QStringLiteral("(lumen OR \"en panne\") -solara")).highlights(MatchText(text));
    REQUIRE(spans.size() == 2);
    CHECK(text.mid(spans[0].first, spans[0].second) == QStringLiteral("Lumen"));
    CHECK(text.mid(spans[1].first, spans[1].second) == QStringLiteral("en panne"));
}

TEST_CASE("network searches cover every match") {
    using D = ListeningQuery::SearchDialect;
    CHECK(parsed(QStringLiteral("lumen")).networkSearches(D::Words) == QStringList{u"lumen"_s});
    CHECK(parsed(QStringLiteral("lumen OR solara")).networkSearches(D::Words) ==
          QStringList({u"lumen"_s, u"solara"_s}));
    CHECK(parsed(QStringLiteral("(lumen OR solara) \"rappel produit\" -promo"))
              .networkSearches(D::Words) ==
          QStringList({u"\"rappel produit\" lumen"_s, u"\"rappel produit\" solara"_s}));
    CHECK(parsed(QStringLiteral("#lumen lang:fr")).networkSearches(D::Words) ==
          QStringList{u"#lumen"_s});
    CHECK(parsed(QStringLiteral("-lumen")).networkSearches(D::Words).isEmpty());
    CHECK(parsed(QStringLiteral("(lumen OR solara) panne -promo")).networkSearches(D::Boolean) ==
          QStringList{u"((lumen OR solara) AND panne AND NOT promo)"_s});
    CHECK(parsed(QStringLiteral("lumen lang:fr")).requiredLanguage() == QStringLiteral("fr"));
    CHECK(parsed(QStringLiteral("lumen")).requiredLanguage().isEmpty());
}
