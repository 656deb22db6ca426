#!/usr/bin/env bash
# Sets up, builds and runs the whole Veille test suite (benchmarks excluded).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
# Tests run offscreen; XDG_RUNTIME_DIR keeps Qt quiet where no session provides one.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build/release --output-on-failure --no-tests=error --label-exclude benchmark -j "$(nproc)"
