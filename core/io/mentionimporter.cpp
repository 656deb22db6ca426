#include "mentionimporter.h"

#include "bulkload.h"
#include "community/rosterstore.h"

#include "model/mentionjson.h"
#include "storage/authortotals.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QTimer>

namespace veille {

namespace {
constexpr int kMaxBatchesInFlight = 2;
}

// What a bulk load keeps between its batches; touched by the writer's jobs only, one at a
// time, in the order they were submitted.
struct MentionImporter::BulkSession {
    bool active = false;
    AuthorTotals totals;
};

MentionImporter::MentionImporter(Workspace *workspace, QIODevice *input, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_input(input)
    , m_bulk(std::make_shared<BulkSession>()) {
    connect(workspace, &Workspace::mentionsAdded, this, &MentionImporter::onStored);
    connect(workspace, &Workspace::writeFailed, this, &MentionImporter::onWriteFailed);
}

MentionImporter::~MentionImporter() = default;

void MentionImporter::start() {
    QTimer::singleShot(0, this, &MentionImporter::readMore);
}

void MentionImporter::readMore() {
    m_readScheduled = false;
    if (m_finished || !m_workspace)
        return;
    QList<Mention> batch;
    batch.reserve(m_batchSize);
    qint64 bytes = 0;
    const qint64 linesBefore = m_summary.lines;
    while (batch.size() < m_batchSize) {
        // readLine() returns nothing only at the end of the input (an empty line is "\n").
        QByteArray line = m_input->readLine();
        if (line.isEmpty()) {
            m_inputDone = true;
            break;
        }
        bytes += line.size();
        ++m_summary.lines;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        auto parsed = mentionFromJsonLine(line);
        if (auto *error = std::get_if<JsonReadError>(&parsed)) {
            ++m_summary.rejected;
            Q_EMIT rejected(m_summary.lines, error->reason);
            continue;
        }
        Mention &mention = batch.emplace_back(std::get<Mention>(std::move(parsed)));
        if (m_enricher)
            m_enricher->enrich(mention);
    }
    if (!m_bulkDecided)
        maybeBeginBulkLoad(bytes, m_summary.lines - linesBefore);
    if (!batch.isEmpty()) {
        const QDateTime fetchedAt = m_workspace->clock().now();
        // The batch goes back to this thread to be freed once stored: the writer is what an
        // import waits for, and freeing a batch's mentions there cost it a twentieth.
        auto shared = std::make_shared<const QList<Mention>>(std::move(batch));
        m_tickets.insert(
            m_workspace->writer()->submit([batch = std::move(shared), fetchedAt, session = m_bulk](
                                              QSqlDatabase &db) mutable -> Expected<QVariant> {
                MentionStore store(db);
                auto result = session->active
                                  ? store.insertBulk(*batch, fetchedAt, session->totals)
                                  : store.insert(*batch, fetchedAt, MentionStore::Segments::Later);
                if (QCoreApplication *app = QCoreApplication::instance())
                    QMetaObject::invokeMethod(
                        app, [freed = std::move(batch)] {}, Qt::QueuedConnection);
                if (failed(result))
                    return std::get<StorageError>(result);
                return QVariant::fromValue(std::get<InsertStats>(result));
            }));
    }
    Q_EMIT progress(m_summary.lines, m_summary.imported);
    if (!m_inputDone && m_tickets.size() < kMaxBatchesInFlight && !m_readScheduled) {
        m_readScheduled = true;
        QTimer::singleShot(0, this, &MentionImporter::readMore);
    }
    finishIfDone();
}

void MentionImporter::maybeBeginBulkLoad(qint64 bytesRead, qint64 linesRead) {
    m_bulkDecided = true;
    // One batch or less: nothing to gain.
    if (!m_bulkAllowed || m_inputDone || !m_workspace)
        return;
    const WorkspaceLocation &location = m_workspace->location();
    if (location.kind() != WorkspaceLocation::Kind::Sqlite)
        return;
    // Another bulk load running on this workspace: this one stores batch by batch.
    m_lock = std::make_unique<QLockFile>(BulkLoad::lockPath(location.filePath()));
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return;
    }
    // The input's size tells how many lines to expect; a pipe does not say.
    qint64 incoming = 0;
    if (!m_input->isSequential() && bytesRead > 0 && linesRead > 0)
        incoming = m_input->size() / std::max<qint64>(1, bytesRead / linesRead);
    m_workspace->writer()->submit(
        [incoming, small = m_smallWorkspace,
         session = m_bulk](QSqlDatabase &db) -> Expected<QVariant> {
            BulkLoad load(db);
            const auto worth = load.worthIt(incoming, small);
            if (failed(worth))
                return std::get<StorageError>(worth);
            if (!std::get<bool>(worth))
                return QVariant(false);
            if (auto error = load.begin())
                return *error;
            session->active = true;
            return QVariant(true);
        },
        this,
        [this](const QVariant &began) {
            m_bulkActive = began.toBool();
            if (!m_bulkActive)
                releaseLock();
        },
        // The drops are rolled back with the job: the import goes on batch by batch.
        [this](const QString &) { releaseLock(); });
}

void MentionImporter::releaseLock() {
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

void MentionImporter::onStored(quint64 ticket, const InsertStats &stats) {
    if (!m_tickets.remove(ticket))
        return;
    m_summary.imported += stats.inserted;
    m_summary.duplicates += stats.duplicates;
    for (const QString &author : stats.touchedAuthors)
        m_touched.insert(author);
    if (!m_inputDone && !m_readScheduled) {
        m_readScheduled = true;
        QTimer::singleShot(0, this, &MentionImporter::readMore);
    }
    finishIfDone();
}

void MentionImporter::onWriteFailed(quint64 ticket, const QString &reason) {
    if (!m_tickets.remove(ticket))
        return;
    m_summary.failure = reason;
    m_inputDone = true;
    finishIfDone();
}

void MentionImporter::finishIfDone() {
    if (m_finished || m_finishing || !m_inputDone || !m_tickets.isEmpty())
        return;
    const bool stored = m_summary.failure.isEmpty();
    // A bulk load is completed even after a failure (its indexes must come back); otherwise
    // the segments of everyone the import touched are decided once, now that their figures
    // are in.
    if (m_workspace && (m_bulkActive || (stored && !m_touched.isEmpty()))) {
        m_finishing = true;
        Q_EMIT finishing();
        const QStringList authors(m_touched.cbegin(), m_touched.cend());
        m_touched.clear();
        const QDateTime now = m_workspace->clock().now();
        const bool bulk = m_bulkActive;
        m_workspace->writer()->submit(
            [authors, now, bulk, stored, session = m_bulk](QSqlDatabase &db) -> Expected<QVariant> {
                if (bulk) {
                    BulkLoad load(db);
                    // What was summed in memory may be part of a batch that was rolled back:
                    // everything is counted again from the stored mentions.
                    if (!stored) {
                        if (auto error = load.recover(now))
                            return *error;
                        return QVariant(0);
                    }
                    if (auto error = MentionStore(db).writeTotals(session->totals))
                        return *error;
                    session->totals = {};
                    if (auto error = load.finish())
                        return *error;
                }
                auto done = RosterStore(db).classify(authors, now);
                if (failed(done))
                    return std::get<StorageError>(done);
                return QVariant(std::get<int>(done));
            },
            this,
            [this](const QVariant &) {
                releaseLock();
                m_bulkActive = false;
                m_finished = true;
                Q_EMIT finished(m_summary);
            },
            [this](const QString &reason) {
                // A bulk load left unfinished is completed by the next process that prepares
                // the workspace (the lock is released for that).
                releaseLock();
                m_bulkActive = false;
                if (m_summary.failure.isEmpty())
                    m_summary.failure = reason;
                m_finished = true;
                Q_EMIT finished(m_summary);
            });
        return;
    }
    releaseLock();
    m_finished = true;
    Q_EMIT finished(m_summary);
}

} // namespace veille
