#include "cli.h"

#include "net/httpclient.h"
#include "publishing/accountsetup.h"
#include "publishing/secretstore.h"
#include "storage/connection.h"
#include "storage/poststore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

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
    const bool mastodon = network == QLatin1String("mastodon");
    QString server;
    std::optional<QString> secret;
    const bool browser = mastodon && !parser.isSet(QStringLiteral("token-stdin"));
    if (mastodon) {
        if (!parser.isSet(QStringLiteral("instance")))
            return context.usage(
                QCoreApplication::translate("Cli", "account add mastodon needs --instance URL"));
        server = trimmedBase(parser.value(QStringLiteral("instance")));
    } else {
        if (!parser.isSet(QStringLiteral("handle")))
            return context.usage(
                QCoreApplication::translate("Cli", "account add bluesky needs --handle H"));
        server = trimmedBase(parser.isSet(QStringLiteral("url"))
                                 ? parser.value(QStringLiteral("url"))
                                 : QStringLiteral("https://bsky.social"));
    }
    const QUrl serverUrl(
        server.contains(QLatin1String("://")) ? server : QStringLiteral("https://") + server);
    if (!serverUrl.isValid() || !serverUrl.scheme().startsWith(QLatin1String("http")) ||
        serverUrl.host().isEmpty())
        return context.usage(QCoreApplication::translate("Cli", "the server's address must be "
                                                                "an http or https URL"));
    if (!browser) {
        if (isatty(fileno(stdin)) && mastodon)
            context.err << QCoreApplication::translate("Cli", "Access token: ") << Qt::flush;
        else if (isatty(fileno(stdin)))
            context.err << QCoreApplication::translate("Cli", "App password: ") << Qt::flush;
        secret = readSecret();
        if (!secret)
            return context.usage(
                mastodon ? QCoreApplication::translate("Cli", "no access token on stdin")
                         : QCoreApplication::translate("Cli", "no app password on stdin"));
    }

    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    HttpClient http;
    KeychainSecretStore secrets;
    AccountSetup setup(&http, &secrets);
    int result = Failure;
    QObject::connect(&setup, &AccountSetup::authorizationNeeded, &setup, [&](const QUrl &url) {
        context.err << QCoreApplication::translate(
                           "Cli", "Open this address in a browser on this computer and approve "
                                  "Veille (waiting up to 10 minutes):")
                    << "\n  " << url.toString(QUrl::FullyEncoded) << '\n'
                    << Qt::flush;
    });
    QObject::connect(&setup, &AccountSetup::failed, &setup, [&](const QString &reason) {
        result = context.fail(reason);
        QCoreApplication::exit(0);
    });
    QObject::connect(&setup, &AccountSetup::secretNotKept, &setup, [&](const QString &reason) {
        // The command ends with the process: a secret for "this session" would be gone at once.
        result = context.fail(
            QCoreApplication::translate("Cli", "the secret was not kept, so the account was not "
                                               "added: %1")
                .arg(reason));
        QCoreApplication::exit(0);
    });
    QObject::connect(&setup, &AccountSetup::ready, &setup, [&](const Account &account) {
        const auto added = AccountStore(connection.database()).add(account);
        if (auto code = failIfError(context, added)) {
            result = *code;
        } else {
            context.out << QCoreApplication::translate("Cli", "added %1 (%2); its secret is in the "
                                                              "keychain")
                               .arg(account.name, network)
                        << '\n';
            result = Success;
        }
        QCoreApplication::exit(0);
    });
    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&patience, &QTimer::timeout, &setup, [&] { setup.cancel(); });
    if (browser) {
        patience.start(10 * 60 * 1000);
        setup.signInMastodon(server);
    } else if (mastodon) {
        setup.addMastodonToken(server, *secret);
    } else {
        setup.addBluesky(server, parser.value(QStringLiteral("handle")), *secret);
    }
    QCoreApplication::exec(); // the CLI's one event loop, while the server and keychain answer
    return result;
}

int removeAccount(Context &context, const QCommandLineParser &parser, const QString &name) {
    ScopedConnection connection;
    if (auto code = openForEdit(context, parser, connection))
        return *code;
    const auto accounts = AccountStore(connection.database()).all();
    if (auto code = failIfError(context, accounts))
        return *code;
    std::optional<Account> account;
    for (const Account &a : std::get<QList<Account>>(accounts))
        if (a.name == name)
            account = a;
    if (!account)
        return context.fail(
            QCoreApplication::translate("Cli", "there is no account named \"%1\"").arg(name));
    const auto removed = AccountStore(connection.database()).remove(name);
    if (auto code = failIfError(context, removed))
        return *code;
    // Then its access ends: the token revoked where the network allows it, the keychain emptied.
    HttpClient http;
    KeychainSecretStore secrets;
    AccountSetup setup(&http, &secrets);
    QObject::connect(
        &setup, &AccountSetup::forgotten, &setup, [&](const QString &, const QString &warning) {
            if (!warning.isEmpty())
                context.err << QCoreApplication::translate("Cli", "note: %1").arg(warning) << '\n';
            QCoreApplication::exit(0);
        });
    setup.forget(*account);
    QCoreApplication::exec();
    context.out << QCoreApplication::translate("Cli", "removed %1").arg(name) << '\n';
    return Success;
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
