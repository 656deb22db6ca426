#pragma once

#include "net/httpclient.h"
#include "sources/blueskyconnector.h"
#include "sources/connector.h"
#include "support/localhttpserver.h"
#include "support/tempworkspace.h"

namespace veille::test {

inline HttpClient::Options quickHttp() {
    HttpClient::Options options;
    options.transferTimeoutMs = 500;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 50;
    options.longestWaitMs = 3000;
    return options;
}

// Runs one poll of `source` to its end.
inline FetchOutcome poll(const Source &source, const SourceCursor &cursor,
                         ConnectorContext context) {
    auto connector = createConnector(source, cursor, context);
    REQUIRE(connector);
    FetchOutcome result;
    bool done = false;
    QObject::connect(connector.get(), &Connector::finished, connector.get(),
                     [&](const FetchOutcome &outcome) {
                         result = outcome;
                         done = true;
                     });
    connector->start();
    REQUIRE(waitUntil([&] { return done; }, 20000));
    return result;
}

inline ConnectorContext ctx(HttpClient *http, const QString &secret = {},
                            BlueskySessions *sessions = nullptr) {
    ConnectorContext context;
    context.http = http;
    context.secret = secret;
    context.blueskySessions = sessions;
    return context;
}

inline Source sourceOf(const QString &kind, const QUrl &url, const QString &query,
                       const QString &account = {}) {
    Source s;
    s.id = 1;
    s.kind = kind;
    s.name = kind + QStringLiteral(" test");
    s.url = url.toString();
    s.query = query;
    s.account = account;
    return s;
}

inline const Mention *findMention(const FetchOutcome &outcome, const QString &id) {
    for (const Mention &m : outcome.mentions)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace veille::test
