#pragma once

#include "listening/query.h"
#include "model/mention.h"
#include "model/source.h"
#include "net/httptypes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace veille {

class HttpClient;
class BlueskySessions;

// Where a source stopped last time, so that the next poll resumes without gaps or repeats.
// Stored with the source, written in the same transaction as the mentions it led to.
struct SourceCursor {
    QString position; // the network's own cursor: min_id, a time, a fullname…
    QByteArray etag;  // conditional GET validators (feeds)
    QByteArray lastModified;
    friend bool operator==(const SourceCursor &, const SourceCursor &) = default;
};

struct FetchOutcome {
    enum class Status {
        Ok,          // mentions (possibly none) and a new cursor
        NotModified, // 304: nothing new, cursor unchanged
        NeedsSignIn, // 401/403 or no credentials: the source waits for the manager
        RateLimited, // the network asked to wait until retryAfter
        Failed,      // anything else; `error` says what in words
    };
    Status status = Status::Ok;
    QList<Mention> mentions;
    SourceCursor cursor;
    QString error;
    QDateTime retryAfter;
    QStringList warnings;
    int requests = 0;
    bool ok() const { return status == Status::Ok || status == Status::NotModified; }
};

// What a connector is given besides its source: the shared HTTP client, the secret of the
// source's account when it has one (a token, an app password, an API key), read from the
// keychain by the caller, and the cache of Bluesky sessions.
struct ConnectorContext {
    HttpClient *http = nullptr;
    QString secret;
    BlueskySessions *blueskySessions = nullptr;
    int maxPages = 5; // per poll, so one busy source cannot monopolise a host
};

// One poll of one source. Normalises what the network answers into Mentions (plain text, UTC,
// ids `network:nativeId`) and says where to resume. Emits finished exactly once.
class Connector : public QObject {
    Q_OBJECT
public:
    Connector(Source source, SourceCursor cursor, ConnectorContext context,
              QObject *parent = nullptr);
    virtual void start() = 0;
    const Source &source() const { return m_source; }

Q_SIGNALS:
    void finished(const veille::FetchOutcome &outcome);

protected:
    using Handler = std::function<void(const HttpResponse &)>;
    // GET through the shared client; a failure ends the poll with the reason, keeping what
    // was collected so far out of it (a partial page is never half-stored).
    void get(const QUrl &url, const HttpHeaders &headers, Handler onSuccess);
    void send(const HttpRequest &request, Handler onSuccess, Handler onFailure = {});
    void succeed();
    void fail(const HttpResponse &response);
    void fail(FetchOutcome::Status status, const QString &error);
    // Parses a JSON body; on failure ends the poll with a sentence naming the source.
    std::optional<QJsonDocument> parseJson(const HttpResponse &response);
    QUrl baseUrl(const QString &fallback) const;
    // The searches to send for the source's query (and the one language it requires, if
    // asked). A query that cannot be read, or has no word to search for on `network`, ends the
    // poll with the reason in words, and nullopt is returned.
    std::optional<QStringList> searches(ListeningQuery::SearchDialect dialect,
                                        const QString &network,
                                        QString *requiredLanguage = nullptr);

    Source m_source;
    SourceCursor m_cursor; // updated by the connector as it goes
    ConnectorContext m_context;
    FetchOutcome m_outcome;
    bool m_finished = false;
};

std::unique_ptr<Connector> createConnector(const Source &source, const SourceCursor &cursor,
                                           const ConnectorContext &context);

} // namespace veille

Q_DECLARE_METATYPE(veille::FetchOutcome)
