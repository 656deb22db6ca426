#pragma once

#include "model/source.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace veille::ui {

// Where to listen: a network (or a feed) and what to look for there.
class AddSourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddSourceDialog(QWidget *parent = nullptr);
    Source source() const;
    // Shown under the form when the workspace refuses the source (e.g. name taken).
    void showError(const QString &message);

private:
    void updateForm();

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_query;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace veille::ui
