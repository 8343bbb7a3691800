#!/usr/bin/env bash
# Builds everything a GPU run needs into one folder (default .gpu, ignored through
# .git/info/exclude) that runs on a bare x86_64 Linux machine with the NVIDIA driver and the
# CUDA toolkit (NVRTC), and no Rust:
#
#   <dir>/bench            the benchmark harness (release, --features cuda,wgpu: gpu-run.sh
#                          runs it with --wgpu, the memory-bound rows on wgpu too)
#   <dir>/peers.py         its PyTorch/Triton peers
#   <dir>/gpu-run.sh       the runner (a copy of scripts/gpu-run.sh)
#   <dir>/FEATURES         the cargo features the binaries were built with (cuda,wgpu)
#   <dir>/tests/<name>     the conformance suite (tests/lang_*.rs), debug profile, with both
#                          backends: gpu-run.sh runs each binary with OXTILE_DEVICE=cuda (the
#                          CUDA runtime in checked mode, its default under debug_assertions)
#                          and with OXTILE_DEVICE=wgpu (Vulkan)
#   <dir>/cuda-tests/<name> the backends/cuda test binaries, and tests/cuda.rs when present
#                          (their GPU tests are #[ignore]d and run with --include-ignored)
#   <dir>/gl/*.deb         the Vulkan loader (Debian's libvulkan1, amd64), which the GPU
#                          machine may lack; gpu-run.sh unpacks it there when none is
#                          installed. Downloaded with apt-get (network needed); without it the
#                          pack still builds, and warns.
#
# Binaries are stripped, and the folder must stay under 60 MiB (the device tool carries at
# most 64 MiB with the working tree). Usage: bash scripts/pack-gpu.sh [dir]
# Then, on the GPU machine, from the repository root: bash scripts/gpu-run.sh <dir>
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${1:-.gpu}
LIMIT_MIB=60
# Debug info is what makes debug test binaries large, and strip would drop it anyway; checked
# mode follows debug_assertions, which this leaves on.
export CARGO_PROFILE_DEV_DEBUG=0

case "$(uname -m)" in
    x86_64) ;;
    *) echo "pack-gpu.sh: this machine is $(uname -m); the GPU machine is x86_64" >&2; exit 1 ;;
esac

# `cargo ... --message-format=json` prints one JSON object per artifact; this prints
# "<target name> <executable>" for each executable of the kind asked for ("test": test
# harnesses; "example": examples).
executables() {
    python3 -c '
import json, sys
want_test = sys.argv[1] == "test"
for line in sys.stdin:
    if not line.startswith("{"):
        continue
    m = json.loads(line)
    if m.get("reason") != "compiler-artifact" or not m.get("executable"):
        continue
    if m["profile"]["test"] != want_test:
        continue
    if not want_test and "example" not in m["target"]["kind"]:
        continue
    print(m["target"]["name"], m["executable"])
' "$1"
}

step() { printf '==> %s\n' "$*" >&2; }

# The bench and the conformance suite carry both GPU backends.
FEATURES=cuda,wgpu

rm -rf "$DIR"
mkdir -p "$DIR/tests" "$DIR/cuda-tests" "$DIR/gl"
echo "$FEATURES" >"$DIR/FEATURES"

step "release bench binary ($FEATURES)"
cargo build --release --features "$FEATURES" --example bench --message-format=json-render-diagnostics \
    | executables example | while read -r name exe; do
        if [ "$name" = bench ]; then cp "$exe" "$DIR/bench"; fi
    done

# Dependencies (wgpu and naga above all) are optimized for size: debug builds of them made each
# binary 17 MiB stripped, 9 with this. oxtile's own crates stay in the debug profile (checked
# mode, overflow checks).
step "conformance test binaries (debug, checked mode; $FEATURES)"
cargo test --features "$FEATURES" --no-run --message-format=json-render-diagnostics \
    --config 'profile.dev.package."*".opt-level = "s"' \
    --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory --test lang_generics --test lang_functions --test lang_combine --test lang_math \
    | executables test | while read -r name exe; do
        cp "$exe" "$DIR/tests/$name"
    done

step "backends/cuda test binaries"
# Unit tests and integration tests only (--lib --tests): not the crate's examples.
cargo test -p oxtile-cuda --no-run --lib --tests --message-format=json-render-diagnostics \
    | executables test | while read -r name exe; do
        cp "$exe" "$DIR/cuda-tests/$name"
    done

# The facade's own CUDA tests (tests/cuda.rs), when present, run like the backend's.
if [ -f tests/cuda.rs ]; then
    step "facade CUDA test binary (tests/cuda.rs)"
    cargo test --features cuda --no-run --test cuda --message-format=json-render-diagnostics \
        | executables test | while read -r name exe; do
            cp "$exe" "$DIR/cuda-tests/facade_$name"
        done
fi

# The Vulkan loader for the wgpu runs, as the device machine's notes describe: Debian's
# libvulkan1 for amd64, through a package list of its own under /tmp (the system's apt state is
# left alone; no root needed). The loader links only libc; the ICD is the NVIDIA driver's.
step "Vulkan loader (libvulkan1 .deb) for the wgpu runs"
apt_dir=${TMPDIR:-/tmp}/oxtile-apt-amd64
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
apt_opts=(-qq -oAPT::Architecture=amd64 -oAPT::Architectures=amd64
    "-oDir::State::Lists=$apt_dir/lists" "-oDir::Cache=$apt_dir/cache")
if command -v apt-get >/dev/null 2>&1 &&
    apt-get "${apt_opts[@]}" update >/dev/null 2>&1 &&
    (cd "$DIR/gl" && apt-get "${apt_opts[@]}" download libvulkan1 >/dev/null 2>&1); then
    ls "$DIR/gl" >&2
else
    echo "pack-gpu.sh: WARNING: could not download libvulkan1 (no apt-get or no network);" \
        "the wgpu runs need a Vulkan loader on the GPU machine" >&2
fi

cp examples/bench/peers.py scripts/gpu-run.sh "$DIR/"
[ -x "$DIR/bench" ] || { echo "pack-gpu.sh: the bench binary was not built" >&2; exit 1; }
strip "$DIR/bench" "$DIR"/tests/* "$DIR"/cuda-tests/*

size_kib=$(du -sk "$DIR" | cut -f1)
ls -l "$DIR" "$DIR/tests" "$DIR/cuda-tests" "$DIR/gl" | grep -v '^total' >&2
printf '%s: %d KiB (limit %d MiB)\n' "$DIR" "$size_kib" "$LIMIT_MIB"
if [ "$size_kib" -gt $((LIMIT_MIB * 1024)) ]; then
    echo "pack-gpu.sh: $DIR is over $LIMIT_MIB MiB" >&2
    exit 1
fi
