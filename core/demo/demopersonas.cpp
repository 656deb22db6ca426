#include "demopersonas.h"

#include "demovocabulary.h"

namespace veille::demo {

namespace {

struct KindShare {
    Persona::Kind kind;
    double share;
};
const QList<KindShare> kShares{
    {Persona::Kind::Enthusiast, 0.05},  {Persona::Kind::Ambassador, 0.02},
    {Persona::Kind::Detractor, 0.02},   {Persona::Kind::ShowOff, 0.04},
    {Persona::Kind::Suspicious, 0.015}, {Persona::Kind::Timid, 0.25},
    {Persona::Kind::Indifferent, 0.18}, {Persona::Kind::Blase, 0.04},
    {Persona::Kind::Crowd, 0.385},
};

const QStringList kNetworks{QStringLiteral("mastodon"), QStringLiteral("bluesky"),
                            QStringLiteral("reddit"),   QStringLiteral("youtube"),
                            QStringLiteral("rss"),      QStringLiteral("hackernews")};
const QList<double> kNetworkWeights{0.30, 0.27, 0.15, 0.12, 0.08, 0.08};

QString slug(QString text) {
    text = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
    }
    return out;
}

} // namespace

QString personaNetworkUrl(const QString &network, const QString &handle) {
    QString bare = handle;
    if (bare.startsWith(QLatin1Char('@')))
        bare.remove(0, 1);
    if (network == QLatin1String("mastodon")) {
        const QStringList parts = bare.split(QLatin1Char('@'));
        return QStringLiteral("https://%1/@%2").arg(parts.value(1), parts.value(0));
    }
    if (network == QLatin1String("bluesky"))
        return QStringLiteral("https://bsky.app/profile/%1").arg(bare);
    if (network == QLatin1String("reddit"))
        return QStringLiteral("https://www.reddit.com/user/%1").arg(bare.mid(2));
    if (network == QLatin1String("hackernews"))
        return QStringLiteral("https://news.ycombinator.com/user?id=%1").arg(bare);
    if (network == QLatin1String("youtube"))
        return QStringLiteral("https://www.youtube.com/%1").arg(handle);
    return QStringLiteral("https://%1").arg(bare);
}

Persona brandPersona(const QString &network) {
    Persona p;
    p.kind = Persona::Kind::Crowd;
    p.lang = QStringLiteral("fr");
    p.author.network = network;
    p.author.name = QStringLiteral("Lumen");
    if (network == QLatin1String("bluesky"))
        p.author.handle = QStringLiteral("@lumen.bsky.social");
    else if (network == QLatin1String("reddit"))
        p.author.handle = QStringLiteral("u/LumenOfficial");
    else if (network == QLatin1String("youtube"))
        p.author.handle = QStringLiteral("@LumenHome");
    else
        p.author.handle = QStringLiteral("@lumen@mastodon.social");
    p.author.id = network + QStringLiteral(":brand");
    p.author.followers = 48200;
    p.author.following = 310;
    p.author.url = personaNetworkUrl(network, p.author.handle);
    return p;
}

QList<Persona> makePersonas(int count, DemoRandom &random) {
    const DemoVocabulary &words = DemoVocabulary::bundled();
    QList<double> shareWeights;
    for (const KindShare &s : kShares)
        shareWeights.append(s.share);

    QList<Persona> personas;
    personas.reserve(count);
    for (int i = 0; i < count; ++i) {
        Persona p;
        // The first personas cover every segment so even a tiny demo shows them all.
        p.kind = i < kShares.size() * 2 ? kShares[i % kShares.size()].kind
                                        : kShares[random.weighted(shareWeights)].kind;
        QString network = kNetworks[random.weighted(kNetworkWeights)];
        p.lang = (network == QLatin1String("hackernews") || random.chance(0.38))
                     ? QStringLiteral("en")
                     : QStringLiteral("fr");
        const QString first = random.pick(words.names(p.lang));
        const QString last = random.pick(words.surnames());
        const QString base = slug(first) + (random.chance(0.5) ? slug(last).left(3) : QString()) +
                             QString::number(random.between(1, 999));
        Author &a = p.author;
        a.network = network;
        a.name = first + QLatin1Char(' ') + last;
        if (network == QLatin1String("mastodon")) {
            static const QStringList instances{
                QStringLiteral("mastodon.social"), QStringLiteral("piaille.fr"),
                QStringLiteral("mamot.fr"), QStringLiteral("fosstodon.org")};
            a.handle = QStringLiteral("@%1@%2").arg(base, random.pick(instances));
        } else if (network == QLatin1String("bluesky")) {
            a.handle = QStringLiteral("@%1.bsky.social").arg(base);
        } else if (network == QLatin1String("reddit")) {
            a.handle = QStringLiteral("u/%1").arg(base);
        } else if (network == QLatin1String("hackernews")) {
            a.handle = base;
        } else if (network == QLatin1String("youtube")) {
            a.handle = QStringLiteral("@%1").arg(base);
        } else {
            a.name = random.pick(words.blogs());
            a.handle = slug(a.name) + QStringLiteral(".example");
        }
        a.id = QStringLiteral("%1:%2").arg(network).arg(100000 + i * 7 + random.between(0, 6));
        a.url = personaNetworkUrl(network, a.handle);

        qint64 followers = random.between(20, 900);
        qint64 following = random.between(50, 600);
        switch (p.kind) {
        case Persona::Kind::Enthusiast:
            p.weight = random.between(25, 45);
            p.engagementRate = 0.02;
            break;
        case Persona::Kind::Ambassador:
            p.weight = random.between(12, 22);
            followers = random.between(12000, 90000);
            following = random.between(200, 1500);
            p.engagementRate = 0.004;
            break;
        case Persona::Kind::Detractor:
            p.weight = random.between(10, 20);
            followers = random.between(8000, 60000);
            p.engagementRate = 0.004;
            break;
        case Persona::Kind::ShowOff:
            p.weight = random.between(3, 6);
            followers = random.between(30000, 250000);
            following = random.between(800, 4000);
            p.engagementRate = 0.00008;
            break;
        case Persona::Kind::Suspicious:
            p.weight = random.between(3, 6);
            followers = random.between(15000, 40000);
            following = random.between(6000, 9000);
            p.followersAfterJump = followers * 3 + random.between(1000, 20000);
            p.engagementRate = 0.00002;
            break;
        case Persona::Kind::Timid:
            p.weight = 0.6;
            followers = random.between(3, 120);
            p.engagementRate = 0.02;
            break;
        case Persona::Kind::Indifferent:
            p.weight = 1.5;
            p.engagementRate = 0.005;
            break;
        case Persona::Kind::Blase:
            p.weight = random.between(14, 24);
            p.engagementRate = 0.01;
            break;
        case Persona::Kind::Crowd:
            p.weight = random.between(1, 4);
            p.engagementRate = 0.01;
            break;
        }
        if (network == QLatin1String("rss") || network == QLatin1String("hackernews")) {
            a.followers.reset(); // these networks do not tell
            a.following.reset();
        } else {
            a.followers = followers;
            a.following = following;
        }
        personas.append(p);
    }
    return personas;
}

} // namespace veille::demo
