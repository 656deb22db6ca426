#include "demogenerator.h"

#include "demopersonas.h"
#include "demovocabulary.h"

#include <QTimeZone>

#include <algorithm>

namespace veille::demo {

namespace {

using Kind = Persona::Kind;

// Draws personas in proportion to their weight in O(log n), for demos of millions.
class WeightedPicker {
public:
    explicit WeightedPicker(const QList<Persona> &personas) {
        double sum = 0;
        for (const Persona &p : personas)
            m_cumulative.append(sum += p.weight);
    }
    qsizetype pick(DemoRandom &random) const {
        const double r = random.real() * m_cumulative.constLast();
        return std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), r) -
               m_cumulative.cbegin();
    }

private:
    QList<double> m_cumulative;
};

// Splits `total` over days in proportion to their weights, exactly (largest remainder).
QList<int> apportion(int total, const QList<double> &weights) {
    double sum = 0;
    for (double w : weights)
        sum += w;
    QList<int> counts;
    QList<std::pair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = total * weights[i] / sum;
        counts.append(int(exact));
        given += counts.last();
        remainders.append({exact - int(exact), i});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (int i = 0; given < total; ++i, ++given)
        ++counts[remainders[i % remainders.size()].second];
    return counts;
}

QString base36(quint64 n) {
    return QString::number(n, 36);
}

// FNV-1a: a stable hash (qHash is seeded per process, so it would break determinism).
quint64 stableHash(const QString &text) {
    quint64 hash = 1469598103934665603ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

// What a persona of this kind says, as a template kind of the vocabulary.
QString mentionKind(const Persona &p, bool lateInPeriod, DemoRandom &random) {
    const double r = random.real();
    switch (p.kind) {
    case Kind::Enthusiast:
        return r < 0.74   ? QStringLiteral("positive")
               : r < 0.84 ? QStringLiteral("neutral")
               : r < 0.95 ? QStringLiteral("suggestion")
                          : QStringLiteral("negative");
    case Kind::Ambassador:
        return r < 0.8    ? QStringLiteral("positive")
               : r < 0.95 ? QStringLiteral("neutral")
                          : QStringLiteral("suggestion");
    case Kind::Detractor:
        return r < 0.76   ? QStringLiteral("negative")
               : r < 0.95 ? QStringLiteral("neutral")
                          : QStringLiteral("competitor_positive");
    case Kind::ShowOff:
    case Kind::Suspicious:
        return r < 0.8 ? QStringLiteral("showoff") : QStringLiteral("positive");
    case Kind::Timid:
        return r < 0.6   ? QStringLiteral("question")
               : r < 0.8 ? QStringLiteral("positive")
                         : QStringLiteral("neutral");
    case Kind::Indifferent:
        return r < 0.55   ? QStringLiteral("neutral")
               : r < 0.72 ? QStringLiteral("competitor_positive")
               : r < 0.88 ? QStringLiteral("competitor_negative")
               : r < 0.94 ? QStringLiteral("positive")
                          : QStringLiteral("negative");
    case Kind::Blase:
        if (!lateInPeriod)
            return r < 0.8 ? QStringLiteral("positive") : QStringLiteral("neutral");
        return r < 0.6 ? QStringLiteral("negative") : QStringLiteral("neutral");
    case Kind::Crowd:
        break;
    }
    return r < 0.34   ? QStringLiteral("positive")
           : r < 0.62 ? QStringLiteral("neutral")
           : r < 0.82 ? QStringLiteral("negative")
           : r < 0.88 ? QStringLiteral("question")
           : r < 0.93 ? QStringLiteral("suggestion")
           : r < 0.97 ? QStringLiteral("competitor_positive")
                      : QStringLiteral("competitor_negative");
}

Sentiment sentimentOf(const QString &kind, DemoRandom &random) {
    const double strength = 0.3 + 0.65 * random.real();
    if (kind == QLatin1String("positive") || kind == QLatin1String("competitor_positive"))
        return {SentimentLabel::Positive, strength};
    if (kind == QLatin1String("negative") || kind == QLatin1String("crisis") ||
        kind == QLatin1String("competitor_negative"))
        return {SentimentLabel::Negative, -strength};
    if (kind == QLatin1String("showoff"))
        return {SentimentLabel::Positive, 0.2 + 0.3 * random.real()};
    return {SentimentLabel::Neutral, -0.12 + 0.24 * random.real()};
}

// Posting hours: a morning and an evening peak, few at night.
int secondOfDay(DemoRandom &random) {
    static const QList<double> hourWeights{1,   0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.5,
                                           3.5, 3.8, 3.2, 3,   3.4, 3.1, 2.8, 2.7,
                                           2.9, 3.3, 3.9, 4.3, 4.4, 3.8, 2.8, 1.8};
    return int(random.weighted(hourWeights)) * 3600 + random.between(0, 3599);
}

void assignIdentity(Mention &m, const Persona &p, quint64 serial, const DemoVocabulary &words) {
    const QString &net = m.network;
    const qint64 ms = m.createdAt.toMSecsSinceEpoch();
    if (net == QLatin1String("mastodon")) {
        const QString native = QString::number((quint64(ms) << 16) | (serial & 0xffff));
        m.id = QStringLiteral("mastodon:") + native;
        m.url = p.author.url + QLatin1Char('/') + native;
        m.source = QStringLiteral("Mastodon #lumen");
    } else if (net == QLatin1String("bluesky")) {
        const QString rkey = QStringLiteral("3l") + base36(quint64(ms) * 1000 + serial % 1000);
        const QString did = QStringLiteral("did:plc:") + base36(stableHash(p.author.id)).left(24);
        m.id = QStringLiteral("bluesky:at://%1/app.bsky.feed.post/%2").arg(did, rkey);
        m.url =
            QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(p.author.handle.mid(1), rkey);
        m.source = QStringLiteral("Bluesky search: lumen");
    } else if (net == QLatin1String("reddit")) {
        const QString native = QStringLiteral("t1_") + base36(60000000000ULL + serial);
        m.id = QStringLiteral("reddit:") + native;
        m.url = QStringLiteral("https://www.reddit.com/r/smarthome/comments/%1").arg(native.mid(3));
        m.source = QStringLiteral("Reddit: lumen");
    } else if (net == QLatin1String("hackernews")) {
        const QString native = QString::number(41000000 + serial);
        m.id = QStringLiteral("hackernews:") + native;
        m.url = QStringLiteral("https://news.ycombinator.com/item?id=") + native;
        m.source = QStringLiteral("Hacker News: lumen");
    } else if (net == QLatin1String("youtube")) {
        const QString native = QStringLiteral("Ugx") + base36(7000000000ULL + serial * 13);
        m.id = QStringLiteral("youtube:") + native;
        m.url = QStringLiteral("https://www.youtube.com/watch?v=lumenDemo%1&lc=%2")
                    .arg(serial % 17)
                    .arg(native);
        m.source = QStringLiteral("YouTube: Lumen channel");
    } else {
        const QString link =
            QStringLiteral("https://%1/%2/lumen-%3")
                .arg(p.author.handle, m.createdAt.toString(QStringLiteral("yyyy/MM")))
                .arg(serial);
        m.id = QStringLiteral("rss:") + link;
        m.url = link;
        m.source = QStringLiteral("Google Alerts: ") + words.brand();
    }
}

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options)) {
    if (!m_options.end.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_options.end = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    }
    m_options.end = m_options.end.toUTC();
    m_options.days = std::max(1, m_options.days);
    m_options.mentions = std::max(0, m_options.mentions);
}

int DemoGenerator::crisisDay() const {
    return m_options.days >= 20 ? m_options.days - 12 : m_options.days / 2;
}

void DemoGenerator::generateMentions(const std::function<void(QList<Mention> &&)> &sink) {
    const DemoVocabulary &words = DemoVocabulary::bundled();
    DemoRandom random(m_options.seed);
    const int days = m_options.days;
    const QDateTime start = m_options.end.addDays(-days);

    QList<Persona> personas = makePersonas(std::max(18, m_options.mentions / 12), random);
    const WeightedPicker picker(personas);
    QList<qsizetype> crisisVoices; // detractors and the crowd carry a crisis
    for (qsizetype i = 0; i < personas.size(); ++i) {
        if (personas[i].kind == Kind::Crowd || personas[i].kind == Kind::Detractor ||
            personas[i].kind == Kind::Timid)
            crisisVoices.append(i);
    }

    const int crisis = crisisDay();
    const QList<double> crisisBoost{3.5, 2.6, 1.6};
    const QList<double> crisisShare{0.7, 0.55, 0.35};
    QList<double> dayWeights;
    for (int d = 0; d < days; ++d) {
        const int weekday = start.addDays(d).date().dayOfWeek();
        double w =
            (weekday >= 6 ? 0.72 : 1.0) * (1.0 + 0.25 * d / days) * (0.85 + 0.3 * random.real());
        if (d >= crisis && d - crisis < crisisBoost.size())
            w *= crisisBoost[d - crisis];
        dayWeights.append(w);
    }
    const QList<int> perDay = apportion(m_options.mentions, dayWeights);

    quint64 serial = 0;
    const QDateTime middle = start.addDays(days / 2);
    for (int d = 0; d < days; ++d) {
        QList<Mention> batch;
        batch.reserve(perDay[d] + perDay[d] / 5);
        const QDateTime dayStart = start.addDays(d);
        const bool crisisDayNow = d >= crisis && d - crisis < crisisShare.size();
        for (int k = 0; k < perDay[d]; ++k) {
            Mention m;
            m.createdAt = dayStart.addSecs(secondOfDay(random));
            if (m.createdAt >= m_options.end)
                m.createdAt = m_options.end.addSecs(-random.between(60, 6 * 3600));
            const bool late = m.createdAt > middle;

            QString kind;
            qsizetype index;
            if (crisisDayNow && random.chance(crisisShare[d - crisis]) && !crisisVoices.isEmpty()) {
                index = random.pick(crisisVoices);
                kind = QStringLiteral("crisis");
            } else {
                index = picker.pick(random);
                // The blasé speak less once they have drifted away.
                if (personas[index].kind == Kind::Blase && late && random.chance(0.65))
                    index = picker.pick(random);
                kind = mentionKind(personas[index], late, random);
            }
            const Persona &p = personas[index];
            QStringList templates = words.templates(p.lang, kind);
            if (templates.isEmpty())
                templates = words.templates(p.lang, QStringLiteral("neutral"));

            m.network = p.author.network;
            m.lang = p.lang;
            m.author = p.author;
            if (p.kind == Kind::Suspicious && m.createdAt > middle)
                m.author.followers = p.followersAfterJump;
            m.text = words.compose(random.pick(templates), p.lang, random);
            m.sentiment = sentimentOf(kind, random);
            assignIdentity(m, p, ++serial, words);

            if (m.author.followers) {
                const qint64 likes = qint64(double(*m.author.followers) * p.engagementRate *
                                            (0.4 + 1.2 * random.real()));
                m.metrics.likes = likes + random.between(0, 3);
            } else if (m.network == QLatin1String("hackernews")) {
                m.metrics.likes = random.between(1, 60);
            }
            m.metrics.reposts = m.metrics.likes / random.between(3, 8);
            m.metrics.replies = random.between(0, 4);

            // Everything but talk about competitors is about the brand, named or not
            // ("la lampe Halo" is a Lumen product).
            if (!kind.startsWith(QLatin1String("competitor")) ||
                m.text.contains(words.brand(), Qt::CaseInsensitive))
                m.topics.append(words.brand());
            for (const QString &competitor : words.competitors()) {
                if (m.text.contains(competitor, Qt::CaseInsensitive))
                    m.topics.append(competitor);
            }

            // Triage: the older a mention, the more likely it was handled.
            const qint64 ageHours = m.createdAt.secsTo(m_options.end) / 3600;
            const bool needsAnswer = kind == QLatin1String("negative") ||
                                     kind == QLatin1String("question") ||
                                     kind == QLatin1String("crisis");
            // The brand answers from the accounts it has in the workspace.
            const bool answerable =
                m.network == QLatin1String("mastodon") || m.network == QLatin1String("bluesky");
            const double r = random.real();
            if (ageHours > 72)
                m.status = r < 0.03   ? MentionStatus::New
                           : r < 0.75 ? MentionStatus::Read
                           : r < 0.80 ? MentionStatus::Assigned
                                      : MentionStatus::Resolved;
            else if (ageHours > 24)
                m.status = r < 0.35  ? MentionStatus::New
                           : r < 0.8 ? MentionStatus::Read
                           : r < 0.9 ? MentionStatus::Assigned
                                     : MentionStatus::Resolved;
            else
                m.status = r < 0.85   ? MentionStatus::New
                           : r < 0.95 ? MentionStatus::Read
                                      : MentionStatus::Assigned;
            if (m.status == MentionStatus::Assigned)
                m.assignedTo = random.pick(words.teammates());

            batch.append(m);

            if (needsAnswer && answerable && ageHours > 2 && random.chance(0.45)) {
                const Persona brand = brandPersona(m.network);
                Mention reply;
                reply.createdAt = m.createdAt.addSecs(random.between(15 * 60, 18 * 3600));
                if (reply.createdAt >= m_options.end)
                    continue;
                reply.network = m.network;
                reply.lang = m.lang;
                reply.author = brand.author;
                reply.text = words.compose(
                    random.pick(words.templates(m.lang, QStringLiteral("reply"))), m.lang, random);
                reply.replyTo = m.id;
                reply.sentiment = {SentimentLabel::Neutral, 0.1};
                reply.status = MentionStatus::Read;
                reply.topics.append(words.brand());
                assignIdentity(reply, brand, ++serial, words);
                batch.last().status = MentionStatus::Resolved;
                batch.last().assignedTo.clear();
                batch.append(reply);
            }
        }
        sink(std::move(batch));
    }
}

} // namespace veille::demo
