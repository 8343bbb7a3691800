#!/usr/bin/env bash
# Runs every check oxtile has that needs no GPU: formatting, clippy, unit, property, UI and
# integration tests, the conformance suite on the CPU device, on wgpu (lavapipe) and on the CUDA code generator
# (emulated on the CPU), every example on the CPU interpreter and on wgpu, the CUDA
# compile check (NVRTC + ptxas for sm_80/sm_90a, tensor cores in matmul SASS), the SASS
# budgets of the bench kernels (sm_90a), and the book build; on a machine with an NVIDIA GPU, also the conformance suite and examples on CUDA.
# Installs what it needs (mdbook, lavapipe, the CUDA compilers from PyPI) when missing.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MDBOOK_VERSION=0.5.4

# Each step prints the time since the start, so a slow CI run says where it went.
started=$SECONDS
step() { printf '\n==> [%dm%02ds] %s\n' $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)) "$*"; }

if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo not found: install Rust (https://rustup.rs) first" >&2
    exit 1
fi
export PATH="$HOME/.cargo/bin:$PATH"

# mdbook builds in the background while the packages below download (it is waited for before
# the book step). Unoptimized and without debug info: that compiles in about 140 s of CPU
# instead of 340 s, and the book still builds in under a second.
mdbook_pid=""
mdbook_log=""
ir_dir=""
cleanup() {
    if [ -n "$mdbook_pid" ]; then kill "$mdbook_pid" 2>/dev/null || true; fi
    rm -rf "$mdbook_log" "$ir_dir"
}
trap cleanup EXIT
if ! mdbook --version 2>/dev/null | grep -q "v$MDBOOK_VERSION"; then
    step "installing mdbook $MDBOOK_VERSION (in the background)"
    mdbook_log="$(mktemp)"
    CARGO_PROFILE_DEV_DEBUG=false cargo install mdbook --locked --debug \
        --version "$MDBOOK_VERSION" --no-default-features --features search \
        >"$mdbook_log" 2>&1 &
    mdbook_pid=$!
fi

# Mesa's lavapipe: a Vulkan device on the CPU, so the wgpu backend runs for real without a GPU.
if ! ls /usr/share/vulkan/icd.d/lvp_icd*.json >/dev/null 2>&1; then
    step "installing Mesa's lavapipe (Vulkan on the CPU) for the wgpu backend"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq mesa-vulkan-drivers libvulkan1 >/dev/null
fi

# A C++ compiler: the CUDA code generator's tests run the generated CUDA C on a CPU
# emulator (backends/cuda/emu/oxemu.h) compiled with it.
if ! command -v c++ >/dev/null 2>&1 && ! command -v g++ >/dev/null 2>&1; then
    step "installing g++ for the CUDA emulator"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq g++ >/dev/null
fi
export OXTILE_REQUIRE_EMU=1

# CUDA without a GPU: NVRTC (the runtime compiler the backend loads), ptxas, cuobjdump and
# nvdisasm (which `cuobjdump -sass` runs; the compile check runs it directly) from PyPI,
# pinned. No PyPI release of cuobjdump/nvdisasm 13.0 exists; 13.5 reads sm_80/sm_90 CUBINs
# of 13.0's ptxas.
NVRTC_VERSION=13.0.88       # nvidia-cuda-nvrtc: also the GPU machine's NVRTC
NVCC_VERSION=13.0.88        # nvidia-cuda-nvcc: ptxas of the same release
CUOBJDUMP_VERSION=13.5.37   # nvidia-cuda-cuobjdump
NVDISASM_VERSION=13.5.37    # nvidia-cuda-nvdisasm
step "CUDA compiler tools from PyPI (NVRTC $NVRTC_VERSION, ptxas, cuobjdump)"
if ! python3 -m pip --version >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-pip >/dev/null
fi
cuda_pkgs=(
    "nvidia-cuda-nvrtc==$NVRTC_VERSION"
    "nvidia-cuda-nvcc==$NVCC_VERSION"
    "nvidia-cuda-cuobjdump==$CUOBJDUMP_VERSION"
    "nvidia-cuda-nvdisasm==$NVDISASM_VERSION"
)
# Debian's system Python refuses `pip install` outside a venv (PEP 668) unless told.
python3 -m pip install --quiet --disable-pip-version-check "${cuda_pkgs[@]}" 2>/dev/null ||
    python3 -m pip install --quiet --disable-pip-version-check --break-system-packages "${cuda_pkgs[@]}"
CUDA_DIR="$(python3 -c '
import os, nvidia
for p in nvidia.__path__:
    d = os.path.join(p, "cu13")
    if os.path.isdir(os.path.join(d, "lib")) and os.path.isdir(os.path.join(d, "bin")):
        print(d)
        break
')"
if [ -z "$CUDA_DIR" ]; then
    echo "cannot find the pip CUDA packages (site-packages/nvidia/cu13)" >&2
    exit 1
fi
export LD_LIBRARY_PATH="$CUDA_DIR/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export OXTILE_PTXAS="$CUDA_DIR/bin/ptxas"
export OXTILE_CUOBJDUMP="$CUDA_DIR/bin/cuobjdump"
export OXTILE_NVDISASM="$CUDA_DIR/bin/nvdisasm"
# Tests that compile with NVRTC fail, rather than skip, if it cannot be loaded.
export OXTILE_REQUIRE_NVRTC=1

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "cargo doc (broken links and missing docs are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --all-features

# Every cargo invocation below takes `--all-features`: one build of the facade, its tests and
# its examples serves every step, instead of one per feature set. The examples run from that
# debug build (`cargo test` builds them): their time goes to lavapipe's shader compiles and
# the emulator's C++ compiles, not to our code, and a release build took 4 of CI's minutes.
# A debug build defaults to checked mode, so the runs that need unchecked code (the
# pipelined loops, the 16-byte epilogue) say `OXTILE_CHECKED=0`.
step "cargo test (unit, property, IR round-trip, out-of-bounds, UI tests; the backends' own tests)"
# The conformance suite on the interpreter (`Device::default()` would open a Vulkan instance
# per test to look for a GPU); the backends' code generators against the interpreter
# (wgpu on lavapipe, CUDA on the emulator), the launch tests on lavapipe (tests/wgpu.rs) and
# the emulator (tests/cuda_emu.rs, fast_math.rs), the stub-driver test, the SASS budget
# check's parser tests (which need no CUDA tools).
OXTILE_DEVICE=interpreter cargo test --workspace --all-features
cargo test --all-features --example sass_budget
# The UI tests with the default features (tests/ui.rs says why).
cargo test --test ui

step "conformance suite on the CPU device (the interpreter's semantics, programs on every core)"
# What Device::default() picks without a GPU. Each program computes what it does on the
# interpreter, bit for bit; kernel-core's cpu_device test (above) compares every filetest.
OXTILE_DEVICE=cpu cargo test --all-features \
    --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory --test lang_generics --test lang_functions --test lang_combine --test lang_math \
    --test fast_math --test autotune
# The kernel library (examples/nn) against its references.
OXTILE_DEVICE=cpu cargo test --all-features -p oxtile-nn --test ops

step "conformance suite on the wgpu backend (lavapipe)"
OXTILE_DEVICE=wgpu cargo test --all-features \
    --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory --test lang_generics --test lang_functions --test lang_combine --test lang_math \
    --test fast_math --test autotune
# The other tile layout and reductions without subgroups (lavapipe's defaults are the
# opposite: one element per thread and slot, subgroup shuffles).
OXTILE_WGPU_RUNS=1 OXTILE_WGPU_SUBGROUPS=0 OXTILE_DEVICE=wgpu cargo test --all-features \
    --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory --test lang_generics --test lang_functions --test lang_combine --test lang_math
# (Autotuning off: the first matmul candidate that runs, not five compiled on lavapipe.)
OXTILE_AUTOTUNE=off OXTILE_DEVICE=wgpu cargo test --all-features -p oxtile-nn --test ops

step "conformance suite on the CUDA code generator, emulated on the CPU"
# Every kernel specialized as for an H100 (sm_90), lowered to CUDA C, compiled with g++
# against backends/cuda/emu/oxemu.h and run with every GPU thread a fiber; failures come
# back as on the GPU. (What the suite does not cover there, unchecked mode and a buffer
# passed twice, ran above in tests/cuda_emu.rs.)
OXTILE_DEVICE=cuda-emu cargo test --all-features \
    --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory --test lang_generics --test lang_functions --test lang_combine --test lang_math
OXTILE_AUTOTUNE=off OXTILE_DEVICE=cuda-emu cargo test --all-features -p oxtile-nn --test ops

step "examples on the interpreter, the CPU device, wgpu (lavapipe) and the CUDA emulator"
# The debug build of the test step (a no-op build here); on wgpu unchecked (the conformance
# suite ran checked), on the emulator checked and unchecked (unchecked, the matmul and
# attention loops are software-pipelined with cp.async, and on sm_90 run on wgmma).
examples=(vector_add fused_softmax matmul dropout layer_norm flash_attention)
cargo build --examples --all-features
for ex in "${examples[@]}"; do
    OXTILE_DEVICE=interpreter "target/debug/examples/$ex"
    OXTILE_DEVICE=cpu "target/debug/examples/$ex"
done
# The CPU benchmark's kernels at tiny ragged sizes on the cpu device and the interpreter,
# each result checked (a smoke run: the times mean nothing; wgpu and NumPy are left out).
target/debug/examples/cpu_bench --smoke --no-wgpu --no-numpy
# oxtile-nn in candle: a transformer block's forward and backward with candle's ops and with
# oxtile's (on candle's CPU device), the loss and every weight's gradient compared.
cargo run -q --all-features -p oxtile-nn --example transformer_block
for ex in "${examples[@]}"; do
    OXTILE_CHECKED=0 OXTILE_DEVICE=wgpu "target/debug/examples/$ex"
done
for ex in "${examples[@]}"; do
    OXTILE_CHECKED=1 OXTILE_DEVICE=cuda-emu "target/debug/examples/$ex"
    OXTILE_CHECKED=0 OXTILE_DEVICE=cuda-emu "target/debug/examples/$ex"
done

step "CUDA compile check (no GPU): every kernel the conformance suite and the examples specialize, NVRTC + ptxas for sm_80 and sm_90a"
ir_dir="$(mktemp -d)"
OXTILE_DEVICE=interpreter OXTILE_DUMP_IR_DIR="$ir_dir" cargo test -q --all-features \
    --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory --test lang_generics --test lang_functions --test lang_combine --test lang_math >/dev/null
for ex in "${examples[@]}"; do
    OXTILE_DEVICE=interpreter OXTILE_DUMP_IR_DIR="$ir_dir" "target/debug/examples/$ex" >/dev/null
done
# The benchmark's kernels at every configuration it tunes over (the real block shapes, tiny
# sizes), through the CUDA code generator on the emulator (unchecked, so the matmul and
# attention loops are software-pipelined), checked against its references; their IR joins
# the compile check.
OXTILE_CHECKED=0 OXTILE_DUMP_IR_DIR="$ir_dir" target/debug/examples/bench --smoke --device cuda-emu >/dev/null
cargo run -q -p oxtile-cuda --example compile_check -- "$ir_dir"

step "SASS budgets (no GPU): the bench kernels at their bench configurations, NVRTC for sm_90a"
# Registers, spills, shared memory, stages, and the main loop's instructions per iteration and
# tensor-core instructions, against the budgets in examples/sass_budget/main.rs.
cargo run -q --example sass_budget --all-features

# On a machine with an NVIDIA GPU, the conformance suite and the examples run on it too.
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
    step "conformance suite, GPU tests and examples on CUDA"
    OXTILE_DEVICE=cuda cargo test --all-features \
        --test lang_elementwise --test lang_tiles --test lang_control --test lang_memory --test lang_generics --test lang_functions --test lang_combine --test lang_math \
        --test autotune
    OXTILE_REQUIRE_GPU=1 cargo test --all-features --test cuda
    for ex in "${examples[@]}"; do
        OXTILE_DEVICE=cuda "target/debug/examples/$ex"
    done
fi

step "book"
if [ -n "$mdbook_pid" ]; then
    if ! wait "$mdbook_pid"; then
        cat "$mdbook_log" >&2
        echo "installing mdbook $MDBOOK_VERSION failed" >&2
        exit 1
    fi
    mdbook_pid=""
fi
mdbook build book
# Every local link and anchor of the built book leads somewhere, every figure is there and
# parses; the performance figures match the measured data they are drawn from.
python3 book/plots/check_links.py target/book
python3 book/plots/plot.py --check
# Getting started's first crate, made as the chapter says: a fresh crate beside the repository.
bash scripts/book-hello.sh

step "done"
echo "all checks passed"
