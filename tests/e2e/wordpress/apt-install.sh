#!/usr/bin/env bash
# Installs, with apt, what the WordPress end-to-end test runs on: Debian's wordpress, MariaDB,
# Apache and PHP. Does nothing when they are all installed. Exits 3 when apt cannot install them
# (no root, no package lists), so the test can say why it is skipped.
set -uo pipefail
PACKAGES=(wordpress mariadb-server apache2 libapache2-mod-php php-mysql)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "apt-get as root is needed to install: ${missing[*]}" >&2
  exit 3
fi
echo "[wordpress] installing with apt: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Services are started by the test, not by the packages' scripts.
policy=/usr/sbin/policy-rc.d
added_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && added_policy=1
fi
status=0
apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null \
  || { apt-get update -qq && apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null; } \
  || status=3
[ "$added_policy" -eq 1 ] && rm -f "$policy"
exit $status
