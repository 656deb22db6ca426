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
    // Kept by the collector.
    QString status = QStringLiteral("new"); // new, ok, error, needs_sign_in, rate_limited
    QDateTime lastErrorAt;
    QDateTime nextPoll;
    int failures = 0;
    int lastNew = 0;
    friend bool operator==(const Source &, const Source &) = default;
};

bool isKnownSourceKind(const QString &kind);
QStringList sourceKinds();

} // namespace veille

Q_DECLARE_METATYPE(veille::Source)
