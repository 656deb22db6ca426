#include "labels.h"

#include <QComboBox>

#include <QCoreApplication>
#include <QInputDialog>

namespace veille::ui {

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
        return QCoreApplication::translate("Labels", "Web & feeds");
    return network;
}

QString engagementText(const EngagementMetrics &metrics, const QString &separator,
                       const Translate &translate) {
    const Translate say =
        translate ? translate : [](const char *context, const char *source, int n) {
            return QCoreApplication::translate(context, source, nullptr, n);
        };
    return QStringList{
        say("Labels", QT_TRANSLATE_N_NOOP("Labels", "%Ln like(s)"), int(metrics.likes)),
        say("Labels", QT_TRANSLATE_N_NOOP("Labels", "%Ln repost(s)"), int(metrics.reposts)),
        say("Labels", QT_TRANSLATE_N_NOOP("Labels", "%Ln reply(ies)"), int(metrics.replies))}
        .join(separator);
}

QString sentimentText(SentimentLabel label) {
    switch (label) {
    case SentimentLabel::Positive:
        return QCoreApplication::translate("Labels", "Positive");
    case SentimentLabel::Negative:
        return QCoreApplication::translate("Labels", "Negative");
    case SentimentLabel::Neutral:
        return QCoreApplication::translate("Labels", "Neutral");
    case SentimentLabel::Unknown:
        break;
    }
    return QCoreApplication::translate("Labels", "Not scored");
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
        return QCoreApplication::translate("Labels", "New");
    case MentionStatus::Read:
        return QCoreApplication::translate("Labels", "Read");
    case MentionStatus::Assigned:
        return assignedTo.isEmpty()
                   ? QCoreApplication::translate("Labels", "Assigned")
                   : QCoreApplication::translate("Labels", "Assigned to %1").arg(assignedTo);
    case MentionStatus::Resolved:
        return QCoreApplication::translate("Labels", "Resolved");
    }
    return {};
}

QColor postStatusColor(PostStatus status) {
    switch (status) {
    case PostStatus::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case PostStatus::Scheduled:
        return QColor(0x1d, 0x6f, 0xd8);
    case PostStatus::Sending:
        return QColor(0xd9, 0x8e, 0x04);
    case PostStatus::Sent:
        return QColor(0x2e, 0x8b, 0x57);
    case PostStatus::Failed:
        return QColor(0xb3, 0x26, 0x1e);
    case PostStatus::Missed:
        return QColor(0xc0, 0x5a, 0x00);
    }
    return Qt::gray;
}

QString postStatusText(PostStatus status) {
    switch (status) {
    case PostStatus::Draft:
        return QCoreApplication::translate("Labels", "Draft");
    case PostStatus::Scheduled:
        return QCoreApplication::translate("Labels", "Scheduled");
    case PostStatus::Sending:
        return QCoreApplication::translate("Labels", "Sending");
    case PostStatus::Sent:
        return QCoreApplication::translate("Labels", "Sent");
    case PostStatus::Failed:
        return QCoreApplication::translate("Labels", "Failed");
    case PostStatus::Missed:
        return QCoreApplication::translate("Labels", "Missed");
    }
    return {};
}

QString sourceStatusText(const QString &status) {
    if (status == u"ok")
        return QCoreApplication::translate("Labels", "Working");
    if (status == u"polling")
        return QCoreApplication::translate("Labels", "Fetching…");
    if (status == u"error")
        return QCoreApplication::translate("Labels", "Failing");
    if (status == u"needs_sign_in")
        return QCoreApplication::translate("Labels", "Needs sign-in");
    if (status == u"rate_limited")
        return QCoreApplication::translate("Labels", "Waiting (rate limit)");
    if (status == u"paused")
        return QCoreApplication::translate("Labels", "Paused");
    return QCoreApplication::translate("Labels", "Not fetched yet");
}

QColor sourceStatusColor(const QString &status) {
    if (status == u"ok")
        return QColor(0x2e, 0x8b, 0x57);
    if (status == u"error" || status == u"needs_sign_in")
        return QColor(0xc6, 0x28, 0x28);
    if (status == u"rate_limited")
        return QColor(0xb2, 0x6a, 0x00);
    return QColor(0x6b, 0x77, 0x85);
}

bool setTopicChoices(QComboBox *box, const QList<Topic> &topics,
                     const std::function<QString(const Topic &)> &label) {
    const QSignalBlocker quiet(box);
    const QString chosen = box->currentData().toString();
    while (box->count() > 1)
        box->removeItem(1);
    for (const Topic &topic : topics)
        box->addItem(label ? label(topic) : topic.name, topic.name);
    const int index = box->findData(chosen);
    box->setCurrentIndex(std::max(0, index));
    return index >= 0 || chosen.isEmpty();
}

void askText(QWidget *parent, const QString &title, const QString &label, const QString &value,
             std::function<void(const QString &)> done) {
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(value);
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent, std::move(done));
    dialog->open();
}

} // namespace veille::ui
