#include "topicdialog.h"

#include "listening/query.h"

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
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Query:"), m_query);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_competitor);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_buttons);
    resize(520, 240);
    connect(m_name, &QLineEdit::textChanged, this, &TopicDialog::updateForm);
    connect(m_query, &QLineEdit::textChanged, this, &TopicDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateForm();
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
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !query.isEmpty() && problem.isEmpty());
}

} // namespace veille::ui
