#include "writequeue.h"

#include <memory>

#include "connection.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

namespace veille {

class WriteWorker : public QObject {
public:
    WriteWorker(WriteQueue *queue, WorkspaceLocation location)
        : m_queue(queue)
        , m_location(std::move(location)) {}

    void drain() {
        const QList<WriteQueue::Pending> jobs = m_queue->takeAll();
        if (jobs.isEmpty())
            return;
        if (!m_connection.isOpen()) {
            if (auto error = m_connection.open(m_location)) {
                for (const auto &pending : jobs)
                    Q_EMIT m_queue->jobFailed(pending.ticket, error->message);
                return;
            }
        }
        QElapsedTimer timer;
        timer.start();
        QSqlDatabase db = m_connection.database();
        if (!db.transaction()) {
            const QString reason = db.lastError().text();
            for (const auto &pending : jobs)
                Q_EMIT m_queue->jobFailed(pending.ticket, reason);
            return;
        }
        QSqlQuery savepoint(db);
        QList<std::pair<quint64, QVariant>> done;
        QList<std::pair<quint64, QString>> failedJobs;
        for (const auto &pending : jobs) {
            savepoint.exec(QStringLiteral("SAVEPOINT job"));
            Expected<QVariant> result = pending.job(db);
            if (failed(result)) {
                savepoint.exec(QStringLiteral("ROLLBACK TO job"));
                failedJobs.append({pending.ticket, std::get<StorageError>(result).message});
            } else {
                done.append({pending.ticket, std::get<QVariant>(std::move(result))});
            }
            savepoint.exec(QStringLiteral("RELEASE job"));
        }
        savepoint = QSqlQuery();
        if (!db.commit()) {
            const QString reason = db.lastError().text();
            db.rollback();
            for (const auto &pending : jobs)
                Q_EMIT m_queue->jobFailed(pending.ticket, reason);
            return;
        }
        for (const auto &[ticket, reason] : failedJobs)
            Q_EMIT m_queue->jobFailed(ticket, reason);
        for (const auto &[ticket, value] : done)
            Q_EMIT m_queue->jobDone(ticket, value);
        Q_EMIT m_queue->batchCommitted(int(jobs.size()), timer.elapsed());
    }

    void shutdown() {
        drain();
        m_connection.close();
        QThread::currentThread()->quit();
    }

private:
    WriteQueue *m_queue;
    WorkspaceLocation m_location;
    ScopedConnection m_connection;
};

WriteQueue::WriteQueue(const WorkspaceLocation &location, QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("veille-writer"));
    m_worker = new WriteWorker(this, location);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

WriteQueue::~WriteQueue() {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutdown(); }, Qt::QueuedConnection);
    m_thread.wait();
}

quint64 WriteQueue::submit(Job job) {
    QMutexLocker lock(&m_mutex);
    const quint64 ticket = ++m_nextTicket;
    m_pending.append({ticket, std::move(job)});
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->drain(); }, Qt::QueuedConnection);
    }
    return ticket;
}

quint64 WriteQueue::submit(Job job, QObject *context, Done done, Failed failed) {
    auto ticket = std::make_shared<quint64>(0);
    auto *listener = new QObject(context);
    connect(this, &WriteQueue::jobDone, listener,
            [ticket, listener, done = std::move(done)](quint64 finished, const QVariant &result) {
                if (finished != *ticket)
                    return;
                listener->deleteLater();
                if (done)
                    done(result);
            });
    connect(
        this, &WriteQueue::jobFailed, listener,
        [ticket, listener, failed = std::move(failed)](quint64 finished, const QString &reason) {
            if (finished != *ticket)
                return;
            listener->deleteLater();
            if (failed)
                failed(reason);
        });
    // The answers are queued to the listener's thread, which is this one: they are read after
    // the ticket is known.
    *ticket = submit(std::move(job));
    return *ticket;
}

QList<WriteQueue::Pending> WriteQueue::takeAll() {
    QMutexLocker lock(&m_mutex);
    m_drainScheduled = false;
    return std::exchange(m_pending, {});
}

} // namespace veille
