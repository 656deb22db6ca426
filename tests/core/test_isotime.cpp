#include "support/tempworkspace.h"

#include "util/isotime.h"

#include <QTimeZone>

using namespace veille;

TEST_CASE("ISO 8601 dates are read in the shapes CLI.md promises", "[time]") {
    const QDateTime utc930(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc());
    CHECK(parseIsoDateTime(QStringLiteral("2026-11-21T09:30Z"), MissingOffset::AssumeUtc) ==
          utc930);
    CHECK(parseIsoDateTime(QStringLiteral("2026-11-21T10:30:00+01:00"), MissingOffset::AssumeUtc) ==
          utc930);
    CHECK(parseIsoDateTime(QStringLiteral("2026-11-21T09:30"), MissingOffset::AssumeUtc) == utc930);
    CHECK(parseIsoDateTime(QStringLiteral("2026-11-21"), MissingOffset::AssumeUtc) ==
          QDateTime(QDate(2026, 11, 21), QTime(0, 0), QTimeZone::utc()));
    const auto local =
        parseIsoDateTime(QStringLiteral("2026-11-21T09:30"), MissingOffset::AssumeLocal);
    REQUIRE(local);
    CHECK(*local == QDateTime(QDate(2026, 11, 21), QTime(9, 30)).toUTC());
    for (const char *bad :
         {"", "yesterday", "2026-13-01", "2026-11-21T25:00", "21/11/2026", "2026-11-21 junk"})
        CHECK_FALSE(parseIsoDateTime(QLatin1String(bad), MissingOffset::AssumeUtc));
}

TEST_CASE("times are written in UTC with Z", "[time]") {
    const QDateTime paris(QDate(2026, 7, 1), QTime(12, 0), QTimeZone("Europe/Paris"));
    CHECK(toIsoUtc(paris) == QLatin1String("2026-07-01T10:00:00Z"));
    CHECK(toIsoUtc(QDateTime(QDate(2026, 7, 1), QTime(10, 0, 0, 250), QTimeZone::utc())) ==
          QLatin1String("2026-07-01T10:00:00.250Z"));
    CHECK(toIsoUtc({}).isEmpty());
}
