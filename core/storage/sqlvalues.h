#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace veille {

// Values bound to SQL parameters where "nothing" is stored as NULL, not as '' or 0.
inline QVariant nullableText(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

inline QVariant nullableCount(const std::optional<qint64> &value) {
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

// Times are stored as milliseconds since the epoch (UTC).
inline QVariant nullableTime(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace veille
