#include "postlistmodel.h"

#include "common/labels.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QLocale>
#include <QTimeZone>

namespace veille::ui {

PostListModel::PostListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PostListModel::setWorkspace(Workspace *workspace) {
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_workspace = workspace;
    if (workspace) {
        m_connections << connect(workspace->reader(), &WorkspaceReader::postsFetched, this,
                                 [this](quint64 ticket, const QList<veille::ScheduledPost> &posts) {
                                     if (ticket != m_pending)
                                         return;
                                     m_pending = 0;
                                     beginResetModel();
                                     m_rows = posts;
                                     endResetModel();
                                     Q_EMIT loaded();
                                 });
    }
    reload();
}

void PostListModel::reload() {
    if (!m_workspace) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return;
    }
    m_pending = m_workspace->reader()->requestPosts({});
}

int PostListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduledPost &p = m_rows.at(index.row());
    if (role == PostRole)
        return QVariant::fromValue(p);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !p.error.isEmpty())
            return p.error.toHtmlEscaped();
        if (index.column() == Text)
            return p.text.toHtmlEscaped();
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status &&
        (p.status == PostStatus::Failed || p.status == PostStatus::Missed))
        return QColor(0xc6, 0x28, 0x28);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case When: {
        if (!p.scheduledAt.isValid())
            return tr("Not scheduled");
        // Shown in the zone the post was planned in, which is what the manager chose.
        const QTimeZone zone(p.timeZone.toUtf8());
        const QDateTime local =
            zone.isValid() ? p.scheduledAt.toTimeZone(zone) : p.scheduledAt.toLocalTime();
        return locale.toString(local, QLocale::ShortFormat);
    }
    case Account:
        return p.account;
    case Status:
        return postStatusText(p.status);
    case Text:
        return QString(p.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Engagement:
        if (p.status != PostStatus::Sent)
            return QString();
        return engagementText(p.metrics, QStringLiteral(" · "));
    }
    return {};
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Account:
        return tr("Account");
    case Status:
        return tr("Status");
    case Text:
        return tr("Post");
    case Engagement:
        return tr("Engagement");
    }
    return {};
}

} // namespace veille::ui
