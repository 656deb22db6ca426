#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace veille {

// ISO 8601 in UTC with `Z`, as every Veille output writes time; milliseconds only when present.
QString toIsoUtc(const QDateTime &time);

// How a date-time without an offset is to be read.
enum class MissingOffset { AssumeUtc, AssumeLocal };

// Accepts `2026-11-21`, `2026-11-21T09:30`, seconds, fractions, `Z` or `±hh:mm` offsets.
// A bare date is its start of day. Returns nullopt when the text is not such a date.
std::optional<QDateTime> parseIsoDateTime(const QString &text, MissingOffset missing);

} // namespace veille
