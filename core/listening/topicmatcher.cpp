#include "topicmatcher.h"

#include <QCoreApplication>

namespace veille {

TopicMatcher::TopicMatcher(const QList<Topic> &topics) {
    for (const Topic &topic : topics) {
        auto parsed = ListeningQuery::parse(topic.query);
        if (auto *error = std::get_if<QuerySyntaxError>(&parsed)) {
            m_problems.append(QCoreApplication::translate("TopicMatcher", "topic \"%1\": %2")
                                  .arg(topic.name, error->toString()));
            continue;
        }
        m_queries.append({topic.name, std::get<ListeningQuery>(std::move(parsed))});
    }
}

void TopicMatcher::assign(Mention &mention) const {
    if (m_queries.isEmpty())
        return;
    const MatchText text(mention.text);
    for (const auto &[name, query] : m_queries)
        if (!mention.topics.contains(name) && query.matches(text, mention.lang, mention.network))
            mention.topics.append(name);
}

} // namespace veille
