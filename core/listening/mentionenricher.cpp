#include "mentionenricher.h"

namespace veille {

MentionEnricher::MentionEnricher(const QList<Topic> &topics)
    : m_topics(topics) {}

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

} // namespace veille
