#include "sentimentdock.h"

#include "common/labels.h"
#include "settings/settings.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace veille::ui {

SentimentDock::SentimentDock(QWidget *parent)
    : QDockWidget(tr("Sentiment"), parent)
    , m_period(new QComboBox)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_summary(new QLabel) {
    setObjectName(QStringLiteral("SentimentDock"));
    for (int days : {7, 30, 90})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    const int saved = m_period->findData(Settings().periodDays());
    m_period->setCurrentIndex(saved >= 0 ? saved : 1);

    m_chart->setTitle(tr("Mentions per day by sentiment"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);

    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        Settings().setPeriodDays(periodDays());
        reload();
    });
}

int SentimentDock::periodDays() const {
    return m_period->currentData().toInt();
}

void SentimentDock::setWorkspace(Workspace *workspace) {
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        m_connections << connect(workspace->reader(), &WorkspaceReader::dailyVolumeFetched, this,
                                 [this](quint64 ticket, const QList<veille::DailyVolume> &days) {
                                     if (ticket == m_pending) {
                                         m_pending = 0;
                                         show(days);
                                     }
                                 });
        m_connections << connect(workspace, &Workspace::mentionsAdded, this,
                                 &SentimentDock::reload);
    }
    reload();
}

void SentimentDock::reload() {
    if (!m_workspace) {
        show({});
        return;
    }
    const QDateTime now = m_workspace->clock().now();
    const QDateTime end = now.date().addDays(1).startOfDay(QTimeZone::utc());
    m_pending = m_workspace->reader()->requestDailyVolume(end.addDays(-periodDays()), end);
}

void SentimentDock::show(const QList<DailyVolume> &days) {
    m_days = days;
    m_chart->removeAllSeries();
    // removeAxis() hands the axis back to us; the chart does not delete it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }

    // Stacked areas: negative at the bottom, then neutral, then positive, then unscored.
    struct Layer {
        SentimentLabel label;
        qint64 DailyVolume::*count;
    };
    const Layer layers[] = {{SentimentLabel::Negative, &DailyVolume::negative},
                            {SentimentLabel::Neutral, &DailyVolume::neutral},
                            {SentimentLabel::Positive, &DailyVolume::positive},
                            {SentimentLabel::Unknown, &DailyVolume::unscored}};
    auto *xAxis = new QDateTimeAxis;
    if (QLocale().language() == QLocale::French)
        xAxis->setFormat(QStringLiteral("dd/MM"));
    else
        xAxis->setFormat(QStringLiteral("MMM d"));
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    QList<qint64> base(days.size(), 0);
    qint64 maxTotal = 0;
    qint64 total = 0;
    qint64 positive = 0;
    qint64 negative = 0;
    for (const Layer &layer : layers) {
        qint64 layerTotal = 0;
        for (const DailyVolume &day : days)
            layerTotal += day.*layer.count;
        if (layerTotal == 0 && layer.label == SentimentLabel::Unknown)
            continue;
        // An area series does not own its boundary lines: parent them to it so that
        // removeAllSeries() on the next reload deletes them too.
        auto *area = new QAreaSeries;
        auto *lower = new QLineSeries(area);
        auto *upper = new QLineSeries(area);
        for (qsizetype i = 0; i < days.size(); ++i) {
            const qreal x = qreal(days[i].day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
            lower->append(x, qreal(base[i]));
            base[i] += days[i].*layer.count;
            upper->append(x, qreal(base[i]));
            maxTotal = std::max(maxTotal, base[i]);
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(sentimentText(layer.label));
        QColor color = sentimentColor(layer.label);
        area->setBorderColor(color.darker(115));
        color.setAlpha(200);
        area->setColor(color);
        m_chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        total += layerTotal;
        if (layer.label == SentimentLabel::Positive)
            positive = layerTotal;
        if (layer.label == SentimentLabel::Negative)
            negative = layerTotal;
    }
    yAxis->setRange(0, maxTotal > 0 ? double(maxTotal) * 1.1 : 10.0);
    yAxis->applyNiceNumbers();
    if (!days.isEmpty()) {
        xAxis->setRange(days.first().day.startOfDay(QTimeZone::utc()),
                        days.last().day.startOfDay(QTimeZone::utc()));
        xAxis->setTickCount(std::min<int>(int(days.size()), 8));
    }
    const QLocale locale;
    const qint64 polar = positive + negative;
    m_summary->setText(
        polar > 0 ? tr("%1 mentions · net sentiment %2")
                        .arg(locale.toString(total),
                             locale.toString(double(positive - negative) / double(polar), 'f', 2))
                  : tr("%1 mentions").arg(locale.toString(total)));
    Q_EMIT volumeShown();
}

} // namespace veille::ui
