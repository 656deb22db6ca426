#pragma once

#include "report/reportdata.h"
#include "reportwords.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace veille::ui {

// A figure of the executive summary: its name, its value, its change against the previous
// period (tone > 0 better, < 0 worse) and what the baseline said.
struct ReportTile {
    QString name;
    QString value;
    QString change;
    QString baseline;
    int tone = 0;
};

// A table that may run over pages: its header row, repeated on each page it covers, and its
// rows (rich text <tr> elements).
struct ReportTable {
    QString header;
    QStringList rows;
};

// The report's words: every sentence and table, in the report's language, from the figures.
// Rich text (the subset QTextDocument reads), escaped; no layout here.
class ReportContent {
public:
    ReportContent(const ReportData &data, const ReportWords &words);

    QString reportTitle() const;
    QString brandName() const;
    QString periodText() const;
    QStringList coverLines(const QString &organisation) const;
    QString madeWith() const;
    QString pageOf(int page, int pages) const;

    QString summaryHeading() const;
    QString introduction() const;
    QList<ReportTile> tiles() const;
    QString summaryInWords() const;
    QString chartsHeading() const;
    QString chartsInWords() const;
    QString quotesHeading() const;
    // Per kind (top positive, top negative, most engaged): its title, then one entry a quote.
    QList<QStringList> quoteGroups() const;
    QString communityHeading() const;
    QString community() const;
    QString alertsHeading() const;
    QString alertsInWords() const;  // how many were raised and acknowledged, or none
    ReportTable alertTable() const; // no rows when none was raised
    QString postsHeading() const;
    QString posts() const;

    // "up 35 %", "down 12 %", "stable", "new": the change from `before` to `now`.
    QString change(double now, double before) const;
    // "+27 %", "−12 %", "stable", "new": the same, short, for a tile.
    QString shortChange(double now, double before) const;

private:
    double periodDays() const;
    std::optional<double> baselineFigure(const char *key) const; // scaled to the period
    std::optional<double> brandShare(const PeriodStats &stats) const;
    std::optional<double> baselineBrandShare() const;
    QString signedNet(double value) const;
    QString quote(const Mention &mention) const;
    QString engagement(const EngagementMetrics &metrics) const; // in the report's language
    QString authorsTable(const QList<PeriodAuthor> &authors, const QString &none) const;

    const ReportData &m_data;
    const ReportWords &m_t;
};

// The report's style sheet, in points (the renderer paints in points), with the accent colour.
QString reportStyleSheet(const QColor &accent);

} // namespace veille::ui
