#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

namespace veille {

// Small readers shared by the JSON connectors.

// An ISO 8601 time as the networks write it, in UTC; invalid when absent or unreadable.
QDateTime jsonTime(const QJsonValue &value);
// A count that may be missing (null), a number or a numeric string.
std::optional<qint64> jsonCount(const QJsonValue &value);
// The value of `param` in the URL of the Link header entry with rel=`rel` (RFC 8288).
QString linkHeaderParam(const QByteArray &linkHeader, const QByteArray &rel, const QString &param);
// Orders opaque but numeric ids (Mastodon snowflakes, Reddit base-36 needs no such help).
bool numericIdLess(const QString &a, const QString &b);

} // namespace veille
