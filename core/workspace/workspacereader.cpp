#include "workspacereader.h"

#include "sentiment/customtermstore.h"

#include "storage/mentionstore.h"
#include "storage/sourcestore.h"
#include "storage/topicstore.h"

namespace veille {

WorkspaceReader::WorkspaceReader(WorkspaceLocation location)
    : m_location(std::move(location)) {}

WorkspaceReader::~WorkspaceReader() = default;

template <typename Work> quint64 WorkspaceReader::post(Work work) {
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(
        this,
        [this, ticket, work = std::move(work)] {
            QSqlDatabase db = database(ticket);
            if (db.isOpen())
                work(ticket, db);
        },
        Qt::QueuedConnection);
    return ticket;
}

QSqlDatabase WorkspaceReader::database(quint64 ticket) {
    if (!m_connection.isOpen()) {
        if (auto error = m_connection.open(m_location, {.createIfMissing = false})) {
            Q_EMIT failed(ticket, error->message);
            return {};
        }
    }
    return m_connection.database();
}

template <typename T, typename Signal>
void WorkspaceReader::deliver(quint64 ticket, Expected<T> result, Signal signal) {
    if (veille::failed(result))
        Q_EMIT failed(ticket, std::get<StorageError>(result).message);
    else
        Q_EMIT(this->*signal)(ticket, std::get<T>(std::move(result)));
}

quint64 WorkspaceReader::requestMentions(const MentionQuery &query) {
    return post([this, query](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, MentionStore(db).find(query), &WorkspaceReader::mentionsFetched);
    });
}

quint64 WorkspaceReader::requestMentionCount(const MentionQuery &query) {
    return post([this, query](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, MentionStore(db).count(query), &WorkspaceReader::mentionCountFetched);
    });
}

quint64 WorkspaceReader::requestSegmentOverview(const QDateTime &since) {
    return post([this, since](quint64 ticket, QSqlDatabase db) {
        RosterStore roster(db);
        auto now = roster.segmentCounts();
        if (veille::failed(now)) {
            Q_EMIT failed(ticket, std::get<StorageError>(now).message);
            return;
        }
        auto before = roster.segmentCountsAt(since);
        if (veille::failed(before)) {
            Q_EMIT failed(ticket, std::get<StorageError>(before).message);
            return;
        }
        Q_EMIT segmentOverviewFetched(
            ticket, SegmentOverview{std::get<Counts>(now), std::get<Counts>(before)});
    });
}

quint64 WorkspaceReader::requestAuthorDetail(const QString &authorId) {
    return post([this, authorId](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, RosterStore(db).detail(authorId), &WorkspaceReader::authorDetailFetched);
    });
}

quint64 WorkspaceReader::requestSegmentRules() {
    return post([this](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, RosterStore(db).rules(), &WorkspaceReader::segmentRulesFetched);
    });
}

quint64 WorkspaceReader::requestAuthors(const AuthorQuery &query) {
    return post([this, query](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, AuthorStore(db).find(query), &WorkspaceReader::authorsFetched);
    });
}

quint64 WorkspaceReader::requestPosts(const PostQuery &query) {
    return post([this, query](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, PostStore(db).find(query), &WorkspaceReader::postsFetched);
    });
}

quint64 WorkspaceReader::requestAccounts() {
    return post([this](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, AccountStore(db).all(), &WorkspaceReader::accountsFetched);
    });
}

quint64 WorkspaceReader::requestAlertRules() {
    return post([this](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, AlertStore(db).rules(), &WorkspaceReader::alertRulesFetched);
    });
}

quint64 WorkspaceReader::requestCustomTerms() {
    return post([this](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, CustomTermStore(db).all(), &WorkspaceReader::customTermsFetched);
    });
}

quint64 WorkspaceReader::requestDailyVolume(const QDateTime &since, const QDateTime &until,
                                            const QString &topic) {
    return post([this, since, until, topic](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, VolumeStore(db).daily(since, until, topic),
                &WorkspaceReader::dailyVolumeFetched);
    });
}

quint64 WorkspaceReader::requestSummary() {
    return post([this](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, VolumeStore(db).summary(), &WorkspaceReader::summaryFetched);
    });
}

quint64 WorkspaceReader::requestSources() {
    return post([this](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, SourceStore(db).all(), &WorkspaceReader::sourcesFetched);
    });
}

quint64 WorkspaceReader::requestReport(const ReportRequest &request) {
    return post([this, request](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, ReportBuilder(db).build(request), &WorkspaceReader::reportFetched);
    });
}

quint64 WorkspaceReader::requestPeriodStats(const QDateTime &since, const QDateTime &until,
                                            const QString &topic) {
    return post([this, since, until, topic](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, PeriodStatsStore(db).compute(since, until, topic),
                &WorkspaceReader::periodStatsFetched);
    });
}

quint64 WorkspaceReader::requestBaseline(const QString &topic) {
    return post([this, topic](quint64 ticket, QSqlDatabase db) {
        auto found = BaselineStore(db).latest(topic);
        if (veille::failed(found)) {
            Q_EMIT failed(ticket, std::get<StorageError>(found).message);
            return;
        }
        const auto &baseline = std::get<std::optional<Baseline>>(found);
        Q_EMIT baselineFetched(ticket, baseline.value_or(Baseline{}), baseline.has_value());
    });
}

quint64 WorkspaceReader::requestOpenAlerts() {
    return post([this](quint64 ticket, QSqlDatabase db) {
        deliver(ticket, AlertStore(db).open(), &WorkspaceReader::openAlertsFetched);
    });
}

quint64 WorkspaceReader::requestTopics(TopicCounts counts) {
    return post([this, counts](quint64 ticket, QSqlDatabase db) {
        TopicStore store(db);
        auto topics = store.all();
        Expected<QHash<QString, qint64>> unread = QHash<QString, qint64>();
        if (counts == TopicCounts::Unread && !veille::failed(topics))
            unread = store.unreadCounts();
        if (veille::failed(topics) || veille::failed(unread)) {
            Q_EMIT failed(ticket, veille::failed(topics) ? std::get<StorageError>(topics).message
                                                         : std::get<StorageError>(unread).message);
            return;
        }
        Q_EMIT topicsFetched(ticket, std::get<QList<Topic>>(topics),
                             std::get<QHash<QString, qint64>>(unread));
    });
}

} // namespace veille
