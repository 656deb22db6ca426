#pragma once

#include "listening/query.h"
#include "storage/mentionquery.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace veille {
class Workspace;
}

namespace veille::ui {

// The mention stream, newest first, fetched page by page from the reader thread as the view
// scrolls (keyset pages; the model never holds more than what was scrolled through). New
// mentions stored by the writer are prepended without resetting the view.
class MentionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Network, Author, Text, Sentiment, Status, Topics, ColumnCount };
    enum Role {
        MentionRole = Qt::UserRole + 1,
        HighlightRole, // QList<std::pair<qsizetype, qsizetype>> spans of the Text column
    };

    explicit MentionListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setQuery(const MentionQuery &query);
    const MentionQuery &query() const { return m_query; }
    bool isLoading() const { return m_pendingPage != 0; }
    // Terms of these queries are highlighted in the text (the search, the chosen topic).
    void setHighlight(const QList<ListeningQuery> &queries);
    // A mention changed (triage): its row shows the stored version.
    void replaceMention(const Mention &mention);
    int rowOf(qint64 rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);
    void loadFailed(const QString &reason);

private:
    void onFetched(quint64 ticket, const QList<veille::Mention> &mentions);
    void requestNewer();

    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    MentionQuery m_query;
    QList<Mention> m_rows;
    QList<ListeningQuery> m_highlight;
    quint64 m_pendingPage = 0;
    quint64 m_pendingNewer = 0;
    bool m_exhausted = false;
    static constexpr int kPageSize = 200;
};

} // namespace veille::ui
