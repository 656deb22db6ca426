#pragma once

#include "common/workspacepanel.h"
#include "listening/query.h"
#include "model/mention.h"
#include "model/topic.h"
#include "storage/storageerror.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSqlDatabase;
class QPushButton;
class QTableView;
class QTimer;

namespace veille {
class Workspace;
}

namespace veille::ui {

class MentionDetail;
class MentionListModel;

// The mention stream the manager works through each morning: newest first, searchable,
// filterable by topic (with unread counts), network, sentiment, status, language and period;
// the matched terms marked; triage from the keyboard (j/k move, r read, e resolve, t tag,
// a assign, n note, o open the original).
class MentionsDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit MentionsDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    // Only this author's mentions (empty: everyone's), with a button to go back to all.
    void showAuthor(const QString &authorId, const QString &name);
    QString authorFilter() const { return m_authorId; }
    // Topics (and their unread counts) are asked for again.
    void refreshTopics();
    // Shows the mentions of one slice of the Sentiment panel: a time range, a sentiment (or
    // all), a topic (or all). The period list says "Chosen on the chart" until changed.
    void showSlice(const QDateTime &since, const QDateTime &until,
                   std::optional<SentimentLabel> sentiment, const QString &topic);

    MentionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *sentimentFilter() const { return m_sentiment; }
    QComboBox *topicFilter() const { return m_topic; }
    QComboBox *networkFilter() const { return m_network; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *languageFilter() const { return m_lang; }
    QComboBox *periodFilter() const { return m_period; }
    MentionDetail *detail() const { return m_detail; }
    QLabel *countLabel() const { return m_count; }
    std::optional<Mention> currentMention() const;
    QAction *markReadAction() const { return m_markRead; }
    QAction *resolveAction() const { return m_resolve; }
    QAction *tagAction() const { return m_tag; }
    QAction *assignAction() const { return m_assign; }
    QAction *noteAction() const { return m_note; }
    QAction *openAction() const { return m_open; }
    QAction *correctSentimentAction() const { return m_correct; }
    QAction *exportAction() const { return m_export; }
    QAction *replyAction() const { return m_reply; }
    // Queues a reply to the current mention from the brand's account on its network; the
    // publisher sends it within seconds and the mention counts as answered.

    // Writes the selected mentions (two or more), else every mention the filters show, to a
    // CSV file that spreadsheets open as it is (UTF-8 with BOM), on a pool thread.
    void exportCsv(const QString &path);

Q_SIGNALS:
    // A triage change was stored and the row shows it.
    void mentionChanged(const veille::Mention &mention);
    // The manager corrected a mention's sentiment: the engine has something new to learn.
    void sentimentCorrected();
    void exported(const QString &path, qint64 mentions);
    void exportFailed(const QString &reason);
    // The manager wants to answer this mention (the composer does it).
    void replyRequested(const veille::Mention &mention);

private:
    void buildFilters();
    void buildActions();
    void askExport();
    QList<Mention> selectedMentions() const;
    void applyFilters();
    void showTopics(const QList<Topic> &topics, const QHash<QString, qint64> &unread);
    void showCurrent();
    QList<ListeningQuery> highlightQueries() const;
    void moveBy(int rows);
    using Change = std::function<Expected<bool>(QSqlDatabase &db, const Mention &mention)>;
    void change(const Change &change);
    void toggleRead();
    void resolve();
    void askText(const QString &title, const QString &label, const QString &value,
                 std::function<void(const QString &)> done);

    QPointer<Workspace> m_workspace;
    MentionListModel *m_model;
    QTableView *m_view;
    MentionDetail *m_detail;
    QLineEdit *m_search;
    QComboBox *m_topic;
    QComboBox *m_network;
    QComboBox *m_sentiment;
    QComboBox *m_status;
    QComboBox *m_lang;
    QComboBox *m_period;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QTimer *m_topicsDelay;
    QList<Topic> m_topics;
    QDateTime m_sliceSince;
    QDateTime m_sliceUntil;
    quint64 m_topicsTicket = 0;
    QAction *m_markRead = nullptr;
    QAction *m_resolve = nullptr;
    QAction *m_tag = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_note = nullptr;
    QAction *m_open = nullptr;
    QAction *m_correct = nullptr;
    QAction *m_export = nullptr;
    QAction *m_reply = nullptr;
    QPushButton *m_authorChip = nullptr;
    QString m_authorId;
};

} // namespace veille::ui
