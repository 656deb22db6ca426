#pragma once

#include "common/workspacepanel.h"
#include "community/rosterstore.h"
#include "storage/storageerror.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace veille::ui {

class AuthorListModel;

// The community roster: who talks about the brand, in segments the manager works with. Filters
// (segment, network, topic, sentiment, name), any column sorts, the segments at a glance with
// their change over the last 30 days, and a member's detail with the actions on them: tag,
// note, link identities, mark as ambassador, read their mentions.
class CommunityDock : public QDockWidget, public WorkspacePanel {
    Q_OBJECT
public:
    explicit CommunityDock(QWidget *parent = nullptr);
    void setWorkspace(Workspace *workspace) override;
    AuthorListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *segmentFilter() const { return m_segment; }
    QComboBox *networkFilter() const { return m_network; }
    QComboBox *topicFilter() const { return m_topic; }
    QComboBox *sentimentFilter() const { return m_sentiment; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *overviewLabel() const { return m_overview; }
    QTextBrowser *detailView() const { return m_detail; }
    QPushButton *mentionsButton() const { return m_mentions; }
    const std::optional<AuthorDetail> &shownDetail() const { return m_shown; }

    // The actions, also reachable from the buttons (each asks for what it needs first).
    void tagCurrent(const QStringList &tags);
    void noteCurrent(const QString &note);
    void markCurrentAmbassador(bool marked);
    void linkCurrent(const QStringList &otherIds, const QString &name);
    void unlinkCurrent();
    // The selected members (two or more), else every member the filters show, to CSV (UTF-8
    // with BOM) on a pool thread.
    void exportCsv(const QString &path);
    void editRules();

Q_SIGNALS:
    // Show this author's mentions in the Mentions panel.
    void mentionsRequested(const QString &authorId, const QString &name);
    void detailShown(const QString &authorId);
    void overviewShown();
    void changed(const QString &authorId);
    void exported(const QString &path, qint64 authors);
    void exportFailed(const QString &reason);

private:
    void applyFilters();
    void requestOverview();
    void showOverview(const SegmentOverview &overview);
    void showDetail(const AuthorDetail &detail);
    void currentChanged();
    void write(const std::function<Expected<bool>(QSqlDatabase &)> &change,
               const QString &authorId);
    void askText(const QString &title, const QString &label, const QString &value,
                 std::function<void(const QString &)> done);
    void askLink();

    QPointer<Workspace> m_workspace;
    QList<QMetaObject::Connection> m_connections;
    AuthorListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_segment;
    QComboBox *m_network;
    QComboBox *m_topic;
    QComboBox *m_sentiment;
    QLabel *m_overview;
    QTextBrowser *m_detail;
    QPushButton *m_mentions;
    QPushButton *m_tag;
    QPushButton *m_note;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QPushButton *m_ambassador;
    QPushButton *m_rules;
    QPushButton *m_export;
    QTimer *m_searchDelay;
    quint64 m_overviewTicket = 0;
    quint64 m_detailTicket = 0;
    quint64 m_topicsTicket = 0;
    std::optional<AuthorDetail> m_shown;
};

} // namespace veille::ui
