#pragma once

#include "listening/mentionenricher.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QLockFile;

namespace veille {

class Workspace;
struct InsertStats;

struct ImportSummary {
    qint64 lines = 0;
    qint64 imported = 0;   // new mentions stored
    qint64 duplicates = 0; // valid, but already in the workspace
    qint64 rejected = 0;   // lines that are not a valid mention
    QString failure;       // set when the workspace refused to store a batch
};

// Streams mentions in the JSON Lines format of CLI.md into a workspace. Parsing runs on the
// importer's thread while the writer thread stores the previous batch; at most two batches
// are in flight, so a file of millions of lines takes constant memory. A bad line is reported
// (rejected) and skipped; the good ones are all stored.
//
// An import of more than one batch into a workspace that holds fewer mentions than the input
// (or few) is a bulk load (see BulkLoad): indexes built once at the end, the authors' figures
// summed over the whole input and written once.
class MentionImporter : public QObject {
    Q_OBJECT
public:
    MentionImporter(Workspace *workspace, QIODevice *input, QObject *parent = nullptr);
    ~MentionImporter() override;

    void setBatchSize(int size) { m_batchSize = size; }
    // On by default; off, every batch is stored as the collector stores its own.
    void setBulkLoadAllowed(bool allowed) { m_bulkAllowed = allowed; }
    // A workspace holding at most this many mentions takes any import of more than one batch
    // as a bulk load (see BulkLoad::worthIt).
    void setSmallWorkspace(qint64 mentions) { m_smallWorkspace = mentions; }
    // Whether this import ran as a bulk load (known once the first batch is stored).
    bool isBulkLoad() const { return m_bulkActive; }
    // Topics, sentiment and language are computed for mentions that do not carry them.
    void setEnricher(const MentionEnricher *enricher) { m_enricher = enricher; }
    void start();
    const ImportSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void rejected(qint64 lineNumber, const QString &reason);
    void progress(qint64 linesRead, qint64 imported);
    // Every line is stored; the indexes and the roster are being completed.
    void finishing();
    void finished(const veille::ImportSummary &summary);

private:
    void readMore();
    void onStored(quint64 ticket, const InsertStats &stats);
    void onWriteFailed(quint64 ticket, const QString &reason);
    void finishIfDone();
    void maybeBeginBulkLoad(qint64 bytesRead, qint64 linesRead);
    void releaseLock();

    struct BulkSession;

    QPointer<Workspace> m_workspace;
    QIODevice *m_input;
    const MentionEnricher *m_enricher = nullptr;
    ImportSummary m_summary;
    int m_batchSize = 20000;
    QSet<quint64> m_tickets;             // batches handed to the writer, not yet stored
    QSet<QString> m_touched;             // authors whose segments are decided once, at the end
    std::shared_ptr<BulkSession> m_bulk; // used on the writer thread only
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_smallWorkspace = 100000;
    bool m_bulkAllowed = true;
    bool m_bulkDecided = false;
    bool m_bulkActive = false;
    bool m_finishing = false;
    bool m_inputDone = false;
    bool m_finished = false;
    bool m_readScheduled = false;
};

} // namespace veille
