#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace veille::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    QDoubleSpinBox *alertSensitivity() const { return m_k; }
    QLineEdit *riskWords() const { return m_words; }

Q_SIGNALS:
    void alertRulesChanged();

private:
    void save();
    QComboBox *m_language;
    QDoubleSpinBox *m_k;
    QSpinBox *m_minimum;
    QSpinBox *m_reach;
    QLineEdit *m_words;
    QSpinBox *m_grace;
};

} // namespace veille::ui
