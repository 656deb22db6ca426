// The composer, the calendar and the accounts window on a demo workspace, offscreen. With
// VEILLE_SCREENSHOTS=<dir> set, each test also saves what it drew, to look at.
#include "publishing/fakeinstance.h"
#include "support/demoworkspace.h"

#include "posts/accountswindow.h"
#include "posts/composerdialog.h"
#include "posts/postcalendar.h"
#include "posts/postlistmodel.h"
#include "posts/postsdock.h"
#include "sentiment/languagedetector.h"
#include "storage/connection.h"
#include "storage/poststore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>

using namespace veille;

namespace {

void screenshot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("VEILLE_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

QList<ScheduledPost> allPosts(Workspace *workspace) {
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(workspace->location()));
    const auto posts = PostStore(connection.database()).find();
    REQUIRE(std::holds_alternative<QList<ScheduledPost>>(posts));
    return std::get<QList<ScheduledPost>>(posts);
}

void check(QListWidget *accounts, const QString &prefix) {
    for (int row = 0; row < accounts->count(); ++row)
        if (accounts->item(row)->text().startsWith(prefix))
            accounts->item(row)->setCheckState(Qt::Checked);
}

// A post of a calendar test's week (the one of kCalendarMonday, in Paris).
const QDate kCalendarMonday(2031, 3, 3);
ScheduledPost calendarPost(qint64 id, int day, int hour, PostStatus status) {
    ScheduledPost p;
    p.id = id;
    p.account = QStringLiteral("Lumen");
    p.network = QStringLiteral("mastodon");
    p.text = QStringLiteral("Post %1").arg(id);
    p.timeZone = QStringLiteral("Europe/Paris");
    p.status = status;
    p.scheduledAt =
        QDateTime(kCalendarMonday.addDays(day), QTime(hour, 0), QTimeZone("Europe/Paris")).toUTC();
    return p;
}

} // namespace

TEST_CASE("the composer counts as each network does, previews safely and stores a post per "
          "account",
          "[ui][publishing]") {
    test::DemoWorkspace demo;
    ui::ComposerDialog composer(demo.workspace.get());
    composer.resize(1000, 700);
    composer.show();
    REQUIRE(test::waitUntil([&] { return composer.accountList()->count() == 2; }));
    check(composer.accountList(), QStringLiteral("lumen@mastodon.social"));
    check(composer.accountList(), QStringLiteral("lumen.bsky.social"));

    // 290 letters and four family emoji: 294 graphemes for Bluesky, more code points for
    // Mastodon, which counts them differently; both within limits.
    const QString family = QStringLiteral("👨‍👩‍👧");
    composer.textEdit()->setPlainText(QString(290, u'a') + family.repeated(4));
    CHECK(composer.problems(false).isEmpty());
    CHECK(composer.countersLabel()->text().contains(QStringLiteral("294/300")));
    // Eleven more: too long for Bluesky only, and said so; the button is off.
    composer.textEdit()->setPlainText(QString(301, u'a') + family.repeated(4));
    REQUIRE(composer.problems(false).size() == 1);
    CHECK(composer.problems(false).first().contains(QStringLiteral("lumen.bsky.social")));
    CHECK(composer.problems(false).first().contains(QStringLiteral("305 of 300")));
    CHECK(composer.problemsLabel()->text().contains(QStringLiteral("too long")));

    // A shorter text for Bluesky alone; markup in the text stays text in the preview.
    composer.textEdit()->setPlainText(
        QStringLiteral("Le nouveau <b>Halo</b> est là : https://lumen.example/halo-2026-edition "
                       "#Lumen @lumen.bsky.social"));
    composer.setOverride(QStringLiteral("lumen.bsky.social"),
                         QStringLiteral("Halo est là ✨ https://lumen.example/halo #Lumen"));
    composer.contentWarningEdit()->setText(QStringLiteral("Annonce"));
    composer.visibilityBox()->setCurrentIndex(composer.visibilityBox()->findData(u"unlisted"_qs));
    CHECK(composer.problems(false).isEmpty());
    CHECK(composer.preview()->toPlainText().contains(QStringLiteral("<b>Halo</b>")));
    CHECK(composer.preview()->toPlainText().contains(QStringLiteral("Annonce")));
    // Mastodon counts the link as 23 characters whatever its length.
    CHECK(composer.countersLabel()->text().contains(QStringLiteral("Mastodon: 81/500")));

    // Planned at 09:30 in Paris on a summer day (next year's: the composer refuses a time
    // that has passed): stored as 07:30 UTC with the zone.
    const int nextYear = QDate::currentDate().year() + 1;
    composer.zoneBox()->setCurrentIndex(composer.zoneBox()->findData(u"Europe/Paris"_qs));
    composer.timeEdit()->setDateTime(QDateTime(QDate(nextYear, 7, 1), QTime(9, 30)));
    screenshot(&composer, QStringLiteral("composer"));
    QSignalSpy saved(&composer, &ui::ComposerDialog::saved);
    const qsizetype before = allPosts(demo.workspace.get()).size();
    composer.save(false);
    REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));
    CHECK(saved.first().first().toInt() == 2);
    const QList<ScheduledPost> after = allPosts(demo.workspace.get());
    REQUIRE(after.size() == before + 2);
    QList<ScheduledPost> mine;
    for (const ScheduledPost &p : after)
        if (p.scheduledAt == QDateTime(QDate(nextYear, 7, 1), QTime(7, 30), QTimeZone::utc()))
            mine.append(p);
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].group == mine[1].group);
    for (const ScheduledPost &p : mine) {
        CHECK(p.timeZone == QStringLiteral("Europe/Paris"));
        CHECK(p.status == PostStatus::Scheduled);
        CHECK(p.language == QStringLiteral("fr")); // detected from the text
        if (p.network == QLatin1String("bluesky")) {
            CHECK(p.text == QStringLiteral("Halo est là ✨ https://lumen.example/halo #Lumen"));
            CHECK(p.contentWarning.isEmpty());
        } else {
            CHECK(p.contentWarning == QStringLiteral("Annonce"));
            CHECK(p.visibility == QStringLiteral("unlisted"));
        }
    }

    // Editing one: only its account, the new text and a winter time (UTC+1) stored.
    const ScheduledPost bluesky = mine[0].network == QLatin1String("bluesky") ? mine[0] : mine[1];
    ui::ComposerDialog editor(demo.workspace.get());
    editor.editPost(bluesky);
    editor.show();
    REQUIRE(test::waitUntil([&] { return editor.accountList()->count() == 2; }));
    CHECK(editor.textEdit()->toPlainText() == bluesky.text);
    editor.textEdit()->setPlainText(QStringLiteral("Halo, version hiver ❄️"));
    editor.timeEdit()->setDateTime(QDateTime(QDate(nextYear, 12, 1), QTime(9, 30)));
    QSignalSpy edited(&editor, &ui::ComposerDialog::saved);
    editor.save(false);
    REQUIRE(test::waitUntil([&] { return edited.count() == 1; }));
    bool found = false;
    for (const ScheduledPost &p : allPosts(demo.workspace.get()))
        if (p.id == bluesky.id) {
            found = true;
            CHECK(p.text == QStringLiteral("Halo, version hiver ❄️"));
            CHECK(p.scheduledAt ==
                  QDateTime(QDate(nextYear, 12, 1), QTime(8, 30), QTimeZone::utc()));
            CHECK(p.account == QStringLiteral("lumen.bsky.social"));
        }
    CHECK(found);
    CHECK(allPosts(demo.workspace.get()).size() == after.size());

    // Kept as a draft: stored, not planned, even with a time already past.
    ui::ComposerDialog drafter(demo.workspace.get());
    drafter.show();
    REQUIRE(test::waitUntil([&] { return drafter.accountList()->count() == 2; }));
    drafter.textEdit()->setPlainText(QStringLiteral("Idée pour la rentrée"));
    drafter.timeEdit()->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(9, 0)));
    CHECK_FALSE(drafter.problems(false).isEmpty()); // the time has passed
    CHECK(drafter.problems(true).isEmpty());
    QSignalSpy drafted(&drafter, &ui::ComposerDialog::saved);
    drafter.save(true);
    REQUIRE(test::waitUntil([&] { return drafted.count() == 1; }));
    CHECK(drafted.first().at(1).toBool());
    int drafts = 0;
    for (const ScheduledPost &p : allPosts(demo.workspace.get()))
        if (p.text == QStringLiteral("Idée pour la rentrée")) {
            ++drafts;
            CHECK(p.status == PostStatus::Draft);
        }
    CHECK(drafts == 2); // one per account (both are ticked by default)
}

TEST_CASE("the composer shows the language it will send, found even in a short post",
          "[ui][publishing]") {
    test::DemoWorkspace demo;
    ui::ComposerDialog composer(demo.workspace.get());
    composer.show();
    QComboBox *language = composer.languageBox();
    const int detect = language->findData(QStringLiteral("auto"));
    REQUIRE(detect >= 0);
    language->setCurrentIndex(detect);
    // No function word: the words only one lexicon knows decide.
    CHECK(detectLanguage(u"Great news everyone") == QStringLiteral("other"));
    composer.textEdit()->setPlainText(QStringLiteral("Great news everyone"));
    REQUIRE(test::waitUntil([&] { return language->itemText(detect).contains(u"English"); }));
    composer.textEdit()->setPlainText(QStringLiteral("Merci beaucoup !"));
    CHECK(language->itemText(detect).contains(u"French"));
    screenshot(&composer, QStringLiteral("composer-language"));
    composer.textEdit()->setPlainText(QStringLiteral("12:30"));
    CHECK(language->itemText(detect) == QStringLiteral("Detect from the text"));
}

TEST_CASE("the calendar shows the queue by week and month and moves posts by dragging",
          "[ui][publishing]") {
    test::DemoWorkspace demo;
    ui::PostsDock dock;
    dock.resize(1100, 760);
    dock.setWorkspace(demo.workspace.get());
    dock.show();
    REQUIRE(test::waitUntil([&] { return dock.model()->rowCount() > 0; }));
    ui::PostCalendar *calendar = dock.calendar();
    calendar->setZone(QTimeZone("Europe/Paris"));
    dock.showView(ui::PostsDock::View::Week);
    // A planned post with a day after it in its week, so that the drag a day later stays in
    // view and in the future whatever the day and hour the test runs.
    ScheduledPost planned;
    for (int row = 0; row < dock.model()->rowCount() && !planned.id; ++row) {
        const auto p =
            dock.model()->index(row, 0).data(ui::PostListModel::PostRole).value<ScheduledPost>();
        if (p.status != PostStatus::Scheduled || !p.scheduledAt.isValid())
            continue;
        calendar->setAnchor(p.scheduledAt.toTimeZone(calendar->zone()).date());
        if (p.scheduledAt.toTimeZone(calendar->zone()).date() < calendar->lastDay())
            planned = p;
    }
    REQUIRE(planned.id);
    QCoreApplication::processEvents();
    const QRect chip = calendar->postRect(planned.id);
    REQUIRE(chip.isValid());
    screenshot(&dock, QStringLiteral("calendar-week"));

    // Dragged a day later and an hour down: stored at the quarter-hour the drop stands for.
    // Posts of the same half-hour overlap, each a little to the right of the one before: the
    // drag starts on a part of the chip that no other covers.
    const auto grip = [&](qint64 id) {
        const QRect rect = calendar->postRect(id);
        for (int y = rect.top() + 2; y < rect.bottom(); y += 2)
            for (int x = rect.left() + 2; x < rect.right(); x += 2)
                if (calendar->postIdAt({x, y}) == id)
                    return QPoint(x, y);
        return QPoint();
    };
    const QPoint from = grip(planned.id);
    REQUIRE_FALSE(from.isNull());
    const QDate fromDay = calendar->timeAt(from).toTimeZone(calendar->zone()).date();
    QPoint nextDay = from;
    while (nextDay.x() < calendar->width() &&
           calendar->timeAt(nextDay).toTimeZone(calendar->zone()).date() == fromDay)
        ++nextDay.rx();
    const QPoint to = nextDay + QPoint(chip.width() / 3, ui::PostCalendar::kHourHeight);
    const QDateTime expected = calendar->timeAt(to);
    REQUIRE(expected.isValid());
    QTest::mousePress(calendar, Qt::LeftButton, {}, from);
    QTest::mouseMove(calendar, from + QPoint(6, 6));
    QTest::mouseMove(calendar, to);
    QTest::mouseRelease(calendar, Qt::LeftButton, {}, to);
    const auto timeOf = [&](qint64 id) {
        for (const ScheduledPost &p : allPosts(demo.workspace.get()))
            if (p.id == id)
                return p.scheduledAt;
        return QDateTime();
    };
    REQUIRE(test::waitUntil([&] { return timeOf(planned.id) == expected; }));
    CHECK(expected.time().minute() % 15 == 0);
    CHECK(planned.scheduledAt.toTimeZone(calendar->zone())
              .date()
              .daysTo(expected.toTimeZone(calendar->zone()).date()) == 1);
    // The chip stands where it was dropped, before and after the queue is read again.
    const auto chipDay = [&] {
        return calendar->timeAt(calendar->postRect(planned.id).center())
            .toTimeZone(calendar->zone())
            .date();
    };
    CHECK(chipDay() == expected.toTimeZone(calendar->zone()).date());
    const auto listed = [&] {
        for (int row = 0; row < dock.model()->rowCount(); ++row) {
            const auto p = dock.model()
                               ->index(row, 0)
                               .data(ui::PostListModel::PostRole)
                               .value<ScheduledPost>();
            if (p.id == planned.id)
                return p.scheduledAt;
        }
        return QDateTime();
    };
    REQUIRE(test::waitUntil([&] { return listed() == expected; }));
    CHECK(chipDay() == expected.toTimeZone(calendar->zone()).date());

    // A sent post stays where it went out: shown in its own week, whichever week the test
    // runs in.
    {
        ScheduledPost sent;
        for (int row = 0; row < dock.model()->rowCount() && !sent.id; ++row) {
            const auto p = dock.model()
                               ->index(row, 0)
                               .data(ui::PostListModel::PostRole)
                               .value<ScheduledPost>();
            if (p.status == PostStatus::Sent && p.scheduledAt.isValid())
                sent = p;
        }
        REQUIRE(sent.id); // the demo has sent posts
        const QDate plannedWeek = calendar->firstDay();
        calendar->setAnchor(sent.scheduledAt.toTimeZone(calendar->zone()).date());
        QCoreApplication::processEvents();
        const QPoint sentAt = grip(sent.id);
        REQUIRE_FALSE(sentAt.isNull());
        QTest::mousePress(calendar, Qt::LeftButton, {}, sentAt);
        QTest::mouseMove(calendar, sentAt + QPoint(6, 60));
        QTest::mouseRelease(calendar, Qt::LeftButton, {}, sentAt + QPoint(6, 60));
        QTest::qWait(200);
        CHECK(timeOf(sent.id) == sent.scheduledAt);
        calendar->setAnchor(plannedWeek);
        QCoreApplication::processEvents();
    }

    // The month: the post on its day; dropped a week later it keeps its time of day.
    dock.showView(ui::PostsDock::View::Month);
    const auto monthChip = [&] {
        const QRect rect = calendar->postRect(planned.id);
        return rect.isValid() &&
                       calendar->timeAt(rect.center()).toTimeZone(calendar->zone()).date() ==
                           expected.toTimeZone(calendar->zone()).date()
                   ? rect
                   : QRect();
    };
    REQUIRE(test::waitUntil([&] { return monthChip().isValid(); }));
    // The next row down is a week later; in the last row, that week is on the next month's
    // page, where the post's own week comes first.
    const auto rowBelow = [&] {
        const QPoint start = monthChip().center();
        const QDate day = calendar->timeAt(start).date();
        for (int dy = 1; start.y() + dy < calendar->height(); ++dy)
            if (calendar->timeAt(start + QPoint(0, dy)).date() != day)
                return start + QPoint(0, dy + 4);
        return QPoint();
    };
    if (rowBelow().isNull()) {
        calendar->step(1);
        REQUIRE(test::waitUntil([&] { return monthChip().isValid(); }));
    }
    screenshot(&dock, QStringLiteral("calendar-month"));
    const QPoint start = monthChip().center();
    const QPoint down = rowBelow();
    REQUIRE(!down.isNull());
    QTest::mousePress(calendar, Qt::LeftButton, {}, start);
    QTest::mouseMove(calendar, start + QPoint(6, 6));
    QTest::mouseMove(calendar, down);
    QTest::mouseRelease(calendar, Qt::LeftButton, {}, down);
    REQUIRE(test::waitUntil([&] {
        const QDateTime now = timeOf(planned.id);
        return now != expected && now.isValid();
    }));
    const QDateTime moved = timeOf(planned.id);
    INFO("planned " << planned.scheduledAt.toString(Qt::ISODate).toStdString() << ", week drop "
                    << expected.toString(Qt::ISODate).toStdString() << ", month drop "
                    << moved.toString(Qt::ISODate).toStdString());
    CHECK(moved.toTimeZone(calendar->zone()).time() ==
          expected.toTimeZone(calendar->zone()).time());
    CHECK(expected.toTimeZone(calendar->zone())
              .date()
              .daysTo(moved.toTimeZone(calendar->zone()).date()) == 7);

    // A double-click opens the composer on the post.
    REQUIRE(test::waitUntil([&] { return calendar->postRect(planned.id).isValid(); }));
    QTest::mouseDClick(calendar, Qt::LeftButton, {}, calendar->postRect(planned.id).center());
    ui::ComposerDialog *composer = nullptr;
    REQUIRE(test::waitUntil([&] {
        composer = dock.findChild<ui::ComposerDialog *>();
        return composer && composer->textEdit()->toPlainText() == planned.text;
    }));
}

TEST_CASE("a drag on the calendar survives the queue being read again under it",
          "[ui][publishing]") {
    // The dock reads the queue again whenever any post changes (the publisher, another view);
    // that must neither drop the drag nor move another post that now stands at its place.
    const QTimeZone paris("Europe/Paris");
    const QDate monday = kCalendarMonday;
    const auto post = calendarPost;
    const ScheduledPost first = post(1, 1, 10, PostStatus::Scheduled);
    const ScheduledPost second = post(2, 3, 14, PostStatus::Scheduled);

    ui::PostCalendar calendar;
    calendar.resize(900, 600);
    calendar.setZone(paris);
    calendar.setAnchor(monday);
    calendar.setPosts({first, second});
    calendar.show();
    QList<std::pair<qint64, QDateTime>> requests;
    QObject::connect(&calendar, &ui::PostCalendar::rescheduleRequested,
                     [&](qint64 id, const QDateTime &utc) {
                         requests.append({id, utc});
                     });

    const QPoint from = calendar.postRect(first.id).center();
    REQUIRE(calendar.postRect(first.id).isValid());
    const QPoint to = from + QPoint(0, 2 * ui::PostCalendar::kHourHeight);
    const QDateTime expected = calendar.timeAt(to);
    REQUIRE(expected.isValid());

    SECTION("the list comes back in another order") {
        QTest::mousePress(&calendar, Qt::LeftButton, {}, from);
        QTest::mouseMove(&calendar, from + QPoint(0, 10));
        calendar.setPosts({second, first});
        QTest::mouseMove(&calendar, to);
        QTest::mouseRelease(&calendar, Qt::LeftButton, {}, to);
        REQUIRE(requests.size() == 1);
        CHECK(requests.front().first == first.id);
        CHECK(requests.front().second == expected);
    }
    SECTION("the dragged post went out meanwhile") {
        ScheduledPost gone = first;
        gone.status = PostStatus::Sent;
        QTest::mousePress(&calendar, Qt::LeftButton, {}, from);
        QTest::mouseMove(&calendar, from + QPoint(0, 10));
        calendar.setPosts({second, gone});
        QTest::mouseMove(&calendar, to);
        QTest::mouseRelease(&calendar, Qt::LeftButton, {}, to);
        CHECK(requests.isEmpty());
    }
}

TEST_CASE("the calendar will not drop a post due to go out on a time that has passed",
          "[ui][publishing]") {
    const QTimeZone paris("Europe/Paris");
    const QDate monday = kCalendarMonday;
    ManualClock clock(QDateTime(monday.addDays(2), QTime(12, 0), paris).toUTC()); // Wed noon
    // Thursday 09:00 and 15:00.
    const auto post = [](qint64 id, PostStatus status) {
        return calendarPost(id, 3, id == 1 ? 9 : 15, status);
    };
    ui::PostCalendar calendar;
    calendar.resize(900, 600);
    calendar.setZone(paris);
    calendar.setClock(&clock);
    calendar.setAnchor(monday);
    calendar.setPosts({post(1, PostStatus::Scheduled), post(2, PostStatus::Draft)});
    calendar.show();
    CHECK(calendar.today() == monday.addDays(2));
    QList<std::pair<qint64, QDateTime>> requests;
    QStringList refusals;
    QObject::connect(&calendar, &ui::PostCalendar::rescheduleRequested,
                     [&](qint64 id, const QDateTime &utc) {
                         requests.append({id, utc});
                     });
    QObject::connect(&calendar, &ui::PostCalendar::rescheduleRefused,
                     [&](const QString &reason) { refusals.append(reason); });
    const auto drag = [&](qint64 id, int days) {
        const QPoint from = calendar.postRect(id).center();
        REQUIRE(calendar.postRect(id).isValid());
        const int dayWidth = calendar.postRect(id).width() + 4;
        const QPoint to = from + QPoint(days * dayWidth, 0);
        QTest::mousePress(&calendar, Qt::LeftButton, {}, from);
        QTest::mouseMove(&calendar, from + QPoint(0, 10));
        QTest::mouseMove(&calendar, to);
        QTest::mouseRelease(&calendar, Qt::LeftButton, {}, to);
        return calendar.timeAt(to);
    };

    // Thursday 09:00 to Tuesday 09:00: passed, so nothing is asked and the post stays put.
    const QRect before = calendar.postRect(1);
    drag(1, -2);
    CHECK(requests.isEmpty());
    REQUIRE(refusals.size() == 1);
    CHECK(refusals.front().contains(QStringLiteral("passed")));
    CHECK(calendar.postRect(1) == before);
    // To Friday: asked, and the chip is on Friday at once.
    const QDateTime friday = drag(1, 1);
    REQUIRE(requests.size() == 1);
    CHECK(requests.back() == std::pair<qint64, QDateTime>(1, friday));
    CHECK(calendar.timeAt(calendar.postRect(1).center()).toTimeZone(paris).date() ==
          monday.addDays(4));
    // A draft waits for its author anyway: it may stand in the past.
    const QDateTime monday15 = drag(2, -3);
    REQUIRE(requests.size() == 2);
    CHECK(requests.back() == std::pair<qint64, QDateTime>(2, monday15));
    CHECK(monday15 < clock.now());
    CHECK(refusals.size() == 1);
}

TEST_CASE("the accounts window adds accounts, says when there is no keychain, and removes one "
          "with its token revoked",
          "[ui][publishing]") {
    test::DemoWorkspace demo;
    test::FakeInstance instance;
    ui::AccountsWindow window(demo.workspace.get());
    QNetworkAccessManager browser;
    window.setBrowserOpener([&browser](const QUrl &url) {
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    window.show();
    REQUIRE(test::waitUntil([&] { return window.list()->topLevelItemCount() == 2; }));
    const auto listed = [&](const QString &name) {
        for (int i = 0; i < window.list()->topLevelItemCount(); ++i)
            if (window.list()->topLevelItem(i)->text(0) == name)
                return window.list()->topLevelItem(i);
        return static_cast<QTreeWidgetItem *>(nullptr);
    };
    // Without a keychain (none here) the window says so and offers the session.
    const auto finishAdding = [&](const QString &name) {
        REQUIRE(test::waitUntil([&] {
            if (window.keepForSessionButton()->isVisible()) {
                CHECK(window.status()->text().contains(QStringLiteral("keychain")));
                window.keepForSessionButton()->click();
            }
            return listed(name) != nullptr;
        }));
    };

    window.showBlueskyForm();
    window.handleEdit()->setText(QStringLiteral("@lumen.bsky.social"));
    window.appPasswordEdit()->setText(QStringLiteral("wrong-password"));
    window.blueskyServerEdit()->setText(instance.base());
    window.addBluesky();
    REQUIRE(test::waitUntil([&] { return window.status()->text().contains(u"refused"_qs); }));
    CHECK(window.appPasswordEdit()->text().isEmpty()); // never left in the form

    window.showMastodonForm();
    window.instanceEdit()->setText(instance.base());
    window.signInWithBrowser();
    finishAdding(QStringLiteral("lumen@127.0.0.1"));
    CHECK(listed(QStringLiteral("lumen@127.0.0.1"))->text(3) == QLocale().toString(1000));
    screenshot(&window, QStringLiteral("accounts"));

    // Removed after confirmation: the token is revoked on the instance.
    window.list()->setCurrentItem(listed(QStringLiteral("lumen@127.0.0.1")));
    window.removeCurrent();
    QMessageBox *ask = nullptr;
    REQUIRE(test::waitUntil([&] { return (ask = window.findChild<QMessageBox *>()) != nullptr; }));
    ask->button(QMessageBox::Yes)->click();
    REQUIRE(test::waitUntil([&] { return !instance.revoked.isEmpty(); }));
    CHECK(instance.revoked == QStringList{QStringLiteral("oauth-token")});
    REQUIRE(test::waitUntil([&] { return listed(QStringLiteral("lumen@127.0.0.1")) == nullptr; }));
}

TEST_CASE("a missed post is sent now on request, a draft is planned, a post is cancelled",
          "[ui][publishing]") {
    test::DemoWorkspace demo;
    ui::PostsDock dock;
    dock.setWorkspace(demo.workspace.get());
    REQUIRE(test::waitUntil([&] { return dock.model()->rowCount() > 0; }));
    ScheduledPost missed;
    ScheduledPost draft;
    ScheduledPost sent;
    for (const ScheduledPost &p : allPosts(demo.workspace.get())) {
        if (p.status == PostStatus::Missed)
            missed = p;
        if (p.status == PostStatus::Draft)
            draft = p;
        if (p.status == PostStatus::Sent)
            sent = p;
    }
    REQUIRE(missed.id);
    REQUIRE(draft.id);
    REQUIRE(sent.id);
    const auto statusOf = [&](qint64 id) -> std::optional<ScheduledPost> {
        for (const ScheduledPost &p : allPosts(demo.workspace.get()))
            if (p.id == id)
                return p;
        return std::nullopt;
    };
    QSignalSpy changed(&dock, &ui::PostsDock::postsChanged);
    dock.sendNow(missed);
    REQUIRE(test::waitUntil([&] { return changed.count() == 1; }));
    CHECK(changed.first().first().toBool()); // the publisher is asked to run now
    CHECK(statusOf(missed.id)->status == PostStatus::Scheduled);
    CHECK(statusOf(missed.id)->error.isEmpty());
    CHECK(qAbs(statusOf(missed.id)->scheduledAt.secsTo(demo.workspace->clock().now())) < 5);
    dock.sendNow(draft);
    REQUIRE(test::waitUntil([&] { return changed.count() == 2; }));
    CHECK(statusOf(draft.id)->status == PostStatus::Scheduled);
    // A sent post cannot be cancelled; the reason is said.
    QSignalSpy problem(&dock, &ui::PostsDock::problem);
    dock.cancelPost(sent);
    REQUIRE(test::waitUntil([&] { return problem.count() == 1; }));
    CHECK(problem.first().first().toString().contains(QStringLiteral("cannot be cancelled")));
    CHECK(statusOf(sent.id).has_value());
    dock.cancelPost(missed);
    REQUIRE(test::waitUntil([&] { return !statusOf(missed.id).has_value(); }));
}
