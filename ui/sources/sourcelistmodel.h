#pragma once

#include "listening/collector.h"
#include "model/source.h"

#include <QAbstractTableModel>

namespace veille::ui {

// The workspace's sources with what the collector says of them, live: a failing source's
// row turns red with the reason in words.
class SourceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Network, State, LastSuccess, LastNew, NextPoll, LastError, ColumnCount };
    enum Role { SourceRole = Qt::UserRole + 1 };

    explicit SourceListModel(QObject *parent = nullptr);
    void setSources(const QList<Source> &sources);
    void applyStatus(const SourceStatus &status);
    const QList<Source> &sources() const { return m_sources; }
    static QString effectiveStatus(const Source &source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Source> m_sources;
};

} // namespace veille::ui
