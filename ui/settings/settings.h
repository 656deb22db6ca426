#pragma once

#include "analytics/spikedetector.h"
#include "report/reportrenderer.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace veille::ui {

// Every setting Veille keeps, typed, in one place (no string keys scattered in the code).
// Never holds a secret: those live in the OS keychain.
class Settings {
public:
    Settings();

    QString language() const; // "", "fr" or "en"; "" follows the system
    void setLanguage(const QString &language);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &location);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // The dock layout, tagged with its version so that a layout saved by an older Veille
    // with other docks is dropped instead of restored wrong.
    QByteArray windowState(int version) const;
    void setWindowState(const QByteArray &state, int version);

    int periodDays() const;
    void setPeriodDays(int days);
    // Posts that came due while nothing ran are still sent this long after their time; older
    // ones are marked missed for the manager to decide.
    int publishGraceMinutes() const;
    void setPublishGraceMinutes(int minutes);

    // The alert rules the manager chose (the detector's defaults until then).
    AlertRules alertRules() const;
    bool hasAlertRules() const; // set by this person before rules moved into the workspace
    void setAlertRules(const AlertRules &rules);

    // The report's look: organisation, logo, colour, language, sections (paper by locale).
    ReportStyle reportStyle() const;
    void setReportStyle(const ReportStyle &style);

    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace veille::ui
