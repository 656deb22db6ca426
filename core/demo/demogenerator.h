#pragma once

#include "model/account.h"
#include "model/mention.h"
#include "model/scheduledpost.h"
#include "model/source.h"
#include "model/topic.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace veille::demo {

struct DemoOptions {
    quint64 seed = 42;
    int days = 90;
    int mentions = 20000;
    QDateTime end; // the demo's "now" (UTC); the period is the `days` before it
};

struct DemoSetup {
    QList<Topic> topics;
    QList<Source> sources;
    QList<Account> accounts;
    QList<ScheduledPost> posts;
};

// Generates a believable, deterministic workspace: the brand Lumen and two competitors,
// French and English mentions from six networks, authors of every community segment, a
// negative crisis spike twelve days before the end, replies from the brand, scheduled and
// published posts. The same options always give the same data.
class DemoGenerator {
public:
    explicit DemoGenerator(DemoOptions options);

    const DemoOptions &options() const { return m_options; }
    DemoSetup setup() const;
    // Calls `sink` with each day's mentions, oldest day first (constant memory at any size).
    void generateMentions(const std::function<void(QList<Mention> &&)> &sink);
    // The day (0-based from the start) on which the crisis starts.
    int crisisDay() const;

private:
    DemoOptions m_options;
};

} // namespace veille::demo
