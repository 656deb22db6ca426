#pragma once

// A Mastodon instance's sign-in endpoints (app registration, authorization with PKCE, token,
// verification, instance limits, revocation) and Bluesky's createSession, on 127.0.0.1.
#include "support/localhttpserver.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace veille::test {

inline QUrlQuery formOf(const QByteArray &body) {
    return QUrlQuery(QString::fromLatin1(body));
}

inline QString field(const QUrlQuery &query, const QString &key) {
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// A Mastodon instance's sign-in endpoints.
struct FakeInstance {
    LocalHttpServer server;
    bool pkce = true;
    QString registeredRedirect;
    QString challenge;
    QString approvedCode = QStringLiteral("code-from-instance");
    QStringList revoked;
    int tokensIssued = 0;
    FakeInstance() {
        server.route("/api/v1/apps", [this](const LocalHttpServer::Request &r) {
            const QUrlQuery form = formOf(r.body);
            registeredRedirect = field(form, QStringLiteral("redirect_uris"));
            if (field(form, QStringLiteral("scopes")) != QStringLiteral("read write"))
                return LocalHttpServer::Reply::json(R"({"error":"bad scopes"})", 422);
            return LocalHttpServer::Reply::json(
                R"({"id":"1","name":"Veille","client_id":"cid","client_secret":"csecret"})");
        });
        server.route("/.well-known/oauth-authorization-server",
                     [this](const LocalHttpServer::Request &) {
                         if (!pkce)
                             return LocalHttpServer::Reply::json(R"({"error":"not found"})", 404);
                         return LocalHttpServer::Reply::json(
                             R"({"code_challenge_methods_supported":["S256"]})");
                     });
        // The manager approves: the instance sends the browser back with a code.
        server.route("/oauth/authorize", [this](const LocalHttpServer::Request &r) {
            if (field(r.query, QStringLiteral("client_id")) != QStringLiteral("cid") ||
                field(r.query, QStringLiteral("redirect_uri")) != registeredRedirect ||
                field(r.query, QStringLiteral("response_type")) != QStringLiteral("code"))
                return LocalHttpServer::Reply::text("wrong request", "text/plain", 400);
            challenge = field(r.query, QStringLiteral("code_challenge"));
            if (pkce && field(r.query, QStringLiteral("code_challenge_method")) != u"S256")
                return LocalHttpServer::Reply::text("no PKCE", "text/plain", 400);
            QUrl back(registeredRedirect);
            back.setQuery(
                QUrlQuery{{QStringLiteral("code"), approvedCode},
                          {QStringLiteral("state"), field(r.query, QStringLiteral("state"))}});
            LocalHttpServer::Reply reply;
            reply.status = 302;
            reply.headers = {{"Location", back.toEncoded()}};
            return reply;
        });
        server.route("/oauth/token", [this](const LocalHttpServer::Request &r) {
            const QUrlQuery form = formOf(r.body);
            if (field(form, QStringLiteral("grant_type")) != u"authorization_code" ||
                field(form, QStringLiteral("code")) != approvedCode ||
                field(form, QStringLiteral("client_secret")) != u"csecret" ||
                field(form, QStringLiteral("redirect_uri")) != registeredRedirect)
                return LocalHttpServer::Reply::json(R"({"error":"invalid_grant"})", 400);
            // PKCE: the verifier must hash to the challenge the authorization carried.
            if (pkce) {
                const QString verifier = field(form, QStringLiteral("code_verifier"));
                const QString hashed = QString::fromLatin1(
                    QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
                if (verifier.size() < 43 || hashed != challenge)
                    return LocalHttpServer::Reply::json(
                        R"({"error":"invalid_grant","error_description":"PKCE failed"})", 400);
            }
            ++tokensIssued;
            return LocalHttpServer::Reply::json(
                R"({"access_token":"oauth-token","token_type":"Bearer","scope":"read write","created_at":1764000000})");
        });
        server.route("/api/v1/accounts/verify_credentials", [](const LocalHttpServer::Request &r) {
            if (r.header("Authorization") != "Bearer oauth-token" &&
                r.header("Authorization") != "Bearer hand-made")
                return LocalHttpServer::Reply::json(R"({"error":"The access token is invalid"})",
                                                    401);
            return LocalHttpServer::Reply::json(R"({"id":"9","acct":"lumen"})");
        });
        server.route(
            "/api/v2/instance",
            LocalHttpServer::Reply::json(
                R"({"domain":"127.0.0.1","configuration":{"statuses":{"max_characters":1000,"max_media_attachments":4,"characters_reserved_per_url":23}}})"));
        server.route("/oauth/revoke", [this](const LocalHttpServer::Request &r) {
            const QUrlQuery form = formOf(r.body);
            if (field(form, QStringLiteral("client_secret")) != u"csecret")
                return LocalHttpServer::Reply::json(R"({"error":"unauthorized_client"})", 403);
            revoked.append(field(form, QStringLiteral("token")));
            return LocalHttpServer::Reply::json("{}");
        });
        server.route("/xrpc/com.atproto.server.createSession", [](const LocalHttpServer::Request
                                                                      &r) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QLatin1String("password")).toString() != u"abcd-efgh-ijkl-mnop")
                return LocalHttpServer::Reply::json(
                    R"({"error":"AuthenticationRequired","message":"Invalid identifier or password"})",
                    401);
            return LocalHttpServer::Reply::json(
                R"({"accessJwt":"a","refreshJwt":"r","did":"did:plc:lumen","handle":"lumen.bsky.social"})");
        });
    }
    QString base() const { return server.baseUrl(); }
};

} // namespace veille::test
