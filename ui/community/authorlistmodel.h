#pragma once

#include "storage/authorstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace veille {
class Workspace;
}

namespace veille::ui {

// The community roster in its first form: authors by number of mentions, fetched page by
// page from the reader thread as the view scrolls.
class AuthorListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Handle, Network, Mentions, Followers, Sentiment, LastSeen, ColumnCount };
    enum Role { AuthorRole = Qt::UserRole + 1 };

    explicit AuthorListModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);

private:
    void request();

    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    QList<Author> m_rows;
    quint64 m_pending = 0;
    bool m_exhausted = false;
    static constexpr int kPageSize = 200;
};

} // namespace veille::ui
