#pragma once

#include "demogenerator.h"
#include "storage/storageerror.h"
#include "storage/workspacelocation.h"

#include <functional>
#include <optional>

namespace veille::demo {

struct DemoResult {
    qint64 mentions = 0;
    qint64 authors = 0;
    qint64 posts = 0;
};

// Fills a new (or empty) workspace with a generated demo. Blocking: the CLI calls it directly,
// the GUI on a pool thread. Refuses a workspace that already holds mentions, so a demo never
// mixes into real data. `progress` receives (days written, days in all).
Expected<DemoResult> writeDemo(const WorkspaceLocation &location, const DemoOptions &options,
                               const std::function<void(int, int)> &progress = {});

} // namespace veille::demo
