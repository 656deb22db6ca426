#pragma once

#include "storageerror.h"
#include "workspacelocation.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <QVariant>

#include <functional>

namespace veille {

class WriteWorker;

// The one writer of a workspace. Jobs submitted from any thread run on a dedicated thread
// that owns the write connection; every job queued while the previous batch was committing
// goes into the next transaction together (one commit for many jobs), each inside its own
// SAVEPOINT so that one failing job is rolled back alone and the others still land.
class WriteQueue : public QObject {
    Q_OBJECT
public:
    using Job = std::function<Expected<QVariant>(QSqlDatabase &db)>;

    explicit WriteQueue(const WorkspaceLocation &location, QObject *parent = nullptr);
    // Runs every job already submitted, then stops the thread.
    ~WriteQueue() override;

    // Thread-safe. Returns the ticket that jobDone/jobFailed will carry.
    quint64 submit(Job job);
    // Submits a job whose answer goes to `done` or `failed`, called on `context`'s thread
    // (call this from that thread). The callbacks are in place before the job can run, so
    // an answer is never missed; they are dropped with `context`.
    using Done = std::function<void(const QVariant &result)>;
    using Failed = std::function<void(const QString &reason)>;
    quint64 submit(Job job, QObject *context, Done done, Failed failed = {});

Q_SIGNALS:
    // Emitted from the writer thread after the job's transaction committed.
    void jobDone(quint64 ticket, const QVariant &result);
    void jobFailed(quint64 ticket, const QString &reason);
    void batchCommitted(int jobs, qint64 elapsedMs);

private:
    friend class WriteWorker;
    struct Pending {
        quint64 ticket;
        Job job;
    };
    QList<Pending> takeAll();

    QThread m_thread;
    WriteWorker *m_worker = nullptr;
    QMutex m_mutex;
    QList<Pending> m_pending;
    quint64 m_nextTicket = 0;
    bool m_drainScheduled = false;
};

} // namespace veille
