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
    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::Account)
