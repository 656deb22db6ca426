#include "segmentrules.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace veille {

namespace {

constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;

QString say(const char *text, int n = -1) {
    return QCoreApplication::translate("Segments", text, nullptr, n);
}

QString percent(double share) {
    return QLocale().toString(qRound(100 * share)) + QStringLiteral(" %");
}

struct Window {
    qint64 mentions = 0;
    double sentimentSum = 0;
    qint64 sentimentN = 0;
    std::optional<double> average() const {
        return sentimentN > 0 ? std::optional(sentimentSum / double(sentimentN)) : std::nullopt;
    }
};

Window sum(const AuthorActivity &a, qint64 fromWeek, qint64 toWeek) { // [from, to)
    Window w;
    for (const AuthorActivity::Week &week : a.weeks)
        if (week.week >= fromWeek && week.week < toWeek) {
            w.mentions += week.mentions;
            w.sentimentSum += week.sentimentSum;
            w.sentimentN += week.sentimentN;
        }
    return w;
}

} // namespace

QJsonObject SegmentRules::toJson() const {
    return {{QStringLiteral("window_days"), windowDays},
            {QStringLiteral("enthusiast_mentions"), enthusiastMentions},
            {QStringLiteral("enthusiast_positive"), enthusiastPositive},
            {QStringLiteral("show_off_followers"), showOffFollowers},
            {QStringLiteral("show_off_engagement"), showOffEngagement},
            {QStringLiteral("timid_mentions"), timidMentions},
            {QStringLiteral("timid_followers"), timidFollowers},
            {QStringLiteral("timid_questions"), timidQuestions},
            {QStringLiteral("indifferent_mentions"), indifferentMentions},
            {QStringLiteral("indifferent_sentiment"), indifferentSentiment},
            {QStringLiteral("blase_earlier_mentions"), blaseEarlierMentions},
            {QStringLiteral("blase_recent_days"), blaseRecentDays},
            {QStringLiteral("blase_decline"), blaseDecline},
            {QStringLiteral("influence_sentiment"), influenceSentiment},
            {QStringLiteral("influence_followers"), influenceFollowers},
            {QStringLiteral("influence_engagement"), influenceEngagement},
            {QStringLiteral("suspicious_jump"), suspiciousJump},
            {QStringLiteral("suspicious_followers"), suspiciousFollowers},
            {QStringLiteral("suspicious_engagement"), suspiciousEngagement},
            {QStringLiteral("suspicious_follow_ratio"), suspiciousFollowRatio},
            {QStringLiteral("suspicious_following"), suspiciousFollowing}};
}

SegmentRules SegmentRules::fromJson(const QJsonObject &json) {
    SegmentRules r;
    auto read = [&json](const char *key, auto &into) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isDouble())
            into = static_cast<std::remove_reference_t<decltype(into)>>(v.toDouble());
    };
    read("window_days", r.windowDays);
    read("enthusiast_mentions", r.enthusiastMentions);
    read("enthusiast_positive", r.enthusiastPositive);
    read("show_off_followers", r.showOffFollowers);
    read("show_off_engagement", r.showOffEngagement);
    read("timid_mentions", r.timidMentions);
    read("timid_followers", r.timidFollowers);
    read("timid_questions", r.timidQuestions);
    read("indifferent_mentions", r.indifferentMentions);
    read("indifferent_sentiment", r.indifferentSentiment);
    read("blase_earlier_mentions", r.blaseEarlierMentions);
    read("blase_recent_days", r.blaseRecentDays);
    read("blase_decline", r.blaseDecline);
    read("influence_sentiment", r.influenceSentiment);
    read("influence_followers", r.influenceFollowers);
    read("influence_engagement", r.influenceEngagement);
    read("suspicious_jump", r.suspiciousJump);
    read("suspicious_followers", r.suspiciousFollowers);
    read("suspicious_engagement", r.suspiciousEngagement);
    read("suspicious_follow_ratio", r.suspiciousFollowRatio);
    read("suspicious_following", r.suspiciousFollowing);
    return r;
}

QStringList segmentNames() {
    return {QStringLiteral("enthusiast"), QStringLiteral("show_off"), QStringLiteral("timid"),
            QStringLiteral("indifferent"), QStringLiteral("blase")};
}

QString segmentText(const QString &segment) {
    if (segment == QLatin1String("enthusiast"))
        return say(QT_TRANSLATE_NOOP("Segments", "Enthusiasts"));
    if (segment == QLatin1String("show_off"))
        return say(QT_TRANSLATE_NOOP("Segments", "Show-offs"));
    if (segment == QLatin1String("timid"))
        return say(QT_TRANSLATE_NOOP("Segments", "Timid"));
    if (segment == QLatin1String("indifferent"))
        return say(QT_TRANSLATE_NOOP("Segments", "Indifferent"));
    if (segment == QLatin1String("blase"))
        return say(QT_TRANSLATE_NOOP("Segments", "Blasé"));
    return say(QT_TRANSLATE_NOOP("Segments", "Not enough to say"));
}

Classification classify(const AuthorActivity &a, const SegmentRules &rules, const QDateTime &now) {
    Classification c;
    const QLocale locale;
    const qint64 nowWeek = now.toMSecsSinceEpoch() / kWeekMs + 1; // the current week included
    const qint64 windowWeeks = std::max<qint64>(1, (rules.windowDays + 6) / 7);
    const qint64 recentWeeks = std::max<qint64>(1, (rules.blaseRecentDays + 6) / 7);
    const Window window = sum(a, nowWeek - windowWeeks, nowWeek);
    const Window recent = sum(a, nowWeek - recentWeeks, nowWeek);
    const Window earlier = sum(a, nowWeek - windowWeeks, nowWeek - recentWeeks);
    const double average = a.sentimentN > 0 ? a.sentimentSum / double(a.sentimentN) : 0.0;
    const double positiveShare = a.mentions > 0 ? double(a.positive) / double(a.mentions) : 0;
    const double negativeShare = a.mentions > 0 ? double(a.negative) / double(a.mentions) : 0;
    const double perMention = a.mentions > 0 ? double(a.engagement) / double(a.mentions) : 0;
    const qint64 followers = a.followers.value_or(0);
    const double engagementPerFollower = followers > 0 ? perMention / double(followers) : 1.0;

    // The "bought followers" problem.
    if (a.followerJump && *a.followerJump >= rules.suspiciousJump)
        c.suspicious = say(QT_TRANSLATE_NOOP("Segments", "followers multiplied by %1 between two "
                                                         "observations"))
                           .arg(locale.toString(*a.followerJump, 'f', 1));
    else if (followers >= rules.suspiciousFollowers &&
             engagementPerFollower < rules.suspiciousEngagement)
        c.suspicious = say(QT_TRANSLATE_NOOP("Segments", "%1 followers but %2 interactions a "
                                                         "mention"))
                           .arg(locale.toString(followers), locale.toString(perMention, 'f', 1));
    else if (a.following && *a.following >= rules.suspiciousFollowing && followers > 0 &&
             double(*a.following) >= rules.suspiciousFollowRatio * double(followers))
        c.suspicious = say(QT_TRANSLATE_NOOP("Segments", "follows %1 accounts for %2 followers"))
                           .arg(locale.toString(*a.following), locale.toString(followers));

    // Ambassadors and detractors: clearly for or against, and heard (a large audience that is
    // not bought, or mentions that carry).
    const bool influential =
        c.suspicious.isEmpty() &&
        (followers >= rules.influenceFollowers || perMention >= double(rules.influenceEngagement));
    c.ambassador =
        a.ambassadorMark || (influential && a.mentions >= 3 &&
                             average >= rules.influenceSentiment && positiveShare >= 0.5);
    c.detractor = !c.ambassador && influential && a.mentions >= 3 &&
                  average <= -rules.influenceSentiment && negativeShare >= 0.4;

    // Blasé: once active and positive, now much quieter or turning negative.
    const double recentDays = double(recentWeeks * 7);
    const double earlierDays = double((windowWeeks - recentWeeks) * 7);
    if (earlier.mentions >= rules.blaseEarlierMentions && earlier.average().value_or(0) >= 0.2 &&
        earlierDays > 0) {
        const double earlierRate = double(earlier.mentions) / earlierDays;
        const double recentRate = double(recent.mentions) / recentDays;
        const bool quieter = recentRate <= rules.blaseDecline * earlierRate;
        const bool souring =
            recent.sentimentN >= 2 && recent.average().value_or(0) <= *earlier.average() - 0.4;
        if (quieter || souring) {
            c.segment = QStringLiteral("blase");
            const QString before = locale.toString(earlier.mentions);
            const QString mood = locale.toString(*earlier.average(), 'f', 2);
            const QString days = locale.toString(rules.blaseRecentDays);
            c.reason =
                souring ? say(QT_TRANSLATE_NOOP("Segments", "%1 mentions before, sentiment %2; in "
                                                            "the last %3 days %4 mentions, "
                                                            "sentiment %5"))
                              .arg(before, mood, days, locale.toString(recent.mentions),
                                   locale.toString(recent.average().value_or(0), 'f', 2))
                        : say(QT_TRANSLATE_NOOP("Segments", "%1 mentions before, sentiment %2; "
                                                            "only %3 in the last %4 days"))
                              .arg(before, mood, locale.toString(recent.mentions), days);
            return c;
        }
    }
    // Show-offs: a large audience that their mentions hardly move.
    if (followers >= rules.showOffFollowers && engagementPerFollower < rules.showOffEngagement) {
        c.segment = QStringLiteral("show_off");
        c.reason = say(QT_TRANSLATE_NOOP("Segments", "%1 followers, %2 interactions a mention "
                                                     "(%3 per thousand followers)"))
                       .arg(locale.toString(followers), locale.toString(perMention, 'f', 1),
                            locale.toString(1000 * engagementPerFollower, 'f', 2));
        return c;
    }
    // Enthusiasts: frequent and mostly positive.
    const double windowPositive = positiveShare; // the counts by label are kept for all time
    if (window.mentions >= rules.enthusiastMentions && windowPositive >= rules.enthusiastPositive) {
        c.segment = QStringLiteral("enthusiast");
        c.reason = say(QT_TRANSLATE_NOOP("Segments", "%1 mentions in %2 days, %3 positive"))
                       .arg(locale.toString(window.mentions), locale.toString(rules.windowDays),
                            percent(windowPositive));
        if (a.earlyTopics > 0)
            c.reason += say(QT_TRANSLATE_N_NOOP("Segments", ", among the first on %n topic(s)"),
                            a.earlyTopics);
        return c;
    }
    // Timid: rare, small audience, mostly asking or replying.
    const double questionShare = a.mentions > 0 ? double(a.questions) / double(a.mentions) : 0;
    if (a.mentions >= 1 && a.mentions <= rules.timidMentions && followers <= rules.timidFollowers &&
        questionShare >= rules.timidQuestions) {
        c.segment = QStringLiteral("timid");
        c.reason = say(QT_TRANSLATE_NOOP("Segments", "%1 mentions, %2 of them questions or "
                                                     "replies, %3 followers"))
                       .arg(locale.toString(a.mentions), locale.toString(a.questions),
                            locale.toString(followers));
        return c;
    }
    // Indifferent: sporadic, neutral, here and there.
    if (a.mentions >= 2 && a.mentions <= rules.indifferentMentions &&
        std::abs(average) < rules.indifferentSentiment && a.topics >= 2) {
        c.segment = QStringLiteral("indifferent");
        c.reason = say(QT_TRANSLATE_NOOP("Segments", "%1 mentions over %2 topics, sentiment %3"))
                       .arg(locale.toString(a.mentions), locale.toString(a.topics),
                            locale.toString(average, 'f', 2));
        return c;
    }
    c.reason = a.mentions < 2 ? say(QT_TRANSLATE_NOOP("Segments", "a single mention so far"))
                              : say(QT_TRANSLATE_NOOP("Segments", "no clear pattern yet"));
    return c;
}

} // namespace veille
