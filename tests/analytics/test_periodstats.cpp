#include "analytics/baselinestore.h"
#include "analytics/periodstats.h"
#include "model/mentionjson.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "support/tempworkspace.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

using namespace veille;

namespace {

const QDateTime kStart(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());

Mention mention(int n, int hour, const QString &network, const QString &lang, SentimentLabel label,
                const QStringList &topics, const QString &text) {
    Mention m = std::get<Mention>(mentionFromJsonLine(test::mentionLine(n, text)));
    m.createdAt = kStart.addSecs(hour * 3600);
    m.network = network;
    m.lang = lang;
    m.sentiment = {label, label == SentimentLabel::Positive   ? 0.6
                          : label == SentimentLabel::Negative ? -0.6
                                                              : 0.0};
    m.topics = topics;
    return m;
}

} // namespace

TEST_CASE("top terms leave out what a contraction leaves of a word", "[analytics]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    using L = SentimentLabel;
    const QString en = QStringLiteral("en");
    const QString fr = QStringLiteral("fr");
    const QString net = QStringLiteral("mastodon");
    const QList<Mention> mentions{
        mention(1, 1, net, en, L::Negative, {}, QStringLiteral("the app doesn't load")),
        mention(2, 2, net, en, L::Negative, {}, QStringLiteral("it doesn't load, I didn't")),
        mention(3, 3, net, en, L::Negative, {}, QStringLiteral("isn't it? won't load")),
        mention(4, 4, net, fr, L::Negative, {}, QStringLiteral("aujourd'hui, l'appli plante")),
    };
    REQUIRE_FALSE(failed(MentionStore(connection.database()).insert(mentions, kStart)));
    const auto computed =
        PeriodStatsStore(connection.database()).compute(kStart, kStart.addDays(1));
    REQUIRE_FALSE(failed(computed));
    const PeriodStats s = std::get<PeriodStats>(computed);
    REQUIRE_FALSE(s.topTerms.isEmpty());
    CHECK(s.topTerms.first() == std::pair<QString, qint64>(QStringLiteral("load"), 3));
    for (const auto &[term, count] : s.topTerms) {
        INFO(term.toStdString());
        CHECK_FALSE(
            QStringList({QStringLiteral("doesn"), QStringLiteral("didn"), QStringLiteral("isn"),
                         QStringLiteral("won"), QStringLiteral("aujourd"), QStringLiteral("hui")})
                .contains(term));
    }
}

TEST_CASE("a period's figures, checked by hand on a small workspace", "[analytics]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    QSqlQuery q(connection.database());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO topics (name, query, competitor, created_at) VALUES "
                                  "('Lumen', 'lumen', 0, 0), ('Solara', 'solara', 1, 0)")));
    const QStringList lumen{QStringLiteral("Lumen")};
    const QStringList solara{QStringLiteral("Solara")};
    using L = SentimentLabel;
    const QList<Mention> mentions{
        mention(1, 1, QStringLiteral("mastodon"), QStringLiteral("fr"), L::Positive, lumen,
                QStringLiteral("Super lampe #lumen")),
        mention(2, 2, QStringLiteral("mastodon"), QStringLiteral("fr"), L::Positive, lumen,
                QStringLiteral("Vous devriez ajouter un minuteur #Lumen")),
        mention(3, 3, QStringLiteral("mastodon"), QStringLiteral("en"), L::Positive, solara,
                QStringLiteral("Solara lamp is nice")),
        mention(4, 4, QStringLiteral("reddit"), QStringLiteral("fr"), L::Negative, lumen,
                QStringLiteral("Lampe en panne, panne encore")),
        mention(5, 5, QStringLiteral("reddit"), QStringLiteral("en"), L::Neutral, solara,
                QStringLiteral("Which lamp, Solara or Lumen?")),
        mention(6, 6, QStringLiteral("bluesky"), QStringLiteral("fr"), L::Unknown, lumen,
                QStringLiteral("Livraison de la lampe demain")),
        mention(7, 24 * 40, QStringLiteral("bluesky"), QStringLiteral("fr"), L::Negative, lumen,
                QStringLiteral("hors période")),
    };
    MentionStore store(connection.database());
    REQUIRE_FALSE(failed(store.insert(mentions, kStart)));
    // Two resolved; two answered, after 10 and 30 minutes.
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE mentions SET status = 'resolved' WHERE id IN ('mastodon:1004', 'mastodon:1005')")));
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE mentions SET first_response_at = created_at + 600000 WHERE id = 'mastodon:1001'")));
    REQUIRE(q.exec(QStringLiteral("UPDATE mentions SET first_response_at = created_at + 1800000 "
                                  "WHERE id = 'mastodon:1004'")));

    const auto computed =
        PeriodStatsStore(connection.database()).compute(kStart, kStart.addDays(30));
    REQUIRE_FALSE(failed(computed));
    const PeriodStats s = std::get<PeriodStats>(computed);
    CHECK(s.volume == 6);
    CHECK(s.positive == 3);
    CHECK(s.negative == 1);
    CHECK(s.neutral == 1);
    CHECK(s.unscored == 1);
    REQUIRE(s.netSentiment);
    CHECK(*s.netSentiment == Approx(0.5));
    CHECK(s.perNetwork == Counts({{QStringLiteral("mastodon"), 3},
                                  {QStringLiteral("reddit"), 2},
                                  {QStringLiteral("bluesky"), 1}}));
    CHECK(s.perLanguage == Counts({{QStringLiteral("fr"), 4}, {QStringLiteral("en"), 2}}));
    CHECK(s.shareOfVoice == Counts({{QStringLiteral("Lumen"), 4}, {QStringLiteral("Solara"), 2}}));
    CHECK(s.resolved == 2);
    CHECK(s.open == 4);
    CHECK(s.answered == 2);
    REQUIRE(s.medianFirstResponseSeconds);
    CHECK(*s.medianFirstResponseSeconds == 1200);
    CHECK(s.suggestions == 1);
    REQUIRE_FALSE(s.topTerms.isEmpty());
    CHECK(s.topTerms.first() == std::pair<QString, qint64>(QStringLiteral("lampe"), 3));
    // The topics' names are what the mentions are about: not terms, but still hashtags.
    for (const auto &[term, count] : s.topTerms) {
        CHECK(term != QStringLiteral("solara"));
        CHECK(term != QStringLiteral("lumen"));
    }
    CHECK(s.topHashtags.first() == std::pair<QString, qint64>(QStringLiteral("#lumen"), 2));

    const QJsonObject json = s.toJson();
    CHECK(json.value(u"volume").toInteger() == 6);
    CHECK(json.value(u"share_of_voice").toArray().first().toObject().value(u"share").toDouble() ==
          Approx(0.667));
    CHECK(json.value(u"median_first_response_s").toInteger() == 1200);

    // A topic narrows everything but the share of voice.
    const PeriodStats onlySolara =
        std::get<PeriodStats>(PeriodStatsStore(connection.database())
                                  .compute(kStart, kStart.addDays(30), QStringLiteral("Solara")));
    CHECK(onlySolara.volume == 2);
    CHECK(onlySolara.shareOfVoice.size() == 2);
    // An empty period says so with zeros, not failures.
    const PeriodStats empty =
        std::get<PeriodStats>(PeriodStatsStore(connection.database())
                                  .compute(kStart.addYears(-1), kStart.addYears(-1).addDays(7)));
    CHECK(empty.volume == 0);
    CHECK_FALSE(empty.netSentiment);
    CHECK_FALSE(empty.medianFirstResponseSeconds);

    // Saved as a baseline, the figures come back as they were, per topic.
    BaselineStore baselines(connection.database());
    CHECK_FALSE(std::get<std::optional<Baseline>>(baselines.latest()).has_value());
    REQUIRE_FALSE(failed(baselines.save(QStringLiteral("November"), s, kStart.addDays(31))));
    REQUIRE_FALSE(
        failed(baselines.save(QStringLiteral("Solara, November"), onlySolara, kStart.addDays(31))));
    const auto all = std::get<std::optional<Baseline>>(baselines.latest());
    REQUIRE(all);
    CHECK(all->name == QStringLiteral("November"));
    CHECK(all->figures.value(u"volume").toInteger() == 6);
    CHECK(all->dailyVolume() == Approx(6.0 / 30));
    CHECK(*all->netSentiment() == Approx(0.5));
    const auto solaraBaseline =
        std::get<std::optional<Baseline>>(baselines.latest(QStringLiteral("Solara")));
    REQUIRE(solaraBaseline);
    CHECK(solaraBaseline->figures.value(u"volume").toInteger() == 2);
}

TEST_CASE("suggestion-like mentions are recognised in French and English", "[analytics]") {
    CHECK(looksLikeSuggestion(QStringLiteral("Vous devriez proposer un mode nuit")));
    CHECK(looksLikeSuggestion(QStringLiteral("ce serait bien d'avoir une appli")));
    CHECK(looksLikeSuggestion(QStringLiteral("It would be great if the lamp had a timer")));
    CHECK(looksLikeSuggestion(QStringLiteral("please add dark mode")));
    CHECK_FALSE(looksLikeSuggestion(QStringLiteral("La lampe est bien")));
    CHECK_FALSE(looksLikeSuggestion(QStringLiteral("Great lamp")));
}
