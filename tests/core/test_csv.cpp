#include "support/tempworkspace.h"

#include "io/csvwriter.h"
#include "support/csvread.h"

#include <QBuffer>

using namespace veille;

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
    CHECK(veille::test::readCsv(buffer.data()) == rows);
    CHECK(buffer.data().contains("\r\n"));
}
