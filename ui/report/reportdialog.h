#pragma once

#include "report/reportdata.h"
#include "reportpdf.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace veille {
class Workspace;
}

namespace veille::ui {

// File › Export report…: the period, the topic, the language, the sections and the
// organisation's look; a preview of every page as it will print; the PDF written page by page
// with a progress bar, then opened. The figures are computed on the analytics reader thread;
// the pages are drawn one per turn of the event loop.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportRequest request() const;
    ReportStyle style() const;
    // Writes the PDF to `path` (the Export button asks where first).
    void exportTo(const QString &path);
    int previewPages() const;
    QComboBox *periodBox() const { return m_period; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *openWhenDone() const { return m_open; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    void previewReady(int pages);
    void exported(const QString &path);
    void exportFailed(const QString &reason);

private:
    void schedulePreview();
    void requestData();
    void showData(const ReportData &report);
    void drawNextPreviewPage();
    void choosePeriod();
    void chooseLogo();
    void chooseColour();
    void askWhereToExport();

    QPointer<Workspace> m_workspace;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_topic;
    QComboBox *m_language;
    QComboBox *m_paper;
    QList<std::pair<QCheckBox *, ReportSection>> m_sections;
    QLineEdit *m_organisation;
    QLineEdit *m_logo;
    QPushButton *m_colour;
    QColor m_accent;
    QCheckBox *m_open;
    QVBoxLayout *m_pages;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QTimer *m_debounce;
    quint64 m_ticket = 0;
    quint64 m_topicsTicket = 0;
    std::shared_ptr<const ReportRenderer> m_renderer;
    int m_previewNext = 0;
    QString m_pendingExport; // a path chosen before the figures came
    QPointer<ReportPdfJob> m_job;
};

} // namespace veille::ui
