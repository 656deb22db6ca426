#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace veille {

// A publishing account. The token or app password is in the OS keychain, never here.
struct Account {
    qint64 id = 0;
    QString name; // e.g. brand@mastodon.social
    QString network;
    QString handle;
    QString baseUrl;
    QDateTime createdAt;
    // What the server allows, read from it when the account is added (0 = not known: the
    // network's default applies).
    int maxCharacters = 0;
    int maxMedia = 0;
    int urlLength = 0; // every link counts as this many characters (Mastodon)
    QString signIn;    // oauth, token or app-password
    QString clientId;  // the OAuth application registered on the instance
    static Account named(const QString &name, const QString &network, const QString &handle,
                         const QString &baseUrl) {
        Account a;
        a.name = name;
        a.network = network;
        a.handle = handle;
        a.baseUrl = baseUrl;
        return a;
    }
    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::Account)
