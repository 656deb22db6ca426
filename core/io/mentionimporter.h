#pragma once

#include "listening/mentionenricher.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QSet>

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
class MentionImporter : public QObject {
    Q_OBJECT
public:
    MentionImporter(Workspace *workspace, QIODevice *input, QObject *parent = nullptr);

    void setBatchSize(int size) { m_batchSize = size; }
    // Topics, sentiment and language are computed for mentions that do not carry them.
    void setEnricher(const MentionEnricher *enricher) { m_enricher = enricher; }
    void start();
    const ImportSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void rejected(qint64 lineNumber, const QString &reason);
    void progress(qint64 linesRead, qint64 imported);
    void finished(const veille::ImportSummary &summary);

private:
    void readMore();
    void onStored(quint64 ticket, const InsertStats &stats);
    void onWriteFailed(quint64 ticket, const QString &reason);
    void finishIfDone();

    QPointer<Workspace> m_workspace;
    QIODevice *m_input;
    const MentionEnricher *m_enricher = nullptr;
    ImportSummary m_summary;
    int m_batchSize = 20000;
    QSet<quint64> m_tickets; // batches handed to the writer, not yet stored
    QSet<QString> m_touched; // authors whose segments are decided once, at the end
    bool m_classifying = false;
    bool m_inputDone = false;
    bool m_finished = false;
    bool m_readScheduled = false;
};

} // namespace veille
