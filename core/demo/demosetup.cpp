#include "demogenerator.h"

#include "demorandom.h"
#include "demovocabulary.h"

#include <QTimeZone>

namespace veille::demo {

// What the demo workspace holds besides mentions: the topics listened for, the sources they
// came from, the brand's publishing accounts and its posting plan around the period.
DemoSetup DemoGenerator::setup() const {
    const DemoVocabulary &words = DemoVocabulary::bundled();
    DemoSetup setup;
    const QString brand = words.brand();
    setup.topics.append({0, brand,
                         QStringLiteral("%1 OR #%1 OR @%2 OR #LumenPanne OR #LumenOutage")
                             .arg(brand, brand.toLower()),
                         false});
    for (const QString &competitor : words.competitors())
        setup.topics.append({0, competitor, QStringLiteral("%1 OR #%1").arg(competitor), true});

    const auto source = [](const char *kind, const char *name, const char *url, const char *query) {
        Source s;
        s.kind = QLatin1String(kind);
        s.name = QString::fromUtf8(name);
        s.url = QLatin1String(url);
        s.query = QString::fromUtf8(query);
        return s;
    };
    setup.sources = {
        source("mastodon", "Mastodon #lumen", "https://mastodon.social", "#lumen"),
        source("bluesky", "Bluesky search: lumen", "https://bsky.social", "lumen"),
        source("reddit", "Reddit: lumen", "https://www.reddit.com", "lumen"),
        source("hackernews", "Hacker News: lumen", "https://hn.algolia.com", "lumen"),
        source("youtube", "YouTube: Lumen channel", "https://www.youtube.com", "Lumen"),
        source("rss", "Google Alerts: Lumen", "https://www.google.com/alerts/feeds/lumen", ""),
    };
    // The demo's sources name real services: they are paused, so exploring the demo never
    // sends a request in the manager's name. Editing one and enabling it makes it poll.
    for (Source &s : setup.sources) {
        s.lastSuccess = m_options.end;
        s.enabled = false;
    }

    setup.accounts = {
        Account::named(QStringLiteral("lumen@mastodon.social"), QStringLiteral("mastodon"),
                       QStringLiteral("@lumen@mastodon.social"),
                       QStringLiteral("https://mastodon.social")),
        Account::named(QStringLiteral("lumen.bsky.social"), QStringLiteral("bluesky"),
                       QStringLiteral("@lumen.bsky.social"), QStringLiteral("https://bsky.social")),
    };
    // The demo's accounts have no secret: the queue shows what publishing looks like, and a
    // post sent from them fails with the keychain's reason.
    for (Account &account : setup.accounts) {
        account.signIn = QStringLiteral("demo");
        account.maxCharacters = account.network == QLatin1String("bluesky") ? 300 : 500;
        account.maxMedia = 4;
        account.urlLength = account.network == QLatin1String("bluesky") ? 0 : 23;
    }

    DemoRandom random(m_options.seed + 1);
    const QTimeZone paris("Europe/Paris");
    const QStringList texts{
        QStringLiteral(
            "☀️ Nouveau : le mode coucher de soleil arrive sur toutes les lampes Halo. "
            "Mettez à jour l'appli ! #Lumen"),
        QStringLiteral("Vos questions sur la consommation d'énergie : on répond en direct jeudi "
                       "à 18h 💡"),
        QStringLiteral("Behind the scenes: how we test every Lumen Mini bulb before it ships ✨"),
        QStringLiteral("Merci pour vos 10 000 avis ! 💛 Un code promo pour fêter ça : MERCI10"),
        QStringLiteral("Panne du 12 : toutes les explications et le geste commercial sur notre "
                       "blog. Encore pardon 🙏"),
        QStringLiteral("Tip: group your lamps into scenes to switch the whole room in one tap."),
        QStringLiteral("Concours 🎁 Montrez-nous votre coin lecture avec #LumenChezMoi"),
    };
    const QDate firstDay = m_options.end.addDays(-m_options.days).toTimeZone(paris).date();
    const QDate lastDay = m_options.end.addDays(14).toTimeZone(paris).date();
    int n = 0;
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(random.between(1, 3)), ++n) {
        ScheduledPost post;
        post.account = setup.accounts[n % 2].name;
        post.network = setup.accounts[n % 2].network;
        post.text = texts[n % texts.size()];
        post.timeZone = QStringLiteral("Europe/Paris");
        post.scheduledAt =
            QDateTime(day, random.chance(0.5) ? QTime(9, 30) : QTime(18, 0), paris).toUTC();
        if (post.scheduledAt < m_options.end) {
            post.status = PostStatus::Sent;
            post.sentAt = post.scheduledAt.addSecs(random.between(0, 3));
            post.url = post.network == QLatin1String("mastodon")
                           ? QStringLiteral("https://mastodon.social/@lumen/%1").arg(113000000 + n)
                           : QStringLiteral("https://bsky.app/profile/lumen.bsky.social/post/3m%1")
                                 .arg(QString::number(900000 + n, 36));
            post.metrics = {random.between(5, 180), random.between(1, 40), random.between(0, 25)};
        } else {
            post.status = PostStatus::Scheduled;
        }
        setup.posts.append(post);
    }
    // One that failed, one that came due while nothing ran, one draft, and today's plan.
    if (setup.posts.size() > 6) {
        ScheduledPost &failedPost = setup.posts[setup.posts.size() / 3];
        failedPost.status = PostStatus::Failed;
        failedPost.sentAt = {};
        failedPost.url.clear();
        failedPost.metrics = {};
        failedPost.error = QStringLiteral("401 Unauthorized: the access token was revoked");
        ScheduledPost &missed = setup.posts[setup.posts.size() / 2];
        missed.status = PostStatus::Missed;
        missed.sentAt = {};
        missed.url.clear();
        missed.metrics = {};
    }
    ScheduledPost today;
    today.account = setup.accounts[0].name;
    today.network = setup.accounts[0].network;
    today.text = QStringLiteral("Ce soir à 20h : live Q&R sur l'éclairage économe. Posez vos "
                                "questions ici 👇");
    today.timeZone = QStringLiteral("Europe/Paris");
    today.scheduledAt = m_options.end.addSecs(3 * 3600);
    today.status = PostStatus::Scheduled;
    setup.posts.append(today);
    ScheduledPost draft = today;
    draft.account = setup.accounts[1].name;
    draft.network = setup.accounts[1].network;
    draft.text = QStringLiteral("Draft: teaser for the spring range 🌱");
    draft.scheduledAt = {};
    draft.status = PostStatus::Draft;
    setup.posts.append(draft);
    return setup;
}

} // namespace veille::demo
