#include "sentimentcharts.h"

#include "common/labels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QValueAxis>

namespace veille::ui {

namespace {

qreal xOf(const QDate &day) {
    return qreal(day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
}

} // namespace

ChartWords ChartWords::interface() {
    ChartWords words;
    words.sentiment = sentimentText;
    words.network = networkLabel;
    words.netSentiment = QCoreApplication::translate("SentimentDock", "Net sentiment");
    words.baselinePerDay = QCoreApplication::translate("SentimentDock", "Baseline: %1 a day");
    words.mentions = QCoreApplication::translate("SentimentDock", "Mentions");
    return words;
}

void clearChart(QChart *chart) {
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us; the chart does not delete it.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QList<VolumeLayer> fillVolumeChart(QChart *chart, const QList<DailyVolume> &days,
                                   const std::optional<Baseline> &baseline,
                                   const ChartWords &words) {
    clearChart(chart);
    const VolumeLayer layers[] = {{nullptr, SentimentLabel::Negative, &DailyVolume::negative},
                                  {nullptr, SentimentLabel::Neutral, &DailyVolume::neutral},
                                  {nullptr, SentimentLabel::Positive, &DailyVolume::positive},
                                  {nullptr, SentimentLabel::Unknown, &DailyVolume::unscored}};
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(words.locale.language() == QLocale::French ? QStringLiteral("dd/MM")
                                                                : QStringLiteral("MMM d"));
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%d"));
    auto *netAxis = new QValueAxis;
    netAxis->setRange(-1, 1);
    netAxis->setLabelFormat(QStringLiteral("%.1f"));
    netAxis->setTitleText(words.netSentiment);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(netAxis, Qt::AlignRight);

    QList<VolumeLayer> shown;
    QList<qint64> base(days.size(), 0);
    qint64 maxTotal = 0;
    for (const VolumeLayer &layer : layers) {
        qint64 layerTotal = 0;
        for (const DailyVolume &day : days)
            layerTotal += day.*layer.count;
        if (layerTotal == 0 && layer.label == SentimentLabel::Unknown)
            continue;
        // An area series does not own its boundary lines: parent them to it so that
        // removeAllSeries() on the next fill deletes them too.
        auto *area = new QAreaSeries;
        auto *lower = new QLineSeries(area);
        auto *upper = new QLineSeries(area);
        for (qsizetype i = 0; i < days.size(); ++i) {
            lower->append(xOf(days[i].day), qreal(base[i]));
            base[i] += days[i].*layer.count;
            upper->append(xOf(days[i].day), qreal(base[i]));
            maxTotal = std::max(maxTotal, base[i]);
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(words.sentiment(layer.label));
        QColor color = sentimentColor(layer.label);
        area->setBorderColor(color.darker(115));
        color.setAlpha(200);
        area->setColor(color);
        chart->addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        shown.append({area, layer.label, layer.count});
    }
    // Net sentiment per day, where there is anything polar to say it from.
    // Lines light on a dark chart, dark on a light one (the report's is always light).
    const bool dark = chart->theme() == QChart::ChartThemeDark;
    auto *net = new QLineSeries;
    net->setName(words.netSentiment);
    QPen pen(dark ? QColor(0xa8, 0xc8, 0xff) : QColor(0x1f, 0x3a, 0x5f));
    pen.setWidthF(2.0);
    net->setPen(pen);
    for (const DailyVolume &d : days)
        if (d.positive + d.negative > 0)
            net->append(xOf(d.day),
                        double(d.positive - d.negative) / double(d.positive + d.negative));
    chart->addSeries(net);
    net->attachAxis(xAxis);
    net->attachAxis(netAxis);

    // The baseline: its mentions per day, dashed across the period.
    if (baseline && !days.isEmpty()) {
        auto *line = new QLineSeries;
        line->setName(
            words.baselinePerDay.arg(words.locale.toString(baseline->dailyVolume(), 'f', 0)));
        QPen dashed(dark ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x55, 0x55, 0x55));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(1.5);
        line->setPen(dashed);
        line->append(xOf(days.first().day), baseline->dailyVolume());
        line->append(xOf(days.last().day), baseline->dailyVolume());
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        maxTotal = std::max(maxTotal, qint64(baseline->dailyVolume()));
    }

    yAxis->setRange(0, maxTotal > 0 ? double(maxTotal) * 1.1 : 10.0);
    yAxis->applyNiceNumbers();
    if (!days.isEmpty()) {
        xAxis->setRange(days.first().day.startOfDay(QTimeZone::utc()),
                        days.last().day.startOfDay(QTimeZone::utc()));
        xAxis->setTickCount(std::min<int>(int(days.size()), 8));
    }
    return shown;
}

QStringList fillShareChart(QChart *chart, const PeriodStats &stats, const ChartWords &words) {
    clearChart(chart);
    auto *pie = new QPieSeries;
    qint64 voices = 0;
    for (const auto &[name, count] : stats.shareOfVoice)
        voices += count;
    for (const auto &[name, count] : stats.shareOfVoice) {
        QPieSlice *slice = pie->append(name, qreal(count));
        slice->setLabel(QStringLiteral("%1 %2 %").arg(
            name, words.locale.toString(100.0 * double(count) / double(voices), 'f', 0)));
    }
    // Names inside the slices large enough to hold them; every share is also in words beside.
    QStringList shares;
    for (QPieSlice *slice : pie->slices()) {
        slice->setLabelVisible(slice->percentage() >= 0.12);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
        shares.append(slice->label());
    }
    pie->setPieSize(0.9);
    chart->addSeries(pie);
    chart->legend()->setVisible(false);
    return shares;
}

void fillNetworkChart(QChart *chart, const PeriodStats &stats, const ChartWords &words) {
    clearChart(chart);
    auto *bars = new QHorizontalBarSeries;
    auto *set = new QBarSet(words.mentions);
    QStringList names;
    qint64 most = 0;
    for (auto it = stats.perNetwork.crbegin(); it != stats.perNetwork.crend(); ++it) {
        names.append(words.network(it->first));
        *set << qreal(it->second);
        most = std::max(most, it->second);
    }
    set->setColor(QColor(0x3d, 0x6f, 0xa8));
    bars->append(set);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    categories->setTruncateLabels(false); // "Hacker News" is short enough to be read whole
    auto *values = new QValueAxis;
    values->setRange(0, most > 0 ? double(most) * 1.1 : 10.0);
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    values->setLabelsFont(small);
    values->setTickCount(3);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(categories);
    bars->attachAxis(values);
}

void setChartFont(QChart *chart, const QFont &font) {
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    for (QAbstractSeries *series : chart->series())
        if (auto *pie = qobject_cast<QPieSeries *>(series))
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(font);
}

} // namespace veille::ui
