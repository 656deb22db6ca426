#pragma once

#include <QString>
#include <QStringList>

namespace veille {

// Splits an SQL script into statements for QSqlQuery, which runs one at a time. Handles
// quoted text, `--` comments and the `BEGIN … END;` body of CREATE TRIGGER. Written by hand
// because Qt has no script runner and SQLite's own shell is not a library.
QStringList splitSqlScript(const QString &script);

} // namespace veille
