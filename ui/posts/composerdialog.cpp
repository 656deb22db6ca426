#include "composerdialog.h"

#include "postpreview.h"

#include "common/labels.h"

#include "publishing/postformat.h"
#include "sentiment/languagedetector.h"
#include "sentiment/sentimentscorer.h"
#include "storage/poststore.h"
#include "storage/writequeue.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimeZone>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veille::ui {

namespace {

constexpr int kAltRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole;

// The zones a manager most often plans in, after the computer's own.
QStringList commonZones() {
    return {QStringLiteral("Europe/Paris"),
            QStringLiteral("Europe/Brussels"),
            QStringLiteral("Europe/Zurich"),
            QStringLiteral("Europe/London"),
            QStringLiteral("America/Montreal"),
            QStringLiteral("America/New_York"),
            QStringLiteral("America/Los_Angeles"),
            QStringLiteral("Africa/Casablanca"),
            QStringLiteral("Africa/Dakar"),
            QStringLiteral("Asia/Tokyo"),
            QStringLiteral("UTC")};
}

} // namespace

ComposerDialog::ComposerDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_accounts(new QListWidget)
    , m_tabs(new QTabWidget)
    , m_text(new QPlainTextEdit)
    , m_contentWarning(new QLineEdit)
    , m_visibility(new QComboBox)
    , m_language(new QComboBox)
    , m_media(new QListWidget)
    , m_alt(new QLineEdit)
    , m_now(new QRadioButton(tr("&Now")))
    , m_at(new QRadioButton(tr("&At")))
    , m_time(new QDateTimeEdit)
    , m_zone(new QComboBox)
    , m_counters(new QLabel)
    , m_problems(new QLabel)
    , m_preview(new QTextBrowser)
    , m_schedule(new QPushButton(tr("&Schedule")))
    , m_draft(new QPushButton(tr("Save as &draft")))
    , m_replyBanner(new QLabel) {
    setObjectName(QStringLiteral("ComposerDialog"));
    setWindowTitle(tr("New post"));
    resize(900, 640);

    m_accounts->setMaximumHeight(72);
    m_text->setPlaceholderText(tr("What do you want to say?"));
    m_tabs->addTab(m_text, tr("Text for every account"));

    m_contentWarning->setPlaceholderText(tr("optional; the text is hidden behind it"));
    m_visibility->addItem(tr("Public"), QStringLiteral("public"));
    m_visibility->addItem(tr("Unlisted"), QStringLiteral("unlisted"));
    m_visibility->addItem(tr("Followers only"), QStringLiteral("private"));
    m_visibility->addItem(tr("Mentioned people only"), QStringLiteral("direct"));
    m_language->addItem(tr("Detect from the text"), QStringLiteral("auto"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_language->addItem(tr("Italian"), QStringLiteral("it"));
    m_language->addItem(tr("Not said"), QString());

    auto *options = new QGroupBox(tr("Options"));
    auto *optionsForm = new QFormLayout(options);
    optionsForm->addRow(tr("Content &warning (Mastodon):"), m_contentWarning);
    optionsForm->addRow(tr("&Visibility (Mastodon):"), m_visibility);
    optionsForm->addRow(tr("&Language:"), m_language);

    auto *images = new QGroupBox(tr("Images"));
    auto *imagesLayout = new QVBoxLayout(images);
    m_media->setMaximumHeight(54);
    m_alt->setPlaceholderText(tr("Describe the selected image for people who cannot see it"));
    auto *addImage = new QPushButton(tr("Add an &image…"));
    auto *removeImage = new QPushButton(tr("Remove"));
    connect(addImage, &QPushButton::clicked, this, &ComposerDialog::chooseImage);
    connect(removeImage, &QPushButton::clicked, this, [this] {
        delete m_media->currentItem();
        refreshPreview();
    });
    auto *imageButtons = new QHBoxLayout;
    imageButtons->addWidget(addImage);
    imageButtons->addWidget(removeImage);
    imageButtons->addStretch();
    imagesLayout->addWidget(m_media);
    imagesLayout->addWidget(m_alt);
    imagesLayout->addLayout(imageButtons);
    connect(m_media, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QSignalBlocker block(m_alt);
        m_alt->setEnabled(item);
        m_alt->setText(item ? item->data(kAltRole).toString() : QString());
    });
    connect(m_alt, &QLineEdit::textEdited, this, [this](const QString &alt) {
        if (QListWidgetItem *item = m_media->currentItem()) {
            item->setData(kAltRole, alt);
            refreshPreview();
        }
    });
    m_alt->setEnabled(false);

    // When: now, or at a wall-clock time in a zone (stored as UTC plus the zone).
    auto *when = new QGroupBox(tr("When"));
    auto *whenLayout = new QHBoxLayout(when);
    m_at->setChecked(true);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_zone->addItem(tr("%1 (this computer)").arg(system), system);
    for (const QString &zone : commonZones())
        if (zone != system)
            m_zone->addItem(zone, zone);
    m_zone->setEditable(false);
    whenLayout->addWidget(m_now);
    whenLayout->addWidget(m_at);
    whenLayout->addWidget(m_time);
    whenLayout->addWidget(m_zone, 1);
    connect(m_now, &QRadioButton::toggled, this, [this](bool now) {
        m_time->setEnabled(!now);
        m_zone->setEnabled(!now);
        m_schedule->setText(now ? tr("&Publish now") : tr("&Schedule"));
        refreshPreview();
    });
    // The next quarter hour, in an hour's time.
    QDateTime start = QDateTime::currentDateTime().addSecs(3600);
    start.setTime(QTime(start.time().hour(), (start.time().minute() / 15) * 15));
    m_time->setDateTime(start);

    m_counters->setTextFormat(Qt::RichText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_preview->setOpenLinks(false);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_replyBanner->setWordWrap(true);
    m_replyBanner->setTextFormat(Qt::PlainText);
    m_replyBanner->setStyleSheet(
        QStringLiteral("background: palette(alternate-base); padding: 6px;"));
    m_replyBanner->hide();
    leftLayout->addWidget(m_replyBanner);
    leftLayout->addWidget(new QLabel(tr("Publish with:")));
    leftLayout->addWidget(m_accounts);
    leftLayout->addWidget(m_tabs, 1);
    leftLayout->addWidget(m_counters);
    leftLayout->addWidget(options);
    leftLayout->addWidget(images);
    leftLayout->addWidget(when);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Preview")));
    rightLayout->addWidget(m_preview);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_schedule, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_draft, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_schedule, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_draft, &QPushButton::clicked, this, [this] { save(true); });
    m_schedule->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ComposerDialog::refreshPreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ComposerDialog::showDetectedLanguage);
    // The lexicons take a moment to load: on the pool, the function words decide meanwhile.
    QtConcurrent::run([] {
        return std::make_shared<const SentimentScorer>();
    }).then(this, [this](std::shared_ptr<const SentimentScorer> scorer) {
        m_scorer = std::move(scorer);
        showDetectedLanguage();
    });
    connect(m_contentWarning, &QLineEdit::textChanged, this, &ComposerDialog::refreshPreview);
    connect(m_visibility, &QComboBox::currentIndexChanged, this, &ComposerDialog::refreshPreview);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ComposerDialog::refreshPreview);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ComposerDialog::refreshPreview);
    connect(m_accounts, &QListWidget::itemChanged, this, [this] {
        rebuildOverrideTabs();
        refreshPreview();
    });
    connect(m_workspace->reader(), &WorkspaceReader::accountsFetched, this,
            [this](quint64 ticket, const QList<veille::Account> &accounts) {
                if (ticket == m_ticket)
                    setAccounts(accounts);
            });
    m_ticket = m_workspace->reader()->requestAccounts();
    refreshPreview();
}

void ComposerDialog::setAccounts(const QList<Account> &accounts) {
    m_accountData = accounts;
    const QSignalBlocker block(m_accounts);
    m_accounts->clear();
    bool anyChosen = false;
    for (const Account &a : accounts) {
        auto *item = new QListWidgetItem(tr("%1 — %2 (up to %3)")
                                             .arg(a.name, networkLabel(a.network))
                                             .arg(postLimit(a.network, a.maxCharacters)),
                                         m_accounts);
        item->setData(Qt::UserRole, a.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // A new post goes to every account unless the manager unticks some.
        bool chosen = m_editing.id ? a.name == m_editing.account : true;
        bool hidden = m_editing.id && !chosen;
        if (m_replyTo) {
            // A reply goes out on the mention's network, from its first account unless the
            // manager picks another.
            hidden = a.network != m_replyTo->network;
            chosen = !hidden && !anyChosen;
        }
        anyChosen = anyChosen || chosen;
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        item->setHidden(hidden);
    }
    if (accounts.isEmpty())
        m_problems->setText(tr("There is no publishing account yet: add one in Publishing › "
                               "Accounts…"));
    rebuildOverrideTabs();
    refreshPreview();
}

void ComposerDialog::editPost(const ScheduledPost &post) {
    m_editing = post;
    setWindowTitle(tr("Edit post %1").arg(post.id));
    m_text->setPlainText(post.text);
    m_contentWarning->setText(post.contentWarning);
    if (const int i = m_visibility->findData(post.visibility); i >= 0)
        m_visibility->setCurrentIndex(i);
    if (const int i = m_language->findData(post.language); i >= 0)
        m_language->setCurrentIndex(i);
    m_media->clear();
    for (const PostMedia &media : post.media)
        addImage(media.path, media.alt);
    if (!post.timeZone.isEmpty() && m_zone->findData(post.timeZone) < 0)
        m_zone->addItem(post.timeZone, post.timeZone);
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(post.timeZone)));
    if (post.scheduledAt.isValid())
        setTime(post.scheduledAt);
    setAccounts(m_accountData);
}

void ComposerDialog::setReplyTo(const Mention &mention) {
    m_replyTo = mention;
    const QString who =
        mention.author.handle.isEmpty() ? mention.author.name : mention.author.handle;
    setWindowTitle(tr("Reply to %1").arg(who));
    QString quoted = mention.text.simplified();
    if (quoted.size() > 280)
        quoted = quoted.left(279) + u'…';
    m_replyBanner->setText(
        tr("In reply to %1 on %2: “%3”").arg(who, networkLabel(mention.network), quoted));
    m_replyBanner->show();
    // Mastodon notifies the people a reply names.
    if (mention.network == QLatin1String("mastodon") && !mention.author.handle.isEmpty()) {
        QString handle = mention.author.handle;
        if (!handle.startsWith(u'@'))
            handle.prepend(u'@');
        m_text->setPlainText(handle + u' ');
    }
    m_now->setChecked(true);
    setAccounts(m_accountData);
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
}

void ComposerDialog::setTime(const QDateTime &utc) {
    const QTimeZone zone(m_zone->currentData().toString().toUtf8());
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
    m_at->setChecked(true);
    m_time->setDateTime(QDateTime(local.date(), local.time()));
}

void ComposerDialog::setOverride(const QString &accountName, const QString &text) {
    if (QCheckBox *on = m_overrideOn.value(accountName)) {
        on->setChecked(!text.isEmpty());
        m_overrides.value(accountName)->setPlainText(text);
    }
}

void ComposerDialog::addImage(const QString &path, const QString &alt) {
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_media);
    item->setData(kPathRole, path);
    item->setData(kAltRole, alt);
    item->setToolTip(path);
    m_media->setCurrentItem(item);
    m_alt->setFocus();
    refreshPreview();
}

void ComposerDialog::chooseImage() {
    auto *dialog = new QFileDialog(this, tr("Add an image"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { addImage(path); });
    dialog->open();
}

QList<Account> ComposerDialog::chosenAccounts() const {
    QList<Account> chosen;
    for (int row = 0; row < m_accounts->count(); ++row) {
        const QListWidgetItem *item = m_accounts->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        for (const Account &a : m_accountData)
            if (a.name == item->data(Qt::UserRole).toString())
                chosen.append(a);
    }
    return chosen;
}

QString ComposerDialog::textFor(const Account &account) const {
    const QCheckBox *on = m_overrideOn.value(account.name);
    return on && on->isChecked() ? m_overrides.value(account.name)->toPlainText()
                                 : m_text->toPlainText();
}

// One tab per chosen account, when there are several, for a text of its own.
void ComposerDialog::rebuildOverrideTabs() {
    const QList<Account> chosen = chosenAccounts();
    QHash<QString, QString> kept;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        if (m_overrideOn.value(it.key())->isChecked())
            kept.insert(it.key(), it.value()->toPlainText());
    while (m_tabs->count() > 1) {
        QWidget *page = m_tabs->widget(1);
        m_tabs->removeTab(1);
        page->deleteLater();
    }
    m_overrides.clear();
    m_overrideOn.clear();
    if (chosen.size() < 2)
        return;
    for (const Account &a : chosen) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *on = new QCheckBox(tr("A different text for %1").arg(a.name));
        auto *text = new QPlainTextEdit;
        text->setEnabled(false);
        layout->addWidget(on);
        layout->addWidget(text);
        connect(on, &QCheckBox::toggled, this, [this, text](bool own) {
            text->setEnabled(own);
            if (own && text->toPlainText().isEmpty())
                text->setPlainText(m_text->toPlainText());
            refreshPreview();
        });
        connect(text, &QPlainTextEdit::textChanged, this, &ComposerDialog::refreshPreview);
        m_overrides.insert(a.name, text);
        m_overrideOn.insert(a.name, on);
        if (kept.contains(a.name)) {
            on->setChecked(true);
            text->setPlainText(kept.value(a.name));
        }
        m_tabs->addTab(page, a.name);
    }
}

QDateTime ComposerDialog::chosenTime() const {
    if (m_now->isChecked())
        return m_workspace->clock().now();
    const QTimeZone zone(m_zone->currentData().toString().toUtf8());
    const QDateTime wall = m_time->dateTime();
    return QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone())
        .toUTC();
}

QString ComposerDialog::chosenLanguage() const {
    const QString chosen = m_language->currentData().toString();
    if (chosen != QLatin1String("auto"))
        return chosen;
    const QString detected = detectedLanguage();
    return detected == QLatin1String("other") ? QString() : detected;
}

QString ComposerDialog::detectedLanguage() const {
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty())
        return QStringLiteral("other");
    return m_scorer ? m_scorer->score(text, {}, false).lang : detectLanguage(text);
}

void ComposerDialog::showDetectedLanguage() {
    // The language that will be sent, in the choice itself.
    const QString detected = detectedLanguage();
    const int item = m_language->findData(QStringLiteral("auto"));
    if (item < 0)
        return;
    m_language->setItemText(item,
                            detected == QLatin1String("fr")   ? tr("Detect from the text: French")
                            : detected == QLatin1String("en") ? tr("Detect from the text: English")
                                                              : tr("Detect from the text"));
}

QStringList ComposerDialog::problems(bool draft) const {
    QStringList found;
    const QList<Account> chosen = chosenAccounts();
    bool answerable = !m_replyTo;
    for (const Account &a : m_accountData)
        answerable = answerable || a.network == m_replyTo->network;
    if (!answerable)
        found << tr("There is no %1 account to answer from; add one in Publishing › Accounts…")
                     .arg(networkLabel(m_replyTo->network));
    else if (chosen.isEmpty())
        found << tr("Choose at least one account.");
    for (const Account &a : chosen) {
        const QString text = textFor(a);
        const int limit = postLimit(a.network, a.maxCharacters);
        const int length = postLength(a.network, text, a.urlLength);
        if (text.trimmed().isEmpty() && m_media->count() == 0)
            found << tr("The text for %1 is empty.").arg(a.name);
        else if (length > limit)
            found << tr("The text for %1 is %2 too long (%3 of %4).")
                         .arg(a.name)
                         .arg(length - limit)
                         .arg(length)
                         .arg(limit);
        const int maxMedia = a.maxMedia > 0 ? a.maxMedia : 4;
        if (m_media->count() > maxMedia)
            found << tr("%1 takes at most %2 images.").arg(a.name).arg(maxMedia);
    }
    if (!draft && m_at->isChecked() && chosenTime() < m_workspace->clock().now().addSecs(-60))
        found << tr("That time has passed; choose a later one or Now.");
    return found;
}

QList<ScheduledPost> ComposerDialog::composedPosts(bool draft) const {
    QList<PostMedia> media;
    for (int row = 0; row < m_media->count(); ++row)
        media.append({m_media->item(row)->data(kPathRole).toString(),
                      m_media->item(row)->data(kAltRole).toString()});
    const QString group =
        m_editing.id ? m_editing.group : QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<ScheduledPost> posts;
    for (const Account &a : chosenAccounts()) {
        ScheduledPost p = m_editing;
        p.account = a.name;
        p.network = a.network;
        p.text = textFor(a);
        p.scheduledAt = chosenTime();
        p.timeZone = m_now->isChecked() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                        : m_zone->currentData().toString();
        p.status = draft ? PostStatus::Draft : PostStatus::Scheduled;
        const bool mastodon = a.network == QLatin1String("mastodon");
        p.contentWarning = mastodon ? m_contentWarning->text().trimmed() : QString();
        p.visibility = mastodon ? m_visibility->currentData().toString() : QString();
        p.language = chosenLanguage();
        p.media = media;
        p.group = group;
        if (m_replyTo)
            p.replyTo = m_replyTo->id;
        posts.append(p);
    }
    return posts;
}

void ComposerDialog::refreshPreview() {
    QStringList counters;
    QString html;
    QList<PostMedia> media;
    bool undescribed = false;
    for (int row = 0; row < m_media->count(); ++row) {
        media.append({m_media->item(row)->data(kPathRole).toString(),
                      m_media->item(row)->data(kAltRole).toString()});
        undescribed = undescribed || media.constLast().alt.trimmed().isEmpty();
    }
    for (const Account &a : chosenAccounts()) {
        const QString text = textFor(a);
        const int limit = postLimit(a.network, a.maxCharacters);
        const int length = postLength(a.network, text, a.urlLength);
        counters << QStringLiteral("<span style=\"color:%1\">%2: %3/%4</span>")
                        .arg(length > limit ? QStringLiteral("#b3261e") : QStringLiteral("#8a8f98"),
                             networkLabel(a.network).toHtmlEscaped())
                        .arg(limit - length < 0 ? QStringLiteral("<b>%1</b>").arg(length)
                                                : QString::number(length))
                        .arg(limit);
        html += postPreviewHtml(a, text, m_contentWarning->text().trimmed(), media,
                                m_visibility->currentText());
    }
    m_counters->setText(counters.join(QStringLiteral(" · ")));
    m_preview->setHtml(html.isEmpty() ? tr("<i>Choose an account to see the post as its network "
                                           "will show it.</i>")
                                      : html);
    QStringList found = problems(false);
    if (undescribed)
        found << tr("Describe every image: people who cannot see it rely on the description.");
    if (!m_accountData.isEmpty() || m_editing.id)
        m_problems->setText(found.join(u' '));
    m_schedule->setEnabled(problems(false).isEmpty());
    m_draft->setEnabled(!chosenAccounts().isEmpty());
}

void ComposerDialog::save(bool draft) {
    const QStringList found = problems(draft);
    if (!found.isEmpty()) {
        m_problems->setText(found.join(u' '));
        return;
    }
    const QList<ScheduledPost> posts = composedPosts(draft);
    const bool editing = m_editing.id != 0;
    const bool now = !draft && m_now->isChecked();
    m_schedule->setEnabled(false);
    m_draft->setEnabled(false);
    m_workspace->writer()->submit(
        [posts, editing](QSqlDatabase &db) -> Expected<QVariant> {
            PostStore store(db);
            for (const ScheduledPost &post : posts) {
                if (editing) {
                    const auto updated = store.update(post);
                    if (failed(updated))
                        return std::get<StorageError>(updated);
                } else {
                    const auto added = store.add(post);
                    if (failed(added))
                        return std::get<StorageError>(added);
                }
            }
            return QVariant(int(posts.size()));
        },
        this,
        [this, draft, now](const QVariant &count) {
            Q_EMIT saved(count.toInt(), draft, now);
            close();
        },
        [this](const QString &reason) {
            m_problems->setText(tr("The post was not saved: %1").arg(reason));
            refreshPreview();
            Q_EMIT saveFailed(reason);
        });
}

} // namespace veille::ui
