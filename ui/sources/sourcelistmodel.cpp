#include "sourcelistmodel.h"

#include "common/labels.h"

#include <QLocale>

namespace veille::ui {

namespace {

QString when(const QDateTime &time) {
    if (!time.isValid())
        return QStringLiteral("—");
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QString SourceListModel::effectiveStatus(const Source &source) {
    return source.enabled || source.status == u"polling" ? source.status : QStringLiteral("paused");
}

void SourceListModel::setSources(const QList<Source> &sources) {
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

void SourceListModel::applyStatus(const SourceStatus &status) {
    for (qsizetype row = 0; row < m_sources.size(); ++row) {
        Source &s = m_sources[row];
        if (s.id != status.sourceId)
            continue;
        s.status = status.status;
        if (status.lastSuccess.isValid())
            s.lastSuccess = status.lastSuccess;
        if (status.status != u"polling") {
            s.nextPoll = status.nextPoll;
            if (status.status == u"ok")
                s.lastNew = status.lastNew;
            else
                s.lastError = status.lastError;
        }
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
}

int SourceListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const Source &s = m_sources[index.row()];
    const QString status = effectiveStatus(s);
    const bool failing = status == u"error" || status == u"needs_sign_in";
    if (role == SourceRole)
        return QVariant::fromValue(s);
    if (role == Qt::ForegroundRole &&
        (index.column() == State || (failing && index.column() == LastError)))
        return sourceStatusColor(status);
    if (role == Qt::ToolTipRole && index.column() == LastNew)
        return tr("New mentions brought by the last successful poll");
    if (role == Qt::ToolTipRole && !s.lastError.isEmpty())
        return tr("Last error (%1): %2").arg(when(s.lastErrorAt), s.lastError);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case Network:
        return networkLabel(s.kind);
    case State:
        return sourceStatusText(status);
    case LastSuccess:
        return when(s.lastSuccess);
    case LastNew:
        return s.lastSuccess.isValid() ? QVariant(s.lastNew) : QVariant(QStringLiteral("—"));
    case NextPoll:
        return s.enabled ? when(s.nextPoll) : QStringLiteral("—");
    case LastError:
        return failing || status == u"rate_limited" ? s.lastError : QString();
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Source");
    case Network:
        return tr("Network");
    case State:
        return tr("State");
    case LastSuccess:
        return tr("Last success");
    case LastNew:
        return tr("New");
    case NextPoll:
        return tr("Next poll");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace veille::ui
