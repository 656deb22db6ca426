#pragma once

#include "analytics/spikedetector.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace veille {
class Workspace;
} // namespace veille

namespace veille::ui {

// The person's own preferences (language, late posts) and the open workspace's alert rules,
// which everyone on the workspace shares (and `veille collect` on a server follows).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(Workspace *workspace = nullptr, QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    QDoubleSpinBox *alertSensitivity() const { return m_k; }
    QLineEdit *riskWords() const { return m_words; }

Q_SIGNALS:
    void alertRulesChanged(); // stored in the workspace

private:
    void save();
    void showRules(const AlertRules &rules);
    Workspace *m_workspace;
    QWidget *m_alerts;
    AlertRules m_rules; // as the workspace keeps them
    quint64 m_rulesTicket = 0;
    QComboBox *m_language;
    QDoubleSpinBox *m_k;
    QSpinBox *m_minimum;
    QSpinBox *m_reach;
    QLineEdit *m_words;
    QSpinBox *m_grace;
};

} // namespace veille::ui
