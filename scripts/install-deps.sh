#!/usr/bin/env bash
# Installs the Debian 12 packages ReliefDesk needs to build, run and test.
# Idempotent and non-interactive: installs only what is missing; downloads nothing
# from anywhere but Debian's package archive.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config
  # Qt 6 (Debian 12 ships 6.4)
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6svg6
  # libraries
  libsqlite3-dev libspdlog-dev nlohmann-json3-dev libsodium-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  # xlsx bank files (issue 12)
  libxlsxwriter-dev
  # xlsx bank results are unzipped with zlib and read with QXmlStreamReader
  zlib1g-dev
  # tests read xlsx back with unzip
  unzip
  # fonts: screen (Noto Sans CJK SC), PDF/print (TrueType: AR PL UMing, WenQuanYi Zen Hei)
  fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei
  # tools used by tests
  sqlite3 poppler-utils xvfb xauth
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
