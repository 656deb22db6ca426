#include "reportrenderer.h"

#include "charts/sentimentcharts.h"
#include "reportcontent.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>

namespace veille::ui {

namespace {

constexpr qreal kMargin = 50; // left and right, in points
constexpr qreal kTop = 70;    // where the content starts, below the header
constexpr qreal kBottom = 60; // space kept for the footer

} // namespace

// One piece of a page: a paragraph, a table, a chart, the tiles.
class ReportRenderer::Block {
public:
    virtual ~Block() = default;
    virtual qreal height(qreal width) const = 0;
    virtual void paint(QPainter &painter, const QRectF &rect) const = 0;
    // How much of the block must stand on the same page as a heading before it: all of it,
    // or its start when it is longer than `limit`.
    virtual qreal startHeight(qreal width, qreal limit) const {
        return std::min(height(width), limit);
    }
    bool keepWithNext = false; // a heading stays with what it introduces
};

namespace {

class TextBlock final : public ReportRenderer::Block {
public:
    TextBlock(const QString &html, const QFont &font, const QString &css) {
        m_document.setDocumentMargin(0);
        m_document.setDefaultFont(font);
        m_document.setDefaultStyleSheet(css);
        m_document.setHtml(html);
    }
    qreal height(qreal width) const override {
        m_document.setTextWidth(width);
        return m_document.size().height();
    }
    void paint(QPainter &painter, const QRectF &rect) const override {
        m_document.setTextWidth(rect.width());
        painter.save();
        painter.translate(rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();
    }

private:
    mutable QTextDocument m_document;
};

// A table whose rows go on as many pages as they need, its header on each: laid out in
// pieces (text blocks) when the report is cut into pages.
class TableBlock final : public ReportRenderer::Block {
public:
    TableBlock(ReportTable table, const QFont &font, const QString &css)
        : m_table(std::move(table))
        , m_font(font)
        , m_css(css) {}
    qsizetype rows() const { return m_table.rows.size(); }
    // The rows [first, first + count) under the header.
    std::unique_ptr<TextBlock> piece(qsizetype first, qsizetype count) const {
        return std::make_unique<TextBlock>(
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">") +
                m_table.header + m_table.rows.mid(first, count).join(QString()) +
                QStringLiteral("</table>"),
            m_font, m_css);
    }
    qreal height(qreal width) const override { return piece(0, rows())->height(width); }
    // Its header and first rows.
    qreal startHeight(qreal width, qreal limit) const override {
        return std::min(piece(0, std::min<qsizetype>(rows(), 3))->height(width), limit);
    }
    void paint(QPainter &painter, const QRectF &rect) const override {
        piece(0, rows())->paint(painter, rect);
    }

private:
    ReportTable m_table;
    QFont m_font;
    QString m_css;
};

// Charts side by side, each filled by a function, drawn as vectors through a graphics scene.
class ChartBlock final : public ReportRenderer::Block {
public:
    using Fill = std::function<void(QChart *)>;
    ChartBlock(QList<std::pair<Fill, qreal>> charts, qreal height, QFont font)
        : m_charts(std::move(charts))
        , m_height(height)
        , m_font(std::move(font)) {}
    qreal height(qreal) const override { return m_height; }
    void paint(QPainter &painter, const QRectF &rect) const override {
        qreal total = 0;
        for (const auto &[fill, weight] : m_charts)
            total += weight;
        qreal x = rect.left();
        for (const auto &[fill, weight] : m_charts) {
            const QRectF target(x, rect.top(), rect.width() * weight / total, rect.height());
            x += target.width();
            QGraphicsScene scene;
            auto *chart = new QChart;
            scene.addItem(chart);
            chart->setAnimationOptions(QChart::NoAnimation);
            chart->setDropShadowEnabled(false);
            chart->setBackgroundRoundness(0);
            chart->setMargins(QMargins(2, 2, 2, 2));
            chart->legend()->setAlignment(Qt::AlignBottom);
            fill(chart);
            setChartFont(chart, m_font);
            const QRectF area(QPointF(0, 0), target.size());
            chart->setGeometry(area);
            chart->layout()->activate();
            scene.setSceneRect(area);
            scene.render(&painter, target, area);
        }
    }

private:
    QList<std::pair<Fill, qreal>> m_charts;
    qreal m_height;
    QFont m_font;
};

// The executive summary's figures as tiles: name, value, and the change in colour.
class TilesBlock final : public ReportRenderer::Block {
public:
    TilesBlock(QList<ReportTile> tiles, QFont font, QColor accent)
        : m_tiles(std::move(tiles))
        , m_font(std::move(font))
        , m_accent(std::move(accent)) {}
    static constexpr int kColumns = 4;
    static constexpr qreal kTileHeight = 86;
    static constexpr qreal kGap = 8;
    qreal height(qreal) const override {
        const auto rows = (m_tiles.size() + kColumns - 1) / kColumns;
        return qreal(rows) * (kTileHeight + kGap);
    }
    void paint(QPainter &painter, const QRectF &rect) const override {
        const qreal width = (rect.width() - kGap * (kColumns - 1)) / kColumns;
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        for (qsizetype i = 0; i < m_tiles.size(); ++i) {
            const ReportTile &tile = m_tiles[i];
            const QRectF box(rect.left() + qreal(i % kColumns) * (width + kGap),
                             rect.top() + qreal(i / kColumns) * (kTileHeight + kGap), width,
                             kTileHeight);
            painter.setPen(QPen(QColor(0xd8, 0xdd, 0xe3), 0.8));
            painter.setBrush(QColor(0xf7, 0xf8, 0xfa));
            painter.drawRoundedRect(box, 4, 4);
            painter.fillRect(QRectF(box.left(), box.top(), 3, box.height()), m_accent);
            const QRectF inner = box.adjusted(10, 7, -6, -6);
            QFont label = m_font;
            label.setPixelSize(8);
            painter.setFont(label);
            painter.setPen(QColor(0x55, 0x5f, 0x6b));
            painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tile.name);
            QFont value = m_font;
            value.setPixelSize(tile.value.size() > 9 ? 13 : 18);
            value.setBold(true);
            painter.setFont(value);
            painter.setPen(QColor(0x1b, 0x1f, 0x24));
            painter.drawText(inner.adjusted(0, 20, 0, 0), Qt::AlignLeft | Qt::AlignTop, tile.value);
            QFont change = m_font;
            change.setPixelSize(7.5);
            painter.setFont(change);
            painter.setPen(tile.tone > 0   ? QColor(0x1e, 0x7a, 0x46)
                           : tile.tone < 0 ? QColor(0xb0, 0x24, 0x24)
                                           : QColor(0x55, 0x5f, 0x6b));
            painter.drawText(inner.adjusted(0, 44, 0, 0),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tile.change);
            painter.setPen(QColor(0x55, 0x5f, 0x6b));
            painter.drawText(inner.adjusted(0, 63, 0, 0),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tile.baseline);
        }
        painter.restore();
    }

private:
    QList<ReportTile> m_tiles;
    QFont m_font;
    QColor m_accent;
};

QFont reportFont(qreal pixels) {
    QFont font = QGuiApplication::font();
    // Emoji from an outline font when the system has one: colour emoji fonts are bitmaps,
    // which PDF viewers do not draw.
    font.setFamilies({QFontInfo(font).family(), QStringLiteral("Symbola"),
                      QStringLiteral("Segoe UI Symbol"), QStringLiteral("Apple Symbols")});
    // Pixels here are points: the painter works in points on every device.
    font.setPixelSize(int(pixels));
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures where the script does not need them: "fl" stays two letters that a reader
    // can search and copy, instead of one "ﬂ" glyph.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QPageSize ReportStyle::pageSizeFor(const QLocale &locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
    case QLocale::Panama:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

ReportRenderer::ReportRenderer(ReportData data, ReportStyle style)
    : m_data(std::move(data))
    , m_style(std::move(style))
    , m_words(m_style.language) {
    build();
    paginate();
}

ReportRenderer::~ReportRenderer() = default;

const ReportData &ReportRenderer::data() const {
    return m_data;
}

const ReportStyle &ReportRenderer::style() const {
    return m_style;
}

QSizeF ReportRenderer::pageSizePoints() const {
    return m_style.pageSize.size(QPageSize::Point);
}

int ReportRenderer::pageCount() const {
    return 1 + int(m_pages.size());
}

void ReportRenderer::build() {
    const ReportContent content(m_data, m_words);
    const QFont body = reportFont(10);
    const QString css = reportStyleSheet(m_style.accent);
    auto text = [&](const QString &html, bool keepWithNext = false) {
        auto block = std::make_unique<TextBlock>(html, body, css);
        block->keepWithNext = keepWithNext;
        m_blocks.push_back(std::move(block));
    };
    const ReportSections sections = m_style.sections;
    text(content.summaryHeading(), true);
    text(content.introduction());
    if (m_data.isEmpty())
        return;
    if (sections & ReportSection::Summary) {
        m_blocks.push_back(std::make_unique<TilesBlock>(content.tiles(), body, m_style.accent));
        text(content.summaryInWords());
    }
    if (sections & ReportSection::Charts) {
        text(content.chartsHeading(), true);
        ChartWords words;
        words.locale = m_words.locale();
        words.sentiment = [this](SentimentLabel label) { return m_words.sentiment(label); };
        words.network = [this](const QString &network) { return m_words.network(network); };
        words.netSentiment = m_words(QT_TRANSLATE_NOOP("Report", "Net sentiment"));
        words.baselinePerDay = m_words(QT_TRANSLATE_NOOP("Report", "Baseline: %1 a day"));
        words.mentions = m_words(QT_TRANSLATE_NOOP("Report", "Mentions"));
        const QString volumeTitle =
            m_words(QT_TRANSLATE_NOOP("Report", "Mentions per day by sentiment"));
        const QString shareTitle = m_words(QT_TRANSLATE_NOOP("Report", "Share of voice"));
        const QString networksTitle = m_words(QT_TRANSLATE_NOOP("Report", "Networks"));
        const ReportData &data = m_data;
        m_blocks.push_back(std::make_unique<ChartBlock>(
            QList<std::pair<ChartBlock::Fill, qreal>>{{[data, words, volumeTitle](QChart *chart) {
                                                           fillVolumeChart(chart, data.days,
                                                                           data.baseline, words);
                                                           chart->setTitle(volumeTitle);
                                                       },
                                                       1.0}},
            250, reportFont(8)));
        m_blocks.push_back(std::make_unique<ChartBlock>(
            QList<std::pair<ChartBlock::Fill, qreal>>{{[data, words, shareTitle](QChart *chart) {
                                                           fillShareChart(chart, data.current,
                                                                          words);
                                                           chart->setTitle(shareTitle);
                                                       },
                                                       2.0},
                                                      {[data, words, networksTitle](QChart *chart) {
                                                           fillNetworkChart(chart, data.current,
                                                                            words);
                                                           chart->setTitle(networksTitle);
                                                           chart->legend()->hide();
                                                       },
                                                       3.0}},
            190, reportFont(8)));
        text(content.chartsInWords());
    }
    if (sections & ReportSection::Quotes) {
        text(content.quotesHeading(), true);
        const QList<QStringList> groups = content.quoteGroups();
        for (const QStringList &group : groups) {
            for (qsizetype i = 0; i < group.size(); ++i)
                text(group[i], i == 0); // the group's title stays with its first quote
        }
    }
    if (sections & ReportSection::Community) {
        text(content.communityHeading(), true);
        text(content.community());
    }
    if (sections & ReportSection::Alerts) {
        text(content.alertsHeading(), true);
        ReportTable table = content.alertTable();
        // The paragraph that introduces the table stays with its first rows.
        text(content.alertsInWords(), !table.rows.isEmpty());
        if (!table.rows.isEmpty())
            m_blocks.push_back(std::make_unique<TableBlock>(std::move(table), body, css));
    }
    if (sections & ReportSection::Posts) {
        text(content.postsHeading(), true);
        text(content.posts());
    }
}

namespace {
// As many rows as fit where the page stands, the rest on the next pages, the header on each:
// a table cut in fixed parts repeated its header in the middle of a page.
void placeTable(const TableBlock &table, qreal width, qreal bottom, qreal &y,
                QList<QList<const ReportRenderer::Block *>> &pages,
                std::vector<std::unique_ptr<ReportRenderer::Block>> &pieces) {
    qsizetype first = 0;
    while (first < table.rows()) {
        // The most rows that fit (at least one on an empty page), found by halving.
        qsizetype low = 0, high = table.rows() - first;
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            if (y + table.piece(first, mid)->height(width) <= bottom)
                low = mid;
            else
                high = mid - 1;
        }
        if (low == 0 && !pages.last().isEmpty()) {
            pages.append(QList<const ReportRenderer::Block *>());
            y = kTop;
            continue;
        }
        const qsizetype count = std::max<qsizetype>(low, 1);
        auto piece = table.piece(first, count);
        pages.last().append(piece.get());
        y += piece->height(width) + 8;
        pieces.push_back(std::move(piece));
        first += count;
    }
}

} // namespace

void ReportRenderer::paginate() {
    const QSizeF page = pageSizePoints();
    const qreal width = page.width() - 2 * kMargin;
    const qreal bottom = page.height() - kBottom;
    m_pages.clear();
    m_pages.append(QList<const Block *>());
    qreal y = kTop;
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const Block *block = m_blocks[i].get();
        if (const auto *table = dynamic_cast<const TableBlock *>(block)) {
            placeTable(*table, width, bottom, y, m_pages, m_pieces);
            continue;
        }
        qreal needed = block->height(width);
        // A heading keeps with what follows, or with its start when that is over half a page;
        // a heading followed by another keeps with both (a section's title, a group's title,
        // its first quote), so that none of them ends a page alone.
        for (size_t j = i; m_blocks[j]->keepWithNext && j + 1 < m_blocks.size(); ++j) {
            const Block *next = m_blocks[j + 1].get();
            needed += 8 + (next->keepWithNext ? next->height(width)
                                              : next->startHeight(width, (bottom - kTop) / 2));
        }
        if (y + needed > bottom && !m_pages.last().isEmpty()) {
            m_pages.append(QList<const Block *>());
            y = kTop;
        }
        m_pages.last().append(block);
        y += block->height(width) + 8;
    }
}

void ReportRenderer::paintPage(QPainter &painter, int index) const {
    const QSizeF page = pageSizePoints();
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    const ReportContent content(m_data, m_words);
    if (index == 0) {
        // The cover: the organisation's colour, its logo, the brand and the period.
        painter.fillRect(QRectF(0, 0, page.width(), 230), m_style.accent);
        if (!m_style.logoPath.isEmpty() && QFileInfo::exists(m_style.logoPath)) {
            const QRectF box(kMargin, 40, 160, 70);
            if (m_style.logoPath.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
                QSvgRenderer svg(m_style.logoPath);
                QSizeF size = svg.defaultSize();
                size.scale(box.size(), Qt::KeepAspectRatio);
                svg.render(&painter, QRectF(box.topLeft(), size));
            } else {
                const QImage logo(m_style.logoPath);
                QSizeF size = logo.size();
                size.scale(box.size(), Qt::KeepAspectRatio);
                painter.drawImage(QRectF(box.topLeft(), size), logo);
            }
        }
        QFont font = reportFont(12);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(kMargin, 130, page.width() - 2 * kMargin, 20),
                         Qt::AlignLeft | Qt::AlignVCenter, content.reportTitle().toUpper());
        font.setPixelSize(34);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRectF(kMargin, 152, page.width() - 2 * kMargin, 50),
                         Qt::AlignLeft | Qt::AlignVCenter, content.brandName());
        painter.setPen(QColor(0x1b, 0x1f, 0x24));
        font.setPixelSize(18);
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(QRectF(kMargin, 270, page.width() - 2 * kMargin, 30),
                         Qt::AlignLeft | Qt::AlignVCenter, content.periodText());
        font.setPixelSize(11);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x5f, 0x6b));
        const QStringList lines = content.coverLines(m_style.organisation);
        qreal y = 310;
        for (const QString &line : lines) {
            painter.drawText(QRectF(kMargin, y, page.width() - 2 * kMargin, 18),
                             Qt::AlignLeft | Qt::AlignVCenter, line);
            y += 18;
        }
        painter.fillRect(QRectF(kMargin, page.height() - 80, 60, 3), m_style.accent);
        painter.drawText(QRectF(kMargin, page.height() - 70, page.width() - 2 * kMargin, 18),
                         Qt::AlignLeft | Qt::AlignVCenter, content.madeWith());
        painter.restore();
        return;
    }

    // Header and footer.
    QFont small = reportFont(8);
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x5f, 0x6b));
    const QRectF header(kMargin, 28, page.width() - 2 * kMargin, 14);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     content.brandName() + QStringLiteral(" — ") + content.reportTitle());
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, content.periodText());
    painter.fillRect(QRectF(kMargin, 45, page.width() - 2 * kMargin, 1), m_style.accent);
    const QRectF footer(kMargin, page.height() - 38, page.width() - 2 * kMargin, 14);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_style.organisation);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     content.pageOf(index + 1, pageCount()));

    const qreal width = page.width() - 2 * kMargin;
    qreal y = kTop;
    for (const Block *block : m_pages.value(index - 1)) {
        const qreal h = block->height(width);
        block->paint(painter, QRectF(kMargin, y, width, h));
        y += h + 8;
    }
    painter.restore();
}

QImage ReportRenderer::pageImage(int index, qreal scale) const {
    const QSizeF page = pageSizePoints();
    QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return image;
}

} // namespace veille::ui
