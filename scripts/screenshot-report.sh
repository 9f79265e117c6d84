#!/usr/bin/env bash
# Builds the HTML report of the built-in ASCN dataset and takes a screenshot of it in a real
# headless browser (Debian's chromium package), to check how the page looks.
#
#   scripts/screenshot-report.sh            # build, report, screenshot
#   SKIP_BUILD=1 scripts/screenshot-report.sh   # reuse scap-cli/target/scap.jar
#
# Writes /tmp/scap-report.html, /tmp/scap-report.png (desktop, 1280 px wide), and beside it
# -phone.png (400 px wide) and .pdf (printed on A4); REPORT and SCREENSHOT override the names.
# INPUT names a document to report on instead of the built-in dataset.
# Installs chromium with apt-get if it is missing (needs root). The page fetches nothing: its
# Content-Security-Policy forbids it, and chromium runs with background networking off.
set -euo pipefail

cd "$(dirname "$0")/.."
report="${REPORT:-/tmp/scap-report.html}"
screenshot="${SCREENSHOT:-/tmp/scap-report.png}"
size="${WINDOW_SIZE:-1280,2400}"

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f scap-cli/target/scap.jar ]; then
  ./mvnw -B -q package -pl scap-cli -am -Dmaven.test.skip=true
fi
java -jar scap-cli/target/scap.jar report --date "${REPORT_DATE:-2026-11-27}" -o "$report" \
  ${INPUT:+"$INPUT"}

if ! command -v chromium > /dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing: install Debian's package (apt-get install chromium) as root" >&2
    exit 2
  fi
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$screenshot"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$screenshot" --window-size="$size" \
  --hide-scrollbars "file://$report" 2> "$profile/chromium.log" || {
    cat "$profile/chromium.log" >&2
    exit 1
  }
if [ ! -s "$screenshot" ]; then
  echo "chromium wrote no screenshot" >&2
  cat "$profile/chromium.log" >&2
  exit 1
fi
phone="${screenshot%.png}-phone.png"
pdf="${screenshot%.png}.pdf"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --user-data-dir="$profile" --screenshot="$phone" --window-size=400,3000 --hide-scrollbars \
  "file://$report" 2>> "$profile/chromium.log"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$pdf" \
  "file://$report" 2>> "$profile/chromium.log"
echo "report: $report"
echo "screenshot: $screenshot"
echo "phone: $phone"
echo "printed: $pdf"
