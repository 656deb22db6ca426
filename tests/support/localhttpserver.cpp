#include "localhttpserver.h"

#include <QFile>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace veille::test {

namespace {

QByteArray gzipped(const QByteArray &data) {
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray reasonOf(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray LocalHttpServer::Request::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

LocalHttpServer::Reply LocalHttpServer::Reply::json(const QByteArray &body, int status) {
    return text(body, "application/json; charset=utf-8", status);
}

LocalHttpServer::Reply LocalHttpServer::Reply::text(const QByteArray &body, const QByteArray &type,
                                                    int status) {
    Reply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.emplaceBack("Content-Type", type);
    return reply;
}

LocalHttpServer::LocalHttpServer() {
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

LocalHttpServer::~LocalHttpServer() {
    // The sockets close as the server goes; they must not call back into a half-destroyed one.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

QUrl LocalHttpServer::url(const QString &path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void LocalHttpServer::route(const QByteArray &path, Handler handler) {
    m_routes.insert(path, std::move(handler));
}

void LocalHttpServer::route(const QByteArray &path, const Reply &reply) {
    route(path, [reply](const Request &) { return reply; });
}

QList<LocalHttpServer::Request> LocalHttpServer::requestsTo(const QByteArray &path) const {
    QList<Request> matching;
    for (const Request &request : m_requests)
        if (request.path == path)
            matching.append(request);
    return matching;
}

void LocalHttpServer::onConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LocalHttpServer::onReadable(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        if (q >= 0)
            request.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.emplaceBack(name, value);
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        answer(socket, request);
    }
}

void LocalHttpServer::answer(QTcpSocket *socket, const Request &request) {
    const auto it = m_routes.constFind(request.path);
    Reply reply =
        it == m_routes.constEnd() ? Reply::text("no such page", "text/plain", 404) : (*it)(request);
    if (reply.hang)
        return;
    QByteArray body = reply.body;
    if (reply.gzip)
        body = gzipped(body);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonOf(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.gzip)
        head += "Content-Encoding: gzip\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    QByteArray wire = head;
    if (reply.truncateAt >= 0) {
        wire += body.left(reply.truncateAt);
    } else {
        wire += body;
    }
    QTimer::singleShot(reply.delayMs, socket, [socket, wire, cut = reply.truncateAt >= 0] {
        socket->write(wire);
        if (cut) {
            socket->flush();
            socket->disconnectFromHost();
        }
    });
}

QByteArray fixture(const QString &relativePath) {
    QFile file(QStringLiteral(VEILLE_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(relativePath));
    return file.readAll();
}

HttpClient::Options quickHttpOptions() {
    HttpClient::Options o;
    o.backoffBaseMs = 20;
    o.backoffMaxMs = 50;
    o.transferTimeoutMs = 2000;
    return o;
}

} // namespace veille::test
