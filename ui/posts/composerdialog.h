#pragma once

#include "model/account.h"
#include "model/mention.h"
#include "model/scheduledpost.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTextBrowser;

namespace veille {
class SentimentScorer;
class Workspace;
} // namespace veille

namespace veille::ui {

// Writes a post for one or several accounts: one text with per-account overrides, a live
// count against each account's limit as its network counts (graphemes on Bluesky, links as
// 23 on Mastodon), Mastodon's content warning and visibility, the language, images with their
// descriptions, a preview per network, and when: now, at a time in a chosen zone, or kept as a
// draft. Non-modal; the posts are stored through the workspace's writer.
class ComposerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ComposerDialog(Workspace *workspace, QWidget *parent = nullptr);

    // Edits a post that has not gone out; its account is fixed.
    void editPost(const ScheduledPost &post);
    // Answers a mention: only accounts on its network, sent now unless told otherwise; the
    // mention counts as answered once the reply is out.
    void setReplyTo(const Mention &mention);
    // Starts at this time (calendar: a click on an empty slot).
    void setTime(const QDateTime &utc);

    // What would be stored now, one post per account, or the problems that prevent it.
    QList<ScheduledPost> composedPosts(bool draft) const;
    QStringList problems(bool draft) const;

    QListWidget *accountList() const { return m_accounts; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *contentWarningEdit() const { return m_contentWarning; }
    QComboBox *visibilityBox() const { return m_visibility; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *zoneBox() const { return m_zone; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QRadioButton *nowButton() const { return m_now; }
    QLabel *countersLabel() const { return m_counters; }
    QLabel *problemsLabel() const { return m_problems; }
    QTextBrowser *preview() const { return m_preview; }
    QListWidget *mediaList() const { return m_media; }
    QLineEdit *altEdit() const { return m_alt; }
    // Sets the text that replaces the shared one for an account (empty: the shared text).
    void setOverride(const QString &accountName, const QString &text);
    void addImage(const QString &path, const QString &alt = {});
    void save(bool draft);

Q_SIGNALS:
    // Stored: `count` posts, drafts or planned; `now` when they are due at once.
    void saved(int count, bool draft, bool now);
    void saveFailed(const QString &reason);

private:
    void setAccounts(const QList<Account> &accounts);
    QList<Account> chosenAccounts() const;
    QString textFor(const Account &account) const;
    QDateTime chosenTime() const; // UTC
    QString chosenLanguage() const;
    // "fr", "en" or "other": the text's language as the sentiment engine finds it (with the
    // words only one language's lexicon knows, which decide short posts), or from function
    // words alone until the lexicons are loaded.
    QString detectedLanguage() const;
    void showDetectedLanguage();
    void rebuildOverrideTabs();
    void refreshPreview();
    void chooseImage();

    Workspace *m_workspace;
    std::shared_ptr<const SentimentScorer> m_scorer; // loaded on the pool
    quint64 m_ticket = 0;
    QList<Account> m_accountData;
    ScheduledPost m_editing; // id 0 when writing new posts
    std::optional<Mention> m_replyTo;
    QListWidget *m_accounts;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QHash<QString, QPlainTextEdit *> m_overrides; // account name -> its own text
    QHash<QString, QCheckBox *> m_overrideOn;
    QLineEdit *m_contentWarning;
    QComboBox *m_visibility;
    QComboBox *m_language;
    QListWidget *m_media;
    QLineEdit *m_alt;
    QRadioButton *m_now;
    QRadioButton *m_at;
    QDateTimeEdit *m_time;
    QComboBox *m_zone;
    QLabel *m_counters;
    QLabel *m_problems;
    QTextBrowser *m_preview;
    QPushButton *m_schedule;
    QPushButton *m_draft;
    QLabel *m_replyBanner;
};

} // namespace veille::ui
