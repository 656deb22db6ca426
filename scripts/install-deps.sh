#!/usr/bin/env bash
# Installs Veille's build and test dependencies from the distribution (Debian 12, Ubuntu 24.04).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build ccache pkg-config clang-format \
    qt6-base-dev qt6-charts-dev qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools \
    qt6-l10n-tools qt6-svg-dev libqt6opengl6-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql \
    libgl1-mesa-dev libxkbcommon-dev catch2 \
    qt6-translations-l10n fonts-dejavu-core fonts-noto-color-emoji fonts-symbola \
    xvfb xauth poppler-utils sqlite3 \
    gnome-keyring dbus-x11 libsecret-1-0 >/dev/null
