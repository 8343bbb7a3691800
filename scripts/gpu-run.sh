#!/usr/bin/env bash
# Runs the GPU checks and the benchmark ON the GPU machine, from the repository root, with the
# folder scripts/pack-gpu.sh built: the conformance suite on the CUDA backend, the
# backends/cuda GPU tests, the PyTorch/Triton peers, then the benchmark table (printed last).
#
#   bash scripts/gpu-run.sh .gpu [phase...]     phases: tests peers bench (default: all)
#
# Full logs go to $OUT (the device tool's output folder) when set, else <dir>/logs: tests.log,
# peers.log, peers.json, bench.log, bench.md. The console gets one line per step. Extra bench
# flags: BENCH_ARGS (default --tune). The phases have deadlines that keep the whole run under
# 9 minutes.
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
    echo "== backends/cuda tests (--include-ignored: the GPU ones too)"
    # From the crate's directory, as cargo runs them.
    cd "$ROOT/backends/cuda" 2>/dev/null || cd "$ROOT"
    for t in "$DIR"/cuda-tests/*; do
        [ -x "$t" ] && run_test "$t" 240 --include-ignored
    done
    cd "$ROOT"
fi

if has peers; then
    echo "== peers (PyTorch, Triton) [$(elapsed) s]"
    if timeout "$(left 360)" python3 "$DIR/peers.py" --out "$LOG/peers.json" >"$LOG/peers.log" 2>&1; then
        tail -1 "$LOG/peers.log"
    else
        failed=1
        echo "  peers.py FAILED:"
        tail -5 "$LOG/peers.log" | sed 's/^/    /'
    fi
fi

if has bench; then
    echo "== bench [$(elapsed) s]"
    peers_args=()
    [ -s "$LOG/peers.json" ] && peers_args=(--peers "$LOG/peers.json")
    # The table is stdout (kept for the end); progress and per-config lines go to the log.
    # shellcheck disable=SC2086
    OXTILE_CHECKED=0 timeout "$(left 525)" "$DIR/bench" "${peers_args[@]}" ${BENCH_ARGS:---tune} \
        --out-md "$LOG/bench.md" >"$LOG/bench.table" 2>"$LOG/bench.log"
    rc=$?
    cat "$LOG/bench.table" >>"$LOG/bench.log"
    rm -f "$LOG/bench.table"
    if [ "$rc" -ne 0 ]; then
        failed=1
        echo "  bench exited with $rc; last log lines:"
        grep -E 'error|left out|FAIL' "$LOG/bench.log" | tail -12 | sed 's/^/    /'
    fi
    echo "[total $(elapsed) s; logs in $LOG]"
    sed -n '/^oxtile on /,$p' "$LOG/bench.log"
else
    echo "[total $(elapsed) s; logs in $LOG]"
fi
exit "$failed"
