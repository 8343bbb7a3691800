#!/usr/bin/env bash
# Builds the book and takes a screenshot of every page in headless Chromium, to look at the
# rendered pages and figures (CI checks the links and figures; a person checks the looks).
# Needs `chromium` (Debian: apt-get install chromium). Screenshots go to target/book-shots/.
# Usage: bash scripts/book-screenshots.sh [page.html ...]
set -euo pipefail
cd "$(dirname "$0")/.."
mdbook build book >/dev/null
python3 book/plots/check_links.py target/book
out=target/book-shots
mkdir -p "$out"
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
    mapfile -t pages < <(cd target/book && ls ./*.html | sed 's|^\./||' | grep -v -e '^print.html$' -e '^404.html$' -e '^toc.html$')
fi
for page in "${pages[@]}"; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,4000 \
        --screenshot="$out/${page%.html}.png" "file://$PWD/target/book/$page" 2>/dev/null
    echo "$out/${page%.html}.png"
done
