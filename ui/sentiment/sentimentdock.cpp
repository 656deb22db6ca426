#include "sentimentdock.h"

#include "charts/sentimentcharts.h"
#include "common/labels.h"
#include "settings/settings.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace veille::ui {

namespace {

QChartView *viewOf(QChart *chart, int minimumHeight) {
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

} // namespace

SentimentDock::SentimentDock(QWidget *parent)
    : QDockWidget(tr("Sentiment"), parent)
    , m_period(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_topic(new QComboBox)
    , m_chart(new QChart)
    , m_view(viewOf(m_chart, 220))
    , m_share(new QChart)
    , m_networks(new QChart)
    , m_summary(new QLabel)
    , m_terms(new QLabel)
    , m_saveBaseline(new QPushButton(tr("Save as &baseline"))) {
    m_saveBaseline->setToolTip(tr("Keep this period's figures to measure progress against"));
    m_saveBaseline->setEnabled(false);
    connect(m_saveBaseline, &QPushButton::clicked, this, &SentimentDock::saveBaseline);
    setObjectName(QStringLiteral("SentimentDock"));
    for (int days : {7, 30, 90})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->addItem(tr("Custom period"), 0);
    const int saved = m_period->findData(Settings().periodDays());
    m_period->setCurrentIndex(saved >= 0 ? saved : 1);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->hide();
    }
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period"));
    m_topic->addItem(tr("All topics"), QString());
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_chart->setTitle(tr("Mentions per day by sentiment"));
    m_share->setTitle(tr("Share of voice"));
    m_networks->setTitle(tr("Networks"));
    m_networks->legend()->hide();
    followPalette();
    m_terms->setWordWrap(true);
    m_terms->setTextFormat(Qt::PlainText);
    m_terms->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_topic);
    top->addWidget(m_saveBaseline);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto *below = new QHBoxLayout;
    below->addWidget(viewOf(m_share, 170), 2);
    below->addWidget(viewOf(m_networks, 170), 3);
    below->addWidget(m_terms, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 2);
    layout->addLayout(below, 1);
    setWidget(content);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == 0;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (custom && m_workspace) {
            // Starts from the last 30 days, to be narrowed or moved.
            const QDate today = m_workspace->clock().now().date();
            const QSignalBlocker blockFrom(m_from);
            const QSignalBlocker blockTo(m_to);
            m_to->setDate(today);
            m_from->setDate(today.addDays(-29));
        }
        if (!custom)
            Settings().setPeriodDays(periodDays());
        reload();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &SentimentDock::reload);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &SentimentDock::reload);
}

void SentimentDock::changeEvent(QEvent *event) {
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        followPalette();
        reload(); // the series are drawn again over the new theme, in their own colours
    }
}

void SentimentDock::followPalette() {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChart *chart : {m_chart, m_share, m_networks}) {
        if (chart->theme() != theme)
            chart->setTheme(theme);
    }
}

int SentimentDock::periodDays() const {
    const int days = m_period->currentData().toInt();
    return days > 0 ? days : int(m_from->date().daysTo(m_to->date())) + 1;
}

void SentimentDock::setCustomPeriod(const QDate &from, const QDate &to) {
    m_period->setCurrentIndex(m_period->findData(0));
    const QSignalBlocker blockFrom(m_from);
    m_from->setDate(std::min(from, to));
    m_to->setDate(std::max(from, to));
    reload();
}

QString SentimentDock::topic() const {
    return m_topic->currentData().toString();
}

void SentimentDock::setWorkspace(Workspace *workspace) {
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        WorkspaceReader *reader = workspace->analytics();
        m_connections << connect(reader, &WorkspaceReader::dailyVolumeFetched, this,
                                 [this](quint64 ticket, const QList<veille::DailyVolume> &days) {
                                     if (ticket == m_pending) {
                                         m_pending = 0;
                                         showVolume(days);
                                     }
                                 });
        m_connections << connect(reader, &WorkspaceReader::periodStatsFetched, this,
                                 [this](quint64 ticket, const veille::PeriodStats &stats) {
                                     if (ticket == m_statsTicket)
                                         showStats(stats);
                                 });
        m_connections << connect(reader, &WorkspaceReader::topicsFetched, this,
                                 [this](quint64 ticket, const QList<veille::Topic> &topics,
                                        const QHash<QString, qint64> &) {
                                     if (ticket == m_topicsTicket)
                                         setTopicChoices(m_topic, topics);
                                 });
        m_connections << connect(reader, &WorkspaceReader::baselineFetched, this,
                                 [this](quint64 ticket, const veille::Baseline &b, bool found) {
                                     if (ticket != m_baselineTicket)
                                         return;
                                     m_baseline = found ? std::optional(b) : std::nullopt;
                                     showVolume(m_days); // drawn with the volume
                                     Q_EMIT baselineShown();
                                 });
        m_connections << connect(workspace, &Workspace::mentionsAdded, this,
                                 &SentimentDock::reload);
        m_topicsTicket = reader->requestTopics(WorkspaceReader::TopicCounts::None);
    }
    reload();
}

void SentimentDock::reload() {
    if (!m_workspace) {
        showVolume({});
        return;
    }
    const QDateTime now = m_workspace->clock().now();
    QDateTime end = now.date().addDays(1).startOfDay(QTimeZone::utc());
    QDateTime start = end.addDays(-periodDays());
    if (m_period->currentData().toInt() == 0) {
        // The days chosen, whichever way round they were typed.
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        start = from.startOfDay(QTimeZone::utc());
        end = to.addDays(1).startOfDay(QTimeZone::utc());
    }
    // The figures shown belong to the old period or topic until the new ones come: they are
    // not to be saved as this one's baseline.
    m_stats.reset();
    m_saveBaseline->setEnabled(false);
    m_pending = m_workspace->analytics()->requestDailyVolume(start, end, topic());
    m_statsTicket = m_workspace->analytics()->requestPeriodStats(start, end, topic());
    m_baselineTicket = m_workspace->analytics()->requestBaseline(topic());
}

void SentimentDock::saveBaseline() {
    if (!m_workspace || !m_stats)
        return;
    const PeriodStats stats = *m_stats;
    const QDateTime now = m_workspace->clock().now();
    const QLocale locale;
    const QString name =
        tr("%1 to %2")
            .arg(locale.toString(stats.since.toLocalTime().date(), QLocale::ShortFormat),
                 locale.toString(stats.until.addSecs(-1).toLocalTime().date(),
                                 QLocale::ShortFormat));
    m_saveBaseline->setEnabled(false);
    m_workspace->writer()->submit(
        [name, stats, now](QSqlDatabase &db) -> Expected<QVariant> {
            auto saved = BaselineStore(db).save(name, stats, now);
            if (failed(saved))
                return std::get<StorageError>(saved);
            return QVariant(std::get<qint64>(saved));
        },
        this,
        [this](const QVariant &) {
            m_saveBaseline->setEnabled(true);
            if (m_workspace)
                m_baselineTicket = m_workspace->analytics()->requestBaseline(topic());
        },
        [this](const QString &reason) {
            m_saveBaseline->setEnabled(true);
            m_summary->setText(tr("The baseline was not saved: %1").arg(reason));
        });
}

void SentimentDock::chooseSlice(const QDate &day, SentimentLabel label) {
    const QDateTime since = day.startOfDay(QTimeZone::utc());
    Q_EMIT sliceChosen(since, since.addDays(1), label, topic());
}

void SentimentDock::showVolume(const QList<DailyVolume> &days) {
    m_days = days;
    const QLocale locale;
    auto dayAt = [](qreal x) {
        return QDateTime::fromMSecsSinceEpoch(qint64(x) + 12 * 3600 * 1000, QTimeZone::utc())
            .date();
    };
    const QList<VolumeLayer> layers =
        fillVolumeChart(m_chart, days, m_baseline, ChartWords::interface());
    qint64 total = 0;
    qint64 positive = 0;
    qint64 negative = 0;
    for (const VolumeLayer &layer : layers) {
        const SentimentLabel label = layer.label;
        const auto count = layer.count;
        for (const DailyVolume &day : days) {
            total += day.*count;
            if (label == SentimentLabel::Positive)
                positive += day.*count;
            else if (label == SentimentLabel::Negative)
                negative += day.*count;
        }
        connect(
            layer.series, &QAreaSeries::clicked, this,
            [this, label, dayAt](const QPointF &point) { chooseSlice(dayAt(point.x()), label); });
        connect(layer.series, &QAreaSeries::hovered, this,
                [this, label, count, dayAt, locale](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const QDate day = dayAt(point.x());
                    for (const DailyVolume &d : std::as_const(m_days))
                        if (d.day == day)
                            QToolTip::showText(QCursor::pos(),
                                               tr("%1: %2 %3 of %4 mentions — click to read them")
                                                   .arg(locale.toString(day, QLocale::ShortFormat))
                                                   .arg(d.*count)
                                                   .arg(sentimentText(label).toLower())
                                                   .arg(d.total()));
                });
    }
    const qint64 polar = positive + negative;
    m_summary->setText(
        polar > 0 ? tr("%1 mentions · net sentiment %2")
                        .arg(locale.toString(total),
                             locale.toString(double(positive - negative) / double(polar), 'f', 2))
                  : tr("%1 mentions").arg(locale.toString(total)));
    Q_EMIT volumeShown();
}

void SentimentDock::showStats(const PeriodStats &stats) {
    m_stats = stats;
    m_saveBaseline->setEnabled(stats.volume > 0);
    const QLocale locale;
    const ChartWords words = ChartWords::interface();
    const QStringList shares = fillShareChart(m_share, stats, words);
    fillNetworkChart(m_networks, stats, words);

    QStringList terms;
    for (const auto &[term, count] : stats.topTerms.mid(0, 12))
        terms.append(QStringLiteral("%1 (%2)").arg(term, locale.toString(count)));
    QStringList tags;
    for (const auto &[tag, count] : stats.topHashtags.mid(0, 6))
        tags.append(QStringLiteral("%1 (%2)").arg(tag, locale.toString(count)));
    m_terms->setText(
        tr("Share of voice: %1")
            .arg(shares.isEmpty() ? tr("none yet") : shares.join(QStringLiteral(", "))) +
        u'\n' + u'\n' +
        tr("Top terms: %1")
            .arg(terms.isEmpty() ? tr("none yet") : terms.join(QStringLiteral(", "))) +
        u'\n' + u'\n' +
        tr("Top hashtags: %1")
            .arg(tags.isEmpty() ? tr("none yet") : tags.join(QStringLiteral(", "))));
    Q_EMIT statsShown();
}

} // namespace veille::ui
