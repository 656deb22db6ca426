#include "support/tempworkspace.h"

#include "io/csvwriter.h"

#include <QBuffer>

using namespace veille;

// Reads CSV as spreadsheets do (RFC 4180), to check what the writer produced.
static QList<QStringList> readCsv(QByteArray bytes) {
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

TEST_CASE("CSV round trip keeps commas, quotes, newlines and accents", "[csv]") {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    const QList<QStringList> rows{
        {QStringLiteral("id"), QStringLiteral("text")},
        {QStringLiteral("1"), QStringLiteral("Bonjour, ça va ? Très \"bien\" 😍")},
        {QStringLiteral("2"), QStringLiteral("ligne un\nligne deux")},
        {QStringLiteral("3"), QStringLiteral(" espace;point-virgule ")},
        {QStringLiteral("4"), QString()},
    };
    for (const QStringList &row : rows)
        writer.writeRow(row);
    CHECK(readCsv(buffer.data()) == rows);
    CHECK(buffer.data().contains("\r\n"));
}
