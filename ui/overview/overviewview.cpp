#include "overviewview.h"

#include "analytics/alerttitle.h"

#include "common/labels.h"
#include "kpitile.h"
#include "storage/poststore.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QListWidgetItem>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace veille::ui {

namespace {

// "+12 % vs previous 7 days", or nothing when there is nothing to compare with.
QString changeText(double now, double before) {
    if (before <= 0)
        return {};
    const double percent = (now - before) / before * 100.0;
    return QCoreApplication::translate("veille::ui::OverviewView", "%1% vs previous 7 days")
        .arg((percent >= 0 ? QStringLiteral("+") : QString()) +
             QLocale().toString(percent, 'f', 0));
}

} // namespace

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
    , m_volume(new KpiTile(tr("Mentions, last 7 days")))
    , m_net(new KpiTile(tr("Net sentiment, last 7 days")))
    , m_negative(new KpiTile(tr("Negative share, last 7 days")))
    , m_open(new KpiTile(tr("Mentions waiting for you")))
    , m_today(new QListWidget)
    , m_alerts(new QListWidget)
    , m_acknowledge(new QPushButton(tr("&Acknowledge"))) {
    setObjectName(QStringLiteral("OverviewView"));
    auto *tiles = new QGridLayout;
    tiles->addWidget(m_volume, 0, 0);
    tiles->addWidget(m_net, 0, 1);
    tiles->addWidget(m_negative, 0, 2);
    tiles->addWidget(m_open, 0, 3);
    auto *todayTitle = new QLabel(tr("Going out today"));
    QFont bold = todayTitle->font();
    bold.setBold(true);
    todayTitle->setFont(bold);
    m_today->setSelectionMode(QAbstractItemView::NoSelection);
    m_today->setMaximumHeight(140);
    // A line per post or alert, cut with an ellipsis (the whole in its tooltip) rather than
    // scrolled sideways.
    for (QListWidget *list : {m_today, m_alerts}) {
        list->setTextElideMode(Qt::ElideRight);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setWordWrap(false);
    }

    auto *alertsTitle = new QLabel(tr("Alerts"));
    alertsTitle->setFont(bold);
    m_alerts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_alerts->setMaximumHeight(150);
    m_acknowledge->setEnabled(false);
    auto *alertsHeader = new QHBoxLayout;
    alertsHeader->addWidget(alertsTitle);
    alertsHeader->addStretch(1);
    alertsHeader->addWidget(m_acknowledge);
    connect(m_alerts, &QListWidget::itemSelectionChanged, this,
            [this] { m_acknowledge->setEnabled(!m_alerts->selectedItems().isEmpty()); });
    connect(m_acknowledge, &QPushButton::clicked, this, &OverviewView::acknowledgeSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(alertsHeader);
    layout->addWidget(m_alerts);
    layout->addWidget(todayTitle);
    layout->addWidget(m_today);
    layout->addStretch(1);
}

void OverviewView::setWorkspace(Workspace *workspace) {
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_workspace = workspace;
    if (!workspace)
        return;
    WorkspaceReader *reader = workspace->analytics();
    m_connections << connect(reader, &WorkspaceReader::dailyVolumeFetched, this,
                             [this](quint64 ticket, const QList<veille::DailyVolume> &days) {
                                 if (ticket == m_volumeTicket)
                                     showVolume(days);
                             });
    m_connections << connect(reader, &WorkspaceReader::summaryFetched, this,
                             [this](quint64 ticket, const veille::WorkspaceSummary &summary) {
                                 if (ticket == m_summaryTicket)
                                     m_open->setValue(QLocale().toString(summary.openMentions));
                             });
    m_connections << connect(
        reader, &WorkspaceReader::postsFetched, this,
        [this](quint64 ticket, const QList<veille::ScheduledPost> &posts) {
            if (ticket != m_postsTicket)
                return;
            m_today->clear();
            for (const ScheduledPost &post : posts) {
                const QString time =
                    QLocale().toString(post.scheduledAt.toLocalTime().time(), QLocale::ShortFormat);
                auto *item =
                    new QListWidgetItem(QStringLiteral("%1 · %2 · %3 — %4")
                                            .arg(time, post.account, postStatusText(post.status),
                                                 post.text.simplified()));
                item->setToolTip(post.text);
                m_today->addItem(item);
            }
            if (posts.isEmpty())
                m_today->addItem(tr("Nothing scheduled today."));
            Q_EMIT refreshed();
        });
    m_connections << connect(reader, &WorkspaceReader::openAlertsFetched, this,
                             [this](quint64 ticket, const QList<veille::StoredAlert> &alerts) {
                                 if (ticket == m_alertsTicket)
                                     showAlerts(alerts);
                             });
    m_connections << connect(reader, &WorkspaceReader::baselineFetched, this,
                             [this](quint64 ticket, const veille::Baseline &b, bool found) {
                                 if (ticket != m_baselineTicket)
                                     return;
                                 m_baseline = found ? std::optional(b) : std::nullopt;
                                 showBaseline();
                             });
    m_connections << connect(workspace, &Workspace::mentionsAdded, this, &OverviewView::reload);
    reload();
}

void OverviewView::reload() {
    if (!m_workspace)
        return;
    WorkspaceReader *reader = m_workspace->analytics();
    const QDateTime now = m_workspace->clock().now();
    m_volumeTicket = reader->requestDailyVolume(now.addDays(-14), now);
    m_summaryTicket = reader->requestSummary();
    const QDate today = now.toLocalTime().date();
    PostQuery todays;
    todays.since = today.startOfDay();
    todays.until = today.addDays(1).startOfDay();
    m_postsTicket = reader->requestPosts(todays);
    m_alertsTicket = reader->requestOpenAlerts();
    m_baselineTicket = reader->requestBaseline();
}

void OverviewView::showBaseline() {
    if (!m_baseline) {
        for (KpiTile *tile : {m_volume, m_net, m_negative})
            tile->setBaseline({});
        return;
    }
    const QLocale locale;
    const Baseline &b = *m_baseline;
    m_volume->setBaseline(tr("Baseline (%1): %2 a day, now %3")
                              .arg(b.name, locale.toString(b.dailyVolume(), 'f', 0),
                                   locale.toString(double(m_recent.total()) / 7.0, 'f', 0)));
    if (const auto net = b.netSentiment())
        m_net->setBaseline(tr("Baseline: %1").arg(locale.toString(*net, 'f', 2)));
    const QJsonObject sentiment = b.figures.value(u"sentiment").toObject();
    const double volume = b.figures.value(u"volume").toDouble();
    if (volume > 0)
        m_negative->setBaseline(
            tr("Baseline: %1%")
                .arg(locale.toString(sentiment.value(u"negative").toDouble() / volume * 100.0, 'f',
                                     0)));
}

void OverviewView::showAlerts(const QList<StoredAlert> &alerts) {
    m_alerts->clear();
    const QLocale locale;
    for (const StoredAlert &stored : alerts) {
        const Alert &a = stored.alert;
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(
            locale.toString(a.at.toLocalTime(), QLocale::ShortFormat), alertTitle(a, locale)));
        item->setData(Qt::UserRole, stored.id);
        item->setForeground(a.kind == Alert::Kind::VolumeSpike ? QColor(0xb2, 0x6a, 0x00)
                                                               : QColor(0xc6, 0x28, 0x28));
        item->setToolTip(item->text() + u'\n' +
                         tr("%n mention(s) caused it", nullptr, int(a.mentionRowIds.size())));
        m_alerts->addItem(item);
    }
    if (alerts.isEmpty()) {
        auto *calm =
            new QListWidgetItem(tr("No open alert: nothing unusual in the last 24 hours."));
        calm->setFlags(Qt::NoItemFlags);
        m_alerts->addItem(calm);
    }
    m_acknowledge->setEnabled(false);
    Q_EMIT alertsShown(int(alerts.size()));
}

void OverviewView::acknowledgeSelected() {
    if (!m_workspace)
        return;
    QList<qint64> ids;
    for (const QListWidgetItem *item : m_alerts->selectedItems())
        ids.append(item->data(Qt::UserRole).toLongLong());
    const QDateTime now = m_workspace->clock().now();
    m_workspace->writer()->submit(
        [ids, now](QSqlDatabase &db) -> Expected<QVariant> {
            for (const qint64 id : ids)
                if (auto done = AlertStore(db).acknowledge(id, now); failed(done))
                    return std::get<StorageError>(done);
            return QVariant(true);
        },
        this,
        [this](const QVariant &) {
            if (m_workspace)
                m_alertsTicket = m_workspace->analytics()->requestOpenAlerts();
        });
}

void OverviewView::showVolume(const QList<DailyVolume> &days) {
    DailyVolume recent, before;
    const qsizetype half = days.size() - 7;
    for (qsizetype i = 0; i < days.size(); ++i) {
        DailyVolume &into = i >= half ? recent : before;
        into.positive += days[i].positive;
        into.negative += days[i].negative;
        into.neutral += days[i].neutral;
        into.unscored += days[i].unscored;
    }
    m_recent = recent;
    showBaseline();
    const QLocale locale;
    const double change = before.total() > 0 ? double(recent.total() - before.total()) : 0;
    m_volume->setValue(locale.toString(recent.total()),
                       changeText(double(recent.total()), double(before.total())), change >= 0);
    const auto net = [](const DailyVolume &v) {
        const qint64 polar = v.positive + v.negative;
        return polar > 0 ? double(v.positive - v.negative) / double(polar) : 0.0;
    };
    const double netNow = net(recent);
    const double netBefore = net(before);
    m_net->setValue(locale.toString(netNow, 'f', 2),
                    before.total() > 0
                        ? tr("%1 vs previous 7 days")
                              .arg((netNow >= netBefore ? QStringLiteral("+") : QString()) +
                                   locale.toString(netNow - netBefore, 'f', 2))
                        : QString(),
                    netNow >= netBefore);
    const auto share = [](const DailyVolume &v) {
        return v.total() > 0 ? double(v.negative) / double(v.total()) * 100.0 : 0.0;
    };
    m_negative->setValue(
        tr("%1%").arg(locale.toString(share(recent), 'f', 0)),
        before.total() > 0
            ? tr("%1% the previous 7 days").arg(locale.toString(share(before), 'f', 0))
            : QString(),
        share(recent) <= share(before));
}

} // namespace veille::ui
