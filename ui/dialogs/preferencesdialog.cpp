#include "preferencesdialog.h"

#include "settings/settings.h"

#include "analytics/alertstore.h"
#include "storage/writequeue.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace veille::ui {

PreferencesDialog::PreferencesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_alerts(nullptr)
    , m_language(new QComboBox)
    , m_k(new QDoubleSpinBox)
    , m_minimum(new QSpinBox)
    , m_reach(new QSpinBox)
    , m_words(new QLineEdit)
    , m_grace(new QSpinBox) {
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings().language())));
    auto *note = new QLabel(tr("A new language applies the next time Veille starts."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    // Alerts: how unusual a day must be, and what words and audiences raise one.
    m_k->setRange(1.0, 10.0);
    m_k->setSingleStep(0.5);
    m_k->setDecimals(1);
    m_k->setToolTip(tr("How many standard deviations above the week before a day must be"));
    m_minimum->setRange(1, 100000);
    m_reach->setRange(100, 100000000);
    m_reach->setSingleStep(1000);
    showRules(AlertRules{});
    auto *alerts = new QGroupBox(tr("Alerts of this workspace (shared by its team)"));
    m_alerts = alerts;
    auto *alertForm = new QFormLayout(alerts);
    alertForm->addRow(tr("Sensitivity (k):"), m_k);
    alertForm->addRow(tr("Fewest mentions for a spike:"), m_minimum);
    alertForm->addRow(tr("Large audience from (followers):"), m_reach);
    alertForm->addRow(tr("Risk words:"), m_words);
    // The workspace's rules, editable once read.
    alerts->setEnabled(false);
    if (m_workspace) {
        // Listening before asking: the reader's thread may answer before this line returns.
        WorkspaceReader *reader = m_workspace->reader();
        connect(reader, &WorkspaceReader::alertRulesFetched, this,
                [this](quint64 answered, const AlertRules &rules) {
                    if (answered != m_rulesTicket)
                        return;
                    showRules(rules);
                    m_alerts->setEnabled(true);
                });
        connect(reader, &WorkspaceReader::failed, this,
                [this](quint64 answered, const QString &reason) {
                    if (answered == m_rulesTicket)
                        m_alerts->setToolTip(
                            tr("The alert rules could not be read: %1").arg(reason));
                });
        m_rulesTicket = reader->requestAlertRules();
    } else {
        alerts->setToolTip(tr("Open a workspace to change its alert rules"));
    }

    auto *publishing = new QGroupBox(tr("Publishing"));
    auto *publishingForm = new QFormLayout(publishing);
    m_grace->setRange(0, 7 * 24 * 60);
    m_grace->setSuffix(tr(" min"));
    m_grace->setValue(Settings().publishGraceMinutes());
    m_grace->setToolTip(tr("A post whose time passed while Veille was closed is still sent when "
                           "it opens, up to this long after; older ones are marked missed for "
                           "you to decide."));
    publishingForm->addRow(tr("Send late posts up to:"), m_grace);

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(alerts);
    layout->addWidget(publishing);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::showRules(const AlertRules &rules) {
    m_rules = rules;
    m_k->setValue(rules.k);
    m_minimum->setValue(rules.minimumVolume);
    m_reach->setValue(int(std::min<qint64>(rules.highReachFollowers, 100000000)));
    m_words->setText(rules.riskWords.join(QStringLiteral(", ")));
}

void PreferencesDialog::save() {
    Settings settings;
    settings.setLanguage(m_language->currentData().toString());
    settings.setPublishGraceMinutes(m_grace->value());
    if (!m_workspace || !m_alerts->isEnabled())
        return;
    AlertRules rules = m_rules;
    rules.k = m_k->value();
    rules.minimumVolume = m_minimum->value();
    rules.highReachFollowers = m_reach->value();
    rules.riskWords.clear();
    for (const QString &word : m_words->text().split(u',', Qt::SkipEmptyParts))
        if (!word.trimmed().isEmpty())
            rules.riskWords.append(word.trimmed());
    m_workspace->writer()->submit(
        [rules](QSqlDatabase &db) -> Expected<QVariant> {
            const auto set = AlertStore(db).setRules(rules);
            if (failed(set))
                return std::get<StorageError>(set);
            return QVariant(true);
        },
        this, [this](const QVariant &) { Q_EMIT alertRulesChanged(); });
}

} // namespace veille::ui
