#include "settings.h"

#include "i18n/language.h"

#include <QColor>
#include <QLocale>

namespace veille::ui {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastWorkspace = QStringLiteral("workspace/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kStateVersion = QStringLiteral("window/stateVersion");
const QString kPeriod = QStringLiteral("sentiment/periodDays");
const QString kGrace = QStringLiteral("publishing/graceMinutes");
const QString kAlertK = QStringLiteral("alerts/k");
const QString kAlertMinimum = QStringLiteral("alerts/minimumVolume");
const QString kAlertReach = QStringLiteral("alerts/highReachFollowers");
const QString kAlertWords = QStringLiteral("alerts/riskWords");
const QString kReportOrganisation = QStringLiteral("report/organisation");
const QString kReportLogo = QStringLiteral("report/logo");
const QString kReportAccent = QStringLiteral("report/accent");
const QString kReportLanguage = QStringLiteral("report/language");
const QString kReportSections = QStringLiteral("report/sections");
} // namespace

Settings::Settings() = default;

QString Settings::language() const {
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language) {
    m_settings.setValue(kLanguage, language);
}

QString Settings::lastWorkspace() const {
    return m_settings.value(kLastWorkspace).toString();
}

void Settings::setLastWorkspace(const QString &location) {
    m_settings.setValue(kLastWorkspace, location);
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry) {
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState(int version) const {
    if (m_settings.value(kStateVersion).toInt() != version)
        return {};
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state, int version) {
    m_settings.setValue(kState, state);
    m_settings.setValue(kStateVersion, version);
}

bool Settings::hasAlertRules() const {
    return m_settings.contains(kAlertK);
}

AlertRules Settings::alertRules() const {
    AlertRules rules;
    rules.k = m_settings.value(kAlertK, rules.k).toDouble();
    rules.minimumVolume = m_settings.value(kAlertMinimum, rules.minimumVolume).toInt();
    rules.highReachFollowers = m_settings.value(kAlertReach, rules.highReachFollowers).toLongLong();
    if (m_settings.contains(kAlertWords))
        rules.riskWords = m_settings.value(kAlertWords).toStringList();
    return rules;
}

void Settings::setAlertRules(const AlertRules &rules) {
    m_settings.setValue(kAlertK, rules.k);
    m_settings.setValue(kAlertMinimum, rules.minimumVolume);
    m_settings.setValue(kAlertReach, rules.highReachFollowers);
    m_settings.setValue(kAlertWords, rules.riskWords);
}

ReportStyle Settings::reportStyle() const {
    ReportStyle style;
    style.organisation = m_settings.value(kReportOrganisation).toString();
    style.logoPath = m_settings.value(kReportLogo).toString();
    const QColor accent(m_settings.value(kReportAccent).toString());
    if (accent.isValid())
        style.accent = accent;
    style.language = m_settings.value(kReportLanguage).toString();
    if (style.language != QLatin1String("fr") && style.language != QLatin1String("en"))
        style.language = effectiveLanguage(language());
    style.pageSize = ReportStyle::pageSizeFor(QLocale::system());
    if (m_settings.contains(kReportSections))
        style.sections =
            ReportSections::fromInt(m_settings.value(kReportSections).toInt()) & kAllReportSections;
    return style;
}

void Settings::setReportStyle(const ReportStyle &style) {
    m_settings.setValue(kReportOrganisation, style.organisation);
    m_settings.setValue(kReportLogo, style.logoPath);
    m_settings.setValue(kReportAccent, style.accent.name());
    m_settings.setValue(kReportLanguage, style.language);
    m_settings.setValue(kReportSections, style.sections.toInt());
}

int Settings::periodDays() const {
    const int days = m_settings.value(kPeriod, 30).toInt();
    return days > 0 ? days : 30;
}

void Settings::setPeriodDays(int days) {
    m_settings.setValue(kPeriod, days);
}

int Settings::publishGraceMinutes() const {
    return std::clamp(m_settings.value(kGrace, 15).toInt(), 0, 7 * 24 * 60);
}

void Settings::setPublishGraceMinutes(int minutes) {
    m_settings.setValue(kGrace, minutes);
}

} // namespace veille::ui
