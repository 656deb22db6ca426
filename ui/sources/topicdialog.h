#pragma once

#include "model/topic.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace veille {
class SentimentScorer;
}

namespace veille::ui {

// What to listen for: a name and a boolean query, checked as it is typed. A name made of
// opinion words ("Bonne Maman", "Free") is said to lean its mentions, with the offer to read
// it as a name (its words at 0 in the workspace's vocabulary).
class TopicDialog : public QDialog {
    Q_OBJECT
public:
    explicit TopicDialog(QWidget *parent = nullptr);
    void setTopic(const Topic &topic);
    Topic topic() const;
    QLineEdit *queryField() const { return m_query; }
    QLabel *queryProblem() const { return m_problem; }
    // What the name is read with: the built-in lexicons and the workspace's own terms. Until
    // it is given, nothing is said of the name.
    void setScorer(std::shared_ptr<const SentimentScorer> scorer);
    // Whether the manager asked for the name to be read as a name.
    bool readsNameAsName() const;
    QLabel *nameReading() const { return m_reading; }
    QCheckBox *neutralNameBox() const { return m_neutralName; }

private:
    void updateForm();

    qint64 m_id = 0;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_query;
    QLabel *m_problem;
    QCheckBox *m_competitor;
    QLabel *m_reading;
    QCheckBox *m_neutralName;
    std::shared_ptr<const SentimentScorer> m_scorer;
    QDialogButtonBox *m_buttons;
};

} // namespace veille::ui
