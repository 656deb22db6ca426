#pragma once

#include "collector.h"

#include <QObject>
#include <QThread>

class QTimer;

namespace veille {

class Workspace;

// The collector of the desktop app, on a thread of its own ("veille-collector") with its own
// HTTP client, keychain access and read connection, so that polling, parsing and matching
// never touch the GUI thread. Calls are forwarded to that thread; its signals come back
// queued to the service's thread.
class CollectorService : public QObject {
    Q_OBJECT
public:
    explicit CollectorService(Workspace *workspace, QObject *parent = nullptr);
    ~CollectorService() override; // stops polling and waits for the thread

    void start();
    void fetchNow(qint64 sourceId);
    void publishNow(); // a publisher round now rather than at the next second
    void preview(const Source &source);
    void reload(); // sources or topics changed
    void setAlertRules(const AlertRules &rules);
    void setPublishGrace(qint64 seconds);

Q_SIGNALS:
    void sourceStatusChanged(const veille::SourceStatus &status);
    void previewReady(qint64 sourceId, const veille::FetchOutcome &outcome);
    void problem(const QString &message);
    void alertsRaised(const QList<veille::Alert> &alerts);
    // The publisher, which runs beside the collector: a post went out, or stopped.
    void postSent(qint64 id, const QString &url);
    void postFailed(qint64 id, const QString &reason);
    void metricsUpdated(int posts); // likes/reposts/replies of sent posts were read again

private:
    QThread m_thread;
    Collector *m_collector = nullptr; // lives on m_thread
    QTimer *m_publishing = nullptr;   // the publisher's, on m_thread
    QTimer *m_metrics = nullptr;      // reads sent posts' engagement, on m_thread
};

} // namespace veille
