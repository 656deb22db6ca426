#pragma once

#include "model/mention.h"
#include "storage/mentionstore.h"
#include "storage/storageerror.h"
#include "storage/workspacelocation.h"
#include "storage/writequeue.h"
#include "util/clock.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace veille {

class WorkspaceReader;

// An open workspace: its writer thread, its reader thread, and the signals that tell the rest
// of the application what changed. Create it on the thread that will use its signals, after
// Workspace::prepare() succeeded (that one may block: run it on a worker thread in the GUI).
class Workspace : public QObject {
    Q_OBJECT
public:
    // Creates the file if needed and brings its schema up to date; reports why not otherwise.
    // A bulk import that died half-way is completed here (see BulkLoad).
    static std::optional<StorageError> prepare(const WorkspaceLocation &location,
                                               int busyTimeoutMs = 5000);

    explicit Workspace(WorkspaceLocation location, const Clock &clock = SystemClock::instance(),
                       QObject *parent = nullptr);
    ~Workspace() override;

    const WorkspaceLocation &location() const { return m_location; }
    WriteQueue *writer() const { return m_writer.get(); }
    WorkspaceReader *reader() const { return m_reader; }
    // A second reader for the aggregates of the charts and the Overview, so that a period's
    // figures (a third of a second at a million mentions) never hold up the stream's pages.
    WorkspaceReader *analytics() const { return m_analytics; }
    const Clock &clock() const { return m_clock; }

    // Queues the mentions for the writer thread; mentionsAdded follows once they are stored.
    // Thread-safe. Any writer job that answers InsertStats (the collector's) is announced too.
    quint64 storeMentions(const QList<Mention> &mentions,
                          MentionStore::Segments segments = MentionStore::Segments::Now);

Q_SIGNALS:
    // The rows that were new (duplicates are not counted) after their transaction committed.
    void mentionsAdded(quint64 ticket, const veille::InsertStats &stats);
    void writeFailed(quint64 ticket, const QString &reason);

private:
    static std::optional<StorageError> finishInterruptedLoad(QSqlDatabase db,
                                                             const WorkspaceLocation &location);

    WorkspaceLocation m_location;
    const Clock &m_clock;
    std::unique_ptr<WriteQueue> m_writer;
    QThread m_readerThread;
    WorkspaceReader *m_reader = nullptr;
    QThread m_analyticsThread;
    WorkspaceReader *m_analytics = nullptr;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::InsertStats)
