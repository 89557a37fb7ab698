#!/usr/bin/env bash
# Debian packages minutebook needs: WeasyPrint's Pango, pdftotext (benchmarks/tests),
# Chromium for the browser tests (Debian's, never a downloaded browser), Node for GOV.UK Frontend.
set -euo pipefail
need=()
for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-liberation poppler-utils chromium nodejs npm; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# node/npm may come from elsewhere on the machine: only ask apt when they are missing.
if command -v node >/dev/null && command -v npm >/dev/null; then
  need=("${need[@]/nodejs}"); need=("${need[@]/npm}")
fi
need=($(printf '%s\n' "${need[@]}" | grep -v '^$' || true))
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${need[@]}"
fi
