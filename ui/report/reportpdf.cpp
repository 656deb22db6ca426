// A laid-out report written to a PDF file: vectors, selectable text, embedded fonts.
#include "reportpdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QTimer>

namespace veille::ui {

namespace {

constexpr int kPdfResolution = 300; // dots per inch of the PDF's coordinate space

std::unique_ptr<QPdfWriter> pdfWriterFor(QIODevice *device, const ReportRenderer &renderer) {
    auto writer = std::make_unique<QPdfWriter>(device);
    writer->setResolution(kPdfResolution);
    writer->setPageSize(renderer.style().pageSize);
    writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    writer->setCreator(QStringLiteral("Veille"));
    writer->setTitle(renderer.data().brand.isEmpty()
                         ? QStringLiteral("Veille")
                         : renderer.data().brand + QStringLiteral(" — Veille"));
    return writer;
}

void scaleToPoints(QPainter &painter) {
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(kPdfResolution / 72.0, kPdfResolution / 72.0);
}

QString saveProblem(const QSaveFile &file) {
    return QCoreApplication::translate("Report", "%1 cannot be written: %2")
        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
}

} // namespace

std::optional<QString> writeReportPdf(const ReportRenderer &renderer, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveProblem(file);
    {
        auto writer = pdfWriterFor(&file, renderer);
        QPainter painter;
        if (!painter.begin(writer.get()))
            return saveProblem(file);
        scaleToPoints(painter);
        for (int i = 0; i < renderer.pageCount(); ++i) {
            if (i > 0)
                writer->newPage();
            renderer.paintPage(painter, i);
        }
        painter.end();
    }
    if (!file.commit())
        return saveProblem(file);
    return std::nullopt;
}

ReportPdfJob::ReportPdfJob(std::shared_ptr<const ReportRenderer> renderer, QString path,
                           QObject *parent)
    : QObject(parent)
    , m_renderer(std::move(renderer))
    , m_path(std::move(path)) {}

ReportPdfJob::~ReportPdfJob() {
    if (m_painter && m_painter->isActive())
        m_painter->end();
    // An unfinished job leaves no file behind: QSaveFile without commit() discards it.
}

void ReportPdfJob::start() {
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        Q_EMIT failed(saveProblem(*m_file));
        return;
    }
    m_writer = pdfWriterFor(m_file.get(), *m_renderer);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        Q_EMIT failed(saveProblem(*m_file));
        return;
    }
    scaleToPoints(*m_painter);
    m_next = 0;
    QTimer::singleShot(0, this, &ReportPdfJob::step);
}

void ReportPdfJob::step() {
    if (m_next > 0)
        m_writer->newPage();
    m_renderer->paintPage(*m_painter, m_next);
    ++m_next;
    Q_EMIT progress(m_next, m_renderer->pageCount());
    if (m_next < m_renderer->pageCount()) {
        QTimer::singleShot(0, this, &ReportPdfJob::step);
        return;
    }
    m_painter->end();
    m_writer.reset();
    if (!m_file->commit()) {
        Q_EMIT failed(saveProblem(*m_file));
        return;
    }
    Q_EMIT finished(m_path);
}

} // namespace veille::ui
