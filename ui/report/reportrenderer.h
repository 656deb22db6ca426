#pragma once

#include "report/reportdata.h"
#include "reportwords.h"

#include <QColor>
#include <QImage>
#include <QPageSize>

#include <functional>
#include <memory>

class QPainter;

namespace veille::ui {

enum class ReportSection {
    Summary = 0x1,
    Charts = 0x2,
    Quotes = 0x4,
    Community = 0x8,
    Alerts = 0x10,
    Posts = 0x20,
};
Q_DECLARE_FLAGS(ReportSections, ReportSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReportSections)
inline constexpr ReportSections kAllReportSections =
    ReportSections(0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20);

// The look of a report: the organisation's name, logo and colour (from the preferences), the
// language and paper, and which sections to include.
struct ReportStyle {
    QString language = QStringLiteral("en"); // "fr" or "en"
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QString organisation;
    QString logoPath; // PNG, JPEG or SVG; empty: none
    QColor accent = QColor(0x1f, 0x3a, 0x5f);
    ReportSections sections = kAllReportSections;

    // A4, or Letter where the locale's territory uses it (North and Central America, Chile,
    // Colombia, Venezuela, the Philippines).
    static QPageSize pageSizeFor(const QLocale &locale);
};

// Lays a report out on pages and paints them: on a PDF (vectors, selectable text, embedded
// fonts) or on an image for the preview. Works in points (1/72 inch) whatever the device.
// Charts are the Sentiment panel's own (QtCharts on a graphics scene), so the renderer lives
// on the GUI thread; the figures come computed (ReportData) from a reader thread.
class ReportRenderer {
public:
    ReportRenderer(ReportData data, ReportStyle style);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    int pageCount() const;
    QSizeF pageSizePoints() const;
    // Paints page `index` (0-based); the painter's units must be points from the page's top
    // left corner.
    void paintPage(QPainter &painter, int index) const;
    // The page as an image, `scale` pixels per point (for the preview).
    QImage pageImage(int index, qreal scale) const;
    const ReportData &data() const;
    const ReportStyle &style() const;

    class Block;

private:
    void build();
    void paginate();

    ReportData m_data;
    ReportStyle m_style;
    ReportWords m_words;
    std::vector<std::unique_ptr<Block>> m_blocks;
    std::vector<std::unique_ptr<Block>> m_pieces; // the parts of tables cut over pages
    QList<QList<const Block *>> m_pages;          // after the cover
};

} // namespace veille::ui
