#include "workspace.h"

#include "io/bulkload.h"
#include "storage/connection.h"
#include "storage/migrator.h"
#include "workspacereader.h"

#include <QLockFile>
#include <QSqlError>

namespace veille {

std::optional<StorageError> Workspace::prepare(const WorkspaceLocation &location,
                                               int busyTimeoutMs) {
    ScopedConnection connection;
    if (auto error = connection.open(location, {.busyTimeoutMs = busyTimeoutMs}))
        return error;
    Migrator migrator(connection.database(), location.filePath());
    if (auto error = migrator.migrate())
        return error;
    return finishInterruptedLoad(connection.database(), location);
}

std::optional<StorageError> Workspace::finishInterruptedLoad(QSqlDatabase db,
                                                             const WorkspaceLocation &location) {
    BulkLoad load(db);
    const auto pending = load.pending();
    if (failed(pending))
        return std::get<StorageError>(pending);
    if (!std::get<bool>(pending))
        return std::nullopt;
    // A load still running holds its lock; one whose process died does not.
    QLockFile lock(BulkLoad::lockPath(location.filePath()));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return std::nullopt;
    if (!db.transaction())
        return classifySqliteError(db.lastError().text(), location.filePath());
    if (auto error = load.recover(QDateTime::currentDateTimeUtc())) {
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const StorageError error = classifySqliteError(db.lastError().text(), location.filePath());
        db.rollback();
        return error;
    }
    return std::nullopt;
}

Workspace::Workspace(WorkspaceLocation location, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_clock(clock)
    , m_writer(std::make_unique<WriteQueue>(m_location)) {
    qRegisterMetaType<veille::Mention>();
    qRegisterMetaType<QList<veille::Mention>>();
    qRegisterMetaType<QList<veille::Author>>();
    qRegisterMetaType<QList<veille::ScheduledPost>>();
    qRegisterMetaType<QList<veille::Account>>();
    qRegisterMetaType<veille::AlertRules>();
    qRegisterMetaType<QList<std::pair<QString, double>>>();
    qRegisterMetaType<QList<veille::DailyVolume>>();
    qRegisterMetaType<veille::WorkspaceSummary>();
    qRegisterMetaType<veille::InsertStats>();
    qRegisterMetaType<QList<veille::Source>>();
    qRegisterMetaType<QList<veille::Alert>>();
    qRegisterMetaType<veille::PeriodStats>();
    qRegisterMetaType<veille::Baseline>();
    qRegisterMetaType<QList<veille::StoredAlert>>();
    qRegisterMetaType<QList<veille::Topic>>();
    qRegisterMetaType<QHash<QString, qint64>>();

    m_readerThread.setObjectName(QStringLiteral("veille-reader"));
    m_reader = new WorkspaceReader(m_location);
    m_reader->moveToThread(&m_readerThread);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_readerThread.start();
    m_analyticsThread.setObjectName(QStringLiteral("veille-analytics"));
    m_analytics = new WorkspaceReader(m_location);
    m_analytics->moveToThread(&m_analyticsThread);
    connect(&m_analyticsThread, &QThread::finished, m_analytics, &QObject::deleteLater);
    m_analyticsThread.start();

    connect(m_writer.get(), &WriteQueue::jobDone, this,
            [this](quint64 ticket, const QVariant &result) {
                // Whoever stored them (an import, the collector), new mentions are news.
                if (result.metaType() == QMetaType::fromType<InsertStats>())
                    Q_EMIT mentionsAdded(ticket, result.value<InsertStats>());
            });
    connect(m_writer.get(), &WriteQueue::jobFailed, this,
            [this](quint64 ticket, const QString &reason) { Q_EMIT writeFailed(ticket, reason); });
}

Workspace::~Workspace() {
    m_writer.reset(); // drains queued writes first
    for (WorkspaceReader *reader : {m_reader, m_analytics})
        QMetaObject::invokeMethod(
            reader,
            [reader] {
                reader->closeConnection();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    m_readerThread.wait();
    m_analyticsThread.wait();
}

quint64 Workspace::storeMentions(const QList<Mention> &mentions, MentionStore::Segments segments) {
    const QDateTime fetchedAt = m_clock.now();
    const quint64 ticket =
        m_writer->submit([mentions, fetchedAt, segments](QSqlDatabase &db) -> Expected<QVariant> {
            auto result = MentionStore(db).insert(mentions, fetchedAt, segments);
            if (failed(result))
                return std::get<StorageError>(result);
            return QVariant::fromValue(std::get<InsertStats>(result));
        });
    return ticket;
}

} // namespace veille
