#pragma once

#include "net/httpclient.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace veille::test {

// A small HTTP/1.1 server on 127.0.0.1 for tests: routes by path, answers with whatever a
// test says — including the faults real servers produce (a hang, a body cut short, 429 with
// Retry-After, gzip) — and remembers every request it received.
class LocalHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path; // without the query
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    struct Reply {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        bool hang = false;   // never answer
        int truncateAt = -1; // announce the whole length, send this many bytes, close
        bool gzip = false;   // compress the body and say so
        static Reply json(const QByteArray &body, int status = 200);
        static Reply text(const QByteArray &body, const QByteArray &type, int status = 200);
    };
    using Handler = std::function<Reply(const Request &)>;

    LocalHttpServer();
    ~LocalHttpServer() override;
    QUrl url(const QString &path = {}) const;
    // The server's address without the final slash, as an account's base URL is written.
    QString baseUrl() const {
        QString base = url().toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        return base;
    }
    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const Reply &reply); // the same answer every time
    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requestsTo(const QByteArray &path) const;

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};

// Client settings for tests: short backoffs and timeouts, so retries happen in milliseconds.
HttpClient::Options quickHttpOptions();

// Reads a file of test data from tests/fixtures.
QByteArray fixture(const QString &relativePath);

} // namespace veille::test
