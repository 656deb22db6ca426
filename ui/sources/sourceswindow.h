#pragma once

#include "model/source.h"
#include "model/topic.h"
#include "storage/storageerror.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QSqlDatabase;
class QVariant;

namespace veille {
class CollectorService;
class SentimentScorer;
class Workspace;
} // namespace veille

namespace veille::ui {

class SourceDialog;
class SourceListModel;
class TopicDialog;

// Sources and topics, managed in one non-modal window: add, edit, remove; "Fetch now" with
// what came back; each source's state live from the collector, a failing one in red with
// its last error in words.
class SourcesWindow : public QDialog {
    Q_OBJECT
public:
    SourcesWindow(Workspace *workspace, CollectorService *collector, QWidget *parent = nullptr);

    void refresh();
    void addSource();
    void addTopic();
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *sourcesView() const { return m_sourcesView; }
    QTableWidget *topicsTable() const { return m_topics; }
    SourceListModel *sourcesModel() const { return m_sourcesModel; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *fetchButton() const { return m_fetch; }

Q_SIGNALS:
    // Sources or topics were changed by the manager.
    void listeningChanged();
    // A topic's name was added to the vocabulary at 0: the stored mentions are to be scored
    // again.
    void vocabularyChanged();

private:
    using Job = std::function<Expected<QVariant>(QSqlDatabase &db)>;
    // `vocabulary`: the job also changed the workspace's own sentiment terms.
    void write(Job job, const QString &done, bool vocabulary = false);
    std::optional<Source> currentSource() const;
    std::optional<Topic> currentTopic() const;
    void editSource();
    void removeSource();
    void fetchNow();
    void editTopic();
    void removeTopic();
    void openSourceDialog(SourceDialog *dialog);
    void openTopicDialog(TopicDialog *dialog, bool adding);
    // Builds, on the pool, the scorer the topic dialog reads names with.
    void loadScorer();
    void confirm(const QString &question, std::function<void()> yes);
    void updateButtons();

    QPointer<Workspace> m_workspace;
    QPointer<CollectorService> m_collector;
    QTabWidget *m_tabs;
    SourceListModel *m_sourcesModel;
    QTableView *m_sourcesView;
    QPushButton *m_editSource;
    QPushButton *m_removeSource;
    QPushButton *m_fetch;
    QLabel *m_previewTitle;
    QPlainTextEdit *m_preview;
    QTableWidget *m_topics;
    QPushButton *m_editTopic;
    QPushButton *m_removeTopic;
    QLabel *m_message;
    QList<Topic> m_topicList;
    quint64 m_sourcesTicket = 0;
    quint64 m_topicsTicket = 0;
    qint64 m_previewSource = -1;
    QPointer<SourceDialog> m_tryingDialog;
    QPointer<TopicDialog> m_topicDialog;
    std::shared_ptr<const SentimentScorer> m_scorer; // none while it is built
    quint64 m_scorerLoads = 0;                       // an older build answering late is dropped
};

} // namespace veille::ui
