#pragma once

#include "analytics/baselinestore.h"
#include "analytics/periodstats.h"
#include "common/workspacepanel.h"
#include "model/sentiment.h"
#include "model/topic.h"
#include "storage/volumestore.h"

#include <QDockWidget>
#include <QPointer>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace veille::ui {

// Brand sentiment over time: daily volume stacked by sentiment with the net sentiment line,
// for a period and a topic; share of voice against the competitors, networks and top terms
// below. Hovering says the exact numbers; clicking a day of a sentiment asks the Mentions
// panel for that slice (sliceChosen).
class SentimentDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit SentimentDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;

    int periodDays() const;
    // A period of the manager's choosing, days included (the "Custom period" entry).
    void setCustomPeriod(const QDate &from, const QDate &to);
    QComboBox *periodBox() const { return m_period; }
    QString topic() const;
    const QList<DailyVolume> &days() const { return m_days; }
    QChart *chart() const { return m_chart; }
    QChart *shareChart() const { return m_share; }
    QChart *networkChart() const { return m_networks; }
    QComboBox *topicPicker() const { return m_topic; }
    QPushButton *saveBaselineButton() const { return m_saveBaseline; }
    const std::optional<Baseline> &baseline() const { return m_baseline; }
    // Keeps the figures of the period shown as the baseline to compare with.
    void saveBaseline();
    // What a click on the chart at `day` in the layer of `label` asks for.
    void chooseSlice(const QDate &day, SentimentLabel label);
    // Asks the workspace again (after the stored readings changed).
    void reload();

protected:
    // A dark palette gets dark charts (the sentiment colours stay).
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void volumeShown();
    void statsShown();
    void baselineShown();
    // label Unknown: every sentiment
    void sliceChosen(const QDateTime &since, const QDateTime &until, veille::SentimentLabel label,
                     const QString &topic);

private:
    void followPalette();
    void showVolume(const QList<DailyVolume> &days);
    void showStats(const PeriodStats &stats);

    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_topic;
    QChart *m_chart;
    QChartView *m_view;
    QChart *m_share;
    QChart *m_networks;
    QLabel *m_summary;
    QLabel *m_terms;
    QPushButton *m_saveBaseline;
    std::optional<PeriodStats> m_stats;
    std::optional<Baseline> m_baseline;
    quint64 m_baselineTicket = 0;
    QList<DailyVolume> m_days;
    quint64 m_pending = 0;
    quint64 m_statsTicket = 0;
    quint64 m_topicsTicket = 0;
};

} // namespace veille::ui
