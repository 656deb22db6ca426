#include "support/csvread.h"
#include "support/demoworkspace.h"

#include "common/labels.h"
#include "listening/mentionenricher.h"
#include "mentions/mentiondetail.h"
#include "mentions/mentionlistmodel.h"
#include "mentions/mentionsdock.h"
#include "model/mentionjson.h"
#include "posts/composerdialog.h"
#include "posts/postsdock.h"
#include "sentiment/customtermstore.h"
#include "sentiment/sentimentscorer.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "storage/poststore.h"
#include "workspace/workspacereader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

using namespace veille;
using test::DemoWorkspace;

namespace {

QList<Mention> shown(const ui::MentionsDock &dock) {
    QList<Mention> rows;
    for (int row = 0; row < dock.model()->rowCount(); ++row)
        rows.append(
            dock.model()->index(row, 0).data(ui::MentionListModel::MentionRole).value<Mention>());
    return rows;
}

void choose(QComboBox *combo, const QVariant &data) {
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

bool settled(const ui::MentionsDock &dock) {
    return !dock.model()->isLoading() && dock.model()->rowCount() > 0;
}

// Answers the input dialog the dock opened (non-modal) with `text`.
void answerInput(QWidget *owner, const QString &text) {
    QInputDialog *dialog = nullptr;
    REQUIRE(test::waitUntil([&] {
        for (QInputDialog *d : owner->findChildren<QInputDialog *>())
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    }));
    dialog->setTextValue(text);
    dialog->accept();
    // Back to the stream, as the manager's next key press would be.
    owner->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(owner));
    owner->findChild<QTableView *>()->setFocus();
}

} // namespace

TEST_CASE("the stream filters by topic, network, sentiment, status, language and period",
          "[ui][stream]") {
    DemoWorkspace demo;
    ui::MentionsDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock) && dock.topicFilter()->count() > 1; }));
    // The first page of many: the count says more are to come.
    REQUIRE(dock.model()->canFetchMore({}));
    CHECK(dock.countLabel()->text().contains(QStringLiteral("more as you scroll")));

    choose(dock.topicFilter(), QStringLiteral("Solara"));
    REQUIRE(
        test::waitUntil([&] { return dock.model()->query().topic == u"Solara" && settled(dock); }));
    for (const Mention &m : shown(dock))
        CHECK(m.topics.contains(QStringLiteral("Solara")));

    choose(dock.topicFilter(), QString());
    choose(dock.networkFilter(), QStringLiteral("reddit"));
    choose(dock.languageFilter(), QStringLiteral("fr"));
    REQUIRE(test::waitUntil([&] {
        const MentionQuery &q = dock.model()->query();
        return q.network == u"reddit" && q.lang == u"fr" && settled(dock);
    }));
    for (const Mention &m : shown(dock)) {
        CHECK(m.network == QStringLiteral("reddit"));
        CHECK(m.lang == QStringLiteral("fr"));
    }
    choose(dock.statusFilter(), QStringLiteral("new"));
    choose(dock.sentimentFilter(), QStringLiteral("negative"));
    REQUIRE(test::waitUntil([&] {
        const MentionQuery &q = dock.model()->query();
        return q.status && q.sentiment && !dock.model()->isLoading();
    }));
    for (const Mention &m : shown(dock)) {
        CHECK(m.network == QStringLiteral("reddit"));
        CHECK(m.status == MentionStatus::New);
        CHECK(m.sentiment.label == SentimentLabel::Negative);
    }

    for (QComboBox *combo :
         {dock.networkFilter(), dock.languageFilter(), dock.statusFilter(), dock.sentimentFilter()})
        combo->setCurrentIndex(0);
    choose(dock.periodFilter(), 7);
    REQUIRE(
        test::waitUntil([&] { return dock.model()->query().since.isValid() && settled(dock); }));
    const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7).addSecs(-60);
    for (const Mention &m : shown(dock))
        CHECK(m.createdAt >= weekAgo);

    // Everything that matches is shown: the count is the whole of it.
    dock.searchField()->setText(QStringLiteral("zxqwvj"));
    REQUIRE(test::waitUntil([&] {
        return dock.model()->query().search == u"zxqwvj" && !dock.model()->isLoading() &&
               dock.countLabel()->text().contains(QStringLiteral("shown"));
    }));
    CHECK(dock.model()->rowCount() == 0);
    CHECK_FALSE(dock.countLabel()->text().contains(QStringLiteral("scroll")));
}

TEST_CASE("search marks the matched words in the list and in the detail", "[ui][stream]") {
    DemoWorkspace demo;
    ui::MentionsDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock); }));
    QTest::keyClicks(dock.searchField(), QStringLiteral("panne"));
    REQUIRE(
        test::waitUntil([&] { return dock.model()->query().search == u"panne" && settled(dock); }));
    const QModelIndex first = dock.model()->index(0, ui::MentionListModel::Text);
    const auto spans = first.data(ui::MentionListModel::HighlightRole)
                           .value<QList<std::pair<qsizetype, qsizetype>>>();
    REQUIRE_FALSE(spans.isEmpty());
    const Mention m = first.data(ui::MentionListModel::MentionRole).value<Mention>();
    CHECK(m.text.mid(spans[0].first, spans[0].second)
              .compare(QStringLiteral("panne"), Qt::CaseInsensitive) == 0);

    dock.view()->setCurrentIndex(first);
    QPlainTextEdit *text = dock.detail()->textView();
    CHECK(text->toPlainText() == m.text);
    QTextCursor cursor(text->document());
    cursor.setPosition(int(spans[0].first) + 1);
    CHECK(cursor.charFormat().fontWeight() == QFont::Bold);
}

TEST_CASE("topics come with their unread counts only when these are asked for", "[ui][stream]") {
    DemoWorkspace demo;
    WorkspaceReader *reader = demo.workspace->reader();
    QList<QHash<QString, qint64>> answers;
    QList<qsizetype> topicCounts;
    QList<quint64> tickets;
    QObject::connect(
        reader, &WorkspaceReader::topicsFetched,
        [&](quint64 ticket, const QList<Topic> &topics, const QHash<QString, qint64> &unread) {
            tickets << ticket;
            topicCounts << topics.size();
            answers << unread;
        });
    const quint64 bare = reader->requestTopics(WorkspaceReader::TopicCounts::None);
    const quint64 counted = reader->requestTopics();
    REQUIRE(test::waitUntil([&] { return answers.size() == 2; }));
    REQUIRE(tickets == QList<quint64>{bare, counted});
    CHECK(topicCounts[0] == 3); // the brand and its two competitors
    CHECK(topicCounts[1] == 3);
    CHECK(answers[0].isEmpty());
    CHECK(answers[1].value(QStringLiteral("Lumen")) > 0);
}

TEST_CASE("triage from the keyboard: read, resolve, tag, assign, note, move", "[ui][stream]") {
    DemoWorkspace demo;
    ui::MentionsDock dock;
    dock.resize(900, 700);
    dock.show();
    dock.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dock));
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock) && dock.topicFilter()->count() > 1; }));
    choose(dock.statusFilter(), QStringLiteral("new"));
    REQUIRE(test::waitUntil([&] { return dock.model()->query().status && settled(dock); }));
    QTableView *view = dock.view();
    // Nothing selected: nothing to act on, a reply included.
    for (QAction *action : {dock.replyAction(), dock.markReadAction(), dock.resolveAction()})
        CHECK_FALSE(action->isEnabled());
    view->setFocus();
    view->setCurrentIndex(dock.model()->index(0, ui::MentionListModel::Text));
    CHECK(dock.replyAction()->isEnabled());
    const qint64 rowId = dock.currentMention()->rowId;
    const QString topic = dock.currentMention()->topics.value(0);
    const int topicIndex = dock.topicFilter()->findData(topic);
    REQUIRE(topicIndex > 0);
    const QString before = dock.topicFilter()->itemText(topicIndex);
    auto current = [&] { return dock.currentMention().value_or(Mention{}); };

    QTest::keyClick(view, Qt::Key_R);
    REQUIRE(test::waitUntil([&] { return current().status == MentionStatus::Read; }));
    CHECK(current().rowId == rowId);
    // The topic's unread count went down by one.
    REQUIRE(test::waitUntil([&] { return dock.topicFilter()->itemText(topicIndex) != before; }));

    QTest::keyClick(view, Qt::Key_T);
    answerInput(&dock, QStringLiteral("presse, vip"));
    INFO("current row " << current().rowId << " (first was " << rowId << "), tags "
                        << current().tags.join(u',').toStdString() << ", dialogs "
                        << dock.findChildren<QInputDialog *>().size());
    REQUIRE(test::waitUntil([&] {
        return current().tags == QStringList({QStringLiteral("presse"), QStringLiteral("vip")});
    }));

    QTest::keyClick(view, Qt::Key_A);
    answerInput(&dock, QStringLiteral("Camille"));
    REQUIRE(test::waitUntil([&] { return current().status == MentionStatus::Assigned; }));
    CHECK(current().assignedTo == QStringLiteral("Camille"));

    QTest::keyClick(view, Qt::Key_N);
    answerInput(&dock, QStringLiteral("Client fidèle, rappeler demain"));
    REQUIRE(test::waitUntil(
        [&] { return current().note == QStringLiteral("Client fidèle, rappeler demain"); }));
    CHECK(dock.detail()->footer()->text().contains(QStringLiteral("rappeler demain")));
    // The engine says why it reads the mention so, when words weighed. The engine as the
    // workspace scores, with what its corrections taught and its own terms, as the detail
    // reads (the correction below is learnt only when the workspace is scored again).
    const auto scorer = workspaceScorer(demo.workspace->location());
    const SentimentScorer &engine = *scorer;
    CHECK(dock.detail()->footer()->text().contains(QStringLiteral("Why: ")) ==
          !engine.score(current().text, current().lang).explanation.isEmpty());

    const SentimentLabel wanted = current().sentiment.label == SentimentLabel::Negative
                                      ? SentimentLabel::Positive
                                      : SentimentLabel::Negative;
    QTest::keyClick(view, Qt::Key_S);
    answerInput(&dock, ui::sentimentText(wanted));
    REQUIRE(test::waitUntil([&] { return current().sentiment.label == wanted; }));
    // The corrected label is not the engine's reading: the detail says what the engine reads
    // instead of explaining a label it did not give.
    const SentimentLabel read = engine.score(current().text, current().lang).sentiment.label;
    REQUIRE(read != wanted);
    REQUIRE(test::waitUntil([&] {
        return dock.detail()->footer()->text().contains(
            QStringLiteral("The engine reads it now: %1").arg(ui::sentimentText(read)));
    }));
    CHECK_FALSE(dock.detail()->footer()->text().contains(QStringLiteral("Why: ")));

    QTest::keyClick(view, Qt::Key_E);
    REQUIRE(test::waitUntil([&] { return current().status == MentionStatus::Resolved; }));
    CHECK(current().assignedTo == QStringLiteral("Camille"));

    QTest::keyClick(view, Qt::Key_J);
    CHECK(view->currentIndex().row() == 1);
    QTest::keyClick(view, Qt::Key_K);
    CHECK(view->currentIndex().row() == 0);
    CHECK(dock.openAction()->isEnabled() == !current().url.isEmpty());

    // What was stored is what a fresh look at the workspace sees.
    ui::MentionsDock other;
    other.setWorkspace(demo.workspace.get());
    other.searchField()->setText(QString());
    REQUIRE(test::waitUntil([&] { return settled(other); }));
    const int row = other.model()->rowOf(rowId);
    if (row >= 0) {
        const Mention stored =
            other.model()->index(row, 0).data(ui::MentionListModel::MentionRole).value<Mention>();
        CHECK(stored.status == MentionStatus::Resolved);
        CHECK(stored.tags.size() == 2);
    }
}

TEST_CASE("the stream's narrow columns fit their titles, a time and a status", "[ui][stream]") {
    ui::MentionsDock dock;
    dock.show();
    QHeaderView *header = dock.view()->horizontalHeader();
    const QFontMetrics titles = header->fontMetrics();
    const QFontMetrics cells = dock.view()->fontMetrics();
    for (const int column : {ui::MentionListModel::Time, ui::MentionListModel::Network,
                             ui::MentionListModel::Author, ui::MentionListModel::Sentiment,
                             ui::MentionListModel::Status, ui::MentionListModel::Topics}) {
        const QString title =
            dock.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        INFO(title.toStdString());
        CHECK(header->sectionSize(column) > titles.horizontalAdvance(title));
    }
    const QString time =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    CHECK(header->sectionSize(ui::MentionListModel::Time) > cells.horizontalAdvance(time));
    CHECK(header->sectionSize(ui::MentionListModel::Status) >
          cells.horizontalAdvance(ui::statusText(MentionStatus::Resolved)));
}

TEST_CASE("markup in a mention stays text in the tooltip and the detail", "[ui][stream]") {
    DemoWorkspace demo;
    ui::MentionsDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock); }));
    Mention fresh = std::get<Mention>(mentionFromJsonLine(
        test::mentionLine(7, QStringLiteral("<script>alert(1)</script> <b>gras</b> & co <3"))));
    fresh.createdAt = QDateTime::currentDateTimeUtc().addSecs(7200);
    demo.workspace->storeMentions({fresh});
    REQUIRE(test::waitUntil([&] {
        return dock.model()
                   ->index(0, 0)
                   .data(ui::MentionListModel::MentionRole)
                   .value<Mention>()
                   .id == fresh.id;
    }));
    const QString tooltip =
        dock.model()->index(0, ui::MentionListModel::Text).data(Qt::ToolTipRole).toString();
    CHECK(tooltip.startsWith(QStringLiteral("<p>")));
    CHECK(tooltip.contains(QStringLiteral("&lt;script&gt;")));
    CHECK(tooltip.contains(QStringLiteral("&lt;3")));
    dock.view()->setCurrentIndex(dock.model()->index(0, ui::MentionListModel::Text));
    CHECK(dock.detail()->textView()->toPlainText() == fresh.text);
}

TEST_CASE("the stream exports the filtered view, or the selection, to CSV", "[ui][stream]") {
    DemoWorkspace demo;
    ui::MentionsDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock) && dock.topicFilter()->count() > 1; }));
    choose(dock.networkFilter(), QStringLiteral("reddit"));
    REQUIRE(test::waitUntil(
        [&] { return dock.model()->query().network == u"reddit" && settled(dock); }));

    test::TempWorkspace out;
    QSignalSpy exported(&dock, &ui::MentionsDock::exported);
    const QString all = out.path(QStringLiteral("reddit, all.csv"));
    dock.exportCsv(all);
    REQUIRE(test::waitUntil([&] { return exported.count() == 1; }));
    QFile file(all);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = test::readCsv(file.readAll());
    REQUIRE(rows.size() > 1);
    const int network = int(rows.first().indexOf(QStringLiteral("network")));
    REQUIRE(network >= 0);
    // Every mention of the filter, not only the rows loaded so far.
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()).has_value());
    MentionQuery query;
    query.network = QStringLiteral("reddit");
    const auto count = MentionStore(connection.database()).count(query);
    REQUIRE(std::holds_alternative<qint64>(count));
    CHECK(rows.size() - 1 == std::get<qint64>(count));
    CHECK(exported.first().at(1).toLongLong() == std::get<qint64>(count));
    for (const QStringList &row : rows.mid(1))
        CHECK(row.value(network) == QStringLiteral("reddit"));

    // Three rows selected: those three.
    dock.view()->selectionModel()->clearSelection();
    for (int row : {0, 2, 4})
        dock.view()->selectionModel()->select(
            dock.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString some = out.path(QStringLiteral("three.csv"));
    dock.exportCsv(some);
    REQUIRE(test::waitUntil([&] { return exported.count() == 2; }));
    QFile three(some);
    REQUIRE(three.open(QIODevice::ReadOnly));
    const QList<QStringList> chosen = test::readCsv(three.readAll());
    REQUIRE(chosen.size() == 4);
    const QString firstId =
        dock.model()->index(0, 0).data(ui::MentionListModel::MentionRole).value<Mention>().id;
    CHECK(chosen[1].value(int(chosen.first().indexOf(QStringLiteral("id")))) == firstId);

    // A folder that does not exist: a reason, and no file.
    QSignalSpy failedSpy(&dock, &ui::MentionsDock::exportFailed);
    dock.exportCsv(out.path(QStringLiteral("missing/folder/x.csv")));
    REQUIRE(test::waitUntil([&] { return failedSpy.count() == 1; }));
    CHECK(failedSpy.first().first().toString().contains(QLatin1String("cannot be written")));
}

TEST_CASE("a reply from the stream opens the composer on an account of that network",
          "[ui][stream]") {
    DemoWorkspace demo;
    ui::MentionsDock dock;
    ui::PostsDock posts;
    QObject::connect(&dock, &ui::MentionsDock::replyRequested, &posts,
                     &ui::PostsDock::composeReply);
    dock.setWorkspace(demo.workspace.get());
    posts.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return settled(dock) && dock.topicFilter()->count() > 1; }));
    choose(dock.networkFilter(), QStringLiteral("mastodon"));
    REQUIRE(test::waitUntil(
        [&] { return dock.model()->query().network == u"mastodon" && settled(dock); }));
    dock.view()->setCurrentIndex(dock.model()->index(0, 0));
    const Mention answered = *dock.currentMention();
    dock.replyAction()->trigger();
    // Watched from the start: once saved, the composer closes and is deleted.
    const QPointer<ui::ComposerDialog> composer = posts.findChild<ui::ComposerDialog *>();
    REQUIRE(composer);
    REQUIRE(test::waitUntil([&] { return composer->accountList()->count() == 2; }));
    // Only the Mastodon account, chosen; the author named so that they are told; sent now.
    int visible = 0;
    for (int row = 0; row < composer->accountList()->count(); ++row)
        if (!composer->accountList()->item(row)->isHidden()) {
            ++visible;
            CHECK(composer->accountList()->item(row)->checkState() == Qt::Checked);
        }
    CHECK(visible == 1);
    CHECK(composer->textEdit()->toPlainText().startsWith(u'@'));
    CHECK(composer->nowButton()->isChecked());
    composer->textEdit()->setPlainText(composer->textEdit()->toPlainText() +
                                       QStringLiteral("Merci, on regarde !"));
    QSignalSpy saved(composer, &ui::ComposerDialog::saved);
    composer->save(false);
    REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(demo.temp.location()));
    const auto stored = PostStore(connection.database()).find();
    bool found = false;
    for (const ScheduledPost &p : std::get<QList<ScheduledPost>>(stored))
        if (p.replyTo == answered.id) {
            found = true;
            CHECK(p.text.endsWith(QStringLiteral("Merci, on regarde !")));
            CHECK(p.network == QStringLiteral("mastodon"));
            CHECK(p.status == PostStatus::Scheduled);
        }
    CHECK(found);

    // No account on Reddit: said, and nothing can be sent.
    choose(dock.networkFilter(), QStringLiteral("reddit"));
    REQUIRE(test::waitUntil(
        [&] { return dock.model()->query().network == u"reddit" && settled(dock); }));
    dock.view()->setCurrentIndex(dock.model()->index(0, 0));
    // The first composer closed itself once saved.
    REQUIRE(test::waitUntil([&] { return composer.isNull() || !composer->isVisible(); }));
    REQUIRE(dock.currentMention().has_value());
    CHECK(dock.currentMention()->network == QStringLiteral("reddit"));
    QSignalSpy asked(&dock, &ui::MentionsDock::replyRequested);
    dock.replyAction()->trigger();
    REQUIRE(asked.count() == 1);
    ui::ComposerDialog *second = nullptr;
    for (ui::ComposerDialog *c : posts.findChildren<ui::ComposerDialog *>())
        if (c != composer.data())
            second = c;
    REQUIRE(second);
    REQUIRE(test::waitUntil([&] { return second->accountList()->count() == 2; }));
    second->textEdit()->setPlainText(QStringLiteral("Merci"));
    REQUIRE_FALSE(second->problems(false).isEmpty());
    CHECK(second->problems(false).first().contains(QLatin1String("no Reddit account")));
}

TEST_CASE("the mention read explains itself with the workspace's own vocabulary", "[ui][stream]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    {
        ScopedConnection connection;
        REQUIRE_FALSE(connection.open(temp.location()));
        REQUIRE_FALSE(
            failed(CustomTermStore(connection.database())
                       .set(QStringLiteral("Bonne Maman"), 0, QDateTime::currentDateTimeUtc())));
    }
    Mention mention;
    mention.rowId = 1;
    mention.network = QStringLiteral("mastodon");
    mention.text = QStringLiteral("de la bonne maman au petit déjeuner, super");
    mention.lang = QStringLiteral("fr");
    mention.createdAt = QDateTime::currentDateTimeUtc();
    ui::MentionDetail detail;
    detail.showMention(mention, {});
    // The lexicons alone read the brand's name as its words...
    REQUIRE(test::waitUntil(
        [&] { return detail.footer()->text().contains(QStringLiteral("Why: bonne")); }));
    // ...the workspace's vocabulary, as its mentions were scored, as a name.
    detail.setVocabulary(temp.location());
    REQUIRE(test::waitUntil(
        [&] { return detail.footer()->text().contains(QStringLiteral("Why: super")); }));
    CHECK_FALSE(detail.footer()->text().contains(QStringLiteral("bonne")));
}
