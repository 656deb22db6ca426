#include "authorlistmodel.h"

#include "common/labels.h"
#include "community/segmentrules.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QHash>
#include <QLocale>

namespace veille::ui {

AuthorListModel::AuthorListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AuthorListModel::setWorkspace(Workspace *workspace) {
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        m_connections << connect(workspace->reader(), &WorkspaceReader::authorsFetched, this,
                                 [this](quint64 ticket, const QList<veille::Author> &authors) {
                                     if (ticket != m_pending)
                                         return;
                                     m_exhausted = authors.size() < kPageSize;
                                     if (!authors.isEmpty()) {
                                         beginInsertRows({}, int(m_rows.size()),
                                                         int(m_rows.size() + authors.size() - 1));
                                         m_rows.append(authors);
                                         endInsertRows();
                                     }
                                     // Cleared after the rows are in (see MentionListModel).
                                     m_pending = 0;
                                     Q_EMIT pageLoaded(int(authors.size()));
                                 });
    }
    reload();
}

void AuthorListModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_pending = 0;
    endResetModel();
    request();
}

void AuthorListModel::setQuery(const AuthorQuery &query) {
    AuthorQuery next = query;
    next.order = m_query.order;
    next.descending = m_query.descending;
    if (next == m_query && !m_rows.isEmpty())
        return;
    m_query = next;
    reload();
}

void AuthorListModel::sort(int column, Qt::SortOrder order) {
    using Order = AuthorQuery::Order;
    static const QHash<int, Order> orders{{Name, Order::Name},
                                          {Handle, Order::Handle},
                                          {Network, Order::Network},
                                          {Segment, Order::Segment},
                                          {Mentions, Order::MostMentions},
                                          {Followers, Order::MostFollowers},
                                          {Sentiment, Order::Sentiment},
                                          {Engagement, Order::Engagement},
                                          {LastSeen, Order::LastSeen}};
    m_query.order = orders.value(column, Order::MostMentions);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void AuthorListModel::request() {
    if (!m_workspace)
        return;
    AuthorQuery query = m_query;
    query.offset = int(m_rows.size());
    query.limit = kPageSize;
    m_pending = m_workspace->reader()->requestAuthors(query);
}

bool AuthorListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_workspace && !m_exhausted && m_pending == 0 && !m_rows.isEmpty();
}

void AuthorListModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        request();
}

int AuthorListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthorListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthorListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Author &a = m_rows.at(index.row());
    if (role == AuthorRole)
        return QVariant::fromValue(a);
    if (role == Qt::ToolTipRole && index.column() == Segment) {
        QStringList why{a.segmentReason};
        if (!a.suspicious.isEmpty())
            why << tr("Suspicious audience: %1").arg(a.suspicious);
        return why.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Mentions || index.column() == Followers || index.column() == Sentiment ||
         index.column() == Engagement))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return a.name.isEmpty() ? a.handle : a.name;
    case Handle:
        return a.handle;
    case Network:
        return networkLabel(a.network);
    case Segment: {
        QStringList parts;
        if (!a.segment.isEmpty())
            parts << segmentText(a.segment);
        if (a.ambassador)
            parts << tr("Ambassador");
        if (a.detractor)
            parts << tr("Detractor");
        if (!a.suspicious.isEmpty())
            parts << tr("Suspicious");
        return parts.join(QStringLiteral(" · "));
    }
    case Engagement:
        return locale.toString(a.engagement);
    case Mentions:
        return locale.toString(a.mentionCount);
    case Followers:
        return a.followers ? locale.toString(*a.followers) : QStringLiteral("—");
    case Sentiment:
        return a.averageSentiment ? locale.toString(*a.averageSentiment, 'f', 2)
                                  : QStringLiteral("—");
    case LastSeen:
        return locale.toString(a.lastSeen.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

QVariant AuthorListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Handle:
        return tr("Handle");
    case Network:
        return tr("Network");
    case Mentions:
        return tr("Mentions");
    case Followers:
        return tr("Followers");
    case Sentiment:
        return tr("Avg. sentiment");
    case Segment:
        return tr("Segment");
    case Engagement:
        return tr("Engagement");
    case LastSeen:
        return tr("Last seen");
    }
    return {};
}

} // namespace veille::ui
