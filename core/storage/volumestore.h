#pragma once

#include "storageerror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>

namespace veille {

struct DailyVolume {
    QDate day; // UTC day
    qint64 positive = 0;
    qint64 neutral = 0;
    qint64 negative = 0;
    qint64 unscored = 0;
    qint64 total() const { return positive + neutral + negative + unscored; }
    friend bool operator==(const DailyVolume &, const DailyVolume &) = default;
};

// The workspace at a glance, for the Overview and the welcome decision.
struct WorkspaceSummary {
    qint64 mentions = 0;
    qint64 sources = 0;
    qint64 authors = 0;
    qint64 openMentions = 0; // new or assigned
    QDateTime newest;
};

// Aggregates computed in SQL, never by loading rows.
class VolumeStore {
public:
    explicit VolumeStore(QSqlDatabase db);
    // One entry per day of [since, until), days without mentions included as zeros.
    Expected<QList<DailyVolume>> daily(const QDateTime &since, const QDateTime &until,
                                       const QString &topic = {});
    Expected<WorkspaceSummary> summary();

private:
    QSqlDatabase m_db;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::DailyVolume)
Q_DECLARE_METATYPE(veille::WorkspaceSummary)
