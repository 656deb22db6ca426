#pragma once

#include "common/workspacepanel.h"
#include "storage/volumestore.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;

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

Q_SIGNALS:
    void refreshed();

private:
    void showVolume(const QList<DailyVolume> &days);

    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    KpiTile *m_volume;
    KpiTile *m_net;
    KpiTile *m_negative;
    KpiTile *m_open;
    QListWidget *m_today;
    quint64 m_volumeTicket = 0;
    quint64 m_summaryTicket = 0;
    quint64 m_postsTicket = 0;
};

} // namespace veille::ui
