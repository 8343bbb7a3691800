#!/usr/bin/env bash
# Runs every check oxtile has that needs no GPU: formatting, clippy, unit, property, UI and
# integration tests, every example on the CPU interpreter, and the book build.
# Installs what it needs (mdbook) when missing. Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MDBOOK_VERSION=0.5.4

step() { printf '\n==> %s\n' "$*"; }

if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo not found: install Rust (https://rustup.rs) first" >&2
    exit 1
fi
export PATH="$HOME/.cargo/bin:$PATH"

if ! mdbook --version 2>/dev/null | grep -q "v$MDBOOK_VERSION"; then
    step "installing mdbook $MDBOOK_VERSION"
    cargo install mdbook --locked --version "$MDBOOK_VERSION" --no-default-features --features search
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo doc (broken links and missing docs are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps

step "cargo test (unit, property, IR round-trip, out-of-bounds, UI tests)"
cargo test --workspace

step "examples on the interpreter"
examples=(vector_add fused_softmax matmul dropout layer_norm flash_attention)
cargo build --release --examples
for ex in "${examples[@]}"; do
    OXTILE_DEVICE=interpreter "target/release/examples/$ex"
done

step "book"
mdbook build book

echo
echo "all checks passed"
