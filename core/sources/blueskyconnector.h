#pragma once

#include "connector.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace veille {

// Bluesky sessions by account, kept for the life of the process: createSession is limited to
// 30 per 5 minutes, so a session is created once and refreshed, never created per poll.
class BlueskySessions : public QObject {
    Q_OBJECT
public:
    struct Session {
        QString accessJwt;
        QString refreshJwt;
        QString did;
        QString handle;
        QUrl serviceUrl; // the account's own PDS, from its DID document when it says
    };
    using QObject::QObject;
    std::optional<Session> find(const QString &account) const;
    void store(const QString &account, const Session &session) {
        m_sessions.insert(account, session);
    }
    void forget(const QString &account) { m_sessions.remove(account); }
    static Session fromJson(const QJsonObject &object);

private:
    QHash<QString, Session> m_sessions;
};

// app.bsky.feed.searchPosts (sort=latest) with an authenticated session; the cursor keeps
// the newest time seen per search, passed back as `since`, and pages follow `cursor`.
class BlueskyConnector : public Connector {
    Q_OBJECT
public:
    using Connector::Connector;
    void start() override;

    static Mention mentionFromPost(const QJsonObject &post, const QString &sourceName);
    // The text with each shortened link replaced by the full address its link facet gives.
    static QString expandLinks(const QString &text, const QJsonArray &facets);

private:
    void createSession();
    void refreshSession();
    void fetchNext(const QString &pageCursor = {});
    void readPage(const HttpResponse &response);
    void onSearchFailed(const HttpResponse &response);
    QUrl xrpc(const QString &method) const;

    BlueskySessions::Session m_session;
    bool m_refreshed = false;
    QStringList m_searches;
    QString m_lang;
    qsizetype m_current = 0;
    int m_pages = 0;
    QJsonObject m_positions;
    QString m_pageCursor;
};

} // namespace veille
