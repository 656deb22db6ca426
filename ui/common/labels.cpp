#include "labels.h"

#include <QCoreApplication>

namespace veille::ui {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Labels", text);
}
} // namespace

QString networkLabel(const QString &network) {
    if (network == QLatin1String("mastodon"))
        return QStringLiteral("Mastodon");
    if (network == QLatin1String("bluesky"))
        return QStringLiteral("Bluesky");
    if (network == QLatin1String("reddit"))
        return QStringLiteral("Reddit");
    if (network == QLatin1String("hackernews"))
        return QStringLiteral("Hacker News");
    if (network == QLatin1String("youtube"))
        return QStringLiteral("YouTube");
    if (network == QLatin1String("rss"))
        return tr("Web & feeds");
    return network;
}

QString sentimentText(SentimentLabel label) {
    switch (label) {
    case SentimentLabel::Positive:
        return tr("Positive");
    case SentimentLabel::Negative:
        return tr("Negative");
    case SentimentLabel::Neutral:
        return tr("Neutral");
    case SentimentLabel::Unknown:
        break;
    }
    return tr("Not scored");
}

QColor sentimentColor(SentimentLabel label) {
    switch (label) {
    case SentimentLabel::Positive:
        return QColor(0x2e, 0x8b, 0x57);
    case SentimentLabel::Negative:
        return QColor(0xc6, 0x28, 0x28);
    case SentimentLabel::Neutral:
        return QColor(0x6b, 0x77, 0x85);
    case SentimentLabel::Unknown:
        break;
    }
    return QColor(0x9a, 0xa5, 0xb1);
}

QString statusText(MentionStatus status, const QString &assignedTo) {
    switch (status) {
    case MentionStatus::New:
        return tr("New");
    case MentionStatus::Read:
        return tr("Read");
    case MentionStatus::Assigned:
        return assignedTo.isEmpty() ? tr("Assigned") : tr("Assigned to %1").arg(assignedTo);
    case MentionStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString postStatusText(PostStatus status) {
    switch (status) {
    case PostStatus::Draft:
        return tr("Draft");
    case PostStatus::Scheduled:
        return tr("Scheduled");
    case PostStatus::Sending:
        return tr("Sending");
    case PostStatus::Sent:
        return tr("Sent");
    case PostStatus::Failed:
        return tr("Failed");
    case PostStatus::Missed:
        return tr("Missed");
    }
    return {};
}

} // namespace veille::ui
