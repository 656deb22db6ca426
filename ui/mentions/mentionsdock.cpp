#include "mentionsdock.h"

#include "common/labels.h"
#include "common/tableviews.h"
#include "highlightdelegate.h"
#include "mentiondetail.h"
#include "mentionlistmodel.h"
#include "model/source.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace veille::ui {

MentionsDock::MentionsDock(QWidget *parent)
    : QDockWidget(tr("Mentions"), parent)
    , m_model(new MentionListModel(this))
    , m_view(new QTableView)
    , m_detail(new MentionDetail)
    , m_search(new QLineEdit)
    , m_topic(new QComboBox)
    , m_network(new QComboBox)
    , m_sentiment(new QComboBox)
    , m_status(new QComboBox)
    , m_lang(new QComboBox)
    , m_period(new QComboBox)
    , m_count(new QLabel)
    , m_searchDelay(new QTimer(this))
    , m_topicsDelay(new QTimer(this)) {
    setObjectName(QStringLiteral("MentionsDock"));
    buildFilters();

    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->setItemDelegateForColumn(MentionListModel::Text, new HighlightDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(MentionListModel::Text, QHeaderView::Stretch);
    // The text is what the manager reads: the other columns stay narrow, each wide enough for
    // its title, a time as this locale writes it, the longest status ("Sentiment" and
    // "08/12/2026 00:58" were cut at fixed widths).
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    fitColumn(
        m_view, MentionListModel::Time, 9,
        {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat)});
    fitColumn(m_view, MentionListModel::Network, 7);
    fitColumn(m_view, MentionListModel::Author, 9);
    fitColumn(m_view, MentionListModel::Sentiment, 6);
    fitColumn(m_view, MentionListModel::Status, 5,
              {statusText(MentionStatus::New), statusText(MentionStatus::Read),
               statusText(MentionStatus::Resolved)});
    fitColumn(m_view, MentionListModel::Topics, 5);
    header->setMinimumSectionSize(3 * em);

    auto *filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 3);
    filters->addWidget(m_period, 0, 3);
    filters->addWidget(m_topic, 1, 0);
    filters->addWidget(m_network, 1, 1);
    filters->addWidget(m_sentiment, 1, 2);
    filters->addWidget(m_status, 1, 3);
    filters->addWidget(m_lang, 1, 4);
    // Shown while the stream holds one author's mentions (from the Community panel).
    m_authorChip = new QPushButton;
    m_authorChip->setObjectName(QStringLiteral("AuthorFilter"));
    m_authorChip->setFlat(true);
    m_authorChip->hide();
    filters->addWidget(m_authorChip, 0, 4);
    connect(m_authorChip, &QPushButton::clicked, this, [this] { showAuthor({}, {}); });
    filters->setColumnStretch(0, 2);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    setWidget(content);
    buildActions();

    // Searching waits for a pause in typing rather than querying on every key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &MentionsDock::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_topic, m_network, m_sentiment, m_status, m_lang, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &MentionsDock::applyFilters);
    // Unread counts follow new mentions, but not at every batch.
    m_topicsDelay->setSingleShot(true);
    m_topicsDelay->setInterval(1500);
    connect(m_topicsDelay, &QTimer::timeout, this, &MentionsDock::refreshTopics);
    // Pages are fetched as the list scrolls: while more are to come, the count is of those read
    // so far, and says so.
    connect(m_model, &MentionListModel::pageLoaded, this, [this] {
        const int rows = m_model->rowCount();
        m_count->setText(m_model->canFetchMore({})
                             ? tr("%n mention(s) shown, more as you scroll", nullptr, rows)
                             : tr("%n mention(s) shown", nullptr, rows));
    });
    connect(m_model, &MentionListModel::loadFailed, this, [this](const QString &reason) {
        m_count->setText(tr("Could not load mentions: %1").arg(reason));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MentionsDock::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_view->currentIndex().row();
                if (row >= from.row() && row <= to.row())
                    showCurrent();
            });
}

void MentionsDock::buildFilters() {
    m_search->setPlaceholderText(tr("Search mentions…"));
    m_search->setClearButtonEnabled(true);
    m_topic->addItem(tr("All topics"), QString());
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_network->addItem(tr("All networks"), QString());
    for (const QString &kind : sourceKinds())
        m_network->addItem(networkLabel(kind), kind);
    m_sentiment->addItem(tr("All sentiments"), QString());
    for (const SentimentLabel label :
         {SentimentLabel::Positive, SentimentLabel::Neutral, SentimentLabel::Negative})
        m_sentiment->addItem(sentimentText(label), sentimentLabelName(label));
    m_status->addItem(tr("Any status"), QString());
    for (const MentionStatus status : {MentionStatus::New, MentionStatus::Read,
                                       MentionStatus::Assigned, MentionStatus::Resolved})
        m_status->addItem(statusText(status), mentionStatusName(status));
    m_lang->addItem(tr("All languages"), QString());
    m_lang->addItem(tr("French"), QStringLiteral("fr"));
    m_lang->addItem(tr("English"), QStringLiteral("en"));
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
}

void MentionsDock::setWorkspace(Workspace *workspace) {
    m_workspace = workspace;
    m_topics.clear();
    {
        const QSignalBlocker quiet(m_topic);
        m_topic->setCurrentIndex(0);
        while (m_topic->count() > 1)
            m_topic->removeItem(1);
    }
    m_model->setWorkspace(workspace);
    m_detail->setVocabulary(workspace ? std::optional(workspace->location()) : std::nullopt);
    if (!workspace)
        return;
    // The topics with their unread counts, a count over every unread mention, come from the
    // analytics reader: the stream's next page never waits behind them.
    connect(workspace->analytics(), &WorkspaceReader::topicsFetched, this,
            [this](quint64 ticket, const QList<veille::Topic> &topics,
                   const QHash<QString, qint64> &unread) {
                if (ticket == m_topicsTicket)
                    showTopics(topics, unread);
            });
    connect(workspace, &Workspace::mentionsAdded, m_topicsDelay, qOverload<>(&QTimer::start));
    refreshTopics();
}

void MentionsDock::showSlice(const QDateTime &since, const QDateTime &until,
                             std::optional<SentimentLabel> sentiment, const QString &topic) {
    m_sliceSince = since;
    m_sliceUntil = until;
    {
        // One query for the whole slice, not one per filter changed.
        const QSignalBlocker a(m_period), b(m_sentiment), c(m_topic);
        int slice = m_period->findData(-1);
        if (slice < 0) {
            m_period->addItem(tr("Chosen on the chart"), -1);
            slice = m_period->count() - 1;
        }
        m_period->setItemText(
            slice, tr("Chosen on the chart: %1")
                       .arg(QLocale().toString(since.toLocalTime().date(), QLocale::ShortFormat)));
        m_period->setCurrentIndex(slice);
        const int s = sentiment ? m_sentiment->findData(sentimentLabelName(*sentiment)) : 0;
        m_sentiment->setCurrentIndex(std::max(0, s));
        const int t = m_topic->findData(topic);
        m_topic->setCurrentIndex(std::max(0, t));
    }
    applyFilters();
    raise();
}

void MentionsDock::showAuthor(const QString &authorId, const QString &name) {
    m_authorId = authorId;
    m_authorChip->setVisible(!authorId.isEmpty());
    m_authorChip->setText(tr("Only %1 ✕").arg(name));
    m_authorChip->setToolTip(tr("Show every author's mentions again"));
    applyFilters();
    if (!authorId.isEmpty())
        raise();
}

void MentionsDock::refreshTopics() {
    if (m_workspace)
        m_topicsTicket = m_workspace->analytics()->requestTopics();
}

void MentionsDock::showTopics(const QList<Topic> &topics, const QHash<QString, qint64> &unread) {
    m_topics = topics;
    // Refreshing the counts is not choosing another topic.
    const QLocale locale;
    const bool kept = setTopicChoices(m_topic, topics, [&](const Topic &topic) {
        const qint64 count = unread.value(topic.name);
        return count > 0 ? tr("%1 (%2 unread)").arg(topic.name, locale.toString(count))
                         : topic.name;
    });
    if (!kept) // the topic chosen was removed
        QTimer::singleShot(0, this, &MentionsDock::applyFilters);
}

QList<ListeningQuery> MentionsDock::highlightQueries() const {
    QList<ListeningQuery> queries;
    const QString search = m_search->text().trimmed();
    if (!search.isEmpty()) {
        auto parsed = ListeningQuery::parse(search);
        if (auto *query = std::get_if<ListeningQuery>(&parsed))
            queries.append(*query);
    }
    const QString topic = m_topic->currentData().toString();
    for (const Topic &t : m_topics)
        if (t.name == topic) {
            auto parsed = ListeningQuery::parse(t.query);
            if (auto *query = std::get_if<ListeningQuery>(&parsed))
                queries.append(*query);
        }
    return queries;
}

void MentionsDock::applyFilters() {
    MentionQuery query;
    query.search = m_search->text();
    query.topic = m_topic->currentData().toString();
    query.network = m_network->currentData().toString();
    query.lang = m_lang->currentData().toString();
    const QString sentiment = m_sentiment->currentData().toString();
    if (!sentiment.isEmpty())
        query.sentiment = sentimentLabelFromName(sentiment);
    query.status = mentionStatusFromName(m_status->currentData().toString());
    const int days = m_period->currentData().toInt();
    if (days > 0 && m_workspace)
        query.since = m_workspace->clock().now().addDays(-days);
    if (days < 0) { // the slice chosen on the Sentiment chart
        query.since = m_sliceSince;
        query.until = m_sliceUntil;
    }
    query.authorId = m_authorId;
    m_model->setHighlight(highlightQueries());
    m_model->setQuery(query);
    showCurrent();
}

std::optional<Mention> MentionsDock::currentMention() const {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(MentionListModel::MentionRole).value<Mention>();
}

void MentionsDock::showCurrent() {
    const auto mention = currentMention();
    m_detail->showMention(mention, highlightQueries());
    for (QAction *action : {m_reply, m_markRead, m_resolve, m_tag, m_assign, m_note, m_correct})
        action->setEnabled(mention.has_value());
    m_open->setEnabled(mention && !mention->url.isEmpty());
    if (mention)
        m_markRead->setText(mention->status == MentionStatus::New ? tr("Mark &read")
                                                                  : tr("Mark &unread"));
}

void MentionsDock::moveBy(int rows) {
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = std::clamp(current + rows, 0, count - 1);
    m_view->setCurrentIndex(m_model->index(next, MentionListModel::Text));
    m_view->scrollTo(m_view->currentIndex());
}

} // namespace veille::ui
