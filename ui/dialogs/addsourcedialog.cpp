#include "addsourcedialog.h"

#include "common/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace veille::ui {

AddSourceDialog::AddSourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_query(new QLineEdit)
    , m_hint(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Add a source"));
    for (const QString &kind : sourceKinds())
        m_kind->addItem(networkLabel(kind), kind);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto *form = new QFormLayout;
    form->addRow(tr("Network:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Search for:"), m_query);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddSourceDialog::updateForm);
    connect(m_name, &QLineEdit::textChanged, this, &AddSourceDialog::updateForm);
    connect(m_url, &QLineEdit::textChanged, this, &AddSourceDialog::updateForm);
    connect(m_query, &QLineEdit::textChanged, this, &AddSourceDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateForm();
}

Source AddSourceDialog::source() const {
    Source s;
    s.kind = m_kind->currentData().toString();
    s.name = m_name->text().trimmed();
    s.url = m_url->text().trimmed();
    s.query = m_query->text().trimmed();
    return s;
}

void AddSourceDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AddSourceDialog::updateForm() {
    const QString kind = m_kind->currentData().toString();
    const bool feed = kind == QLatin1String("rss");
    m_url->setPlaceholderText(feed ? tr("https://example.com/feed.xml")
                                   : tr("Leave empty for the network's usual address"));
    m_query->setPlaceholderText(feed ? tr("Optional: keep only items matching these words")
                                     : tr("e.g. your brand, #hashtag or @account"));
    m_hint->setText(feed ? tr("Follow a blog, a news site, a Google Alerts feed or a YouTube "
                              "channel through its RSS or Atom feed.")
                         : tr("Veille will search %1 for these words at regular intervals.")
                               .arg(networkLabel(kind)));
    const QUrl url(m_url->text().trimmed());
    const bool urlOk = m_url->text().trimmed().isEmpty()
                           ? !feed
                           : (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty());
    const bool ok = !m_name->text().trimmed().isEmpty() && urlOk &&
                    (feed || !m_query->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    showError({});
}

} // namespace veille::ui
