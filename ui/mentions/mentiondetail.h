#pragma once

#include "listening/query.h"
#include "model/mention.h"
#include "sentiment/sentimentscorer.h"
#include "storage/workspacelocation.h"

#include <memory>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace veille::ui {

// The mention being read, whole: who, where, when, its text with the matched terms marked,
// its tags, assignment and the team's private note, and the triage buttons. The text is set
// as plain text and marked by character formats, so nothing in it is ever rendered.
class MentionDetail : public QWidget {
    Q_OBJECT
public:
    explicit MentionDetail(QWidget *parent = nullptr);
    void showMention(const std::optional<Mention> &mention, const QList<ListeningQuery> &highlight);
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *header() const { return m_header; }
    QLabel *footer() const { return m_footer; }

    // "Why" reads with the workspace's vocabulary, as the stored sentiment was scored: what
    // the corrections taught and the manager's own terms over the lexicons. Read again on a
    // pool thread at each call (after the vocabulary changed); none: the lexicons alone.
    void setVocabulary(const std::optional<WorkspaceLocation> &workspace);

    // The buttons take the dock's actions, so that shortcuts and buttons are one thing.
    void addAction(QAction *action);

private:
    // Read from the lexicons on a pool thread (some 25 ms); "why" shows once it is there.
    std::shared_ptr<const SentimentScorer> m_scorer;
    quint64 m_vocabularyReads = 0; // an older read answering late is dropped
    std::optional<Mention> m_shown;
    QList<ListeningQuery> m_highlight;
    QLabel *m_header;
    QPlainTextEdit *m_text;
    QLabel *m_footer;
    QWidget *m_buttons;
};

} // namespace veille::ui
