#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace veille {

// Where Veille listens. Never holds a secret: `account` names the signed-in account whose
// credentials live in the OS keychain.
struct Source {
    qint64 id = 0;
    QString kind; // rss, mastodon, bluesky, reddit, hackernews, youtube
    QString name;
    QString url;
    QString query;
    QString account;
    int intervalSeconds = 900;
    bool enabled = true;
    QDateTime lastSuccess;
    QString lastError;
    friend bool operator==(const Source &, const Source &) = default;
};

bool isKnownSourceKind(const QString &kind);
QStringList sourceKinds();

} // namespace veille

Q_DECLARE_METATYPE(veille::Source)
