#include "sourcedialog.h"

#include "common/labels.h"
#include "listening/query.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace veille::ui {

QString previewText(const FetchOutcome &outcome, int most) {
    if (!outcome.ok())
        return SourceDialog::tr("Nothing came back: %1").arg(outcome.error);
    if (outcome.status == FetchOutcome::Status::NotModified)
        return SourceDialog::tr("Nothing new since the last poll (the server said so).");
    QString text =
        SourceDialog::tr("%n mention(s) matched.", nullptr, int(outcome.mentions.size()));
    for (const QString &warning : outcome.warnings)
        text += u'\n' + SourceDialog::tr("Note: %1").arg(warning);
    const QLocale locale;
    for (qsizetype i = 0; i < outcome.mentions.size() && i < most; ++i) {
        const Mention &m = outcome.mentions[i];
        QString line = m.text;
        line.replace(u'\n', u' ');
        if (line.size() > 180)
            line = line.left(179) + u'…';
        text += QStringLiteral("\n\n%1 · %2 · %3\n%4")
                    .arg(networkLabel(m.network),
                         m.author.handle.isEmpty() ? m.author.name : m.author.handle,
                         locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat), line);
    }
    if (outcome.mentions.size() > most)
        text += u'\n' +
                SourceDialog::tr("… and %n more.", nullptr, int(outcome.mentions.size() - most));
    return text;
}

SourceDialog::SourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_query(new QLineEdit)
    , m_queryProblem(new QLabel)
    , m_account(new QLineEdit)
    , m_interval(new QSpinBox)
    , m_enabled(new QCheckBox(tr("Poll this source")))
    , m_hint(new QLabel)
    , m_error(new QLabel)
    , m_try(new QPushButton(tr("&Try it")))
    , m_preview(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Add a source"));
    for (const QString &kind : sourceKinds())
        m_kind->addItem(networkLabel(kind), kind);
    m_hint->setWordWrap(true);
    for (QLabel *label : {m_error, m_queryProblem}) {
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #c62828"));
        label->setVisible(false);
    }
    m_interval->setRange(1, 24 * 60);
    m_interval->setValue(15);
    m_interval->setSuffix(tr(" min"));
    m_enabled->setChecked(true);
    m_account->setPlaceholderText(tr("Only where the network needs a signed-in account"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Try the source to see what it brings, before saving it."));
    m_preview->setMinimumHeight(140);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_buttons->addButton(m_try, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(tr("Network:"), m_kind);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Search for:"), m_query);
    form->addRow(QString(), m_queryProblem);
    form->addRow(tr("Account:"), m_account);
    m_accountLabel = form->labelForField(m_account);
    form->addRow(tr("Every:"), m_interval);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 520);

    for (QLineEdit *edit : {m_name, m_url, m_query, m_account})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::updateForm);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourceDialog::updateForm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_try, &QPushButton::clicked, this, [this] {
        m_try->setEnabled(false);
        m_preview->setPlainText(tr("Asking %1…").arg(networkLabel(source().kind)));
        Q_EMIT tryRequested(source());
    });
    updateForm();
}

void SourceDialog::setSource(const Source &s) {
    m_id = s.id;
    setWindowTitle(tr("Edit the source"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_kind->setCurrentIndex(m_kind->findData(s.kind));
    m_kind->setEnabled(false); // a different network is a different source
    m_name->setText(s.name);
    m_url->setText(s.url);
    m_query->setText(s.query);
    m_account->setText(s.account);
    m_interval->setValue(std::max(1, s.intervalSeconds / 60));
    m_enabled->setChecked(s.enabled);
    updateForm();
}

Source SourceDialog::source() const {
    Source s;
    s.id = m_id;
    s.kind = m_kind->currentData().toString();
    s.name = m_name->text().trimmed();
    s.url = m_url->text().trimmed();
    s.query = m_query->text().trimmed();
    s.account = m_account->text().trimmed();
    s.intervalSeconds = m_interval->value() * 60;
    s.enabled = m_enabled->isChecked();
    return s;
}

void SourceDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SourceDialog::showPreview(const FetchOutcome &outcome) {
    m_try->setEnabled(true);
    m_preview->setPlainText(previewText(outcome));
}

void SourceDialog::updateForm() {
    const QString kind = m_kind->currentData().toString();
    const bool feed = kind == u"rss";
    const bool youtube = kind == u"youtube";
    // A feed is read without an account.
    m_account->setVisible(!feed);
    if (m_accountLabel)
        m_accountLabel->setVisible(!feed);
    m_url->setPlaceholderText(feed ? tr("https://example.com/feed.xml")
                                   : tr("Leave empty for the network's usual address"));
    m_query->setPlaceholderText(feed      ? tr("Optional: keep only items matching this query")
                                : youtube ? tr("The channel id, e.g. UCxxxxxxxxxxxxxxxxxxxxxx")
                                : kind == u"mastodon"
                                    ? tr("e.g. #yourbrand, or words; empty: the account's mentions")
                                    : tr("e.g. yourbrand OR \"your brand\" -job"));
    m_hint->setText(feed      ? tr("Follow a blog, a news site or a Google Alerts feed through its "
                                        "RSS or Atom feed.")
                    : youtube ? tr("Videos of the channel come from its public feed; with an API "
                                   "key as the account, their comments too.")
                              : tr("Veille will search %1 at regular intervals. Words, \"exact "
                                   "phrases\", #hashtags, @accounts, OR, -excluded, lang:fr.")
                                    .arg(networkLabel(kind)));
    QString problem;
    const QString query = m_query->text().trimmed();
    if (!query.isEmpty() && !youtube) {
        const auto parsed = ListeningQuery::parse(query);
        if (const auto *error = std::get_if<QuerySyntaxError>(&parsed))
            problem = tr("The query cannot be read at character %1: %2")
                          .arg(error->position)
                          .arg(error->message);
    }
    m_queryProblem->setText(problem);
    m_queryProblem->setVisible(!problem.isEmpty());
    const QString address = m_url->text().trimmed();
    const QUrl url(address);
    const bool urlOk = address.isEmpty()
                           ? !feed
                           : url.isValid() &&
                                 (url.scheme() == u"http" || url.scheme() == u"https") &&
                                 !url.host().isEmpty();
    const bool queryNeeded = !feed && kind != u"mastodon";
    const bool ok = !m_name->text().trimmed().isEmpty() && urlOk && problem.isEmpty() &&
                    (!queryNeeded || !query.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_try->setEnabled(urlOk && problem.isEmpty() && (!queryNeeded || !query.isEmpty()));
    showError({});
}

} // namespace veille::ui
