#!/usr/bin/env bash
# Builds and runs the book's first crate (book/listings/hello, shown in getting-started.md)
# as a reader makes it: a fresh crate beside a folder named `oxtile` holding the repository,
# depending on it by path. Fails if the listing no longer builds or prints what the book says.
# Usage: bash scripts/book-hello.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
ln -s "$repo" "$tmp/oxtile"
cp -r "$repo/book/listings/hello" "$tmp/hello"
cd "$tmp/hello"
# The repository's target folder: the reader builds oxtile once too; CI reuses its build.
out="$(CARGO_TARGET_DIR="$repo/target/book-hello" OXTILE_DEVICE= cargo run -q)"
echo "$out"
[ "$out" = "doubled 1000 numbers on cpu" ] || { echo "unexpected output: $out" >&2; exit 1; }
