#pragma once

#include "common/workspacepanel.h"
#include "storage/volumestore.h"

#include <QDockWidget>
#include <QPointer>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace veille::ui {

// Brand sentiment over time: daily volume stacked by sentiment for the chosen period.
class SentimentDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit SentimentDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;

    int periodDays() const;
    const QList<DailyVolume> &days() const { return m_days; }
    QChart *chart() const { return m_chart; }

Q_SIGNALS:
    void volumeShown();

private:
    void reload();
    void show(const QList<DailyVolume> &days);

    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    QComboBox *m_period;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_summary;
    QList<DailyVolume> m_days;
    quint64 m_pending = 0;
};

} // namespace veille::ui
