#include "csvwriter.h"

namespace veille {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device) {}

QString CsvWriter::quoted(const QString &field) {
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) ||
                             field.contains(QLatin1Char('\r')) ||
                             field.contains(QLatin1Char(';')) ||
                             field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields) {
    if (!m_started) {
        m_device->write("\xEF\xBB\xBF");
        m_started = true;
    }
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells.append(quoted(field));
    m_device->write(cells.join(QLatin1Char(',')).toUtf8());
    m_device->write("\r\n");
}

} // namespace veille
