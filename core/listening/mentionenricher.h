#pragma once

#include "model/mention.h"
#include "model/topic.h"
#include "sentiment/correctionlearner.h"
#include "sentiment/sentimentscorer.h"
#include "storage/storageerror.h"
#include "storage/workspacelocation.h"

#include "topicmatcher.h"
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace veille {

// What the path of data adds to a mention before it is stored, when the mention does not
// say it already: the topics it matches, its sentiment, its language. Shared by the collector
// and `veille import`. Build once (it reads the lexicons), then use from any thread.
class MentionEnricher {
public:
    explicit MentionEnricher(const QList<Topic> &topics);
    // The brand's vocabulary learnt from the manager's corrections weighs from now on.
    void learnFrom(const QList<SentimentCorrection> &corrections);
    // Reads the workspace's corrections and learns from them, then layers the manager's own
    // terms on top.
    std::optional<StorageError> learnFrom(QSqlDatabase db);
    void enrich(Mention &mention) const;
    const TopicMatcher &topics() const { return m_topics; }
    const SentimentScorer &scorer() const { return m_scorer; }

private:
    TopicMatcher m_topics;
    SentimentScorer m_scorer;
};

// The engine as the workspace scores its mentions: the lexicons, what the corrections taught
// and the manager's own terms. A workspace that cannot be read (none given, or an error)
// leaves the lexicons alone. Reads the lexicons: off the GUI thread.
std::shared_ptr<const SentimentScorer>
workspaceScorer(const std::optional<WorkspaceLocation> &workspace);

} // namespace veille
