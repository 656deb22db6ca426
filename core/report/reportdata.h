#pragma once

#include "analytics/alertstore.h"
#include "analytics/baselinestore.h"
#include "analytics/periodstats.h"
#include "model/mention.h"
#include "model/scheduledpost.h"
#include "storage/volumestore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace veille {

// What the manager asks a report for. The words and the look (language, logo, colours) are
// the renderer's; the period and the topic decide the figures.
struct ReportRequest {
    QDateTime since; // inclusive, UTC
    QDateTime until; // exclusive, UTC
    QString topic;   // empty: every mention
    QDateTime issuedAt;
    int quotes = 3; // mentions quoted per kind (top positive, top negative, most engaged)
    int people = 5; // ambassadors and detractors listed
};

// An author as seen in the period: what they said, how, and how far it carried.
struct PeriodAuthor {
    QString id;
    QString network;
    QString handle;
    QString name;
    QString url;
    std::optional<qint64> followers;
    qint64 mentions = 0;
    double averageSentiment = 0;
    qint64 engagement = 0; // likes + reposts + replies their mentions received
};

struct CommunityFigures {
    qint64 activeAuthors = 0; // authors with a mention in the period
    qint64 activeAuthorsBefore = 0;
    qint64 newAuthors = 0; // first seen in the period
    qint64 newAuthorsBefore = 0;
    Counts segments; // segment name -> members active in the period (the roster's)
};

struct PostFigures {
    qint64 published = 0;
    qint64 publishedBefore = 0;
    EngagementMetrics engagement; // of the posts published in the period
    qint64 engagementBefore = 0;  // likes + reposts + replies in the period before
    qint64 failed = 0;
    qint64 missed = 0;
    std::optional<ScheduledPost> best; // the most engaging post of the period
};

// An alert raised in the period and what became of it.
struct PeriodAlert {
    StoredAlert stored;
    qint64 mentions = 0; // the mentions that raised it
    qint64 resolved = 0; // of those, resolved since
    qint64 answered = 0; // of those, answered by the brand
};

// Everything a management report says, as data: the same figures as `veille stats`, the
// panels and the Overview, computed from the workspace in one go on a reader thread.
struct ReportData {
    ReportRequest request;
    QString brand; // the topic asked for, or the workspace's brand topic
    QStringList competitors;
    PeriodStats current;
    PeriodStats previous; // the period of the same length just before
    std::optional<Baseline> baseline;
    QList<DailyVolume> days;
    QList<Mention> topPositive;
    QList<Mention> topNegative;
    QList<Mention> mostEngaged;
    QList<PeriodAuthor> ambassadors;
    QList<PeriodAuthor> detractors;
    CommunityFigures community;
    PostFigures posts;
    QList<PeriodAlert> alerts;

    // Nothing was said and nothing was published: the report says so rather than show zeros.
    bool isEmpty() const { return current.volume == 0 && posts.published == 0; }
};

class ReportBuilder {
public:
    explicit ReportBuilder(QSqlDatabase db);
    Expected<ReportData> build(const ReportRequest &request);

private:
    QSqlDatabase m_db;
};

// An author's average sentiment from which they count as an ambassador (or, negated, as a
// detractor) in the period, and the audience from which they are influential.
inline constexpr double kAmbassadorSentiment = 0.25;
inline constexpr qint64 kInfluentialFollowers = 1000;

} // namespace veille

Q_DECLARE_METATYPE(veille::ReportData)
