#pragma once

#include "analytics/alerttitle.h"
#include "model/mention.h"
#include "model/scheduledpost.h"
#include "model/topic.h"

#include <QColor>
#include <QString>

#include <functional>

class QComboBox;
class QWidget;

namespace veille::ui {

// The words and colours the UI uses for the product's enumerations, translated once here.
QString networkLabel(const QString &network);
QString sentimentText(SentimentLabel label);
QColor sentimentColor(SentimentLabel label);
QString statusText(MentionStatus status, const QString &assignedTo = {});
QString postStatusText(PostStatus status);
QColor postStatusColor(PostStatus status);
// A source's state as the collector reports it: new, polling, ok, error, needs_sign_in,
// rate_limited, or paused.
QString sourceStatusText(const QString &status);
QColor sourceStatusColor(const QString &status);

// "1 like · 3 reposts · 0 replies": each count with its own plural, joined by `separator`.
// `translate` is the interface's translators by default, a report's own for a report.
QString engagementText(const EngagementMetrics &metrics, const QString &separator,
                       const Translate &translate = {});

// Replaces the topics a filter offers after its first entry ("All topics"), keeping the one
// chosen when it is still there, without announcing a change; `label` words an entry (the
// topic's name by default). Returns false when the chosen topic is gone (the first entry is
// then chosen).
bool setTopicChoices(QComboBox *box, const QList<Topic> &topics,
                     const std::function<QString(const Topic &)> &label = {});

// Asks for one line of text without blocking (open(), not exec()): the panel keeps working
// while the manager types; `done` receives the text if they accept.
void askText(QWidget *parent, const QString &title, const QString &label, const QString &value,
             std::function<void(const QString &)> done);

} // namespace veille::ui
