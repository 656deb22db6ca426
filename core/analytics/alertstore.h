#pragma once

#include "spikedetector.h"

#include <QMetaType>

namespace veille {

struct StoredAlert {
    qint64 id = 0;
    Alert alert;
    QDateTime acknowledgedAt;
};

// Alerts in the workspace: raised once per kind and day, listed until acknowledged.
class AlertStore {
public:
    explicit AlertStore(QSqlDatabase db);
    // Stores the alerts not raised before — by key, and for an alert with a window, by kind
    // within the window before it — and returns those (the new ones).
    Expected<QList<Alert>> raise(const QList<Alert> &alerts);
    Expected<QList<StoredAlert>> open(int limit = 50);
    // Every alert raised in [since, until), acknowledged or not, oldest first.
    Expected<QList<StoredAlert>> raisedBetween(const QDateTime &since, const QDateTime &until);
    Expected<bool> acknowledge(qint64 id, const QDateTime &at);
    // The rules the collector raises alerts with, kept in the workspace so the app and
    // `veille collect` on a server use the same ones; the defaults until someone sets them.
    Expected<AlertRules> rules();
    Expected<bool> setRules(const AlertRules &rules);
    // Whether the workspace has rules of its own yet.
    Expected<bool> hasRules();

private:
    QSqlDatabase m_db;
};

QString alertKindName(Alert::Kind kind);

} // namespace veille

Q_DECLARE_METATYPE(veille::Alert)
Q_DECLARE_METATYPE(veille::StoredAlert)
