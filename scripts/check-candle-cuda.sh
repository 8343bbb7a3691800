#!/usr/bin/env bash
# Builds and lints oxtile-nn's candle ops with their CUDA half (candle's CUDA device), which
# CI's `--all-features` builds leave out: candle's `cuda` feature compiles candle's own
# kernels with nvcc (about 5 minutes on 2 cores) and links cudarc against the CUDA libraries
# at build time, so oxtile's CUDA backend is built to link too (`--cfg oxtile_cuda_linked`).
# Needs no GPU. With `--run`, also runs the transformer-block example (which needs one: on a
# machine without a GPU it runs on candle's CPU device).
#
# The CUDA toolkit: CUDA_HOME, or the PyPI packages this script installs when it finds none
# (nvcc, its headers, CCCL and NVVM of the release the CI's NVRTC pins).
#
# Usage: bash scripts/check-candle-cuda.sh [--run]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CUDA_HOME:-}" ]; then
    CUDA_VERSION=13.0
    python3 -m pip install -q "nvidia-cuda-nvcc==$CUDA_VERSION.*" "nvidia-cuda-cccl==$CUDA_VERSION.*" \
        "nvidia-nvvm==$CUDA_VERSION.*" "nvidia-cuda-crt==$CUDA_VERSION.*" \
        "nvidia-cuda-runtime==$CUDA_VERSION.*" "nvidia-cuda-nvrtc==$CUDA_VERSION.*"
    site="$(python3 -c 'import site; print(site.getsitepackages()[0])')"
    export CUDA_HOME="$site/nvidia/cu13"
fi
export PATH="$CUDA_HOME/bin:$PATH"
# candle's kernels for the H100/H200 (and what it would detect from a GPU, if any).
export CUDA_COMPUTE_CAP="${CUDA_COMPUTE_CAP:-90}"
export RUSTFLAGS="--cfg oxtile_cuda_linked"
# Its own target directory: other flags, so nothing of the usual build is reused or undone.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target/cuda-linked}"

cargo clippy -p oxtile-nn --features candle,wgpu --all-targets -- -D warnings
if [ "${1:-}" = "--run" ]; then
    export LD_LIBRARY_PATH="$CUDA_HOME/lib:${LD_LIBRARY_PATH:-}"
    cargo run --release -p oxtile-nn --features candle --example transformer_block
fi
