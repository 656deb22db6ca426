#include "mentiondetail.h"

#include "common/labels.h"
#include "listening/mentionenricher.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veille::ui {

MentionDetail::MentionDetail(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel)
    , m_text(new QPlainTextEdit)
    , m_footer(new QLabel)
    , m_buttons(new QWidget) {
    m_header->setTextFormat(Qt::PlainText);
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setMaximumHeight(120);
    m_text->setPlaceholderText(tr("Select a mention to read it here."));
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_text);
    layout->addWidget(m_footer);
    layout->addWidget(m_buttons);
    setVocabulary(std::nullopt);
}

void MentionDetail::setVocabulary(const std::optional<WorkspaceLocation> &workspace) {
    const quint64 read = ++m_vocabularyReads;
    QtConcurrent::run([workspace] {
        return workspaceScorer(workspace);
    }).then(this, [this, read](std::shared_ptr<const SentimentScorer> scorer) {
        if (read != m_vocabularyReads)
            return;
        m_scorer = std::move(scorer);
        if (m_shown)
            showMention(m_shown, m_highlight);
    });
}

void MentionDetail::addAction(QAction *action) {
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    layout->insertWidget(layout->count() - 1, button);
}

void MentionDetail::showMention(const std::optional<Mention> &mention,
                                const QList<ListeningQuery> &highlight) {
    m_shown = mention;
    m_highlight = highlight;
    if (!mention) {
        m_header->clear();
        m_text->clear();
        m_footer->clear();
        return;
    }
    const Mention &m = *mention;
    const QString who = m.author.name.isEmpty() || m.author.name == m.author.handle
                            ? m.author.handle
                            : QStringLiteral("%1 (%2)").arg(m.author.name, m.author.handle);
    QString audience;
    if (m.author.followers)
        audience = QStringLiteral(" · ") + tr("%n follower(s)", nullptr, int(*m.author.followers));
    m_header->setText(QStringLiteral("%1 · %2 · %3%4")
                          .arg(who, networkLabel(m.network),
                               QLocale().toString(m.createdAt.toLocalTime(), QLocale::LongFormat),
                               audience));
    m_text->setPlainText(m.text);
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xe0, 0x82));
    mark.setForeground(QColor(0x20, 0x20, 0x20));
    mark.setFontWeight(QFont::Bold);
    const MatchText text(m.text);
    for (const ListeningQuery &query : highlight)
        for (const auto &[start, length] : query.highlights(text)) {
            QTextCursor cursor(m_text->document());
            cursor.setPosition(int(start));
            cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(mark);
        }
    QStringList facts;
    facts << statusText(m.status, m.assignedTo);
    if (m.sentiment.isKnown())
        facts << tr("Sentiment: %1 (%2)")
                     .arg(sentimentText(m.sentiment.label),
                          QLocale().toString(m.sentiment.score, 'f', 2));
    if (!m.topics.isEmpty())
        facts << tr("Topics: %1").arg(m.topics.join(QStringLiteral(", ")));
    if (!m.tags.isEmpty())
        facts << tr("Tags: %1").arg(m.tags.join(QStringLiteral(", ")));
    facts << engagementText(m.metrics, QStringLiteral(" · "));
    QString footer = facts.join(QStringLiteral(" · "));
    // Why the engine reads it so: the words and rules that weighed (a few microseconds).
    const SentimentResult why =
        m_scorer ? m_scorer->score(m.text, m.lang.left(2)) : SentimentResult{};
    const QString words = why.explanation.join(QStringLiteral("; "));
    if (m_scorer && m.sentiment.isKnown() && why.sentiment.label != m.sentiment.label) {
        // The label shown is not the engine's reading: a correction set it, the file it was
        // imported from gave it, or the workspace is still being scored again. Say what the
        // engine reads, not why it reads what it does not.
        footer +=
            u'\n' + (words.isEmpty()
                         ? tr("The engine reads it now: %1").arg(sentimentText(why.sentiment.label))
                         : tr("The engine reads it now: %1 (%2)")
                               .arg(sentimentText(why.sentiment.label), words));
    } else if (!words.isEmpty()) {
        footer += u'\n' + tr("Why: %1").arg(words);
    }
    if (!m.note.isEmpty())
        footer += u'\n' + tr("Note: %1").arg(m.note);
    m_footer->setText(footer);
}

} // namespace veille::ui
