#pragma once

#include "support/tempworkspace.h"

#include "demo/demowriter.h"
#include "workspace/workspace.h"

#include <memory>

namespace veille::test {

// A small generated demo (2,000 mentions over 30 days) in a temporary workspace, open.
struct DemoWorkspace {
    TempWorkspace temp;
    std::unique_ptr<Workspace> workspace;
    demo::DemoOptions options;
    DemoWorkspace() {
        options.mentions = 2000;
        options.days = 30;
        REQUIRE(
            std::holds_alternative<demo::DemoResult>(demo::writeDemo(temp.location(), options)));
        workspace = std::make_unique<Workspace>(temp.location());
    }
};

} // namespace veille::test
