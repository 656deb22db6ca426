#pragma once

#include <QMetaType>

#include "storage/storageerror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <optional>

namespace veille {

struct Alert {
    enum class Kind { VolumeSpike, NegativeShare, RiskWords, InfluentialDetractors };
    Kind kind = Kind::VolumeSpike;
    QDateTime at;     // the end of the window that raised it
    QString title;    // in words when raised (see alertTitle for the reader's language)
    double value = 0; // what was seen (mentions, share)
    double usual = 0; // the mean of the days before
    // The rest of what the sentence says: the window looked at, the audience that counts as
    // high reach, the risk words found. windowHours is 0 for alerts stored before format 11.
    int windowHours = 0;
    qint64 followers = 0;
    QStringList words;
    QList<qint64> mentionRowIds; // the mentions that caused it (newest first, at most 50)
    QString key;                 // kind and day: the same alert is not raised twice
};

// The rules the manager can edit in the preferences.
struct AlertRules {
    double k = 3.0;       // how many standard deviations above the days before
    int windowHours = 24; // the window looked at, against as many windows before it
    int historyWindows = 7;
    int minimumVolume = 20; // fewer mentions than this in the window never make a spike
    int minimumNegatives = 10;
    qint64 highReachFollowers = 10000;
    QStringList riskWords = defaultRiskWords();
    static QStringList defaultRiskWords();
};

// Looks at the last window (24 hours) against the same windows of the week before: a spike in
// volume or in the negative share (mean + k standard deviations, and a floor, so a quiet
// week's tiny spread does not cry wolf), risk words, and negative mentions from accounts with a
// large audience. Time is given (an injected clock), so the detector is testable and can be
// run over the past.
// Where an alert's mentions are, as a condition on `mentions m JOIN authors a` and its bound
// values: the window it looked at and what it counted there (negatives, negatives from high-reach
// accounts, the risk words found). An alert keeps at most 50 of its mentions' ids; the scope
// finds them all. nullopt for alerts stored before format 11, which only have their ids.
struct AlertScope {
    QString where;
    QVariantHash binds;
};
std::optional<AlertScope> alertScope(const Alert &alert);

class SpikeDetector {
public:
    SpikeDetector(QSqlDatabase db, AlertRules rules = {});
    Expected<QList<Alert>> check(const QDateTime &now);

private:
    QSqlDatabase m_db;
    AlertRules m_rules;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::AlertRules)
