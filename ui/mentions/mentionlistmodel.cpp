#include "mentionlistmodel.h"

#include "common/labels.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace veille::ui {

MentionListModel::MentionListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void MentionListModel::setWorkspace(Workspace *workspace) {
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        m_connections << connect(workspace->reader(), &WorkspaceReader::mentionsFetched, this,
                                 &MentionListModel::onFetched);
        m_connections << connect(workspace->reader(), &WorkspaceReader::failed, this,
                                 [this](quint64 ticket, const QString &reason) {
                                     if (ticket == m_pendingPage || ticket == m_pendingNewer) {
                                         m_pendingPage = m_pendingNewer = 0;
                                         Q_EMIT loadFailed(reason);
                                     }
                                 });
        m_connections << connect(workspace, &Workspace::mentionsAdded, this,
                                 [this] { requestNewer(); });
    }
    setQuery(m_query);
}

void MentionListModel::setQuery(const MentionQuery &query) {
    beginResetModel();
    m_query = query;
    m_query.olderThan.reset();
    m_query.newerThan.reset();
    m_rows.clear();
    m_exhausted = false;
    m_pendingPage = 0;
    m_pendingNewer = 0;
    endResetModel();
    if (m_workspace) {
        MentionQuery first = m_query;
        first.limit = kPageSize;
        m_pendingPage = m_workspace->reader()->requestMentions(first);
    }
}

int MentionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MentionListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool MentionListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_workspace && !m_exhausted && m_pendingPage == 0 &&
           !m_rows.isEmpty();
}

void MentionListModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    MentionQuery next = m_query;
    next.limit = kPageSize;
    next.olderThan = cursorOf(m_rows.constLast());
    m_pendingPage = m_workspace->reader()->requestMentions(next);
}

void MentionListModel::requestNewer() {
    if (!m_workspace || m_pendingNewer != 0)
        return;
    if (m_rows.isEmpty()) {
        if (m_pendingPage == 0)
            setQuery(m_query);
        return;
    }
    MentionQuery newer = m_query;
    newer.limit = 0; // everything newer than what is shown
    newer.newerThan = cursorOf(m_rows.constFirst());
    m_pendingNewer = m_workspace->reader()->requestMentions(newer);
}

void MentionListModel::onFetched(quint64 ticket, const QList<veille::Mention> &mentions) {
    // The pending ticket is cleared only after the rows are in: a view may call fetchMore()
    // from inside the insertion signals, and must not ask for the same page again.
    if (ticket == m_pendingPage) {
        if (mentions.size() < kPageSize)
            m_exhausted = true;
        if (!mentions.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + mentions.size() - 1));
            m_rows.append(mentions);
            endInsertRows();
        }
        m_pendingPage = 0;
        Q_EMIT pageLoaded(int(mentions.size()));
    } else if (ticket == m_pendingNewer) {
        if (!mentions.isEmpty()) {
            beginInsertRows({}, 0, int(mentions.size() - 1));
            m_rows = mentions + m_rows;
            endInsertRows();
        }
        m_pendingNewer = 0;
    }
}

QVariant MentionListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mention &m = m_rows.at(index.row());
    if (role == MentionRole)
        return QVariant::fromValue(m);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Network:
            return networkLabel(m.network);
        case Author:
            return m.author.name.isEmpty() ? m.author.handle : m.author.name;
        case Text:
            // One line in the list; the whole text is in the tooltip and the detail.
            return QString(m.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Sentiment:
            return sentimentText(m.sentiment.label);
        case Status:
            return statusText(m.status, m.assignedTo);
        case Topics:
            return m.topics.join(QLatin1String(", "));
        }
    }
    if (role == HighlightRole && index.column() == Text) {
        QList<std::pair<qsizetype, qsizetype>> spans;
        if (!m_highlight.isEmpty()) {
            const MatchText text(m.text); // same positions as the one-line display
            for (const ListeningQuery &query : m_highlight)
                spans += query.highlights(text);
            std::sort(spans.begin(), spans.end());
        }
        return QVariant::fromValue(spans);
    }
    if (role == Qt::ToolTipRole && index.column() == Text) {
        // Always rich text, escaped: the mention's own markup is shown, never interpreted.
        QString html = m.text.toHtmlEscaped();
        html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        return QString(QLatin1String("<p>") + html + QLatin1String("</p>"));
    }
    if (role == Qt::ToolTipRole && index.column() == Author)
        return m.author.handle.toHtmlEscaped();
    if (role == Qt::ForegroundRole && index.column() == Sentiment)
        return sentimentColor(m.sentiment.label);
    if (role == Qt::FontRole && m.status == MentionStatus::New && index.column() == Text) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

void MentionListModel::setHighlight(const QList<ListeningQuery> &queries) {
    m_highlight = queries;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Text), index(int(m_rows.size()) - 1, Text), {HighlightRole});
}

int MentionListModel::rowOf(qint64 rowId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].rowId == rowId)
            return int(i);
    return -1;
}

void MentionListModel::replaceMention(const Mention &mention) {
    const int row = rowOf(mention.rowId);
    if (row < 0)
        return;
    m_rows[row] = mention;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Network:
        return tr("Network");
    case Author:
        return tr("Author");
    case Text:
        return tr("Mention");
    case Sentiment:
        return tr("Sentiment");
    case Status:
        return tr("Status");
    case Topics:
        return tr("Topics");
    }
    return {};
}

} // namespace veille::ui
