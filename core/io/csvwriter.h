#pragma once

#include <QIODevice>
#include <QStringList>

namespace veille {

// CSV that LibreOffice and Excel open correctly: UTF-8 with a byte-order mark, CRLF line ends,
// every field quoted when it holds a comma, quote, line break or leading/trailing space.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device);
    void writeRow(const QStringList &fields);
    static QString quoted(const QString &field);

private:
    QIODevice *m_device;
    bool m_started = false;
};

} // namespace veille
