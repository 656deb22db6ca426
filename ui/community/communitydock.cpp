#include "communitydock.h"

#include "authorlistmodel.h"
#include "common/labels.h"
#include "common/tableviews.h"
#include "community/segmentrules.h"
#include "community/segmentrulesdialog.h"
#include "io/exportwriter.h"
#include "model/mentionjson.h"
#include "model/source.h"
#include "storage/authorstore.h"
#include "storage/connection.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace veille::ui {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QColor sentimentTint(double value) {
    if (value >= 0.2)
        return sentimentColor(SentimentLabel::Positive);
    if (value <= -0.2)
        return sentimentColor(SentimentLabel::Negative);
    return sentimentColor(SentimentLabel::Neutral);
}

} // namespace

CommunityDock::CommunityDock(QWidget *parent)
    : QDockWidget(tr("Community"), parent)
    , m_model(new AuthorListModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_segment(new QComboBox)
    , m_network(new QComboBox)
    , m_topic(new QComboBox)
    , m_sentiment(new QComboBox)
    , m_overview(new QLabel)
    , m_detail(new QTextBrowser)
    , m_mentions(new QPushButton(tr("Their &mentions")))
    , m_tag(new QPushButton(tr("&Tag…")))
    , m_note(new QPushButton(tr("&Note…")))
    , m_link(new QPushButton(tr("&Link identities…")))
    , m_unlink(new QPushButton(tr("&Unlink")))
    , m_ambassador(new QPushButton(tr("Mark as &ambassador")))
    , m_rules(new QPushButton(tr("Segment &rules…")))
    , m_export(new QPushButton(tr("E&xport…")))
    , m_searchDelay(new QTimer(this)) {
    setObjectName(QStringLiteral("CommunityDock"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(AuthorListModel::Mentions, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(AuthorListModel::Name, QHeaderView::Stretch);
    // The name stretches; the rest take what their titles and values need. At the default
    // width of every column the name kept three letters in a dock of 750 px.
    {
        QStringList segments;
        for (const QString &segment : segmentNames())
            segments << segmentText(segment);
        QStringList networks;
        for (const QString &kind : sourceKinds())
            networks << networkLabel(kind);
        fitColumn(m_view, AuthorListModel::Handle, 7);
        fitColumn(m_view, AuthorListModel::Network, 5, networks);
        fitColumn(m_view, AuthorListModel::Segment, 6, segments);
        fitColumn(m_view, AuthorListModel::Mentions, 4, {QLocale().toString(12345)});
        fitColumn(m_view, AuthorListModel::Followers, 4, {QLocale().toString(1234567)});
        fitColumn(m_view, AuthorListModel::Sentiment, 4, {QLocale().toString(-0.44, 'f', 2)});
        fitColumn(m_view, AuthorListModel::Engagement, 4, {QLocale().toString(123456)});
        fitColumn(m_view, AuthorListModel::LastSeen, 5,
                  {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)});
    }

    m_search->setPlaceholderText(tr("Search by name or handle…"));
    m_search->setClearButtonEnabled(true);
    m_segment->addItem(tr("Every segment"), QString());
    for (const QString &segment : segmentNames())
        m_segment->addItem(segmentText(segment), segment);
    m_segment->addItem(tr("Ambassadors"), QStringLiteral("ambassador"));
    m_segment->addItem(tr("Detractors"), QStringLiteral("detractor"));
    m_segment->addItem(tr("Suspicious audience"), QStringLiteral("suspicious"));
    m_segment->addItem(tr("No segment yet"), QStringLiteral("none"));
    m_network->addItem(tr("All networks"), QString());
    for (const QString &kind : sourceKinds())
        m_network->addItem(networkLabel(kind), kind);
    m_topic->addItem(tr("All topics"), QString());
    m_sentiment->addItem(tr("Any sentiment"), QString());
    for (const SentimentLabel label :
         {SentimentLabel::Positive, SentimentLabel::Neutral, SentimentLabel::Negative})
        m_sentiment->addItem(sentimentText(label), sentimentLabelName(label));
    m_overview->setWordWrap(true);
    m_overview->setTextFormat(Qt::RichText);
    m_detail->setOpenExternalLinks(true);
    m_detail->setPlaceholderText(tr("Select a member to see who they are."));

    auto *filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_segment, 0, 2);
    filters->addWidget(m_network, 1, 0);
    filters->addWidget(m_topic, 1, 1);
    filters->addWidget(m_sentiment, 1, 2);
    filters->addWidget(m_rules, 0, 3);
    filters->addWidget(m_export, 1, 3);
    m_export->setToolTip(tr("The selected members, or all those the filters show, to CSV"));
    connect(m_rules, &QPushButton::clicked, this, &CommunityDock::editRules);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export members"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(tr("community.csv"));
        connect(dialog, &QFileDialog::fileSelected, this, &CommunityDock::exportCsv);
        dialog->open();
    });
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_mentions, m_tag, m_note, m_link, m_unlink, m_ambassador}) {
        button->setEnabled(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(actions);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_overview);
    layout->addWidget(split, 1);
    setWidget(content);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CommunityDock::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_segment, m_network, m_topic, m_sentiment})
        connect(box, &QComboBox::currentIndexChanged, this, &CommunityDock::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommunityDock::currentChanged);
    connect(m_mentions, &QPushButton::clicked, this, [this] {
        if (m_shown)
            Q_EMIT mentionsRequested(m_shown->author.id, m_shown->author.name.isEmpty()
                                                             ? m_shown->author.handle
                                                             : m_shown->author.name);
    });
    connect(m_tag, &QPushButton::clicked, this, [this] {
        if (!m_shown)
            return;
        askText(tr("Tags"), tr("Tags, separated by commas:"),
                m_shown->author.tags.join(QStringLiteral(", ")),
                [this](const QString &text) { tagCurrent(text.split(u',', Qt::SkipEmptyParts)); });
    });
    connect(m_note, &QPushButton::clicked, this, [this] {
        if (m_shown)
            askText(tr("Note"), tr("A note for the team (never published):"), m_shown->author.note,
                    [this](const QString &text) { noteCurrent(text); });
    });
    connect(m_link, &QPushButton::clicked, this, &CommunityDock::askLink);
    connect(m_unlink, &QPushButton::clicked, this, &CommunityDock::unlinkCurrent);
    connect(m_ambassador, &QPushButton::clicked, this, [this] {
        if (m_shown)
            markCurrentAmbassador(!m_shown->author.ambassadorMark);
    });
}

void CommunityDock::setWorkspace(Workspace *workspace) {
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_workspace = workspace;
    m_shown.reset();
    m_detail->clear();
    if (workspace) {
        WorkspaceReader *reader = workspace->reader();
        // The segments' totals are an aggregate over the period: on the analytics reader, so
        // that they never hold up the roster's or the stream's pages.
        m_connections << connect(workspace->analytics(), &WorkspaceReader::segmentOverviewFetched,
                                 this,
                                 [this](quint64 ticket, const veille::SegmentOverview &overview) {
                                     if (ticket == m_overviewTicket)
                                         showOverview(overview);
                                 });
        m_connections << connect(reader, &WorkspaceReader::authorDetailFetched, this,
                                 [this](quint64 ticket, const veille::AuthorDetail &detail) {
                                     if (ticket == m_detailTicket)
                                         showDetail(detail);
                                 });
        m_connections << connect(reader, &WorkspaceReader::topicsFetched, this,
                                 [this](quint64 ticket, const QList<veille::Topic> &topics,
                                        const QHash<QString, qint64> &) {
                                     if (ticket == m_topicsTicket)
                                         setTopicChoices(m_topic, topics);
                                 });
        m_connections << connect(workspace, &Workspace::mentionsAdded, this,
                                 &CommunityDock::requestOverview);
        m_topicsTicket = reader->requestTopics(WorkspaceReader::TopicCounts::None);
    }
    m_model->setWorkspace(workspace);
    applyFilters();
    requestOverview();
}

void CommunityDock::applyFilters() {
    AuthorQuery query;
    query.search = m_search->text().trimmed();
    query.segment = m_segment->currentData().toString();
    query.network = m_network->currentData().toString();
    query.topic = m_topic->currentData().toString();
    const QString sentiment = m_sentiment->currentData().toString();
    if (!sentiment.isEmpty())
        query.sentiment = sentimentLabelFromName(sentiment);
    m_model->setQuery(query);
}

void CommunityDock::requestOverview() {
    if (m_workspace)
        m_overviewTicket = m_workspace->analytics()->requestSegmentOverview(
            m_workspace->clock().now().addDays(-30));
}

void CommunityDock::showOverview(const SegmentOverview &overview) {
    const QLocale locale;
    QStringList parts;
    auto before = [&overview](const QString &name) -> std::optional<qint64> {
        if (overview.before.isEmpty())
            return std::nullopt;
        for (const auto &[segment, count] : overview.before)
            if (segment == name)
                return count;
        return 0;
    };
    for (const auto &[segment, count] : overview.now) {
        if (!segmentNames().contains(segment))
            continue;
        QString part =
            QStringLiteral("<b>%1</b> %2").arg(esc(segmentText(segment)), locale.toString(count));
        if (const auto was = before(segment)) {
            const qint64 delta = count - *was;
            if (delta != 0)
                part += QStringLiteral(" <span style=\"color:%1\">(%2%3)</span>")
                            .arg(delta > 0 ? QStringLiteral("#1e7a46") : QStringLiteral("#b02424"),
                                 delta > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                                 locale.toString(std::abs(delta)));
        }
        parts << part;
    }
    for (const auto &[flag, count] : overview.now) {
        if (flag == QLatin1String("ambassador"))
            parts << tr("<b>Ambassadors</b> %1").arg(locale.toString(count));
        else if (flag == QLatin1String("detractor"))
            parts << tr("<b>Detractors</b> %1").arg(locale.toString(count));
        else if (flag == QLatin1String("suspicious"))
            parts << tr("<b>Suspicious</b> %1").arg(locale.toString(count));
    }
    m_overview->setText(parts.join(QStringLiteral(" · ")));
    m_overview->setToolTip(tr("Members in each segment now; in brackets, the change over the "
                              "last 30 days"));
    Q_EMIT overviewShown();
}

void CommunityDock::currentChanged() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_workspace)
        return;
    const Author author = index.data(AuthorListModel::AuthorRole).value<Author>();
    m_detailTicket = m_workspace->reader()->requestAuthorDetail(author.id);
}

void CommunityDock::showDetail(const AuthorDetail &detail) {
    m_shown = detail;
    const Author &a = detail.author;
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><p>").arg(esc(a.name.isEmpty() ? a.handle : a.name));
    html += a.url.isEmpty()
                ? esc(a.handle)
                : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(a.url), esc(a.handle));
    html += QStringLiteral(" · %1").arg(esc(networkLabel(a.network)));
    if (a.followers)
        html += QStringLiteral(" · ") +
                tr("%1 followers, follows %2")
                    .arg(locale.toString(*a.followers),
                         a.following ? locale.toString(*a.following) : QStringLiteral("—"));
    html += QStringLiteral("</p><p>");
    html += tr("%1 mentions from %2 to %3 · average sentiment %4 · %5 interactions · estimated "
               "reach %6")
                .arg(locale.toString(a.mentionCount),
                     locale.toString(a.firstSeen.toLocalTime().date(), QLocale::ShortFormat),
                     locale.toString(a.lastSeen.toLocalTime().date(), QLocale::ShortFormat),
                     a.averageSentiment ? locale.toString(*a.averageSentiment, 'f', 2)
                                        : QStringLiteral("—"),
                     locale.toString(a.engagement),
                     locale.toString(a.followers.value_or(0) * a.mentionCount));
    // The reason decided again as the detail was read, in the interface's language.
    const QString reason =
        detail.classification.segment == a.segment ? detail.classification.reason : a.segmentReason;
    html += QStringLiteral("</p><p><b>%1</b> — %2").arg(esc(segmentText(a.segment)), esc(reason));
    if (a.ambassador)
        html += QStringLiteral("<br>") +
                esc(a.ambassadorMark ? tr("Ambassador (marked by the team)") : tr("Ambassador"));
    if (a.detractor)
        html += QStringLiteral("<br>") + esc(tr("Detractor"));
    if (!a.suspicious.isEmpty())
        html += QStringLiteral("<br><span style=\"color:#b02424\">%1</span>")
                    .arg(esc(tr("Suspicious audience: %1")
                                 .arg(detail.classification.suspicious.isEmpty()
                                          ? a.suspicious
                                          : detail.classification.suspicious)));
    html += QStringLiteral("</p>");

    if (!detail.topics.isEmpty()) {
        QStringList topics;
        for (const auto &[topic, count] : detail.topics)
            topics << QStringLiteral("%1 (%2)").arg(topic, locale.toString(count));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Talks about: %1").arg(topics.join(QStringLiteral(", ")))));
    }
    // Sentiment week by week (the last thirteen weeks with mentions).
    const auto weeks =
        detail.activity.weeks.mid(std::max<qsizetype>(0, detail.activity.weeks.size() - 13));
    if (!weeks.isEmpty()) {
        html += QStringLiteral("<p>%1</p><table cellspacing=\"2\"><tr>")
                    .arg(esc(tr("Sentiment week by week:")));
        for (const AuthorActivity::Week &w : weeks) {
            const double average = w.sentimentN > 0 ? w.sentimentSum / double(w.sentimentN) : 0;
            html += QStringLiteral("<td bgcolor=\"%1\" style=\"color:white\">&nbsp;%2&nbsp;</td>")
                        .arg(sentimentTint(average).name(), locale.toString(w.mentions));
        }
        html += QStringLiteral("</tr></table>");
    }
    if (!detail.history.isEmpty()) {
        QStringList changes;
        for (const SegmentChange &c : detail.history)
            changes << QStringLiteral("%1 %2").arg(
                locale.toString(c.at.toLocalTime().date(), QLocale::ShortFormat),
                segmentText(c.segment));
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(tr("Segment history:")),
                         esc(changes.mid(std::max<qsizetype>(0, changes.size() - 6))
                                 .join(QStringLiteral(" → "))));
    }
    if (!a.member.isEmpty()) {
        QStringList others;
        for (const Author &i : detail.identities)
            others << QStringLiteral("%1 (%2)").arg(i.handle, networkLabel(i.network));
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Member “%1”, also: %2")
                             .arg(a.member, others.isEmpty() ? tr("no other identity")
                                                             : others.join(QStringLiteral(", ")))));
    }
    if (!a.tags.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Tags: %1").arg(a.tags.join(QStringLiteral(", ")))));
    if (!a.note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(a.note));
    m_detail->setHtml(html);
    for (QPushButton *button : {m_mentions, m_tag, m_note, m_link, m_ambassador})
        button->setEnabled(true);
    m_unlink->setEnabled(!a.member.isEmpty());
    m_ambassador->setText(a.ambassadorMark ? tr("Unmark &ambassador") : tr("Mark as &ambassador"));
    Q_EMIT detailShown(a.id);
}

void CommunityDock::write(const std::function<Expected<bool>(QSqlDatabase &)> &change,
                          const QString &authorId) {
    if (!m_workspace)
        return;
    m_workspace->writer()->submit(
        [change](QSqlDatabase &db) -> Expected<QVariant> {
            auto done = change(db);
            if (failed(done))
                return std::get<StorageError>(done);
            return QVariant(std::get<bool>(done));
        },
        this,
        [this, authorId](const QVariant &) {
            if (!m_workspace)
                return;
            m_model->reload();
            requestOverview();
            m_detailTicket = m_workspace->reader()->requestAuthorDetail(authorId);
            Q_EMIT changed(authorId);
        },
        [this](const QString &reason) {
            m_detail->append(QStringLiteral("<p style=\"color:#b02424\">%1</p>")
                                 .arg(esc(tr("Not saved: %1").arg(reason))));
        });
}

void CommunityDock::tagCurrent(const QStringList &tags) {
    if (!m_shown)
        return;
    const QString id = m_shown->author.id;
    write([id, tags](QSqlDatabase &db) { return RosterStore(db).setTags(id, tags); }, id);
}

void CommunityDock::noteCurrent(const QString &note) {
    if (!m_shown)
        return;
    const QString id = m_shown->author.id;
    write([id, note](QSqlDatabase &db) { return RosterStore(db).setNote(id, note); }, id);
}

void CommunityDock::markCurrentAmbassador(bool marked) {
    if (!m_shown || !m_workspace)
        return;
    const QString id = m_shown->author.id;
    const QDateTime now = m_workspace->clock().now();
    write([id, marked,
           now](QSqlDatabase &db) { return RosterStore(db).markAmbassador(id, marked, now); },
          id);
}

void CommunityDock::linkCurrent(const QStringList &others, const QString &name) {
    if (!m_shown)
        return;
    const QString id = m_shown->author.id;
    write(
        [id, others, name](QSqlDatabase &db) -> Expected<bool> {
            // The other identities by id or by handle, as the manager typed them.
            QStringList ids{id};
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM authors WHERE id = :v OR handle = :v OR "
                                     "handle = '@' || :v"));
            for (const QString &raw : others) {
                const QString value = raw.trimmed();
                if (value.isEmpty())
                    continue;
                q.bindValue(QStringLiteral(":v"), value);
                if (!q.exec())
                    return StorageError{StorageError::Kind::Query, q.lastError().text()};
                if (!q.next())
                    return StorageError{
                        StorageError::Kind::Query,
                        QCoreApplication::translate("CommunityDock", "no author “%1” here")
                            .arg(value)};
                if (!ids.contains(q.value(0).toString()))
                    ids << q.value(0).toString();
            }
            auto linked = RosterStore(db).link(ids, name);
            if (failed(linked))
                return std::get<StorageError>(linked);
            return true;
        },
        id);
}

void CommunityDock::unlinkCurrent() {
    if (!m_shown)
        return;
    const QString id = m_shown->author.id;
    write([id](QSqlDatabase &db) { return RosterStore(db).unlink(id); }, id);
}

void CommunityDock::editRules() {
    if (!m_workspace)
        return;
    auto *dialog = new SegmentRulesDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SegmentRulesDialog::saved, this, [this] {
        m_model->reload();
        requestOverview();
    });
    dialog->open();
}

void CommunityDock::exportCsv(const QString &path) {
    if (!m_workspace)
        return;
    QList<Author> selected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        selected.append(index.data(AuthorListModel::AuthorRole).value<Author>());
    if (selected.size() < 2)
        selected.clear();
    AuthorQuery query = m_model->query();
    query.offset = 0;
    const WorkspaceLocation location = m_workspace->location();
    auto *watcher = new QFutureWatcher<std::pair<qint64, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<qint64, QString>>::finished, this,
            [this, watcher, path] {
                watcher->deleteLater();
                const auto [written, error] = watcher->result();
                if (error.isEmpty())
                    Q_EMIT exported(path, written);
                else
                    Q_EMIT exportFailed(error);
            });
    watcher->setFuture(QtConcurrent::run([path, location, query, selected]() mutable {
        const auto cannot = [&path](const QString &why) {
            return std::pair<qint64, QString>{
                0, QCoreApplication::translate("CommunityDock", "%1 cannot be written: %2")
                       .arg(QDir::toNativeSeparators(path), why)};
        };
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return cannot(file.errorString());
        qint64 written = 0;
        {
            ExportWriter writer(&file, ExportFormat::Csv, authorCsvColumns());
            if (!selected.isEmpty()) {
                for (const Author &a : std::as_const(selected))
                    writer.write(authorToJson(a));
                written = selected.size();
            } else {
                ScopedConnection connection;
                if (auto error = connection.open(location))
                    return std::pair<qint64, QString>{0, error->message};
                AuthorStore store(connection.database());
                query.limit = 5000;
                while (true) {
                    const auto page = store.find(query);
                    if (failed(page))
                        return std::pair<qint64, QString>{0, std::get<StorageError>(page).message};
                    const auto &authors = std::get<QList<Author>>(page);
                    for (const Author &a : authors)
                        writer.write(authorToJson(a));
                    written += authors.size();
                    if (authors.size() < query.limit)
                        break;
                    query.offset += query.limit;
                }
            }
        }
        if (!file.commit())
            return cannot(file.errorString());
        return std::pair<qint64, QString>{written, QString()};
    }));
}

void CommunityDock::askText(const QString &title, const QString &label, const QString &value,
                            std::function<void(const QString &)> done) {
    ui::askText(this, title, label, value, std::move(done));
}

void CommunityDock::askLink() {
    if (!m_shown)
        return;
    const QString name =
        m_shown->author.member.isEmpty()
            ? (m_shown->author.name.isEmpty() ? m_shown->author.handle : m_shown->author.name)
            : m_shown->author.member;
    askText(tr("Link identities"),
            tr("The same person's other accounts (handles or ids, separated by commas):"), {},
            [this, name](const QString &others) {
                askText(tr("Link identities"), tr("The member's name:"), name,
                        [this, others](const QString &member) {
                            linkCurrent(others.split(u',', Qt::SkipEmptyParts), member);
                        });
            });
}

} // namespace veille::ui
