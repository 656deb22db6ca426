#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace veille {
class Workspace;
}

namespace veille::ui {

// The brand's own sentiment vocabulary: terms with a score from -5 to 5, layered over the
// built-in lexicons and over what the corrections taught; add, change, remove, or import a
// list in the common term<TAB>score format. Kept in the workspace, so a team shares it.
// A change asks for the workspace to be scored again (vocabularyChanged). Non-modal.
class VocabularyWindow : public QDialog {
    Q_OBJECT
public:
    explicit VocabularyWindow(Workspace *workspace, QWidget *parent = nullptr);

    void refresh();
    void addTerm(const QString &term, double score);
    void removeSelected();
    // Reads the file on a pool thread; bad lines are reported by number.
    void importFile(const QString &path);

    QTableWidget *table() const { return m_table; }
    QLineEdit *termEdit() const { return m_term; }
    QDoubleSpinBox *scoreBox() const { return m_score; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void vocabularyChanged();
    void rescoreRequested();

private:
    void say(const QString &text, bool problem = false);
    void loaded(const QList<std::pair<QString, double>> &terms);

    Workspace *m_workspace;
    QTableWidget *m_table;
    QLineEdit *m_term;
    QDoubleSpinBox *m_score;
    QLabel *m_status;
};

} // namespace veille::ui
