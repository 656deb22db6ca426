#include "periodstats.h"

#include "listening/matchtext.h"
#include "storage/mentionstore.h"
#include "util/isotime.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace veille {

namespace {

// Words too common to tell anything about what is said (French and English).
const QSet<QString> &stopWords() {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QString list = QStringLiteral(
            "a ai aie ainsi alors apres as au aucun aupres aussi autre aux avant avec avez avoir "
            "bah bien c ca car ce ceci cela celle celles celui cependant ces cet cette ceux chez "
            "ci comme comment d dans de des deja depuis donc dont du elle elles en encore entre "
            "es est et etaient etait ete etes etre eu eux fait faire fais fois font hors i ici "
            "il ils j je jusqu l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni "
            "nos notre nous on ont ou par pas peu peut plus pour pourquoi qu quand que quel "
            "quelle quels qui quoi s sa sans se ses si sois son sont sous suis sur t ta te tes "
            "toi ton tous tout toute toutes tres tu un une va vais vers via voila vos votre vous "
            "y about after again all also am an and any are as at be because been before being "
            "but by can could did do does doing don dont down for from get got had has have "
            "having he her here hers him his how i if im in into is it its just let me more "
            "most my no nor not now of off on once only or other our out over own same she "
            "should so some such than that the their them then there these they this those "
            "through to too under until up us very was we were what when where which while who "
            "why will with would you your yours http https www com amp rt user "
            // What is left of a contraction cut at its apostrophe ("doesn't", "aujourd'hui").
            "doesn didn isn wasn aren weren haven hasn hadn won wouldn couldn shouldn ain "
            "mustn needn aujourd hui");
        for (const QString &w : list.split(u' '))
            set.insert(w);
        return set;
    }();
    return words;
}

QString periodCondition(const QString &topic) {
    QString where = QStringLiteral(" WHERE m.created_at >= :since AND m.created_at < :until");
    if (!topic.isEmpty())
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM mention_topics mt JOIN topics t ON "
                                "t.id = mt.topic_id WHERE mt.mention_row_id = m.row_id AND "
                                "t.name = :topic)");
    return where;
}

QJsonArray countsToJson(const Counts &counts, const QString &key) {
    QJsonArray array;
    for (const auto &[name, count] : counts)
        array.append(QJsonObject{{key, name}, {QStringLiteral("count"), count}});
    return array;
}

Counts topOf(const QHash<QString, qint64> &counts, int most) {
    Counts sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (sorted.size() > most)
        sorted.resize(most);
    return sorted;
}

} // namespace

bool looksLikeSuggestion(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(\b(vous devriez|tu devrais|ce serait (bien|top|génial|cool)|ça serait (bien|top|cool)|pourquoi ne pas|il faudrait|j'aimerais que|j’aimerais que|pourriez[- ]vous|suggestion|it would be (great|nice|good)|would be nice|you should|please add|why not add|feature request|i wish (you|it|there))\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

PeriodStatsStore::PeriodStatsStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<PeriodStats> PeriodStatsStore::compute(const QDateTime &since, const QDateTime &until,
                                                const QString &topic) {
    PeriodStats s;
    s.since = since.toUTC();
    s.until = until.toUTC();
    s.topic = topic;
    const QString where = periodCondition(topic);
    auto run = [&](QSqlQuery &q, const QString &sql) -> bool {
        q.setForwardOnly(true);
        q.prepare(sql);
        q.bindValue(QStringLiteral(":since"), s.since.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":until"), s.until.toMSecsSinceEpoch());
        if (!topic.isEmpty())
            q.bindValue(QStringLiteral(":topic"), topic);
        return q.exec();
    };
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT m.sentiment_label, m.status, COUNT(*) FROM mentions m") +
                    where + QStringLiteral(" GROUP BY 1, 2")))
        return queryError(q);
    while (q.next()) {
        const QString label = q.value(0).toString();
        const qint64 n = q.value(2).toLongLong();
        s.volume += n;
        (label == u"positive"   ? s.positive
         : label == u"negative" ? s.negative
         : label == u"neutral"  ? s.neutral
                                : s.unscored) += n;
        (q.value(1).toString() == u"resolved" ? s.resolved : s.open) += n;
    }
    if (s.positive + s.negative > 0)
        s.netSentiment = double(s.positive - s.negative) / double(s.positive + s.negative);

    for (const auto &[column, into] :
         {std::pair{QStringLiteral("m.network"), &s.perNetwork},
          std::pair{QStringLiteral("COALESCE(m.lang, '')"), &s.perLanguage}}) {
        if (!run(q, QStringLiteral("SELECT %1, COUNT(*) FROM mentions m").arg(column) + where +
                        QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1")))
            return queryError(q);
        while (q.next())
            into->append({q.value(0).toString(), q.value(1).toLongLong()});
    }

    // Share of voice: every topic's mentions in the period (the topic filter does not apply:
    // the share is the brand against its competitors).
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.name, COUNT(*) FROM mentions m JOIN mention_topics mt ON mt.mention_row_id = "
        "m.row_id JOIN topics t ON t.id = mt.topic_id WHERE m.created_at >= :since AND "
        "m.created_at < :until GROUP BY t.id ORDER BY 2 DESC, 1"));
    q.bindValue(QStringLiteral(":since"), s.since.toMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":until"), s.until.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    while (q.next())
        s.shareOfVoice.append({q.value(0).toString(), q.value(1).toLongLong()});

    // Median time to first response, among the mentions answered.
    if (!run(q, QStringLiteral("SELECT m.first_response_at - m.created_at FROM mentions m") +
                    where + QStringLiteral(" AND m.first_response_at IS NOT NULL ORDER BY 1")))
        return queryError(q);
    QList<qint64> delays;
    while (q.next())
        delays.append(q.value(0).toLongLong());
    s.answered = delays.size();
    if (!delays.isEmpty()) {
        const qsizetype mid = delays.size() / 2;
        const qint64 ms = delays.size() % 2 ? delays[mid] : (delays[mid - 1] + delays[mid]) / 2;
        s.medianFirstResponseSeconds = ms / 1000;
    }

    // Terms, hashtags and suggestions from the texts of the period, newest first.
    if (!run(q, QStringLiteral("SELECT m.text FROM mentions m") + where +
                    QStringLiteral(" ORDER BY m.created_at DESC LIMIT 20000")))
        return queryError(q);
    // The topics' own names say what the mentions are about, which the manager knows, not
    // what is said in them: the terms leave them out (the hashtags keep them: #lumenpanne).
    QSet<QString> named;
    for (const auto &[name, count] : std::as_const(s.shareOfVoice)) {
        const MatchText words(name);
        for (const MatchText::Token &token : words.tokens())
            named.insert(token.word);
    }
    QHash<QString, qint64> terms;
    QHash<QString, qint64> hashtags;
    while (q.next()) {
        const QString text = q.value(0).toString();
        QSet<QString> seen; // a word counts once per mention
        const MatchText words(text);
        for (const MatchText::Token &token : words.tokens()) {
            if (token.kind == MatchText::Kind::Handle)
                continue;
            if (token.kind == MatchText::Kind::Hashtag) {
                if (!seen.contains(u'#' + token.word)) {
                    seen.insert(u'#' + token.word);
                    ++hashtags[u'#' + token.word];
                }
                continue;
            }
            if (token.word.size() < 3 || stopWords().contains(token.word) ||
                named.contains(token.word) || token.word.front().isDigit() ||
                seen.contains(token.word))
                continue;
            seen.insert(token.word);
            ++terms[token.word];
        }
    }
    s.topTerms = topOf(terms, 20);

    // Suggestions over the whole period: the index finds the candidates, the pattern decides.
    if (!run(q, QStringLiteral("SELECT m.text FROM mentions m") + where +
                    QStringLiteral(" AND m.row_id IN (SELECT rowid FROM mentions_fts WHERE "
                                   "mentions_fts MATCH '\"vous devriez\" OR \"tu devrais\" OR "
                                   "\"ce serait\" OR \"ca serait\" OR \"pourquoi ne pas\" OR "
                                   "\"il faudrait\" OR \"aimerais que\" OR \"pourriez vous\" OR "
                                   "suggestion OR \"it would be\" OR \"would be nice\" OR "
                                   "\"you should\" OR \"please add\" OR \"why not add\" OR "
                                   "\"feature request\" OR \"i wish\"')")))
        return queryError(q);
    while (q.next())
        if (looksLikeSuggestion(q.value(0).toString()))
            ++s.suggestions;
    s.topHashtags = topOf(hashtags, 10);
    return s;
}

QJsonObject PeriodStats::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("since"), toIsoUtc(since));
    o.insert(QStringLiteral("until"), toIsoUtc(until));
    o.insert(QStringLiteral("topic"), topic.isEmpty() ? QJsonValue() : QJsonValue(topic));
    o.insert(QStringLiteral("volume"), volume);
    o.insert(QStringLiteral("sentiment"), QJsonObject{{QStringLiteral("positive"), positive},
                                                      {QStringLiteral("neutral"), neutral},
                                                      {QStringLiteral("negative"), negative},
                                                      {QStringLiteral("unscored"), unscored}});
    o.insert(QStringLiteral("net_sentiment"),
             netSentiment ? QJsonValue(std::round(*netSentiment * 1000) / 1000) : QJsonValue());
    qint64 voices = 0;
    for (const auto &[name, count] : shareOfVoice)
        voices += count;
    QJsonArray share;
    for (const auto &[name, count] : shareOfVoice)
        share.append(
            QJsonObject{{QStringLiteral("topic"), name},
                        {QStringLiteral("mentions"), count},
                        {QStringLiteral("share"), std::round(1000.0 * count / voices) / 1000}});
    o.insert(QStringLiteral("share_of_voice"), share);
    QJsonObject networks;
    for (const auto &[name, count] : perNetwork)
        networks.insert(name, count);
    o.insert(QStringLiteral("per_network"), networks);
    QJsonObject languages;
    for (const auto &[name, count] : perLanguage)
        languages.insert(name.isEmpty() ? QStringLiteral("unknown") : name, count);
    o.insert(QStringLiteral("per_language"), languages);
    o.insert(QStringLiteral("open"), open);
    o.insert(QStringLiteral("resolved"), resolved);
    o.insert(QStringLiteral("answered"), answered);
    o.insert(QStringLiteral("median_first_response_s"),
             medianFirstResponseSeconds ? QJsonValue(*medianFirstResponseSeconds) : QJsonValue());
    o.insert(QStringLiteral("suggestions"), suggestions);
    o.insert(QStringLiteral("top_terms"), countsToJson(topTerms, QStringLiteral("term")));
    o.insert(QStringLiteral("top_hashtags"), countsToJson(topHashtags, QStringLiteral("hashtag")));
    return o;
}

} // namespace veille
