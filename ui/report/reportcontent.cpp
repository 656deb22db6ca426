#include "reportcontent.h"

#include "common/labels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace veille::ui {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString heading(const QString &text) {
    return QStringLiteral("<h1>%1</h1>").arg(esc(text));
}

// A mention's text for a quote: whole up to a few lines, cut at a word beyond that.
QString quotable(const QString &text) {
    constexpr qsizetype kMost = 420;
    QString simple = text.simplified();
    if (simple.size() <= kMost)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', kMost);
    if (cut < kMost / 2)
        cut = kMost;
    return simple.left(cut) + QStringLiteral(" …");
}

} // namespace

ReportContent::ReportContent(const ReportData &data, const ReportWords &words)
    : m_data(data)
    , m_t(words) {}

QString ReportContent::engagement(const EngagementMetrics &metrics) const {
    return engagementText(metrics, QStringLiteral(", "),
                          [this](const char *context, const char *source, int n) {
                              return m_t.text(context, source, n);
                          });
}

QString ReportContent::reportTitle() const {
    return m_t(QT_TRANSLATE_NOOP("Report", "Social listening report"));
}

QString ReportContent::brandName() const {
    return m_data.brand.isEmpty() ? m_t(QT_TRANSLATE_NOOP("Report", "Every conversation"))
                                  : m_data.brand;
}

QString ReportContent::periodText() const {
    const QDate first = m_data.request.since.date();
    const QDate last = m_data.request.until.addMSecs(-1).date();
    return m_t(QT_TRANSLATE_NOOP("Report", "%1 to %2")).arg(m_t.date(first), m_t.date(last));
}

QStringList ReportContent::coverLines(const QString &organisation) const {
    QStringList lines;
    lines << m_t(QT_TRANSLATE_NOOP("Report", "Issued on %1"))
                 .arg(m_t.date(m_data.request.issuedAt.toLocalTime().date()));
    if (!m_data.competitors.isEmpty())
        lines << m_t(QT_TRANSLATE_NOOP("Report", "Compared with: %1"))
                     .arg(m_data.competitors.join(QStringLiteral(", ")));
    if (!organisation.isEmpty())
        lines << organisation;
    return lines;
}

QString ReportContent::madeWith() const {
    return m_t(
        QT_TRANSLATE_NOOP("Report", "Made with Veille from the team's own listening workspace."));
}

QString ReportContent::pageOf(int page, int pages) const {
    return m_t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(page).arg(pages);
}

double ReportContent::periodDays() const {
    return double(m_data.request.since.secsTo(m_data.request.until)) / 86400.0;
}

std::optional<double> ReportContent::baselineFigure(const char *key) const {
    if (!m_data.baseline)
        return std::nullopt;
    const QJsonValue value = m_data.baseline->figures.value(QLatin1String(key));
    if (!value.isDouble())
        return std::nullopt;
    const double days = double(m_data.baseline->since.secsTo(m_data.baseline->until)) / 86400.0;
    if (days <= 0)
        return std::nullopt;
    return value.toDouble() / days * periodDays();
}

std::optional<double> ReportContent::brandShare(const PeriodStats &stats) const {
    qint64 all = 0;
    qint64 ours = 0;
    for (const auto &[name, count] : stats.shareOfVoice) {
        all += count;
        if (name == m_data.brand)
            ours = count;
    }
    if (all == 0 || m_data.brand.isEmpty())
        return std::nullopt;
    return double(ours) / double(all);
}

std::optional<double> ReportContent::baselineBrandShare() const {
    if (!m_data.baseline)
        return std::nullopt;
    for (const QJsonValue &entry :
         m_data.baseline->figures.value(QLatin1String("share_of_voice")).toArray())
        if (entry[QLatin1String("topic")].toString() == m_data.brand)
            return entry[QLatin1String("share")].toDouble();
    return std::nullopt;
}

QString ReportContent::signedNet(double value) const {
    const QString digits = m_t.decimal(std::abs(value), 2);
    return value > 0.0049 ? u'+' + digits : value < -0.0049 ? QChar(0x2212) + digits : digits;
}

QString ReportContent::change(double now, double before) const {
    if (before == 0)
        return now == 0 ? m_t(QT_TRANSLATE_NOOP("Report", "stable"))
                        : m_t(QT_TRANSLATE_NOOP("Report", "new this period"));
    const double ratio = (now - before) / before;
    if (std::abs(ratio) < 0.02)
        return m_t(QT_TRANSLATE_NOOP("Report", "stable"));
    return (ratio > 0 ? m_t(QT_TRANSLATE_NOOP("Report", "up %1"))
                      : m_t(QT_TRANSLATE_NOOP("Report", "down %1")))
        .arg(m_t.percent(std::abs(ratio)));
}

QString ReportContent::shortChange(double now, double before) const {
    if (before == 0)
        return now == 0 ? m_t(QT_TRANSLATE_NOOP("Report", "stable"))
                        : m_t(QT_TRANSLATE_NOOP("Report", "new"));
    const double ratio = (now - before) / before;
    if (std::abs(ratio) < 0.02)
        return m_t(QT_TRANSLATE_NOOP("Report", "stable"));
    return (ratio > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) +
           m_t.percent(std::abs(ratio));
}

QString ReportContent::summaryHeading() const {
    return heading(m_t(QT_TRANSLATE_NOOP("Report", "Executive summary")));
}

QString ReportContent::introduction() const {
    const QString from = m_t.date(m_data.request.since.date());
    const QString to = m_t.date(m_data.request.until.addMSecs(-1).date());
    if (m_data.isEmpty())
        return QStringLiteral("<p class=\"empty\">%1</p>")
            .arg(esc(m_t(QT_TRANSLATE_NOOP("Report",
                                           "Nothing was said about %1 and nothing was published "
                                           "between %2 and %3: there is nothing to report for this "
                                           "period. If that is unexpected, check the sources in "
                                           "Listening › Sources."))
                         .arg(brandName(), from, to)));
    return QStringLiteral("<p>%1</p>")
        .arg(esc(m_t(QT_TRANSLATE_NOOP(
                         "Report", "From %1 to %2, %3 mentions of %4 were collected on %5 "
                                   "networks. This report compares them with the %6 days before "
                                   "and, where one was saved, with the baseline."))
                     .arg(from, to, m_t.number(m_data.current.volume), brandName())
                     .arg(m_data.current.perNetwork.size())
                     .arg(qRound(periodDays()))));
}

QList<ReportTile> ReportContent::tiles() const {
    const PeriodStats &now = m_data.current;
    const PeriodStats &before = m_data.previous;
    const QString vsBefore = m_t(QT_TRANSLATE_NOOP("Report", "%1 vs previous period"));
    const QString baselineIs = m_t(QT_TRANSLATE_NOOP("Report", "Baseline: %1"));
    const QString noBaseline = m_t(QT_TRANSLATE_NOOP("Report", "No baseline"));
    auto countTile = [&](const QString &name, qint64 value, qint64 previous,
                         std::optional<double> baseline, int goodDirection) {
        ReportTile tile{name, m_t.number(value),
                        vsBefore.arg(shortChange(double(value), double(previous))),
                        baseline ? baselineIs.arg(m_t.number(qRound64(*baseline))) : noBaseline, 0};
        if (previous > 0 && std::abs(double(value - previous) / double(previous)) >= 0.02)
            tile.tone = goodDirection * (value > previous ? 1 : -1);
        return tile;
    };
    QList<ReportTile> tiles;
    tiles << countTile(m_t(QT_TRANSLATE_NOOP("Report", "Conversations")), now.volume, before.volume,
                       baselineFigure("volume"), 0);

    ReportTile net{m_t(QT_TRANSLATE_NOOP("Report", "Net sentiment")),
                   now.netSentiment ? signedNet(*now.netSentiment) : QStringLiteral("—"),
                   {},
                   noBaseline,
                   0};
    if (now.netSentiment && before.netSentiment) {
        const double delta = *now.netSentiment - *before.netSentiment;
        net.change = vsBefore.arg(signedNet(delta));
        net.tone = delta > 0.02 ? 1 : delta < -0.02 ? -1 : 0;
    } else {
        net.change = vsBefore.arg(QStringLiteral("—"));
    }
    if (m_data.baseline && m_data.baseline->netSentiment())
        net.baseline = baselineIs.arg(signedNet(*m_data.baseline->netSentiment()));
    tiles << net;

    ReportTile share{m_t(QT_TRANSLATE_NOOP("Report", "Share of voice")), QStringLiteral("—"),
                     vsBefore.arg(QStringLiteral("—")), noBaseline, 0};
    if (const auto ours = brandShare(now)) {
        share.value = m_t.percent(*ours);
        if (const auto earlier = brandShare(before)) {
            const int points = qRound(100 * (*ours - *earlier));
            const QString sign = points > 0   ? QStringLiteral("+")
                                 : points < 0 ? QString(QChar(0x2212))
                                              : QString();
            share.change = vsBefore.arg(
                sign + m_t(QT_TRANSLATE_N_NOOP("Report", "%n pt(s)"), std::abs(points)));
            share.tone = points > 0 ? 1 : points < 0 ? -1 : 0;
        }
    }
    if (const auto base = baselineBrandShare())
        share.baseline = baselineIs.arg(m_t.percent(*base));
    tiles << share;

    tiles << countTile(m_t(QT_TRANSLATE_NOOP("Report", "Problems resolved")), now.resolved,
                       before.resolved, baselineFigure("resolved"), 1);

    ReportTile response{m_t(QT_TRANSLATE_NOOP("Report", "First response (median)")),
                        now.medianFirstResponseSeconds
                            ? m_t.duration(*now.medianFirstResponseSeconds)
                            : QStringLiteral("—"),
                        vsBefore.arg(before.medianFirstResponseSeconds
                                         ? m_t.duration(*before.medianFirstResponseSeconds)
                                         : QStringLiteral("—")),
                        noBaseline, 0};
    if (now.medianFirstResponseSeconds && before.medianFirstResponseSeconds) {
        const qint64 a = *now.medianFirstResponseSeconds;
        const qint64 b = *before.medianFirstResponseSeconds;
        response.tone = a < b * 0.95 ? 1 : a > b * 1.05 ? -1 : 0; // faster is better
    }
    if (m_data.baseline) {
        const QJsonValue v =
            m_data.baseline->figures.value(QLatin1String("median_first_response_s"));
        if (v.isDouble())
            response.baseline = baselineIs.arg(m_t.duration(qint64(v.toDouble())));
    }
    tiles << response;

    tiles << countTile(m_t(QT_TRANSLATE_NOOP("Report", "Suggestions received")), now.suggestions,
                       before.suggestions, baselineFigure("suggestions"), 0);
    ReportTile community = countTile(m_t(QT_TRANSLATE_NOOP("Report", "Active community")),
                                     m_data.community.activeAuthors,
                                     m_data.community.activeAuthorsBefore, std::nullopt, 1);
    community.baseline =
        m_t(QT_TRANSLATE_N_NOOP("Report", "%n new"), int(m_data.community.newAuthors));
    tiles << community;
    const EngagementMetrics &e = m_data.posts.engagement;
    ReportTile posts =
        countTile(m_t(QT_TRANSLATE_NOOP("Report", "Posts published")), m_data.posts.published,
                  m_data.posts.publishedBefore, std::nullopt, 1);
    posts.baseline = m_t(QT_TRANSLATE_NOOP("Report", "%1 interactions"))
                         .arg(m_t.number(e.likes + e.reposts + e.replies));
    tiles << posts;
    return tiles;
}

QString ReportContent::summaryInWords() const {
    const PeriodStats &now = m_data.current;
    const PeriodStats &before = m_data.previous;
    QStringList items;
    QString volume =
        m_t(QT_TRANSLATE_NOOP("Report", "Conversations: %1 mentions, %2 compared "
                                        "with the previous period (%3)."))
            .arg(m_t.number(now.volume), change(double(now.volume), double(before.volume)),
                 m_t.number(before.volume));
    if (m_data.baseline)
        volume +=
            u' ' +
            m_t(QT_TRANSLATE_NOOP("Report", "That is %1 mentions a day against %2 "
                                            "a day in the baseline “%3” (%4)."))
                .arg(m_t.decimal(double(now.volume) / periodDays(), 0),
                     m_t.decimal(m_data.baseline->dailyVolume(), 0), m_data.baseline->name,
                     change(double(now.volume) / periodDays(), m_data.baseline->dailyVolume()));
    items << volume;

    if (now.netSentiment) {
        QString net = m_t(QT_TRANSLATE_NOOP("Report", "Net sentiment: %1, from %2 positive and %3 "
                                                      "negative mentions."))
                          .arg(signedNet(*now.netSentiment), m_t.number(now.positive),
                               m_t.number(now.negative));
        if (before.netSentiment) {
            const double delta = *now.netSentiment - *before.netSentiment;
            net +=
                u' ' + (delta > 0.02 ? m_t(QT_TRANSLATE_NOOP(
                                           "Report", "It improved from %1 in the previous period."))
                        : delta < -0.02
                            ? m_t(QT_TRANSLATE_NOOP("Report",
                                                    "It worsened from %1 in the previous period."))
                            : m_t(QT_TRANSLATE_NOOP("Report",
                                                    "It held steady (%1 in the previous period).")))
                           .arg(signedNet(*before.netSentiment));
        }
        if (m_data.baseline && m_data.baseline->netSentiment())
            net += u' ' + m_t(QT_TRANSLATE_NOOP("Report", "The baseline stood at %1."))
                              .arg(signedNet(*m_data.baseline->netSentiment()));
        items << net;
    } else {
        items << m_t(QT_TRANSLATE_NOOP("Report", "Net sentiment: no positive or negative mention "
                                                 "in the period to measure it from."));
    }

    if (const auto ours = brandShare(now)) {
        QStringList others;
        for (const auto &[name, count] : now.shareOfVoice)
            if (name != m_data.brand)
                others << name;
        const auto earlier = brandShare(before);
        items << m_t(QT_TRANSLATE_NOOP("Report", "Share of voice: %1 holds %2 of the conversation "
                                                 "against %3 (%4 in the previous period)."))
                     .arg(m_data.brand, m_t.percent(*ours),
                          others.isEmpty() ? m_t(QT_TRANSLATE_NOOP("Report", "no competitor"))
                                           : others.join(QStringLiteral(", ")),
                          earlier ? m_t.percent(*earlier) : QStringLiteral("—"));
    }

    if (now.answered > 0 && now.medianFirstResponseSeconds)
        items << m_t(QT_TRANSLATE_NOOP("Report", "Customer care: %1 mentions resolved and %2 "
                                                 "answered; the median first response came "
                                                 "after %3 (%4 in the previous period)."))
                     .arg(m_t.number(now.resolved), m_t.number(now.answered),
                          m_t.duration(*now.medianFirstResponseSeconds),
                          before.medianFirstResponseSeconds
                              ? m_t.duration(*before.medianFirstResponseSeconds)
                              : QStringLiteral("—"));
    else
        items << m_t(QT_TRANSLATE_NOOP("Report", "Customer care: %1 mentions resolved; none was "
                                                 "answered by the brand's accounts."))
                     .arg(m_t.number(now.resolved));

    items << m_t(QT_TRANSLATE_N_NOOP("Report", "%Ln suggestion(s) received (%1 in the previous "
                                               "period)."),
                 int(now.suggestions))
                 .arg(m_t.number(before.suggestions));
    items << m_t(QT_TRANSLATE_NOOP("Report", "Community: %1 people took part, %2 of them for the "
                                             "first time (%3 and %4 in the previous period)."))
                 .arg(m_t.number(m_data.community.activeAuthors),
                      m_t.number(m_data.community.newAuthors),
                      m_t.number(m_data.community.activeAuthorsBefore),
                      m_t.number(m_data.community.newAuthorsBefore));
    const EngagementMetrics &e = m_data.posts.engagement;
    items << m_t(QT_TRANSLATE_N_NOOP("Report", "Publishing: %Ln post(s) published, drawing %1 "
                                               "likes, %2 reposts and %3 replies (%4 "
                                               "interactions in the previous period)."),
                 int(m_data.posts.published))
                 .arg(m_t.number(e.likes), m_t.number(e.reposts), m_t.number(e.replies),
                      m_t.number(m_data.posts.engagementBefore));
    QString list = QStringLiteral("<ul>");
    for (const QString &item : std::as_const(items))
        list += QStringLiteral("<li>%1</li>").arg(esc(item));
    return list + QStringLiteral("</ul>");
}

QString ReportContent::chartsHeading() const {
    return heading(m_t(QT_TRANSLATE_NOOP("Report", "Conversations and sentiment")));
}

QString ReportContent::chartsInWords() const {
    QStringList parts;
    QStringList networks;
    for (const auto &[name, count] : m_data.current.perNetwork)
        networks << QStringLiteral("%1 %2").arg(m_t.network(name), m_t.number(count));
    if (!networks.isEmpty())
        parts << m_t(QT_TRANSLATE_NOOP("Report", "Networks: %1."))
                     .arg(networks.join(QStringLiteral(", ")));
    QStringList languages;
    for (const auto &[name, count] : m_data.current.perLanguage)
        languages << QStringLiteral("%1 %2").arg(
            name.isEmpty() ? m_t(QT_TRANSLATE_NOOP("Report", "unknown")) : name,
            m_t.percent(double(count) / double(std::max<qint64>(1, m_data.current.volume))));
    if (!languages.isEmpty())
        parts << m_t(QT_TRANSLATE_NOOP("Report", "Languages: %1."))
                     .arg(languages.join(QStringLiteral(", ")));
    QStringList terms;
    for (const auto &[term, count] : m_data.current.topTerms.mid(0, 12))
        terms << term;
    if (!terms.isEmpty())
        parts << m_t(QT_TRANSLATE_NOOP("Report", "Most used words: %1."))
                     .arg(terms.join(QStringLiteral(", ")));
    QStringList tags;
    for (const auto &[tag, count] : m_data.current.topHashtags.mid(0, 6))
        tags << QStringLiteral("%1 (%2)").arg(tag, m_t.number(count));
    if (!tags.isEmpty())
        parts << m_t(QT_TRANSLATE_NOOP("Report", "Hashtags: %1."))
                     .arg(tags.join(QStringLiteral(", ")));
    return QStringLiteral("<p class=\"small\">%1</p>").arg(esc(parts.join(u' ')));
}

QString ReportContent::quotesHeading() const {
    return heading(m_t(QT_TRANSLATE_NOOP("Report", "What was said")));
}

QString ReportContent::quote(const Mention &m) const {
    QStringList meta;
    const QString who = m.author.name.isEmpty() || m.author.name == m.author.handle
                            ? m.author.handle
                            : QStringLiteral("%1 (%2)").arg(m.author.name, m.author.handle);
    meta << who << m_t.network(m.network) << m_t.date(m.createdAt.toLocalTime().date());
    meta << engagement(m.metrics);
    QString html = QStringLiteral("<p class=\"quote\">“%1”</p><p class=\"meta\">%2")
                       .arg(esc(quotable(m.text)), esc(meta.join(QStringLiteral(" · "))));
    if (!m.url.isEmpty())
        html += QStringLiteral("<br><a href=\"%1\">%2</a>").arg(esc(m.url), esc(m.url));
    return html + QStringLiteral("</p>");
}

QList<QStringList> ReportContent::quoteGroups() const {
    QList<QStringList> groups;
    const std::pair<const char *, const QList<Mention> *> kinds[] = {
        {QT_TRANSLATE_NOOP("Report", "Most engaging positive mentions"), &m_data.topPositive},
        {QT_TRANSLATE_NOOP("Report", "Most engaging negative mentions"), &m_data.topNegative},
        {QT_TRANSLATE_NOOP("Report", "Most engaging mentions overall"), &m_data.mostEngaged}};
    for (const auto &[title, mentions] : kinds) {
        QStringList group{QStringLiteral("<h3>%1</h3>").arg(esc(m_t(title)))};
        for (const Mention &m : *mentions)
            group << quote(m);
        if (mentions->isEmpty())
            group << QStringLiteral("<p class=\"meta\">%1</p>")
                         .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "None in the period."))));
        groups << group;
    }
    return groups;
}

QString ReportContent::communityHeading() const {
    return heading(m_t(QT_TRANSLATE_NOOP("Report", "Community")));
}

QString ReportContent::authorsTable(const QList<PeriodAuthor> &authors, const QString &none) const {
    if (authors.isEmpty())
        return QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(none));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const char *column :
         {QT_TRANSLATE_NOOP("Report", "Author"), QT_TRANSLATE_NOOP("Report", "Network"),
          QT_TRANSLATE_NOOP("Report", "Mentions"), QT_TRANSLATE_NOOP("Report", "Sentiment"),
          QT_TRANSLATE_NOOP("Report", "Followers"), QT_TRANSLATE_NOOP("Report", "Engagement")})
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(m_t(column)));
    html += QStringLiteral("</tr>");
    for (const PeriodAuthor &a : authors) {
        const QString who = a.name.isEmpty() || a.name == a.handle
                                ? a.handle
                                : QStringLiteral("%1 (%2)").arg(a.name, a.handle);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(esc(who), esc(m_t.network(a.network)), m_t.number(a.mentions),
                         signedNet(a.averageSentiment),
                         a.followers ? m_t.number(*a.followers) : QStringLiteral("—"),
                         m_t.number(a.engagement));
    }
    return html + QStringLiteral("</table>");
}

QString ReportContent::community() const {
    const CommunityFigures &c = m_data.community;
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "%1 people spoke about %2 in the period "
                                                     "(%3 in the previous period); %4 of them "
                                                     "for the first time."))
                         .arg(m_t.number(c.activeAuthors), brandName(),
                              m_t.number(c.activeAuthorsBefore), m_t.number(c.newAuthors))));
    if (!c.segments.isEmpty()) {
        QStringList parts;
        for (const auto &[segment, count] : c.segments)
            parts << QStringLiteral("%1 %2").arg(m_t.segment(segment), m_t.number(count));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "Segments: %1."))
                                 .arg(parts.join(QStringLiteral(", ")))));
    }
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "Ambassadors of the period"))));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(esc(m_t(QT_TRANSLATE_NOOP(
                    "Report", "Mostly positive authors with a large audience or mentions that "
                              "carried, by influence."))));
    html += authorsTable(m_data.ambassadors,
                         m_t(QT_TRANSLATE_NOOP("Report", "No influential author was mostly "
                                                         "positive in the period.")));
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "Detractors of the period"))));
    html += authorsTable(m_data.detractors,
                         m_t(QT_TRANSLATE_NOOP("Report", "No influential author was mostly "
                                                         "negative in the period.")));
    return html;
}

QString ReportContent::alertsHeading() const {
    return heading(m_t(QT_TRANSLATE_NOOP("Report", "Alerts")));
}

QString ReportContent::alertsInWords() const {
    if (m_data.alerts.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "No alert was raised in the period."))));
    qint64 acknowledged = 0;
    for (const PeriodAlert &a : m_data.alerts)
        acknowledged += a.stored.acknowledgedAt.isValid() ? 1 : 0;
    return QStringLiteral("<p>%1</p>")
        .arg(esc(m_t(QT_TRANSLATE_N_NOOP("Report", "%Ln alert(s) raised in the period, %1 "
                                                   "acknowledged by the team. For each, the "
                                                   "mentions behind it and how many were "
                                                   "answered and resolved since."),
                     int(m_data.alerts.size()))
                     .arg(m_t.number(acknowledged))));
}

ReportTable ReportContent::alertTable() const {
    ReportTable table;
    if (m_data.alerts.isEmpty())
        return table;
    table.header = QStringLiteral("<tr>");
    for (const char *column :
         {QT_TRANSLATE_NOOP("Report", "Raised"), QT_TRANSLATE_NOOP("Report", "Alert"),
          QT_TRANSLATE_NOOP("Report", "Mentions"), QT_TRANSLATE_NOOP("Report", "Answered"),
          QT_TRANSLATE_NOOP("Report", "Resolved"), QT_TRANSLATE_NOOP("Report", "Acknowledged")})
        table.header += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(m_t(column)));
    table.header += QStringLiteral("</tr>");
    for (const PeriodAlert &a : m_data.alerts) {
        const QDateTime raised = a.stored.alert.at.toLocalTime();
        table.rows << QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                     "<td>%6</td></tr>")
                          .arg(esc(m_t.date(raised.date(), QLocale::ShortFormat)),
                               esc(m_t.alert(a.stored.alert)), m_t.number(a.mentions),
                               m_t.number(a.answered), m_t.number(a.resolved),
                               a.stored.acknowledgedAt.isValid()
                                   ? esc(m_t.date(a.stored.acknowledgedAt.toLocalTime().date(),
                                                  QLocale::ShortFormat))
                                   : esc(m_t(QT_TRANSLATE_NOOP("Report", "not yet"))));
    }
    return table;
}

QString ReportContent::postsHeading() const {
    return heading(m_t(QT_TRANSLATE_NOOP("Report", "Publishing")));
}

QString ReportContent::posts() const {
    const PostFigures &p = m_data.posts;
    const EngagementMetrics &e = p.engagement;
    QString html =
        QStringLiteral("<p>%1</p>")
            .arg(esc(m_t(QT_TRANSLATE_N_NOOP("Report", "%Ln post(s) published in the period "
                                                       "(%1 in the previous period), with %2 "
                                                       "likes, %3 reposts and %4 replies."),
                         int(p.published))
                         .arg(m_t.number(p.publishedBefore), m_t.number(e.likes),
                              m_t.number(e.reposts), m_t.number(e.replies))));
    if (p.failed + p.missed > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "%1 failed and %2 missed their time "
                                                             "(see the Posts panel)."))
                                 .arg(m_t.number(p.failed), m_t.number(p.missed))));
    if (p.best) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(m_t(QT_TRANSLATE_NOOP("Report", "The post that engaged most"))));
        html +=
            QStringLiteral("<p class=\"quote\">“%1”</p><p class=\"meta\">%2")
                .arg(esc(quotable(p.best->text)),
                     esc(QStringList{p.best->account, m_t.date(p.best->sentAt.toLocalTime().date()),
                                     engagement(p.best->metrics)}
                             .join(QStringLiteral(" · "))));
        if (!p.best->url.isEmpty())
            html +=
                QStringLiteral("<br><a href=\"%1\">%2</a>").arg(esc(p.best->url), esc(p.best->url));
        html += QStringLiteral("</p>");
    }
    return html;
}

QString reportStyleSheet(const QColor &accent) {
    return QStringLiteral(
               "h1 { font-size: 17px; color: %1; margin-top: 4px; margin-bottom: 6px; }"
               "h3 { font-size: 11px; color: #1b1f24; margin-top: 6px; margin-bottom: 3px; }"
               "p { margin-top: 0px; margin-bottom: 5px; }"
               "li { margin-bottom: 3px; }"
               "p.small { font-size: 9px; color: #3b4450; }"
               "p.quote { font-style: italic; margin-bottom: 1px; }"
               "p.meta { font-size: 8px; color: #5f6b78; margin-bottom: 6px; }"
               "p.empty { font-size: 12px; }"
               "a { color: %1; }"
               "th { font-size: 8px; color: #5f6b78; border-bottom: 1px solid #c9d0d8; }"
               "td { font-size: 9px; }")
        .arg(accent.name());
}

} // namespace veille::ui
