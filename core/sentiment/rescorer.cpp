#include "rescorer.h"

#include "community/rosterstore.h"
#include "listening/mentionenricher.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "storage/writequeue.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlQuery>
#include <QtConcurrent>

namespace veille {

Expected<QStringList> applyRescored(QSqlDatabase db, const QList<Rescored> &changes) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rescore (row_id INTEGER PRIMARY "
                               "KEY, label TEXT NOT NULL, score REAL NOT NULL, lang TEXT)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.rescore")))
        return queryError(q);
    q.prepare(QStringLiteral(
        "INSERT INTO temp.rescore (row_id, label, score, lang) VALUES (?, ?, ?, ?)"));
    for (const Rescored &r : changes) {
        q.bindValue(0, r.rowId);
        q.bindValue(1, sentimentLabelName(r.label));
        q.bindValue(2, r.score);
        q.bindValue(3, r.lang.isEmpty() ? QVariant() : QVariant(r.lang));
        if (!q.exec())
            return queryError(q);
    }
    // The old reading out, the new one in: per author, per author and week, then the rows.
    const QString delta = QStringLiteral(
        "SUM(r.score - COALESCE(m.sentiment_score, 0)) AS ds, "
        "SUM(m.sentiment_score IS NULL) AS dn, "
        "SUM((r.label = 'positive') - (COALESCE(m.sentiment_label, '') = 'positive')) AS dp, "
        "SUM((r.label = 'negative') - (COALESCE(m.sentiment_label, '') = 'negative')) AS dg "
        "FROM temp.rescore r JOIN mentions m ON m.row_id = r.row_id");
    if (!q.exec(QStringLiteral("UPDATE authors SET sentiment_sum = authors.sentiment_sum + d.ds, "
                               "sentiment_n = authors.sentiment_n + d.dn, positive_n = "
                               "authors.positive_n + d.dp, negative_n = authors.negative_n + d.dg "
                               "FROM (SELECT m.author_id AS a, ") +
                delta + QStringLiteral(" GROUP BY m.author_id) AS d WHERE authors.id = d.a")) ||
        !q.exec(QStringLiteral("UPDATE author_weeks SET sentiment_sum = author_weeks.sentiment_sum "
                               "+ d.ds, sentiment_n = author_weeks.sentiment_n + d.dn FROM (SELECT "
                               "m.author_id AS a, m.created_at / 604800000 AS w, ") +
                delta +
                QStringLiteral(" GROUP BY 1, 2) AS d WHERE author_weeks.author_id = d.a AND "
                               "author_weeks.week = d.w")))
        return queryError(q);
    QStringList authors;
    if (!q.exec(QStringLiteral("SELECT DISTINCT m.author_id FROM temp.rescore r JOIN mentions m "
                               "ON m.row_id = r.row_id")))
        return queryError(q);
    while (q.next())
        authors.append(q.value(0).toString());
    if (!q.exec(QStringLiteral("UPDATE mentions SET sentiment_label = r.label, sentiment_score = "
                               "r.score, lang = COALESCE(r.lang, mentions.lang) FROM temp.rescore "
                               "r WHERE mentions.row_id = r.row_id")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.rescore")))
        return queryError(q);
    return authors;
}

Rescorer::Rescorer(WorkspaceLocation location, WriteQueue *writer, const Clock &clock,
                   QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_writer(writer)
    , m_clock(clock) {}

Rescorer::~Rescorer() {
    m_cancelled = true;
    m_future.waitForFinished();
}

void Rescorer::cancel() {
    m_cancelled = true;
}

void Rescorer::start() {
    if (isRunning())
        return;
    m_cancelled = false;
    m_readingDone = false;
    m_changed = 0;
    m_total = 0;
    m_touched.clear();
    m_failure.clear();
    QPointer<Rescorer> self(this);
    const WorkspaceLocation location = m_location;
    QAtomicInteger<bool> *cancelled = &m_cancelled;
    m_future = QtConcurrent::run([self, location, cancelled] {
        const auto report = [self](auto work) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, work] {
                    if (self)
                        work(self.data());
                },
                Qt::QueuedConnection);
        };
        ScopedConnection connection;
        if (auto error = connection.open(location)) {
            report([reason = error->message](Rescorer *r) { Q_EMIT r->failed(reason); });
            return;
        }
        QSqlDatabase db = connection.database();
        // The engine as it stands now: lexicons, what the corrections taught, the own terms.
        MentionEnricher engine({});
        if (auto error = engine.learnFrom(db)) {
            report([reason = error->message](Rescorer *r) { Q_EMIT r->failed(reason); });
            return;
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        qint64 total = 0;
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM mentions")) && q.next())
            total = q.value(0).toLongLong();
        q.prepare(QStringLiteral(
            "SELECT m.row_id, m.text, m.lang, m.sentiment_label, m.sentiment_score FROM mentions "
            "m LEFT JOIN sentiment_corrections c ON c.mention_row_id = m.row_id WHERE m.row_id > ? "
            "AND c.mention_row_id IS NULL ORDER BY m.row_id LIMIT ?"));
        qint64 after = 0;
        qint64 read = 0;
        while (!*cancelled) {
            q.bindValue(0, after);
            q.bindValue(1, kChunk);
            if (!q.exec()) {
                report([reason = queryError(q).message](Rescorer *r) { Q_EMIT r->failed(reason); });
                return;
            }
            QList<Rescored> changes;
            int rows = 0;
            while (q.next()) {
                ++rows;
                after = q.value(0).toLongLong();
                const QString stored = q.value(2).toString();
                const QString lang = stored.left(2).toLower();
                const SentimentResult result =
                    engine.scorer().score(q.value(1).toString(), lang, false);
                const Sentiment &now = result.sentiment;
                // A mention stored as of no language may be told one now (by the words only
                // one lexicon knows); one the network or an import named keeps its own.
                const bool placed = (stored.isEmpty() || stored == u"other") &&
                                    (result.lang == u"fr" || result.lang == u"en");
                const SentimentLabel before = sentimentLabelFromName(q.value(3).toString());
                if (now.label != before || q.value(4).isNull() ||
                    qAbs(now.score - q.value(4).toDouble()) > 1e-6 || placed)
                    changes.append({after, now.label, now.score, placed ? result.lang : QString()});
            }
            q.finish();
            read += rows;
            const bool last = rows < kChunk;
            report([changes, last, read, total](Rescorer *r) {
                r->submitChunk(changes, last, total);
                Q_EMIT r->progress(read, std::max(total, read));
            });
            if (last)
                return;
        }
        report([](Rescorer *r) {
            r->m_readingDone = true;
            r->m_failure = QCoreApplication::translate("Rescorer", "rescoring was cancelled");
            r->finish();
        });
    });
}

void Rescorer::submitChunk(const QList<Rescored> &changes, bool last, qint64 total) {
    m_total = total;
    m_readingDone = last;
    if (changes.isEmpty()) {
        finish();
        return;
    }
    ++m_pendingWrites;
    m_writer->submit(
        [changes](QSqlDatabase &db) -> Expected<QVariant> {
            auto authors = applyRescored(db, changes);
            if (veille::failed(authors))
                return std::get<StorageError>(authors);
            return QVariant(std::get<QStringList>(authors));
        },
        this,
        [this, count = changes.size()](const QVariant &authors) {
            --m_pendingWrites;
            m_changed += count;
            for (const QString &author : authors.toStringList())
                m_touched.insert(author);
            finish();
        },
        [this](const QString &reason) {
            --m_pendingWrites;
            m_cancelled = true;
            m_failure = reason;
            m_readingDone = true;
            finish();
        });
}

// Once everything read is written: the segments of the authors whose figures moved.
void Rescorer::finish() {
    if (!m_readingDone || m_pendingWrites > 0)
        return;
    if (!m_failure.isEmpty()) {
        const QString reason = m_failure;
        m_failure.clear();
        m_readingDone = false;
        Q_EMIT failed(reason);
        return;
    }
    m_readingDone = false;
    const QStringList authors(m_touched.cbegin(), m_touched.cend());
    m_touched.clear();
    ++m_pendingWrites;
    const QDateTime now = m_clock.now();
    m_writer->submit(
        [authors, now](QSqlDatabase &db) -> Expected<QVariant> {
            auto done = RosterStore(db).classify(authors, now);
            if (veille::failed(done))
                return std::get<StorageError>(done);
            return QVariant(std::get<int>(done));
        },
        this,
        [this](const QVariant &) {
            --m_pendingWrites;
            Q_EMIT finished(m_changed, m_total);
        },
        [this](const QString &reason) {
            --m_pendingWrites;
            Q_EMIT failed(reason);
        });
}

} // namespace veille
