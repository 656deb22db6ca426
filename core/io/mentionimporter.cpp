#include "mentionimporter.h"

#include "community/rosterstore.h"

#include "model/mentionjson.h"
#include "workspace/workspace.h"

#include <QTimer>

namespace veille {

namespace {
constexpr int kMaxBatchesInFlight = 2;
}

MentionImporter::MentionImporter(Workspace *workspace, QIODevice *input, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_input(input) {
    connect(workspace, &Workspace::mentionsAdded, this, &MentionImporter::onStored);
    connect(workspace, &Workspace::writeFailed, this, &MentionImporter::onWriteFailed);
}

void MentionImporter::start() {
    QTimer::singleShot(0, this, &MentionImporter::readMore);
}

void MentionImporter::readMore() {
    m_readScheduled = false;
    if (m_finished || !m_workspace)
        return;
    QList<Mention> batch;
    batch.reserve(m_batchSize);
    while (batch.size() < m_batchSize) {
        // readLine() returns nothing only at the end of the input (an empty line is "\n").
        QByteArray line = m_input->readLine();
        if (line.isEmpty()) {
            m_inputDone = true;
            break;
        }
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
    if (!batch.isEmpty())
        m_tickets.insert(m_workspace->storeMentions(batch, MentionStore::Segments::Later));
    Q_EMIT progress(m_summary.lines, m_summary.imported);
    if (!m_inputDone && m_tickets.size() < kMaxBatchesInFlight && !m_readScheduled) {
        m_readScheduled = true;
        QTimer::singleShot(0, this, &MentionImporter::readMore);
    }
    finishIfDone();
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
    if (m_finished || m_classifying || !m_inputDone || !m_tickets.isEmpty())
        return;
    // The segments of everyone the import touched, decided once now that their figures are in.
    if (!m_touched.isEmpty() && m_summary.failure.isEmpty() && m_workspace) {
        m_classifying = true;
        const QStringList authors(m_touched.cbegin(), m_touched.cend());
        m_touched.clear();
        const QDateTime now = m_workspace->clock().now();
        m_workspace->writer()->submit(
            [authors, now](QSqlDatabase &db) -> Expected<QVariant> {
                auto done = RosterStore(db).classify(authors, now);
                if (failed(done))
                    return std::get<StorageError>(done);
                return QVariant(std::get<int>(done));
            },
            this,
            [this](const QVariant &) {
                m_classifying = false;
                finishIfDone();
            },
            [this](const QString &reason) {
                m_classifying = false;
                m_summary.failure = reason;
                finishIfDone();
            });
        return;
    }
    m_finished = true;
    Q_EMIT finished(m_summary);
}

} // namespace veille
