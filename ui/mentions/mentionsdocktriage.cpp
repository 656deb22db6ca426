// The mention stream's triage: actions, their shortcuts, and the writes they make.
#include "common/labels.h"
#include "mentiondetail.h"
#include "mentionlistmodel.h"
#include "mentionsdock.h"
#include "storage/mentionstore.h"
#include "storage/poststore.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QInputDialog>
#include <QTableView>
#include <QTimeZone>
#include <QUrl>

namespace veille::ui {

void MentionsDock::buildActions() {
    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        // Shortcuts act while the stream has the focus, not anywhere in the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    make(tr("Next"), QKeySequence(Qt::Key_J), [this] { moveBy(1); });
    make(tr("Previous"), QKeySequence(Qt::Key_K), [this] { moveBy(-1); });
    m_open = make(tr("&Open original"), QKeySequence(Qt::Key_O), [this] {
        if (const auto m = currentMention(); m && !m->url.isEmpty())
            QDesktopServices::openUrl(QUrl(m->url));
    });
    m_markRead = make(tr("Mark &read"), QKeySequence(Qt::Key_R), [this] { toggleRead(); });
    m_resolve = make(tr("R&esolve"), QKeySequence(Qt::Key_E), [this] { resolve(); });
    m_tag = make(tr("&Tag…"), QKeySequence(Qt::Key_T), [this] {
        const auto m = currentMention();
        if (!m)
            return;
        askText(tr("Tags"), tr("Tags, separated by commas:"), m->tags.join(QStringLiteral(", ")),
                [this](const QString &text) {
                    QStringList tags;
                    for (const QString &tag : text.split(u',', Qt::SkipEmptyParts))
                        if (!tag.trimmed().isEmpty())
                            tags.append(tag.trimmed());
                    change([tags](QSqlDatabase &db, const Mention &target) {
                        return MentionStore(db).setTags(target.rowId, tags);
                    });
                });
    });
    m_assign = make(tr("&Assign…"), QKeySequence(Qt::Key_A), [this] {
        const auto m = currentMention();
        if (!m)
            return;
        askText(tr("Assign"), tr("Assign to (a teammate's name; empty to unassign):"),
                m->assignedTo, [this](const QString &text) {
                    const QString who = text.trimmed();
                    change([who](QSqlDatabase &db, const Mention &target) {
                        return MentionStore(db).setStatus(
                            target.rowId,
                            who.isEmpty() ? MentionStatus::Read : MentionStatus::Assigned, who);
                    });
                });
    });
    m_note = make(tr("&Note…"), QKeySequence(Qt::Key_N), [this] {
        const auto m = currentMention();
        if (!m)
            return;
        askText(tr("Private note"), tr("A note for the team (never published):"), m->note,
                [this](const QString &text) {
                    change([text](QSqlDatabase &db, const Mention &target) {
                        return MentionStore(db).setNote(target.rowId, text);
                    });
                });
    });
    m_correct = make(tr("Correct the &sentiment…"), QKeySequence(Qt::Key_S), [this] {
        const auto m = currentMention();
        if (!m)
            return;
        const QList<SentimentLabel> labels{SentimentLabel::Positive, SentimentLabel::Neutral,
                                           SentimentLabel::Negative};
        QStringList names;
        for (const SentimentLabel label : labels)
            names << sentimentText(label);
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Sentiment"));
        dialog->setLabelText(tr("This mention is, in fact:"));
        dialog->setComboBoxItems(names);
        dialog->setTextValue(sentimentText(m->sentiment.label));
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, labels, names](const QString &chosen) {
                    const SentimentLabel label =
                        labels.value(names.indexOf(chosen), SentimentLabel::Unknown);
                    if (label == SentimentLabel::Unknown || !m_workspace)
                        return;
                    const QDateTime now = m_workspace->clock().now();
                    change([label, now](QSqlDatabase &db, const Mention &target) {
                        return MentionStore(db).correctSentiment(target.rowId, label, now);
                    });
                    Q_EMIT sentimentCorrected();
                });
        dialog->open();
    });
    // The composer answers, from an account on the mention's network.
    m_reply = make(tr("Re&ply…"), QKeySequence(Qt::Key_P), [this] {
        if (const auto m = currentMention())
            Q_EMIT replyRequested(*m);
    });
    m_export = make(tr("E&xport to CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                    [this] { askExport(); });
    m_export->setToolTip(tr("The selected mentions, or all those the filters show"));
    for (QAction *action :
         {m_open, m_reply, m_markRead, m_resolve, m_tag, m_assign, m_note, m_correct})
        m_detail->addAction(action);
    // The same actions on a right click in the stream.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action :
         {m_open, m_reply, m_markRead, m_resolve, m_tag, m_assign, m_note, m_correct, m_export})
        m_view->addAction(action);
    showCurrent();
}

void MentionsDock::toggleRead() {
    const auto m = currentMention();
    if (!m)
        return;
    const MentionStatus next =
        m->status == MentionStatus::New ? MentionStatus::Read : MentionStatus::New;
    change([next](QSqlDatabase &db, const Mention &mention) {
        return MentionStore(db).setStatus(mention.rowId, next);
    });
}

void MentionsDock::resolve() {
    change([](QSqlDatabase &db, const Mention &mention) {
        return MentionStore(db).setStatus(mention.rowId, MentionStatus::Resolved,
                                          mention.assignedTo);
    });
}

void MentionsDock::askText(const QString &title, const QString &label, const QString &value,
                           std::function<void(const QString &)> done) {
    ui::askText(this, title, label, value, std::move(done));
}

void MentionsDock::change(const Change &apply) {
    const auto current = currentMention();
    if (!current || !m_workspace)
        return;
    const Mention mention = *current;
    // The writer stores the change and answers with the mention as stored, which the row shows.
    m_workspace->writer()->submit(
        [apply, mention](QSqlDatabase &db) -> Expected<QVariant> {
            auto done = apply(db, mention);
            if (failed(done))
                return std::get<StorageError>(done);
            auto stored = MentionStore(db).byRowId(mention.rowId);
            if (failed(stored))
                return std::get<StorageError>(stored);
            return QVariant::fromValue(std::get<Mention>(stored));
        },
        this,
        [this](const QVariant &result) {
            const Mention stored = result.value<Mention>();
            m_model->replaceMention(stored);
            refreshTopics();
            Q_EMIT mentionChanged(stored);
        });
    // A failure is reported by the window (Workspace::writeFailed).
}

} // namespace veille::ui
