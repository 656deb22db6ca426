#pragma once

#include "analytics/baselinestore.h"
#include "analytics/periodstats.h"
#include "model/sentiment.h"
#include "storage/volumestore.h"

#include <QFont>
#include <QList>
#include <QLocale>
#include <QString>

#include <functional>
#include <optional>

class QAreaSeries;
class QChart;

namespace veille::ui {

// The words a chart shows, so the Sentiment panel draws them in the interface's language and
// the report in the report's.
struct ChartWords {
    std::function<QString(SentimentLabel)> sentiment;
    std::function<QString(const QString &)> network;
    QString netSentiment;
    QString baselinePerDay; // "%1": mentions a day
    QString mentions;
    QLocale locale;
    // The panel's words, in the interface's language.
    static ChartWords interface();
};

struct VolumeLayer {
    QAreaSeries *series;
    SentimentLabel label;
    qint64 DailyVolume::*count;
};

// The charts of the Sentiment panel, built the same way for the panel and for the report.
// Each function empties the chart first (series and axes).
void clearChart(QChart *chart);
// Daily volume stacked by sentiment (negative at the bottom), the net sentiment line on its own
// axis, and the baseline's mentions a day dashed across the period.
QList<VolumeLayer> fillVolumeChart(QChart *chart, const QList<DailyVolume> &days,
                                   const std::optional<Baseline> &baseline,
                                   const ChartWords &words);
// The brand against its competitors; returns each share in words ("Lumen 62 %").
QStringList fillShareChart(QChart *chart, const PeriodStats &stats, const ChartWords &words);
// Mentions per network, largest on top.
void fillNetworkChart(QChart *chart, const PeriodStats &stats, const ChartWords &words);
// One font for every text of the chart (title, axes, legend, slice labels): the report gives
// pixel-sized fonts so that the chart scales with the page like the rest of it.
void setChartFont(QChart *chart, const QFont &font);

} // namespace veille::ui
