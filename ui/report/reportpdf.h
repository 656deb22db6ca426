#pragma once

#include "reportrenderer.h"

#include <QObject>
#include <QSaveFile>

#include <memory>
#include <optional>

class QPainter;
class QPdfWriter;

namespace veille::ui {

// Writes a report to a PDF file one page per turn of the event loop, so the window stays
// responsive and a progress bar can follow; the file appears whole or not at all (QSaveFile).
class ReportPdfJob : public QObject {
    Q_OBJECT
public:
    ReportPdfJob(std::shared_ptr<const ReportRenderer> renderer, QString path,
                 QObject *parent = nullptr);
    ~ReportPdfJob() override;
    void start();

Q_SIGNALS:
    void progress(int pagesDone, int pages);
    void finished(const QString &path);
    void failed(const QString &reason);

private:
    void step();

    std::shared_ptr<const ReportRenderer> m_renderer;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    int m_next = 0;
};

// The same, in one go, for the command line. Returns the reason on failure.
std::optional<QString> writeReportPdf(const ReportRenderer &renderer, const QString &path);

} // namespace veille::ui
