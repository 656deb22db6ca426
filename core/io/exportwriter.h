#pragma once

#include "storage/mentionstore.h"
#include "storage/storageerror.h"

#include <QIODevice>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace veille {

class CsvWriter;

enum class ExportFormat { Jsonl, Csv };
std::optional<ExportFormat> exportFormatFromName(const QString &name);

// One CSV column: its header and the path of the value in the JSON record ("author.handle").
struct CsvColumn {
    QString header;
    QString path;
};
QList<CsvColumn> mentionCsvColumns();
QList<CsvColumn> authorCsvColumns();
QList<CsvColumn> postCsvColumns();

// Writes records in the JSON Lines formats of CLI.md, or as CSV whose columns are paths into
// the same records — so CSV and JSON Lines never disagree.
class ExportWriter {
public:
    ExportWriter(QIODevice *device, ExportFormat format, QList<CsvColumn> columns);
    ~ExportWriter();
    void write(const QJsonObject &record);

private:
    QIODevice *m_device;
    ExportFormat m_format;
    QList<CsvColumn> m_columns;
    CsvWriter *m_csv = nullptr;
    std::unique_ptr<CsvWriter> m_csvOwner;
};

// Pages through the mentions matching `query`, newest first, `max` at most (0 = all), in
// constant memory. Returns how many were written.
Expected<qint64> exportMentions(MentionStore &store, MentionQuery query, qint64 max,
                                ExportWriter &writer);

} // namespace veille
