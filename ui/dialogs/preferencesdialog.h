#pragma once

#include <QDialog>

class QComboBox;

namespace veille::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }

private:
    void save();
    QComboBox *m_language;
};

} // namespace veille::ui
