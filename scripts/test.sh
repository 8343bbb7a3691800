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

# Mesa's lavapipe: a Vulkan device on the CPU, so the wgpu backend runs for real without a GPU.
if ! ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1; then
    step "installing Mesa's lavapipe (Vulkan on the CPU) for the wgpu backend"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq mesa-vulkan-drivers libvulkan1 >/dev/null
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "cargo doc (broken links and missing docs are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --all-features

step "cargo test (unit, property, IR round-trip, out-of-bounds, UI tests)"
cargo test --workspace

step "conformance suite on the wgpu backend (lavapipe)"
OXTILE_DEVICE=wgpu cargo test --features wgpu \
    --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory

step "examples on the interpreter and on wgpu (lavapipe)"
examples=(vector_add fused_softmax matmul dropout layer_norm flash_attention)
cargo build --release --examples --features wgpu
for ex in "${examples[@]}"; do
    OXTILE_DEVICE=interpreter "target/release/examples/$ex"
done
for ex in "${examples[@]}"; do
    OXTILE_DEVICE=wgpu "target/release/examples/$ex"
done

step "book"
mdbook build book

echo
echo "all checks passed"
