#include "reportdialog.h"

#include "settings/settings.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace veille::ui {

namespace {

constexpr qreal kPreviewScale = 0.62; // pixels per point in the preview

enum class Period { Last30, LastMonth, ThisMonth, Last7, Last90, Custom };

} // namespace

ReportDialog::ReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_topic(new QComboBox)
    , m_language(new QComboBox)
    , m_paper(new QComboBox)
    , m_organisation(new QLineEdit)
    , m_logo(new QLineEdit)
    , m_colour(new QPushButton)
    , m_open(new QCheckBox(tr("&Open the PDF when it is written")))
    , m_pages(new QVBoxLayout)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_export(new QPushButton(tr("&Export PDF…")))
    , m_debounce(new QTimer(this)) {
    setObjectName(QStringLiteral("ReportDialog"));
    setWindowTitle(tr("Export report"));
    const ReportStyle saved = Settings().reportStyle();

    m_period->addItem(tr("Last 30 days"), int(Period::Last30));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7));
    m_period->addItem(tr("Last 90 days"), int(Period::Last90));
    m_period->addItem(tr("Custom"), int(Period::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_topic->addItem(tr("The brand"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved.language)));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(saved.pageSize.id()))));

    auto *what = new QGroupBox(tr("What"));
    auto *form = new QFormLayout(what);
    form->addRow(tr("&Period:"), m_period);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_to);
    form->addRow(QString(), dates);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Pa&per:"), m_paper);

    auto *sections = new QGroupBox(tr("Sections"));
    auto *sectionLayout = new QVBoxLayout(sections);
    const std::pair<QString, ReportSection> names[] = {
        {tr("Key figures"), ReportSection::Summary},    {tr("Charts"), ReportSection::Charts},
        {tr("Quoted mentions"), ReportSection::Quotes}, {tr("Community"), ReportSection::Community},
        {tr("Alerts"), ReportSection::Alerts},          {tr("Publishing"), ReportSection::Posts}};
    for (const auto &[name, section] : names) {
        auto *box = new QCheckBox(name);
        box->setChecked(saved.sections.testFlag(section));
        sectionLayout->addWidget(box);
        m_sections.append({box, section});
        connect(box, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    }

    auto *look = new QGroupBox(tr("Organisation"));
    auto *lookForm = new QFormLayout(look);
    m_organisation->setText(saved.organisation);
    m_organisation->setPlaceholderText(tr("Shown on the cover and in the footer"));
    lookForm->addRow(tr("&Name:"), m_organisation);
    m_logo->setText(saved.logoPath);
    m_logo->setPlaceholderText(tr("PNG, JPEG or SVG"));
    auto *browse = new QPushButton(tr("&Choose…"));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *logoLabel = new QLabel(tr("&Logo:"));
    logoLabel->setBuddy(m_logo); // the row is a layout: say which field the mnemonic reaches
    lookForm->addRow(logoLabel, logoRow);
    m_accent = saved.accent;
    lookForm->addRow(tr("Colo&ur:"), m_colour);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::chooseLogo);
    connect(m_colour, &QPushButton::clicked, this, &ReportDialog::chooseColour);

    auto *left = new QVBoxLayout;
    left->addWidget(what);
    left->addWidget(sections);
    left->addWidget(look);
    left->addWidget(m_open);
    left->addStretch(1);
    m_open->setChecked(true);

    auto *pagesHolder = new QWidget;
    pagesHolder->setLayout(m_pages);
    pagesHolder->setBackgroundRole(QPalette::Dark);
    pagesHolder->setAutoFillBackground(true);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pages->setSpacing(12);
    auto *scroll = new QScrollArea;
    scroll->setWidget(pagesHolder);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(int(595 * kPreviewScale) + 40);
    scroll->setAccessibleName(tr("Preview"));

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(scroll, 1);

    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::askWhereToExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 720);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ReportDialog::requestData);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportDialog::choosePeriod);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentData().toInt() == int(Period::Custom))
                schedulePreview();
        });
    for (QComboBox *box : {m_topic, m_language, m_paper})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_organisation, &QLineEdit::editingFinished, this, &ReportDialog::schedulePreview);
    connect(m_logo, &QLineEdit::editingFinished, this, &ReportDialog::schedulePreview);

    if (m_workspace) {
        WorkspaceReader *reader = m_workspace->analytics();
        connect(reader, &WorkspaceReader::reportFetched, this,
                [this](quint64 ticket, const veille::ReportData &report) {
                    if (ticket == m_ticket)
                        showData(report);
                });
        connect(reader, &WorkspaceReader::failed, this,
                [this](quint64 ticket, const QString &reason) {
                    if (ticket != m_ticket)
                        return;
                    m_status->setText(tr("The report's figures could not be read: %1").arg(reason));
                });
        connect(reader, &WorkspaceReader::topicsFetched, this,
                [this](quint64 ticket, const QList<veille::Topic> &topics,
                       const QHash<QString, qint64> &) {
                    if (ticket != m_topicsTicket)
                        return;
                    const QSignalBlocker quiet(m_topic);
                    for (const Topic &t : topics)
                        m_topic->addItem(t.name, t.name);
                });
        m_topicsTicket = reader->requestTopics(WorkspaceReader::TopicCounts::None);
    }
    choosePeriod();
    chooseColour(); // shows the saved colour on the button (no dialog without a click)
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::choosePeriod() {
    const QDate today =
        m_workspace ? m_workspace->clock().now().toLocalTime().date() : QDate::currentDate();
    const auto period = Period(m_period->currentData().toInt());
    QDate from = m_from->date();
    QDate to = m_to->date();
    switch (period) {
    case Period::Last30:
        from = today.addDays(-29);
        to = today;
        break;
    case Period::Last7:
        from = today.addDays(-6);
        to = today;
        break;
    case Period::Last90:
        from = today.addDays(-89);
        to = today;
        break;
    case Period::LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = today;
        break;
    case Period::Custom:
        break;
    }
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    schedulePreview();
}

ReportRequest ReportDialog::request() const {
    ReportRequest request;
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from)
        std::swap(from, to);
    request.since = from.startOfDay().toUTC();
    request.until = to.addDays(1).startOfDay().toUTC();
    request.topic = m_topic->currentData().toString();
    if (m_workspace)
        request.issuedAt = m_workspace->clock().now();
    return request;
}

ReportStyle ReportDialog::style() const {
    ReportStyle style;
    style.language = m_language->currentData().toString();
    style.pageSize = QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    style.organisation = m_organisation->text().trimmed();
    style.logoPath = m_logo->text().trimmed();
    style.accent = m_accent;
    style.sections = {};
    for (const auto &[box, section] : m_sections)
        if (box->isChecked())
            style.sections |= section;
    return style;
}

int ReportDialog::previewPages() const {
    return m_pages->count();
}

void ReportDialog::schedulePreview() {
    m_export->setEnabled(false);
    m_debounce->start();
}

void ReportDialog::requestData() {
    if (!m_workspace)
        return;
    m_status->setText(tr("Computing the figures…"));
    m_ticket = m_workspace->analytics()->requestReport(request());
}

void ReportDialog::showData(const ReportData &report) {
    m_renderer = std::make_shared<const ReportRenderer>(report, style());
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_previewNext = 0;
    m_status->setText(tr("%n page(s)", nullptr, m_renderer->pageCount()));
    m_export->setEnabled(true);
    if (!m_pendingExport.isEmpty()) {
        const QString path = std::exchange(m_pendingExport, QString());
        exportTo(path);
    }
    QTimer::singleShot(0, this, &ReportDialog::drawNextPreviewPage);
}

void ReportDialog::drawNextPreviewPage() {
    if (!m_renderer || m_previewNext >= m_renderer->pageCount())
        return;
    auto *page = new QLabel;
    page->setPixmap(QPixmap::fromImage(m_renderer->pageImage(m_previewNext, kPreviewScale)));
    page->setFrameShape(QFrame::Box);
    page->setAccessibleName(tr("Page %1").arg(m_previewNext + 1));
    m_pages->addWidget(page);
    ++m_previewNext;
    if (m_previewNext < m_renderer->pageCount())
        QTimer::singleShot(0, this, &ReportDialog::drawNextPreviewPage);
    else
        Q_EMIT previewReady(m_previewNext);
}

void ReportDialog::chooseLogo() {
    auto *dialog = new QFileDialog(this, tr("Choose a logo"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (*.png *.jpg *.jpeg *.svg)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_logo->setText(path);
        schedulePreview();
    });
    dialog->open();
}

void ReportDialog::chooseColour() {
    auto paint = [this] {
        QPixmap swatch(28, 14);
        swatch.fill(m_accent);
        m_colour->setIcon(QIcon(swatch));
        m_colour->setText(m_accent.name());
    };
    if (m_colour->text().isEmpty()) { // the first call only shows the saved colour
        paint();
        return;
    }
    auto *dialog = new QColorDialog(m_accent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, paint](const QColor &colour) {
        m_accent = colour;
        paint();
        schedulePreview();
    });
    dialog->open();
}

void ReportDialog::askWhereToExport() {
    auto *dialog = new QFileDialog(this, tr("Export report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    const ReportRequest r = request();
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(tr("Veille report %1.pdf")
                           .arg(r.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    connect(dialog, &QFileDialog::fileSelected, this, &ReportDialog::exportTo);
    dialog->open();
}

void ReportDialog::exportTo(const QString &path) {
    if (!m_renderer || m_debounce->isActive()) {
        // The choices changed since the preview: export once the new figures are in.
        m_pendingExport = path;
        if (!m_debounce->isActive())
            requestData();
        return;
    }
    Settings().setReportStyle(style());
    m_export->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, m_renderer->pageCount());
    m_progress->setValue(0);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    auto *job = new ReportPdfJob(m_renderer, path, this);
    m_job = job;
    connect(job, &ReportPdfJob::progress, m_progress,
            [this](int done, int) { m_progress->setValue(done); });
    connect(job, &ReportPdfJob::finished, this, [this, job](const QString &written) {
        job->deleteLater();
        m_progress->setVisible(false);
        m_export->setEnabled(true);
        m_status->setText(tr("Written: %1").arg(QDir::toNativeSeparators(written)));
        if (m_open->isChecked())
            QDesktopServices::openUrl(QUrl::fromLocalFile(written));
        Q_EMIT exported(written);
    });
    connect(job, &ReportPdfJob::failed, this, [this, job](const QString &reason) {
        job->deleteLater();
        m_progress->setVisible(false);
        m_export->setEnabled(true);
        m_status->setText(tr("The report was not written: %1").arg(reason));
        Q_EMIT exportFailed(reason);
    });
    job->start();
}

} // namespace veille::ui
