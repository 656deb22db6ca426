#pragma once

#include "model/source.h"
#include "sources/connector.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace veille::ui {

// Where to listen: a network (or a feed), what to look for there, with which account, how
// often. Checks the query as it is typed (saying where it is wrong) and can try the source
// before it is saved: `tryRequested` asks the collector, showPreview shows what came back.
class SourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit SourceDialog(QWidget *parent = nullptr);
    void setSource(const Source &source); // edit an existing one
    Source source() const;
    void showError(const QString &message);
    void showPreview(const FetchOutcome &outcome);
    QPushButton *tryButton() const { return m_try; }
    QLabel *queryProblem() const { return m_queryProblem; }

Q_SIGNALS:
    void tryRequested(const veille::Source &source);

private:
    void updateForm();

    qint64 m_id = 0;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_query;
    QLabel *m_queryProblem;
    QLineEdit *m_account;
    QWidget *m_accountLabel = nullptr;
    QSpinBox *m_interval;
    QCheckBox *m_enabled;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_try;
    QPlainTextEdit *m_preview;
    QDialogButtonBox *m_buttons;
};

// Mentions as plain lines for previews: network, author, time, text (never rendered HTML).
QString previewText(const FetchOutcome &outcome, int most = 30);

} // namespace veille::ui
