#include "collector.h"

#include "net/httpclient.h"
#include "publishing/secretstore.h"
#include "storage/mentionstore.h"
#include "storage/sourcestore.h"
#include "storage/topicstore.h"
#include "storage/writequeue.h"
#include "topicmatcher.h"

#include <algorithm>
#include <cmath>

namespace veille {

namespace {

constexpr qint64 kLongestBackoffSeconds = 6 * 3600;

QString statusName(FetchOutcome::Status status) {
    switch (status) {
    case FetchOutcome::Status::Ok:
    case FetchOutcome::Status::NotModified:
        return QStringLiteral("ok");
    case FetchOutcome::Status::NeedsSignIn:
        return QStringLiteral("needs_sign_in");
    case FetchOutcome::Status::RateLimited:
        return QStringLiteral("rate_limited");
    case FetchOutcome::Status::Failed:
        break;
    }
    return QStringLiteral("error");
}

// The source's own query filters what the network's search returned (a superset), except
// where the query is not a listening query: a YouTube channel id, a Mastodon lone hashtag
// (the timeline is exact), or no query at all.
bool filtersBySourceQuery(const Source &source) {
    if (source.query.trimmed().isEmpty() || source.kind == u"youtube")
        return false;
    return true;
}

} // namespace

Collector::Collector(WorkspaceLocation location, WriteQueue *writer, HttpClient *http,
                     SecretStore *secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_writer(writer)
    , m_http(http)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_blueskySessions(this) // children move with the collector to its thread
    , m_timer(this) {
    qRegisterMetaType<veille::SourceStatus>();
    qRegisterMetaType<QList<veille::Alert>>();
    connect(&m_timer, &QTimer::timeout, this, &Collector::pollDue);
    connect(m_writer, &WriteQueue::jobDone, this, [this](quint64 ticket, const QVariant &result) {
        const auto it = m_writes.find(ticket);
        if (it == m_writes.end())
            return;
        const PendingWrite write = *it;
        m_writes.erase(it);
        const Source &source = write.source;
        const int added = result.value<InsertStats>().inserted;
        Q_EMIT sourceStatusChanged({source.id, source.name, QStringLiteral("ok"), m_clock.now(),
                                    source.lastError, source.nextPoll, added,
                                    int(write.outcome.mentions.size()), write.outcome.warnings});
        if (write.mode == Mode::Announced)
            Q_EMIT previewReady(source.id, write.outcome);
        finishPoll(source.id, false, added);
    });
    connect(m_writer, &WriteQueue::jobFailed, this, [this](quint64 ticket, const QString &reason) {
        const auto it = m_writes.find(ticket);
        if (it == m_writes.end())
            return;
        const Source source = it->source;
        m_writes.erase(it);
        const QString message = tr("could not store what %1 brought: %2").arg(source.name, reason);
        Q_EMIT problem(message);
        Q_EMIT sourceStatusChanged({source.id,
                                    source.name,
                                    QStringLiteral("error"),
                                    source.lastSuccess,
                                    message,
                                    source.nextPoll,
                                    0,
                                    0,
                                    {}});
        finishPoll(source.id, true, 0);
    });
}

Collector::~Collector() = default;

bool Collector::loadSources() {
    if (!m_connection.isOpen()) {
        if (auto error = m_connection.open(m_location)) {
            Q_EMIT problem(error->message);
            return false;
        }
    }
    auto sources = SourceStore(m_connection.database()).all();
    auto topics = TopicStore(m_connection.database()).all();
    if (failed(sources) || failed(topics)) {
        Q_EMIT problem(failed(sources) ? std::get<StorageError>(sources).message
                                       : std::get<StorageError>(topics).message);
        return false;
    }
    m_sources = std::get<QList<Source>>(std::move(sources));
    m_topics = std::get<QList<Topic>>(std::move(topics));
    m_enricher = std::make_unique<MentionEnricher>(m_topics);
    if (auto error = m_enricher->learnFrom(m_connection.database()))
        Q_EMIT problem(error->message);
    for (const QString &issue : m_enricher->topics().problems())
        Q_EMIT problem(issue);
    m_loaded = true;
    return true;
}

void Collector::reload() {
    m_loaded = false;
}

void Collector::start(int tickMs) {
    m_timer.start(tickMs);
    pollDue();
}

void Collector::stop() {
    m_timer.stop();
}

void Collector::detectAlerts() {
    if (!m_connection.isOpen() && !loadSources())
        return;
    m_lastDetection = m_clock.now();
    AlertRules rules;
    if (m_alertRules) {
        rules = *m_alertRules;
    } else {
        auto kept = AlertStore(m_connection.database()).rules();
        if (failed(kept)) {
            Q_EMIT problem(std::get<StorageError>(kept).message);
            return;
        }
        rules = std::get<AlertRules>(kept);
    }
    auto found = SpikeDetector(m_connection.database(), rules).check(m_lastDetection);
    if (failed(found)) {
        Q_EMIT problem(std::get<StorageError>(found).message);
        return;
    }
    const QList<Alert> alerts = std::get<QList<Alert>>(found);
    if (alerts.isEmpty())
        return;
    m_writer->submit(
        [alerts](QSqlDatabase &db) -> Expected<QVariant> {
            auto raised = AlertStore(db).raise(alerts);
            if (failed(raised))
                return std::get<StorageError>(raised);
            return QVariant::fromValue(std::get<QList<Alert>>(raised));
        },
        this,
        [this](const QVariant &result) {
            const auto raised = result.value<QList<Alert>>();
            if (!raised.isEmpty())
                Q_EMIT alertsRaised(raised);
        },
        [this](const QString &reason) { Q_EMIT problem(reason); });
}

void Collector::pollDue() {
    if (!m_loaded && !loadSources())
        return;
    const QDateTime now = m_clock.now();
    if (!m_lastDetection.isValid() || m_lastDetection.secsTo(now) >= 300)
        detectAlerts();
    for (const Source &source : std::as_const(m_sources)) {
        if (!source.enabled || m_polling.contains(source.id))
            continue;
        if (source.nextPoll.isValid() && source.nextPoll > now)
            continue;
        poll(source, Mode::Scheduled);
    }
}

void Collector::runOnce(const QString &onlySource) {
    // An empty round still answers from the event loop, after the caller has connected.
    const auto emptyRound = [this] {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT roundFinished(0, 0, 0); }, Qt::QueuedConnection);
    };
    if (!loadSources()) {
        emptyRound();
        return;
    }
    m_round = Round{};
    QList<Source> chosen;
    for (const Source &source : std::as_const(m_sources))
        if (onlySource.isEmpty() ? source.enabled : source.name == onlySource)
            chosen.append(source);
    for (const Source &source : chosen)
        m_round->pending.insert(source.id);
    m_round->sources = int(chosen.size());
    if (chosen.isEmpty()) {
        m_round.reset();
        emptyRound();
        return;
    }
    for (const Source &source : chosen)
        poll(source, Mode::Scheduled);
}

void Collector::fetchNow(qint64 sourceId, bool preview) {
    if (!loadSources())
        return;
    for (const Source &source : std::as_const(m_sources))
        if (source.id == sourceId && !m_polling.contains(sourceId))
            poll(source, preview ? Mode::PreviewOnly : Mode::Announced);
}

void Collector::preview(const Source &source) {
    if (!m_loaded && !loadSources())
        return;
    poll(source, Mode::PreviewOnly);
}

void Collector::poll(const Source &source, Mode mode) {
    m_polling.insert(source.id);
    Q_EMIT sourceStatusChanged({source.id,
                                source.name,
                                QStringLiteral("polling"),
                                source.lastSuccess,
                                source.lastError,
                                source.nextPoll,
                                source.lastNew,
                                0,
                                {}});
    auto cursor = SourceStore(m_connection.database()).cursor(source.id);
    SourceCursor resume = failed(cursor) ? SourceCursor{} : std::get<SourceCursor>(cursor);

    auto launch = [this, source, mode, resume](const QString &secret) {
        ConnectorContext context;
        context.http = m_http;
        context.secret = secret;
        context.blueskySessions = &m_blueskySessions;
        std::unique_ptr<Connector> connector = createConnector(source, resume, context);
        if (!connector) {
            FetchOutcome outcome;
            outcome.status = FetchOutcome::Status::Failed;
            outcome.error = tr("Veille cannot read sources of kind \"%1\"").arg(source.kind);
            onFetched(source, mode, outcome);
            return;
        }
        Connector *raw = connector.release();
        raw->setParent(this);
        connect(raw, &Connector::finished, this,
                [this, source, mode, raw](const FetchOutcome &outcome) {
                    raw->deleteLater();
                    onFetched(source, mode, outcome);
                });
        raw->start();
    };
    if (source.account.isEmpty() || !m_secrets) {
        launch(QString());
        return;
    }
    m_secrets->read(SecretStore::accountKey(source.account),
                    [launch](const QString &secret, const QString &) { launch(secret); });
}

QList<Mention> Collector::keepMatching(const Source &source, QList<Mention> mentions) const {
    std::optional<ListeningQuery> query;
    if (filtersBySourceQuery(source)) {
        auto parsed = ListeningQuery::parse(source.query);
        if (auto *q = std::get_if<ListeningQuery>(&parsed))
            query = *q;
    }
    QList<Mention> kept;
    kept.reserve(mentions.size());
    for (Mention &m : mentions) {
        if (query && !query->matches(m))
            continue;
        m_enricher->enrich(m); // topics, sentiment and language, before it is stored
        kept.append(std::move(m));
    }
    return kept;
}

QDateTime Collector::nextPollAfterFailure(const Source &source, const QDateTime &now,
                                          const QDateTime &retryAfter) {
    const int failures = std::min(source.failures + 1, 16);
    const qint64 backoff = std::min<qint64>(kLongestBackoffSeconds, qint64(source.intervalSeconds)
                                                                        << std::min(failures, 10));
    QDateTime next = now.addSecs(backoff);
    if (retryAfter.isValid() && retryAfter > next)
        next = retryAfter;
    return next;
}

void Collector::onFetched(const Source &source, Mode mode, const FetchOutcome &outcome) {
    FetchOutcome result = outcome;
    if (result.ok())
        result.mentions = keepMatching(source, std::move(result.mentions));
    if (mode == Mode::PreviewOnly) {
        m_polling.remove(source.id);
        Q_EMIT previewReady(source.id, result);
        return;
    }
    const QDateTime now = m_clock.now();
    if (!result.ok()) {
        const QDateTime next = nextPollAfterFailure(source, now, result.retryAfter);
        const QString status = statusName(result.status);
        const QString error = result.error;
        const qint64 id = source.id;
        m_writer->submit([id, status, error, now, next](QSqlDatabase &db) -> Expected<QVariant> {
            auto done = SourceStore(db).recordFailure(id, status, error, now, next);
            if (failed(done))
                return std::get<StorageError>(done);
            return QVariant(true);
        });
        // Keep the local copy in step so the schedule backs off before the reload.
        for (Source &s : m_sources)
            if (s.id == id) {
                s.failures += 1;
                s.nextPoll = next;
                s.status = status;
                s.lastError = error;
                s.lastErrorAt = now;
            }
        Q_EMIT sourceStatusChanged(
            {id, source.name, status, source.lastSuccess, error, next, 0, 0, result.warnings});
        if (mode == Mode::Announced)
            Q_EMIT previewReady(id, result);
        finishPoll(id, true, 0);
        return;
    }

    const QDateTime next = now.addSecs(source.intervalSeconds);
    const QList<Mention> mentions = result.mentions;
    const SourceCursor cursor = result.cursor;
    const qint64 id = source.id;
    const quint64 ticket =
        m_writer->submit([mentions, cursor, id, now, next](QSqlDatabase &db) -> Expected<QVariant> {
            auto stored = MentionStore(db).insert(mentions, now);
            if (failed(stored))
                return std::get<StorageError>(stored);
            const InsertStats stats = std::get<InsertStats>(stored);
            auto recorded = SourceStore(db).recordSuccess(id, cursor, stats.inserted, now, next);
            if (failed(recorded))
                return std::get<StorageError>(recorded);
            return QVariant::fromValue(stats);
        });
    Source updated = source;
    updated.nextPoll = next;
    updated.failures = 0;
    for (Source &s : m_sources)
        if (s.id == id) {
            s.failures = 0;
            s.nextPoll = next;
            s.status = QStringLiteral("ok");
            s.lastSuccess = now;
        }
    m_writes.insert(ticket, {updated, mode, result});
}

void Collector::finishPoll(qint64 sourceId, bool failedPoll, int newMentions) {
    m_polling.remove(sourceId);
    if (!m_round || !m_round->pending.remove(sourceId))
        return;
    m_round->newMentions += newMentions;
    if (failedPoll)
        ++m_round->failed;
    if (m_round->pending.isEmpty()) {
        const Round round = *m_round;
        m_round.reset();
        detectAlerts(); // what the round brought may be a spike
        Q_EMIT roundFinished(round.newMentions, round.sources, round.failed);
    }
}

} // namespace veille
