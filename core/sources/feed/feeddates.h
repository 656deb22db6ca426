#pragma once

#include <QDateTime>
#include <QString>

namespace veille {

// Dates as feeds write them: RFC 822/2822 (with or without the day name, two-digit years,
// named zones such as GMT, EST or CEST, missing seconds) and ISO 8601 / RFC 3339. Returns an
// invalid QDateTime when the text is no date at all. Written by hand because
// Qt::RFC2822Date refuses most of what is found in the wild.
QDateTime parseFeedDate(const QString &text);

} // namespace veille
