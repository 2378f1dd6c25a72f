#!/usr/bin/env bash
# Debian packages beyond Python. Always: the Korean font embedded in the PDFs,
# the Pango library WeasyPrint lays text out with, and HarfBuzz's subsetter:
# without it WeasyPrint (70 and later) cuts the font down with fontTools, which
# takes over ten minutes per PDF for the CJK font. With "test": Chromium
# for the browser tests and poppler-utils to inspect PDFs.
# Installs only what is missing.
set -euo pipefail
needed=()
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || needed+=(fonts-noto-cjk)
ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || needed+=(libpango-1.0-0 libpangoft2-1.0-0)
ldconfig -p 2>/dev/null | grep -q libharfbuzz-subset || needed+=(libharfbuzz-subset0)
if [ "${1:-}" = "test" ]; then
  command -v chromium >/dev/null 2>&1 || needed+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
fi
if [ ${#needed[@]} -eq 0 ]; then
  exit 0
fi
echo "installing Debian packages: ${needed[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "need root (or sudo) to install: ${needed[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
