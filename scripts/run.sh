#!/usr/bin/env bash
# Sets up, builds and starts Veille on its default SQLite workspace. Arguments go to veille.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/app/veille "$@"
