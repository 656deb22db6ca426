#include "cli.h"

#include "net/httpclient.h"
#include "publishing/secretstore.h"
#include "storage/connection.h"
#include "storage/poststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

namespace veille::cli {

namespace {

QString trimmedBase(QString url) {
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// The secret from standard input (never from the command line, where `ps` would show it).
std::optional<QString> readSecret() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    const QString secret = QString::fromUtf8(in.readAll()).trimmed();
    return secret.isEmpty() ? std::nullopt : std::optional(secret);
}

// Checks the credentials with the server, then keeps the secret in the keychain, then the
// account in the workspace — in that order, so a failure leaves nothing half done.
int addAccount(Context &context, const QCommandLineParser &parser, const QString &network) {
    Account account;
    account.network = network;
    HttpRequest check;
    const bool mastodon = network == QLatin1String("mastodon");
    if (mastodon) {
        if (!parser.isSet(QStringLiteral("instance")))
            return context.usage(
                QCoreApplication::translate("Cli", "account add mastodon needs --instance URL"));
        if (!parser.isSet(QStringLiteral("token-stdin")))
            return context.usage(QCoreApplication::translate(
                "Cli", "give an access token made in the instance's Development settings "
                       "with --token-stdin (signing in through the browser is not available "
                       "yet)"));
        account.baseUrl = trimmedBase(parser.value(QStringLiteral("instance")));
        check.url = QUrl(account.baseUrl + QStringLiteral("/api/v1/accounts/verify_credentials"));
    } else {
        if (!parser.isSet(QStringLiteral("handle")))
            return context.usage(
                QCoreApplication::translate("Cli", "account add bluesky needs --handle H"));
        account.baseUrl = trimmedBase(parser.isSet(QStringLiteral("url"))
                                          ? parser.value(QStringLiteral("url"))
                                          : QStringLiteral("https://bsky.social"));
        account.handle = parser.value(QStringLiteral("handle"));
        if (account.handle.startsWith(u'@'))
            account.handle.remove(0, 1);
        check.url =
            QUrl(account.baseUrl + QStringLiteral("/xrpc/com.atproto.server.createSession"));
        check.method = "POST";
    }
    if (!check.url.isValid() || !check.url.scheme().startsWith(QLatin1String("http")))
        return context.usage(QCoreApplication::translate("Cli", "the server's address must be "
                                                                "an http or https URL"));
    if (isatty(fileno(stdin)) && mastodon)
        context.err << QCoreApplication::translate("Cli", "Access token: ") << Qt::flush;
    else if (isatty(fileno(stdin)))
        context.err << QCoreApplication::translate("Cli", "App password: ") << Qt::flush;
    const auto secret = readSecret();
    if (!secret)
        return context.usage(mastodon
                                 ? QCoreApplication::translate("Cli", "no access token on stdin")
                                 : QCoreApplication::translate("Cli", "no app password on stdin"));
    if (mastodon) {
        check.headers = {{"Authorization", "Bearer " + secret->toUtf8()}};
    } else {
        check.headers = {{"Content-Type", "application/json"}};
        check.body = QJsonDocument(QJsonObject{{QStringLiteral("identifier"), account.handle},
                                               {QStringLiteral("password"), *secret}})
                         .toJson(QJsonDocument::Compact);
    }

    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    HttpClient http;
    KeychainSecretStore secrets;
    int result = Failure;
    HttpCall *call = http.send(check);
    QObject::connect(call, &HttpCall::finished, &http, [&](const HttpResponse &response) {
        if (!response.ok()) {
            result =
                context.fail(QCoreApplication::translate("Cli", "%1 refused the credentials: %2")
                                 .arg(check.url.host(), response.error));
            QCoreApplication::exit(0);
            return;
        }
        const QJsonObject who = QJsonDocument::fromJson(response.body).object();
        if (mastodon) {
            account.handle = who.value(QLatin1String("acct")).toString();
            account.name = account.handle + u'@' + check.url.host();
        } else {
            account.handle = who.value(QLatin1String("handle")).toString(account.handle);
            account.name = account.handle;
        }
        if (account.handle.isEmpty()) {
            result = context.fail(QCoreApplication::translate(
                "Cli", "the server's answer does not name the account"));
            QCoreApplication::exit(0);
            return;
        }
        secrets.write(SecretStore::accountKey(account.name), *secret, [&](const QString &error) {
            if (!error.isEmpty()) {
                result = context.fail(QCoreApplication::translate(
                                          "Cli", "the secret was not kept, so the account was not "
                                                 "added: %1")
                                          .arg(error));
            } else {
                const auto added = AccountStore(connection.database()).add(account);
                if (auto code = failIfError(context, added)) {
                    result = *code;
                } else {
                    context.out << QCoreApplication::translate("Cli",
                                                               "added %1 (%2); its secret is in "
                                                               "the keychain")
                                       .arg(account.name, network)
                                << '\n';
                    result = Success;
                }
            }
            QCoreApplication::exit(0);
        });
    });
    QCoreApplication::exec(); // the CLI's one event loop, while the server and keychain answer
    return result;
}

int removeAccount(Context &context, const QCommandLineParser &parser, const QString &name) {
    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    QSqlQuery q(connection.database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM scheduled_posts p JOIN accounts a ON a.id = p.account_id WHERE "
        "a.name = :name AND p.status IN ('scheduled', 'sending')"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec() || !q.next())
        return context.fail(q.lastError().text());
    if (const int waiting = q.value(0).toInt(); waiting > 0)
        return context.fail(
            QCoreApplication::translate("Cli", "%1 has %2 post(s) waiting to be sent; cancel "
                                               "them first (veille post list)")
                .arg(name)
                .arg(waiting));
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE name = :name"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec())
        return context.fail(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return context.fail(
            QCoreApplication::translate("Cli", "there is no account named \"%1\"").arg(name));
    KeychainSecretStore secrets;
    int result = Success;
    secrets.remove(SecretStore::accountKey(name), [&](const QString &error) {
        if (!error.isEmpty())
            context.err << QCoreApplication::translate(
                               "Cli", "the account is removed, but its secret could not be "
                                      "taken out of the keychain: %1")
                               .arg(error)
                        << '\n';
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    context.out << QCoreApplication::translate("Cli", "removed %1").arg(name) << '\n';
    return result;
}

} // namespace

int runAccount(Context &context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("Cli", "add mastodon|bluesky, list, or remove NAME."));
    parser.addOptions(
        {{QStringLiteral("instance"),
          QCoreApplication::translate("Cli", "Mastodon: the instance's address."),
          QStringLiteral("URL")},
         {QStringLiteral("token-stdin"),
          QCoreApplication::translate("Cli", "Mastodon: read an access token from stdin.")},
         {QStringLiteral("handle"), QCoreApplication::translate("Cli", "Bluesky: the handle."),
          QStringLiteral("H")},
         {QStringLiteral("url"),
          QCoreApplication::translate("Cli", "Bluesky: the PDS (default https://bsky.social)."),
          QStringLiteral("URL")}});
    if (auto code = context.parse(
            parser, QCoreApplication::translate(
                        "Cli", "Publishing accounts. Secrets (tokens, app passwords) go to the "
                               "OS keychain only; the app password is read from stdin.")))
        return *code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("add") && args.size() == 2 &&
        (args[1] == QLatin1String("mastodon") || args[1] == QLatin1String("bluesky")))
        return addAccount(context, parser, args[1]);
    if (action == QLatin1String("remove") && args.size() == 2)
        return removeAccount(context, parser, args[1]);
    if (action == QLatin1String("list") && args.size() == 1) {
        ScopedConnection connection;
        if (auto code = openForEdit(context, parser, connection))
            return *code;
        const auto accounts = AccountStore(connection.database()).all();
        if (auto code = failIfError(context, accounts))
            return *code;
        for (const Account &a : std::get<QList<Account>>(accounts))
            context.out << a.name << '\t' << a.network << '\t' << a.handle << '\t' << a.baseUrl
                        << '\n';
        return Success;
    }
    return context.usage(QCoreApplication::translate(
        "Cli", "expected: account add mastodon --instance URL --token-stdin, account add "
               "bluesky --handle H, account list, or account remove NAME"));
}

} // namespace veille::cli
