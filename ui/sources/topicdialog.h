#pragma once

#include "model/topic.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace veille::ui {

// What to listen for: a name and a boolean query, checked as it is typed.
class TopicDialog : public QDialog {
    Q_OBJECT
public:
    explicit TopicDialog(QWidget *parent = nullptr);
    void setTopic(const Topic &topic);
    Topic topic() const;
    QLineEdit *queryField() const { return m_query; }
    QLabel *queryProblem() const { return m_problem; }

private:
    void updateForm();

    qint64 m_id = 0;
    QLineEdit *m_name;
    QLineEdit *m_query;
    QLabel *m_problem;
    QCheckBox *m_competitor;
    QDialogButtonBox *m_buttons;
};

} // namespace veille::ui
