#pragma once

#include "storage/authorstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace veille {
class Workspace;
}

namespace veille::ui {

// The community roster: the authors matching the panel's filters, in the order of the column
// clicked, fetched a page at a time from the reader thread as the view scrolls (windowed: a
// roster of 100,000 members never loads whole; sorting and filtering are done by SQLite).
class AuthorListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Handle,
        Network,
        Segment,
        Mentions,
        Followers,
        Sentiment,
        Engagement,
        LastSeen,
        ColumnCount
    };
    enum Role { AuthorRole = Qt::UserRole + 1 };

    explicit AuthorListModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    void reload();
    void setQuery(const AuthorQuery &query); // filters; the order stays the column's
    const AuthorQuery &query() const { return m_query; }
    bool isLoading() const { return m_pending != 0; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

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
    AuthorQuery m_query;
    quint64 m_pending = 0;
    bool m_exhausted = false;
    static constexpr int kPageSize = 200;
};

} // namespace veille::ui
