#!/usr/bin/env bash
# The browser test drives Debian's Chromium (playwright-core never downloads a browser). Install it
# when it is missing, so that `./mvnw verify` passes on a fresh machine by itself.
set -euo pipefail
chromium=/usr/bin/chromium
[ -x "$chromium" ] && exit 0

install=(apt-get install -y --no-install-recommends chromium)
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -q && "${install[@]}"
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo apt-get update -q && sudo "${install[@]}"
else
  echo "GraphiQL's browser test needs Chromium at $chromium, and this user cannot install it." >&2
  echo "Run: sudo apt-get install chromium   (or skip the tests with -DskipTests)" >&2
  exit 1
fi
[ -x "$chromium" ] || { echo "apt-get installed no $chromium" >&2; exit 1; }
