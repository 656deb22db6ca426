#pragma once

#include "analytics/alertstore.h"
#include "analytics/baselinestore.h"
#include "common/workspacepanel.h"
#include "storage/volumestore.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace veille::ui {

class KpiTile;

// The morning screen: the last seven days against the seven before, what is open, and what
// goes out today.
class OverviewView : public QWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    void reload();

    KpiTile *volumeTile() const { return m_volume; }
    KpiTile *netTile() const { return m_net; }
    QListWidget *alertList() const { return m_alerts; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }

Q_SIGNALS:
    void refreshed();
    void alertsShown(int count);

private:
    void showVolume(const QList<DailyVolume> &days);
    void showAlerts(const QList<StoredAlert> &alerts);
    void showBaseline();
    void acknowledgeSelected();

    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    KpiTile *m_volume;
    KpiTile *m_net;
    KpiTile *m_negative;
    KpiTile *m_open;
    QListWidget *m_today;
    QListWidget *m_alerts;
    QPushButton *m_acknowledge;
    quint64 m_alertsTicket = 0;
    quint64 m_baselineTicket = 0;
    std::optional<Baseline> m_baseline;
    DailyVolume m_recent; // the last 7 days, to compare with the baseline
    quint64 m_volumeTicket = 0;
    quint64 m_summaryTicket = 0;
    quint64 m_postsTicket = 0;
};

} // namespace veille::ui
