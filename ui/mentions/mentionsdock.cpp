#include "mentionsdock.h"

#include "common/labels.h"
#include "common/tableviews.h"
#include "mentionlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace veille::ui {

MentionsDock::MentionsDock(QWidget *parent)
    : QDockWidget(tr("Mentions"), parent)
    , m_model(new MentionListModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_sentiment(new QComboBox)
    , m_status(new QLabel)
    , m_searchDelay(new QTimer(this)) {
    setObjectName(QStringLiteral("MentionsDock"));
    m_search->setPlaceholderText(tr("Search mentions…"));
    m_search->setClearButtonEnabled(true);
    m_sentiment->addItem(tr("All sentiments"), QString());
    for (const SentimentLabel label :
         {SentimentLabel::Positive, SentimentLabel::Neutral, SentimentLabel::Negative})
        m_sentiment->addItem(sentimentText(label), sentimentLabelName(label));

    m_view->setModel(m_model);
    setUpListTable(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(MentionListModel::Text, QHeaderView::Stretch);
    // The text is what the manager reads: the other columns stay narrow.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(MentionListModel::Time, 11 * em);
    header->resizeSection(MentionListModel::Network, 7 * em);
    header->resizeSection(MentionListModel::Author, 9 * em);
    header->resizeSection(MentionListModel::Sentiment, 6 * em);
    header->resizeSection(MentionListModel::Status, 7 * em);
    header->resizeSection(MentionListModel::Topics, 5 * em);
    header->setMinimumSectionSize(3 * em);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_sentiment);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setWidget(content);

    // Searching waits for a pause in typing rather than querying on every key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &MentionsDock::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_sentiment, &QComboBox::currentIndexChanged, this, &MentionsDock::applyFilters);
    connect(m_model, &MentionListModel::pageLoaded, this,
            [this] { m_status->setText(tr("%n mention(s) shown", nullptr, m_model->rowCount())); });
    connect(m_model, &MentionListModel::loadFailed, this, [this](const QString &reason) {
        m_status->setText(tr("Could not load mentions: %1").arg(reason));
    });
}

void MentionsDock::setWorkspace(Workspace *workspace) {
    m_model->setWorkspace(workspace);
}

void MentionsDock::applyFilters() {
    MentionQuery query = m_model->query();
    query.search = m_search->text();
    const QString sentiment = m_sentiment->currentData().toString();
    query.sentiment.reset();
    if (!sentiment.isEmpty())
        query.sentiment = sentimentLabelFromName(sentiment);
    m_model->setQuery(query);
}

} // namespace veille::ui
