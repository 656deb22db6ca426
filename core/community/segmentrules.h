#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace veille {

// What an author's mentions add up to, as the workspace keeps it (see MentionStore::insert):
// the classification reads only these numbers.
struct AuthorActivity {
    QString id;
    std::optional<qint64> followers;
    std::optional<qint64> following;
    qint64 mentions = 0;
    qint64 positive = 0;
    qint64 negative = 0;
    qint64 questions = 0; // replies, or texts asking something
    qint64 engagement = 0;
    double sentimentSum = 0;
    qint64 sentimentN = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    std::optional<double> followerJump; // the largest rise between two observations (x times)
    int topics = 0;                     // topics they talked about
    int earlyTopics = 0;                // of which they were among the first voices
    bool ambassadorMark = false;        // the manager said so
    struct Week {
        qint64 week = 0; // whole weeks since the epoch
        qint64 mentions = 0;
        double sentimentSum = 0;
        qint64 sentimentN = 0;
    };
    QList<Week> weeks;
};

// The thresholds of each segment's rule, editable by the team (kept in the workspace).
struct SegmentRules {
    int windowDays = 90;                   // "recently": the period the rules look at
    int enthusiastMentions = 8;            // at least this many mentions in the window…
    double enthusiastPositive = 0.6;       // …and this share of them positive
    qint64 showOffFollowers = 20000;       // a large audience…
    double showOffEngagement = 0.0005;     // …whose mentions draw fewer interactions per follower
    int timidMentions = 3;                 // at most this many mentions…
    qint64 timidFollowers = 300;           // …a small audience…
    double timidQuestions = 0.5;           // …and this share replies or questions
    int indifferentMentions = 6;           // sporadic…
    double indifferentSentiment = 0.25;    // …neutral on average (absolute)
    int blaseEarlierMentions = 5;          // active before the last weeks…
    int blaseRecentDays = 30;              // (the last weeks)
    double blaseDecline = 0.5;             // …now at most half as active, or turning negative
    double influenceSentiment = 0.3;       // ambassadors and detractors: average sentiment…
    qint64 influenceFollowers = 5000;      // …and audience (or engagement below)
    qint64 influenceEngagement = 50;       // interactions a mention
    double suspiciousJump = 2.0;           // followers multiplied between two observations
    qint64 suspiciousFollowers = 10000;    // a large audience…
    double suspiciousEngagement = 0.00005; // …with almost no interaction per follower
    double suspiciousFollowRatio = 0.8;    // following at least this share of followers…
    qint64 suspiciousFollowing = 5000;     // …and at least this many

    QJsonObject toJson() const;
    static SegmentRules fromJson(const QJsonObject &json);
};

// What the rules say of an author, with the reasons in words (the interface's language).
struct Classification {
    QString segment; // enthusiast, show_off, timid, indifferent, blase, or empty
    QString reason;
    bool ambassador = false;
    bool detractor = false;
    QString suspicious; // empty, or why
    friend bool operator==(const Classification &, const Classification &) = default;
};

QStringList segmentNames();
QString segmentText(const QString &segment); // "Enthusiasts", translated

// Decides an author's segment from their activity, as seen at `now`. Pure: the same numbers
// always give the same answer.
Classification classify(const AuthorActivity &activity, const SegmentRules &rules,
                        const QDateTime &now);

} // namespace veille

Q_DECLARE_METATYPE(veille::SegmentRules)
