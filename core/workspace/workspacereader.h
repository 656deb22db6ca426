#pragma once

#include "analytics/alertstore.h"
#include "analytics/baselinestore.h"
#include "analytics/periodstats.h"
#include "community/rosterstore.h"
#include "model/author.h"
#include "model/mention.h"
#include "model/scheduledpost.h"
#include "model/source.h"
#include "model/topic.h"
#include "report/reportdata.h"
#include "storage/authorstore.h"
#include "storage/connection.h"
#include "storage/mentionquery.h"
#include "storage/poststore.h"
#include "storage/volumestore.h"

#include <QAtomicInteger>
#include <QObject>

namespace veille {

// Answers the panels' questions on a reader thread of its own, with its own connection.
// request…() may be called from any thread; the answer comes back as a signal carrying the
// ticket the request returned, so a model ignores answers to questions it no longer asks.
class WorkspaceReader : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceReader(WorkspaceLocation location);
    ~WorkspaceReader() override;

    quint64 requestMentions(const MentionQuery &query);
    quint64 requestMentionCount(const MentionQuery &query);
    quint64 requestAuthors(const AuthorQuery &query);
    // The roster's segment counts now and at `since` (answered by segmentOverviewFetched).
    quint64 requestSegmentOverview(const QDateTime &since);
    quint64 requestAuthorDetail(const QString &authorId);
    quint64 requestSegmentRules();
    quint64 requestPosts(const PostQuery &query);
    quint64 requestAccounts();
    quint64 requestCustomTerms(); // the manager's own sentiment terms
    quint64 requestAlertRules();
    quint64 requestDailyVolume(const QDateTime &since, const QDateTime &until,
                               const QString &topic = {});
    quint64 requestSummary();
    quint64 requestSources();
    // The topics, with how many unread mentions each has when asked (a count over the unread
    // mentions: a tenth of a second and more at a million, so only the stream asks for it).
    enum class TopicCounts { None, Unread };
    quint64 requestTopics(TopicCounts counts = TopicCounts::Unread);
    quint64 requestOpenAlerts();
    quint64 requestBaseline(const QString &topic = {});
    // Everything a management report says (see ReportBuilder); answered by reportFetched.
    quint64 requestReport(const veille::ReportRequest &request);
    quint64 requestPeriodStats(const QDateTime &since, const QDateTime &until,
                               const QString &topic = {});

    // Called on the reader thread before it ends.
    void closeConnection() { m_connection.close(); }

Q_SIGNALS:
    void mentionsFetched(quint64 ticket, const QList<veille::Mention> &mentions);
    void mentionCountFetched(quint64 ticket, qint64 count);
    void authorsFetched(quint64 ticket, const QList<veille::Author> &authors);
    void segmentOverviewFetched(quint64 ticket, const veille::SegmentOverview &overview);
    void authorDetailFetched(quint64 ticket, const veille::AuthorDetail &detail);
    void segmentRulesFetched(quint64 ticket, const veille::SegmentRules &rules);
    void postsFetched(quint64 ticket, const QList<veille::ScheduledPost> &posts);
    void accountsFetched(quint64 ticket, const QList<veille::Account> &accounts);
    void customTermsFetched(quint64 ticket, const QList<std::pair<QString, double>> &terms);
    void alertRulesFetched(quint64 ticket, const veille::AlertRules &rules);
    void dailyVolumeFetched(quint64 ticket, const QList<veille::DailyVolume> &days);
    void summaryFetched(quint64 ticket, const veille::WorkspaceSummary &summary);
    void sourcesFetched(quint64 ticket, const QList<veille::Source> &sources);
    void periodStatsFetched(quint64 ticket, const veille::PeriodStats &stats);
    void reportFetched(quint64 ticket, const veille::ReportData &report);
    // `found` is false when no baseline was saved for the topic.
    void baselineFetched(quint64 ticket, const veille::Baseline &baseline, bool found);
    void openAlertsFetched(quint64 ticket, const QList<veille::StoredAlert> &alerts);
    void topicsFetched(quint64 ticket, const QList<veille::Topic> &topics,
                       const QHash<QString, qint64> &unread);
    void failed(quint64 ticket, const QString &reason);

private:
    template <typename Work> quint64 post(Work work);
    QSqlDatabase database(quint64 ticket);
    template <typename T, typename Signal>
    void deliver(quint64 ticket, Expected<T> result, Signal signal);

    WorkspaceLocation m_location;
    ScopedConnection m_connection;
    QAtomicInteger<quint64> m_nextTicket;
};

} // namespace veille
