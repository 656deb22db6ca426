#include "mentionenricher.h"

#include "sentiment/customtermstore.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"

namespace veille {

MentionEnricher::MentionEnricher(const QList<Topic> &topics)
    : m_topics(topics) {}

void MentionEnricher::learnFrom(const QList<SentimentCorrection> &corrections) {
    m_scorer.overlay().merge(CorrectionLearner::learn(corrections));
}

std::optional<StorageError> MentionEnricher::learnFrom(QSqlDatabase db) {
    auto found = MentionStore(db).corrections();
    if (failed(found))
        return std::get<StorageError>(found);
    QList<SentimentCorrection> corrections;
    for (const auto &[text, lang, label] : std::get<0>(found))
        corrections.append({text, lang, label});
    learnFrom(corrections);
    // The manager's own terms come last: what they say outweighs what was learnt.
    auto custom = CustomTermStore(db).lexicon();
    if (failed(custom))
        return std::get<StorageError>(custom);
    m_scorer.overlay().merge(std::get<Lexicon>(custom));
    return std::nullopt;
}

void MentionEnricher::enrich(Mention &mention) const {
    if (mention.topics.isEmpty())
        m_topics.assign(mention);
    const bool needsSentiment = !mention.sentiment.isKnown();
    if (!needsSentiment && !mention.lang.isEmpty())
        return;
    const QString lang = mention.lang.left(2).toLower();
    const SentimentResult result = m_scorer.score(mention.text, lang, false);
    if (needsSentiment)
        mention.sentiment = result.sentiment;
    if (mention.lang.isEmpty() && result.lang != u"other")
        mention.lang = result.lang;
}

std::shared_ptr<const SentimentScorer>
workspaceScorer(const std::optional<WorkspaceLocation> &workspace) {
    MentionEnricher engine({});
    if (workspace) {
        ScopedConnection connection;
        if (!connection.open(*workspace))
            engine.learnFrom(connection.database());
    }
    return std::make_shared<const SentimentScorer>(engine.scorer());
}

} // namespace veille
