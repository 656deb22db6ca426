#pragma once

#include "model/mention.h"
#include "model/topic.h"
#include "query.h"

#include <QList>

namespace veille {

// The workspace's topics, their queries parsed once, applied to mentions as they arrive.
class TopicMatcher {
public:
    explicit TopicMatcher(const QList<Topic> &topics);
    // Sets mention.topics to the names of the topics whose query matches (adds to what the
    // mention already had, keeping each name once).
    void assign(Mention &mention) const;
    // Topics whose query could not be read, with the reason (they match nothing meanwhile).
    const QStringList &problems() const { return m_problems; }

private:
    QList<std::pair<QString, ListeningQuery>> m_queries;
    QStringList m_problems;
};

} // namespace veille
