#pragma once

#include "model/sentiment.h"
#include "storage/storageerror.h"
#include "storage/workspacelocation.h"
#include "util/clock.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QSqlDatabase>

namespace veille {

class WriteQueue;

// One mention's new reading.
struct Rescored {
    qint64 rowId = 0;
    SentimentLabel label = SentimentLabel::Unknown;
    double score = 0;
    QString lang; // set when a mention stored as of no language is now told French or English
};

// Writes a chunk of new readings and moves the authors' roster figures with them (the old
// reading out, the new one in, per author and per week), set-based in SQL.
Expected<QStringList> applyRescored(QSqlDatabase db, const QList<Rescored> &changes);

// Scores every stored mention again with the engine as it stands now (the lexicons, what the
// corrections taught, the manager's own terms), in the background: mentions are read and
// scored on a pool thread with a connection of its own, in chunks, and only the readings that
// changed go to the writer, one job a chunk, so the panels and the collector keep working.
// Mentions the manager corrected keep the label they were given.
class Rescorer : public QObject {
    Q_OBJECT
public:
    Rescorer(WorkspaceLocation location, WriteQueue *writer,
             const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~Rescorer() override; // cancels and waits for the pool thread

    void start();
    void cancel();
    bool isRunning() const { return m_future.isRunning() || m_pendingWrites > 0; }
    static constexpr int kChunk = 5000;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // `changed` readings differ from before, out of `total` mentions read.
    void finished(qint64 changed, qint64 total);
    void failed(const QString &reason);

private:
    void submitChunk(const QList<Rescored> &changes, bool last, qint64 total);
    void finish();

    WorkspaceLocation m_location;
    WriteQueue *m_writer;
    const Clock &m_clock; // "now" for the segments decided at the end
    QFuture<void> m_future;
    QAtomicInteger<bool> m_cancelled = false;
    int m_pendingWrites = 0;
    bool m_readingDone = false;
    qint64 m_changed = 0;
    qint64 m_total = 0;
    QSet<QString> m_touched;
    QString m_failure;
};

} // namespace veille
