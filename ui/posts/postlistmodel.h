#pragma once

#include "model/scheduledpost.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace veille {
class Workspace;
}

namespace veille::ui {

// The publishing queue, soonest first: what went out, what is planned, what needs a decision.
class PostListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Account, Status, Text, Engagement, ColumnCount };
    enum Role { PostRole = Qt::UserRole + 1 };
    explicit PostListModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void loaded();

private:
    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    QList<ScheduledPost> m_rows;
    quint64 m_pending = 0;
};

} // namespace veille::ui
