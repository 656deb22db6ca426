#include "topicdialog.h"

#include "listening/query.h"
#include "sentiment/sentimentscorer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace veille::ui {

TopicDialog::TopicDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_query(new QLineEdit)
    , m_problem(new QLabel)
    , m_competitor(new QCheckBox(tr("This is a competitor (for share of voice)")))
    , m_reading(new QLabel)
    , m_neutralName(new QCheckBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Add a topic"));
    m_name->setPlaceholderText(tr("e.g. Lumen"));
    m_query->setPlaceholderText(tr("e.g. lumen OR #lumenpanne OR \"lampe lumen\" -emploi"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *help =
        new QLabel(tr("Words match whatever the case and accents. Use \"quotes\" for an "
                      "exact phrase, OR between alternatives, - or NOT to exclude, "
                      "#hashtag, @account, lang:fr, network:reddit, and a * for a prefix."));
    help->setWordWrap(true);
    auto *form = m_form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Query:"), m_query);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_competitor);
    m_reading->setWordWrap(true);
    m_reading->setObjectName(QStringLiteral("nameReading"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // Below the form rather than in it: a form gives a wrapped label the height of its
    // narrowest width, which left blank lines around the reading.
    layout->addWidget(m_reading);
    layout->addWidget(m_neutralName);
    layout->addWidget(help);
    layout->addStretch(); // the room the hidden rows leave goes below, not between the rows
    layout->addWidget(m_buttons);
    resize(560, 280);
    connect(m_name, &QLineEdit::textChanged, this, &TopicDialog::updateForm);
    connect(m_query, &QLineEdit::textChanged, this, &TopicDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateForm();
}

void TopicDialog::setScorer(std::shared_ptr<const SentimentScorer> scorer) {
    m_scorer = std::move(scorer);
    updateForm();
}

bool TopicDialog::readsNameAsName() const {
    return !m_neutralName->isHidden() && m_neutralName->isChecked();
}

void TopicDialog::setTopic(const Topic &topic) {
    m_id = topic.id;
    setWindowTitle(tr("Edit the topic"));
    m_name->setText(topic.name);
    m_query->setText(topic.query);
    m_competitor->setChecked(topic.competitor);
}

Topic TopicDialog::topic() const {
    return {m_id, m_name->text().trimmed(), m_query->text().trimmed(), m_competitor->isChecked()};
}

void TopicDialog::updateForm() {
    QString problem;
    const QString query = m_query->text().trimmed();
    if (!query.isEmpty()) {
        const auto parsed = ListeningQuery::parse(query);
        if (const auto *error = std::get_if<QuerySyntaxError>(&parsed))
            problem = tr("The query cannot be read at character %1: %2")
                          .arg(error->position)
                          .arg(error->message);
    }
    // A name of more than four words cannot be one term of the vocabulary.
    const QString name = m_name->text().simplified();
    SentimentResult reading;
    if (m_scorer && !name.isEmpty() && lexiconKey(name).count(u' ') < Lexicon::maxPhraseWords)
        reading = m_scorer->readAsWords(name);
    const bool leans = reading.sentiment.label == SentimentLabel::Positive ||
                       reading.sentiment.label == SentimentLabel::Negative;
    if (leans) {
        const QString words = reading.explanation.join(QStringLiteral("; "));
        m_reading->setText(
            reading.sentiment.label == SentimentLabel::Positive
                ? tr("As words, “%1” reads as praise (%2): mentions that write it in lower "
                     "case or first in a sentence would lean positive.")
                      .arg(name, words)
                : tr("As words, “%1” reads as criticism (%2): mentions that write it in lower "
                     "case or first in a sentence would lean negative.")
                      .arg(name, words));
        m_neutralName->setText(
            tr("Read “%1” as a name: its words weigh nothing in sentiment").arg(name));
    } else {
        m_neutralName->setChecked(false);
    }
    m_reading->setVisible(leans);
    m_neutralName->setVisible(leans);
    m_problem->setText(problem);
    // The row, not only its widget, so that it leaves no gap when it has nothing to say.
    m_form->setRowVisible(m_problem, !problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !query.isEmpty() && problem.isEmpty());
}

} // namespace veille::ui
