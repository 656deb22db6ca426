#pragma once

#include "analytics/alertstore.h"
#include "listening/mentionenricher.h"
#include "model/source.h"
#include "model/topic.h"
#include "sources/blueskyconnector.h"
#include "sources/connector.h"
#include "storage/connection.h"
#include "storage/workspacelocation.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace veille {

class HttpClient;
class SecretStore;
class WriteQueue;

// What the manager sees of one source: its state, the last success, the last error in words,
// the next poll and what the last poll brought.
struct SourceStatus {
    qint64 sourceId = 0;
    QString name;
    QString status; // new, polling, ok, error, needs_sign_in, rate_limited
    QDateTime lastSuccess;
    QString lastError;
    QDateTime nextPoll;
    int lastNew = 0;
    int fetched = 0;
    QStringList warnings;
};

// Polls every enabled source on its interval, resumes each from its stored cursor, keeps the
// mentions the source's query really matches, tags them with the topics they match, and stores
// them with the source's new cursor in one writer transaction (duplicates are ignored by id).
// Failures back off (interval × 2^failures, at most six hours, or the network's Retry-After)
// and are recorded with their reason. The same object runs in the app (on its own thread)
// and in `veille collect`.
class Collector : public QObject {
    Q_OBJECT
public:
    Collector(WorkspaceLocation location, WriteQueue *writer, HttpClient *http,
              SecretStore *secrets, const Clock &clock = SystemClock::instance(),
              QObject *parent = nullptr);
    ~Collector() override;
    // The Bluesky sessions of this process, shared with the publisher.
    BlueskySessions *blueskySessions() { return &m_blueskySessions; }

    // Polls sources as they come due, until stopped or destroyed.
    void start(int tickMs = 1000);
    void stop();
    // One poll of every enabled source (or the one named), now; roundFinished follows.
    void runOnce(const QString &onlySource = {});
    // Polls the sources that are due by the clock (what the timer does each tick).
    void pollDue();
    // Polls one source now; what came back is announced by previewReady (after it is stored,
    // or instead of storing it with `preview`).
    void fetchNow(qint64 sourceId, bool preview = false);
    // Tries a source that may not be saved yet (the source dialog's "Try it"): nothing is
    // stored, previewReady carries the source's id (0 when unsaved).
    void preview(const Source &source);
    // The sources or topics changed: read them again.
    void reload();
    // Runs the spike detector now (the timer does it every few minutes) and stores what is
    // new; alertsRaised follows with the alerts raised for the first time.
    void detectAlerts();
    // The manager's rules for the spike detector (the defaults until set).
    // Alerts follow the workspace's rules (AlertStore::rules) unless rules are given here.
    void setAlertRules(const AlertRules &rules) { m_alertRules = rules; }

    static QDateTime nextPollAfterFailure(const Source &source, const QDateTime &now,
                                          const QDateTime &retryAfter);

Q_SIGNALS:
    void sourceStatusChanged(const veille::SourceStatus &status);
    void roundFinished(int newMentions, int sources, int failedSources);
    void previewReady(qint64 sourceId, const veille::FetchOutcome &outcome);
    void problem(const QString &message);
    void alertsRaised(const QList<veille::Alert> &alerts);

private:
    struct Round {
        QSet<qint64> pending;
        int newMentions = 0;
        int sources = 0;
        int failed = 0;
    };
    bool loadSources();
    enum class Mode { Scheduled, Announced, PreviewOnly };
    struct PendingWrite {
        Source source;
        Mode mode;
        FetchOutcome outcome;
    };
    void poll(const Source &source, Mode mode);
    void onFetched(const Source &source, Mode mode, const FetchOutcome &outcome);
    void finishPoll(qint64 sourceId, bool failed, int newMentions);
    QList<Mention> keepMatching(const Source &source, QList<Mention> mentions) const;

    WorkspaceLocation m_location;
    WriteQueue *m_writer;
    HttpClient *m_http;
    SecretStore *m_secrets;
    const Clock &m_clock;
    ScopedConnection m_connection;
    BlueskySessions m_blueskySessions;
    QTimer m_timer;
    QList<Source> m_sources;
    QList<Topic> m_topics;
    std::unique_ptr<MentionEnricher> m_enricher; // rebuilt when the topics change
    bool m_loaded = false;
    QDateTime m_lastDetection;
    std::optional<AlertRules> m_alertRules;
    QSet<qint64> m_polling;
    std::optional<Round> m_round;
    QHash<quint64, PendingWrite> m_writes; // writer ticket -> what it stores
};

} // namespace veille

Q_DECLARE_METATYPE(veille::SourceStatus)
