#include "collectorservice.h"

#include "net/httpclient.h"
#include "publishing/publisher.h"
#include "publishing/secretstore.h"
#include "workspace/workspace.h"

#include <QTimer>

namespace veille {

CollectorService::CollectorService(Workspace *workspace, QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("veille-collector"));
    // Everything the collector owns is created on its thread, so its sockets, timers and
    // database connection belong there.
    auto *http = new HttpClient;
    auto *secrets = new KeychainSecretStore;
    m_collector = new Collector(workspace->location(), workspace->writer(), http, secrets,
                                workspace->clock());
    http->setParent(m_collector);
    secrets->setParent(m_collector);
    // The publisher shares the collector's thread, client and keychain; a timer a second
    // sends what comes due (the punctuality goal is five seconds).
    auto *publisher = new Publisher(workspace->writer(), http, secrets, workspace->clock(),
                                    m_collector, m_collector->blueskySessions());
    auto *publishing = new QTimer(m_collector);
    publishing->setInterval(1000);
    connect(publishing, &QTimer::timeout, publisher, &Publisher::publishDue);
    m_publishing = publishing;
    // Likes, reposts and replies of the week's posts, read again every quarter of an hour.
    auto *metrics = new QTimer(m_collector);
    metrics->setInterval(5 * 60 * 1000);
    connect(metrics, &QTimer::timeout, publisher, [publisher] { publisher->refreshMetrics(); });
    m_metrics = metrics;
    connect(publisher, &Publisher::postSent, this, &CollectorService::postSent);
    connect(publisher, &Publisher::postFailed, this, &CollectorService::postFailed);
    connect(publisher, &Publisher::metricsUpdated, this, [this](int posts) {
        if (posts > 0)
            Q_EMIT metricsUpdated(posts);
    });
    m_collector->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_collector, &QObject::deleteLater);
    connect(m_collector, &Collector::sourceStatusChanged, this,
            &CollectorService::sourceStatusChanged);
    connect(m_collector, &Collector::previewReady, this, &CollectorService::previewReady);
    connect(m_collector, &Collector::problem, this, &CollectorService::problem);
    connect(m_collector, &Collector::alertsRaised, this, &CollectorService::alertsRaised);
    m_thread.start();
}

CollectorService::~CollectorService() {
    QMetaObject::invokeMethod(
        m_collector,
        [collector = m_collector] {
            collector->stop();
            for (QTimer *timer : collector->findChildren<QTimer *>())
                timer->stop();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void CollectorService::start() {
    QMetaObject::invokeMethod(
        m_collector,
        [c = m_collector, timer = m_publishing, metrics = m_metrics] {
            c->start();
            timer->start();
            metrics->start();
            if (auto *publisher = c->findChild<Publisher *>())
                publisher->refreshMetrics();
        },
        Qt::QueuedConnection);
}

void CollectorService::publishNow() {
    QMetaObject::invokeMethod(
        m_collector,
        [c = m_collector] {
            if (auto *publisher = c->findChild<Publisher *>())
                publisher->publishDue();
        },
        Qt::QueuedConnection);
}

void CollectorService::fetchNow(qint64 sourceId) {
    QMetaObject::invokeMethod(
        m_collector, [c = m_collector, sourceId] { c->fetchNow(sourceId); }, Qt::QueuedConnection);
}

void CollectorService::preview(const Source &source) {
    QMetaObject::invokeMethod(
        m_collector, [c = m_collector, source] { c->preview(source); }, Qt::QueuedConnection);
}

void CollectorService::setAlertRules(const AlertRules &rules) {
    QMetaObject::invokeMethod(
        m_collector, [c = m_collector, rules] { c->setAlertRules(rules); }, Qt::QueuedConnection);
}

void CollectorService::setPublishGrace(qint64 seconds) {
    QMetaObject::invokeMethod(
        m_collector,
        [c = m_collector, seconds] {
            if (auto *publisher = c->findChild<Publisher *>())
                publisher->setGraceSeconds(seconds);
        },
        Qt::QueuedConnection);
}

void CollectorService::reload() {
    QMetaObject::invokeMethod(
        m_collector, [c = m_collector] { c->reload(); }, Qt::QueuedConnection);
}

} // namespace veille
