#!/usr/bin/env bash
# Runs the GPU checks and the benchmark ON the GPU machine, from the repository root, with the
# folder scripts/pack-gpu.sh built: the conformance suite on the CUDA backend, then on the wgpu
# backend (Vulkan), the backends/cuda GPU tests, the PyTorch/Triton peers, then the benchmark
# table (printed last), with the memory-bound kernels on wgpu too (bench --wgpu).
#
# The wgpu runs need a Vulkan loader: when `ldconfig -p` lists no libvulkan, the .debs packed
# in <dir>/gl are unpacked into / (dpkg -x; root); when no NVIDIA ICD is in the loader's
# standard places but the driver's is at /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json,
# VK_DRIVER_FILES points there. Neither happens for a pack built without wgpu (FEATURES).
#
#   bash scripts/gpu-run.sh .gpu [phase...]     phases: tests peers bench (default: all), and
#                                               nopipe (matmul/attention, pipelining off)
#
# Full logs go to $OUT (the device tool's output folder) when set, else <dir>/logs: tests.log,
# peers.log, peers.json, bench.log, bench.md. The console gets one line per step. Extra bench
# flags: BENCH_ARGS (default --tune). The phases have deadlines that keep the whole run under
# 9 minutes; for more time per phase, run them in separate calls (`tests`, then `peers bench`).
set -uo pipefail

DIR=$(cd "${1:-.gpu}" && pwd) || exit 2
shift || true
PHASES=${*:-tests peers bench}
LOG=${OUT:-$DIR/logs}
mkdir -p "$LOG"
ROOT=$(pwd)

export LD_LIBRARY_PATH=/usr/local/cuda/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export PATH=/usr/local/cuda/bin:$PATH
export PYTHONUNBUFFERED=1
# tests/cuda.rs skips where no GPU opens; here a skip must be a failure.
export OXTILE_REQUIRE_GPU=1

START=$(date +%s)
elapsed() { echo $(($(date +%s) - START)); }
# Seconds left before a deadline (seconds since start), at least 5.
left() { local l=$(($1 - $(elapsed))); [ "$l" -lt 5 ] && l=5; echo "$l"; }
has() { case " $PHASES " in *" $1 "*) return 0 ;; esac; return 1; }
failed=0

nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem,temperature.gpu,utilization.gpu \
    --format=csv,noheader 2>&1 | head -2

# The wgpu backend is in the pack (FEATURES) and gets a Vulkan loader and driver.
WGPU=0
if grep -q wgpu "$DIR/FEATURES" 2>/dev/null; then
    WGPU=1
    if ! ldconfig -p 2>/dev/null | grep -q libvulkan; then
        if ls "$DIR"/gl/*.deb >/dev/null 2>&1; then
            for f in "$DIR"/gl/*.deb; do dpkg -x "$f" /; done
            ldconfig
            echo "Vulkan loader unpacked from $DIR/gl: $(ldconfig -p | grep -c libvulkan) libvulkan entries"
        else
            echo "no Vulkan loader installed and none packed in $DIR/gl: the wgpu runs will fail"
        fi
    fi
    nvidia_icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
    if [ -z "${VK_DRIVER_FILES:-}${VK_ICD_FILENAMES:-}" ] && [ -f "$nvidia_icd" ] &&
        ! ls /etc/vulkan/icd.d/*nvidia* /usr/local/share/vulkan/icd.d/*nvidia* \
            /usr/share/vulkan/icd.d/*nvidia* >/dev/null 2>&1; then
        export VK_DRIVER_FILES=$nvidia_icd
        echo "VK_DRIVER_FILES=$nvidia_icd"
    fi
fi

# Runs one test binary, its output appended to tests.log; prints one line.
run_test() {
    local exe=$1 deadline=$2 name out rc
    shift 2
    name=$(basename "$exe")
    out=$(mktemp)
    timeout "$(left "$deadline")" "$exe" "$@" >"$out" 2>&1
    rc=$?
    { echo "===== $name (rc $rc)"; cat "$out"; } >>"$LOG/tests.log"
    local summary
    summary=$(grep -E '^test result:' "$out" | tail -1)
    if [ "$rc" -eq 0 ]; then
        printf '  %-28s %s\n' "$name" "${summary:-ok}"
    else
        failed=1
        [ "$rc" -eq 124 ] && summary="TIMED OUT"
        printf '  %-28s FAILED (rc %d) %s\n' "$name" "$rc" "$summary"
        grep -E '^test .* FAILED$|^---- ' "$out" | head -5 | sed 's/^/      /'
    fi
    rm -f "$out"
}

if has tests; then
    : >"$LOG/tests.log"
    echo "== conformance suite, OXTILE_DEVICE=cuda (debug build: checked mode)"
    for t in "$DIR"/tests/*; do
        [ -x "$t" ] && OXTILE_DEVICE=cuda run_test "$t" 150
    done
    if [ "$WGPU" = 1 ]; then
        echo "== conformance suite, OXTILE_DEVICE=wgpu (Vulkan) [$(elapsed) s]"
        echo "===== OXTILE_DEVICE=wgpu" >>"$LOG/tests.log"
        for t in "$DIR"/tests/*; do
            [ -x "$t" ] && OXTILE_DEVICE=wgpu run_test "$t" 210
        done
    fi
    echo "== backends/cuda tests (--include-ignored: the GPU ones too) [$(elapsed) s]"
    # From the crate's directory, as cargo runs them.
    cd "$ROOT/backends/cuda" 2>/dev/null || cd "$ROOT"
    for t in "$DIR"/cuda-tests/*; do
        [ -x "$t" ] && run_test "$t" 270 --include-ignored
    done
    cd "$ROOT"
fi

if has peers; then
    echo "== peers (PyTorch, Triton) [$(elapsed) s]"
    if timeout "$(left 380)" python3 "$DIR/peers.py" --out "$LOG/peers.json" >"$LOG/peers.log" 2>&1; then
        tail -1 "$LOG/peers.log"
    else
        failed=1
        echo "  peers.py FAILED:"
        tail -5 "$LOG/peers.log" | sed 's/^/    /'
    fi
fi

if has bench; then
    echo "== bench [$(elapsed) s]"
    bench_args=()
    [ -s "$LOG/peers.json" ] && bench_args=(--peers "$LOG/peers.json")
    # The memory-bound rows on wgpu too, beside the CUDA rows.
    [ "$WGPU" = 1 ] && bench_args+=(--wgpu)
    # The table is stdout (kept for the end); progress and per-config lines go to the log.
    # shellcheck disable=SC2086
    OXTILE_CHECKED=0 timeout "$(left 530)" "$DIR/bench" "${bench_args[@]}" ${BENCH_ARGS:---tune} \
        --out-md "$LOG/bench.md" >"$LOG/bench.table" 2>"$LOG/bench.log"
    rc=$?
    cat "$LOG/bench.table" >>"$LOG/bench.log"
    rm -f "$LOG/bench.table"
    if [ "$rc" -ne 0 ]; then
        failed=1
        echo "  bench exited with $rc; last log lines:"
        grep -E 'error|left out|FAIL' "$LOG/bench.log" | tail -12 | sed 's/^/    /'
    fi
    sed -n '/^oxtile on /,$p' "$LOG/bench.log"
fi

# Not in the default phases: matmul and attention with the software pipelining of their
# dot operands off (OXTILE_CUDA_PIPELINE=0), to compare with the bench phase's rows.
if has nopipe; then
    echo "== bench, pipelining off [$(elapsed) s]"
    if OXTILE_CUDA_PIPELINE=0 OXTILE_CHECKED=0 timeout "$(left 530)" "$DIR/bench" \
        --only matmul,attention >"$LOG/nopipe.table" 2>"$LOG/nopipe.log"; then
        sed -n '/^oxtile on /,$p' "$LOG/nopipe.table"
    else
        failed=1
        echo "  bench (pipelining off) failed; last log lines:"
        tail -5 "$LOG/nopipe.log" | sed 's/^/    /'
    fi
fi
echo "[total $(elapsed) s; logs in $LOG]"
exit "$failed"
