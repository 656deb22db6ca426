#pragma once

#include "support/tempworkspace.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace veille::test {

// Reads CSV as spreadsheets do (RFC 4180), to check what the writer produced.
inline QList<QStringList> readCsv(QByteArray bytes) {
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows{QStringList()};
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            rows.last().append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            rows.last().append(cell);
            cell.clear();
            rows.append(QStringList());
        } else {
            cell += c;
        }
    }
    rows.removeLast();
    return rows;
}

} // namespace veille::test
