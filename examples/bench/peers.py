#!/usr/bin/env python3
"""The peers of oxtile's benchmark harness, measured on the GPU machine.

Measures, in one process (plus two short child processes for compile times):

* the two ceilings the floors are computed from: device-to-device copy bandwidth (bytes read
  plus bytes written) and the cuBLAS matrix rate (torch.matmul, f16 and bf16, each size);
* PyTorch's own kernels for every benchmark (a + b, softmax, layer_norm, cuBLAS,
  scaled_dot_product_attention);
* Triton kernels written here in the style of the Triton tutorials (vector add, fused
  softmax, layer norm forward, matmul, flash attention forward), each with a few fixed
  configurations (no autotuner: its search would blur the compile-time numbers) of which the
  fastest is kept, because the Rust harness also keeps the fastest of its configurations;
* Triton's warm host launch overhead and its cold and disk-cached compile time.

Every GPU time is the median of ``triton.testing.do_bench`` (CUDA events, L2 flushed before
each repetition). Inputs are random, never zeros; every result is checked against a float64
reference (relative error ``|out - ref| / |ref|`` in the 2-norm, printed and stored).

Writes JSON (``--out``) that ``examples/bench/main.rs`` reads with ``--peers``. The problem
sizes live in ``SIZES`` below and must equal ``Sizes::full()`` in ``examples/bench/sizes.rs``:
they are stored in the JSON and the Rust binary refuses a file whose sizes differ.

Usage: python3 examples/bench/peers.py --out peers.json [--quick]
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

# The problem sizes, one place on this side. Keep equal to `Sizes::full()` in sizes.rs.
SIZES = {
    # vector add, f32: three 256 MiB arrays, far past the 50 MB L2.
    "vector_add_n": 1 << 26,
    # fused softmax, f32 (as Triton's tutorial 02), one row per program.
    "softmax_rows": 16384,
    "softmax_cols": 4096,
    # layer norm forward, f16 in and out, f32 statistics (as Triton's tutorial 05).
    "layer_norm_rows": 16384,
    "layer_norm_cols": 8192,
    # square matmuls M = N = K, f16 and bf16 in, f32 accumulate, same dtype out (as torch).
    "matmul_sizes": [1024, 4096, 8192],
    # flash attention forward, f16, [batch, heads, seq, head_dim], not causal.
    "attention_batch": 4,
    "attention_heads": 32,
    "attention_seq": 4096,
    "attention_head_dim": 64,
    # the tiny vector add of the launch-overhead and compile-time probes.
    "launch_n": 1024,
}
FORMAT = 1
LAYER_NORM_EPS = 1e-5

import torch  # noqa: E402  (after SIZES so the sizes read first)
import triton  # noqa: E402
import triton.language as tl  # noqa: E402


# ---------------------------------------------------------------------------------------
# Triton kernels
# ---------------------------------------------------------------------------------------


@triton.jit
def add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    offs = pid * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = tl.load(y_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, x + y, mask=mask)


@triton.jit
def softmax_kernel(out_ptr, in_ptr, in_stride, out_stride, n_cols, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK)
    mask = cols < n_cols
    x = tl.load(in_ptr + row * in_stride + cols, mask=mask, other=-float("inf"))
    z = x - tl.max(x, axis=0)
    num = tl.exp(z)
    den = tl.sum(num, axis=0)
    tl.store(out_ptr + row * out_stride + cols, num / den, mask=mask)


@triton.jit
def layer_norm_kernel(X, Y, W, B, Mean, Rstd, stride, N, eps, BLOCK: tl.constexpr):
    # Tutorial 05's forward kernel with its column loops collapsed: BLOCK >= N here, so the
    # tutorial's three loops each run once and read the row once.
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK)
    mask = cols < N
    x = tl.load(X + row * stride + cols, mask=mask, other=0.0).to(tl.float32)
    mean = tl.sum(x, axis=0) / N
    diff = tl.where(mask, x - mean, 0.0)
    var = tl.sum(diff * diff, axis=0) / N
    rstd = 1 / tl.sqrt(var + eps)
    tl.store(Mean + row, mean)
    tl.store(Rstd + row, rstd)
    w = tl.load(W + cols, mask=mask).to(tl.float32)
    b = tl.load(B + cols, mask=mask).to(tl.float32)
    y = diff * rstd * w + b
    tl.store(Y + row * stride + cols, y.to(Y.dtype.element_ty), mask=mask)


@triton.jit
def matmul_kernel(
    a_ptr, b_ptr, c_ptr, M, N, K,
    stride_am, stride_ak, stride_bk, stride_bn, stride_cm, stride_cn,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr, GROUP_M: tl.constexpr,
):
    # Triton tutorial 03, unchanged apart from names.
    pid = tl.program_id(0)
    num_pid_m = tl.cdiv(M, BLOCK_M)
    num_pid_n = tl.cdiv(N, BLOCK_N)
    num_pid_in_group = GROUP_M * num_pid_n
    group_id = pid // num_pid_in_group
    first_pid_m = group_id * GROUP_M
    group_size_m = min(num_pid_m - first_pid_m, GROUP_M)
    pid_m = first_pid_m + ((pid % num_pid_in_group) % group_size_m)
    pid_n = (pid % num_pid_in_group) // group_size_m
    offs_am = (pid_m * BLOCK_M + tl.arange(0, BLOCK_M)) % M
    offs_bn = (pid_n * BLOCK_N + tl.arange(0, BLOCK_N)) % N
    offs_k = tl.arange(0, BLOCK_K)
    a_ptrs = a_ptr + (offs_am[:, None] * stride_am + offs_k[None, :] * stride_ak)
    b_ptrs = b_ptr + (offs_k[:, None] * stride_bk + offs_bn[None, :] * stride_bn)
    acc = tl.zeros((BLOCK_M, BLOCK_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_K)):
        a = tl.load(a_ptrs, mask=offs_k[None, :] < K - k * BLOCK_K, other=0.0)
        b = tl.load(b_ptrs, mask=offs_k[:, None] < K - k * BLOCK_K, other=0.0)
        acc = tl.dot(a, b, acc)
        a_ptrs += BLOCK_K * stride_ak
        b_ptrs += BLOCK_K * stride_bk
    c = acc.to(c_ptr.dtype.element_ty)
    offs_cm = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    offs_cn = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    c_ptrs = c_ptr + stride_cm * offs_cm[:, None] + stride_cn * offs_cn[None, :]
    c_mask = (offs_cm[:, None] < M) & (offs_cn[None, :] < N)
    tl.store(c_ptrs, c, mask=c_mask)


@triton.jit
def attention_kernel(
    Q, K, V, O, seq, sm_scale,
    HEAD_DIM: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
):
    # Tutorial 06's forward pass, simplified: not causal, one (batch, head) per grid row,
    # contiguous [batch * heads, seq, head_dim] tensors, seq a multiple of both blocks (so no
    # masks, which only makes this peer faster).
    start_m = tl.program_id(0)
    head = tl.program_id(1)
    base = head * seq * HEAD_DIM
    rows = start_m * BLOCK_M + tl.arange(0, BLOCK_M)
    dims = tl.arange(0, HEAD_DIM)
    q = tl.load(Q + base + rows[:, None] * HEAD_DIM + dims[None, :])
    m_i = tl.full([BLOCK_M], float("-inf"), tl.float32)
    l_i = tl.zeros([BLOCK_M], tl.float32)
    acc = tl.zeros([BLOCK_M, HEAD_DIM], tl.float32)
    qk_scale = sm_scale * 1.4426950408889634
    for start_n in range(0, seq, BLOCK_N):
        cols = start_n + tl.arange(0, BLOCK_N)
        kt = tl.load(K + base + cols[None, :] * HEAD_DIM + dims[:, None])
        v = tl.load(V + base + cols[:, None] * HEAD_DIM + dims[None, :])
        qk = tl.dot(q, kt)
        m_new = tl.maximum(m_i, tl.max(qk, 1) * qk_scale)
        p = tl.math.exp2(qk * qk_scale - m_new[:, None])
        alpha = tl.math.exp2(m_i - m_new)
        l_i = l_i * alpha + tl.sum(p, 1)
        acc = acc * alpha[:, None] + tl.dot(p.to(tl.float16), v)
        m_i = m_new
    acc = acc / l_i[:, None]
    tl.store(O + base + rows[:, None] * HEAD_DIM + dims[None, :], acc.to(O.dtype.element_ty))


# ---------------------------------------------------------------------------------------
# Measuring helpers
# ---------------------------------------------------------------------------------------


def gpu_ms(fn):
    """Median time of `fn` in milliseconds (CUDA events, L2 flushed between repetitions)."""
    return float(triton.testing.do_bench(fn, warmup=25, rep=QUICK_REP or 100, return_mode="median"))


QUICK_REP = 0


def rel_err(got, ref):
    """|got - ref| / |ref| in the 2-norm, in float64; NaN anywhere gives NaN (a failure)."""
    got = got.double()
    ref = ref.double()
    if torch.isnan(got).any():
        return float("nan")
    return float(torch.linalg.vector_norm(got - ref) / torch.linalg.vector_norm(ref))


def poisoned_like(t):
    """An output buffer full of NaN, so an element a kernel fails to write is caught."""
    return torch.full_like(t, float("nan"))


def best_of(configs, run):
    """Times `run(config)` (which returns (fn, output check)) for each config, keeps the
    fastest among those whose check passed. Returns (ms, rel_err, config name)."""
    best = None
    for name, cfg in configs:
        fn, check = run(cfg)
        fn()
        torch.cuda.synchronize()
        err = check()
        ms = gpu_ms(fn)
        log(f"    triton {name}: {ms * 1e3:.1f} us, rel err {err:.2e}")
        if not (err < 5e-2):
            continue
        if best is None or ms < best[0]:
            best = (ms, err, name)
    if best is None:
        return (float("nan"), float("nan"), "none passed")
    return best


def log(msg):
    print(msg, flush=True)


# ---------------------------------------------------------------------------------------
# Benchmarks
# ---------------------------------------------------------------------------------------


def copy_bandwidth():
    """Device-to-device copy of 1 GiB: bytes read plus bytes written over the time."""
    n = 1 << 28
    src = torch.rand(n, device="cuda", dtype=torch.float32)
    dst = torch.empty_like(src)
    ms = gpu_ms(lambda: dst.copy_(src))
    assert torch.equal(dst, src)
    return 2 * n * 4 / (ms * 1e-3) / 1e9


def cublas_rates():
    out = {}
    for dt_name, dt in (("f16", torch.float16), ("bf16", torch.bfloat16)):
        for s in SIZES["matmul_sizes"]:
            a = torch.randn(s, s, device="cuda", dtype=dt)
            b = torch.randn(s, s, device="cuda", dtype=dt)
            ms = gpu_ms(lambda: torch.matmul(a, b))
            out[f"{dt_name}_{s}"] = 2 * s**3 / (ms * 1e-3) / 1e12
            log(f"  cuBLAS {dt_name} {s}: {ms * 1e3:.1f} us = {out[f'{dt_name}_{s}']:.0f} TFLOP/s")
    return out


def bench_vector_add():
    n = SIZES["vector_add_n"]
    x = torch.rand(n, device="cuda") * 2 - 1
    y = torch.rand(n, device="cuda") * 2 - 1
    ref = x.double() + y.double()
    z = poisoned_like(x)
    torch.add(x, y, out=z)
    torch_err = rel_err(z, ref)
    torch_ms = gpu_ms(lambda: torch.add(x, y, out=z))

    def run(cfg):
        block, warps = cfg
        out = poisoned_like(x)
        grid = (triton.cdiv(n, block),)
        fn = lambda: add_kernel[grid](x, y, out, n, BLOCK=block, num_warps=warps)  # noqa: E731
        return fn, lambda: rel_err(out, ref)

    configs = [(f"BLOCK={b} w{w}", (b, w)) for b, w in ((1024, 4), (2048, 4), (4096, 8))]
    tri = best_of(configs, run)
    return entry(torch_ms, torch_err, tri)


def bench_softmax():
    rows, cols = SIZES["softmax_rows"], SIZES["softmax_cols"]
    x = torch.randn(rows, cols, device="cuda") * 4
    ref = torch.softmax(x.double(), dim=-1)
    torch_err = rel_err(torch.softmax(x, dim=-1), ref)
    torch_ms = gpu_ms(lambda: torch.softmax(x, dim=-1))
    block = triton.next_power_of_2(cols)

    def run(warps):
        out = poisoned_like(x)
        fn = lambda: softmax_kernel[(rows,)](  # noqa: E731
            out, x, x.stride(0), out.stride(0), cols, BLOCK=block, num_warps=warps
        )
        return fn, lambda: rel_err(out, ref)

    tri = best_of([(f"BLOCK={block} w{w}", w) for w in (4, 8, 16)], run)
    return entry(torch_ms, torch_err, tri)


def bench_layer_norm():
    rows, cols = SIZES["layer_norm_rows"], SIZES["layer_norm_cols"]
    x = (torch.randn(rows, cols, device="cuda") * 2).half()
    w = (torch.rand(cols, device="cuda") + 0.5).half()
    b = (torch.rand(cols, device="cuda") - 0.5).half()
    ref = torch.nn.functional.layer_norm(x.double(), (cols,), w.double(), b.double(), LAYER_NORM_EPS)
    f = lambda: torch.nn.functional.layer_norm(x, (cols,), w, b, LAYER_NORM_EPS)  # noqa: E731
    torch_err = rel_err(f(), ref)
    torch_ms = gpu_ms(f)
    block = triton.next_power_of_2(cols)

    def run(warps):
        y = poisoned_like(x)
        mean = torch.empty(rows, device="cuda", dtype=torch.float32)
        rstd = torch.empty(rows, device="cuda", dtype=torch.float32)
        fn = lambda: layer_norm_kernel[(rows,)](  # noqa: E731
            x, y, w, b, mean, rstd, x.stride(0), cols, LAYER_NORM_EPS, BLOCK=block, num_warps=warps
        )
        return fn, lambda: rel_err(y, ref)

    tri = best_of([(f"BLOCK={block} w{w}", w) for w in (4, 8, 16)], run)
    return entry(torch_ms, torch_err, tri)


# Tutorial 03's CUDA configurations (BM, BN, BK, GROUP_M, stages, warps), best first on H100.
MATMUL_CONFIGS = [
    (128, 256, 64, 8, 3, 8),
    (128, 128, 64, 8, 3, 8),
    (64, 256, 32, 8, 4, 4),
    (128, 128, 32, 8, 4, 4),
]


def bench_matmul(dt_name, s, cublas):
    dt = {"f16": torch.float16, "bf16": torch.bfloat16}[dt_name]
    a = torch.randn(s, s, device="cuda", dtype=dt)
    b = torch.randn(s, s, device="cuda", dtype=dt)
    ref = a.double() @ b.double()
    torch_err = rel_err(torch.matmul(a, b), ref)
    torch_ms = 2 * s**3 / (cublas[f"{dt_name}_{s}"] * 1e12) * 1e3

    def run(cfg):
        bm, bn, bk, g, stages, warps = cfg
        c = poisoned_like(a)
        grid = (triton.cdiv(s, bm) * triton.cdiv(s, bn),)
        fn = lambda: matmul_kernel[grid](  # noqa: E731
            a, b, c, s, s, s,
            a.stride(0), a.stride(1), b.stride(0), b.stride(1), c.stride(0), c.stride(1),
            BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk, GROUP_M=g, num_stages=stages, num_warps=warps,
        )
        return fn, lambda: rel_err(c, ref)

    configs = [(f"{bm}x{bn}x{bk} w{w} s{st}", (bm, bn, bk, g, st, w)) for bm, bn, bk, g, st, w in MATMUL_CONFIGS]
    tri = best_of(configs, run)
    del ref
    return entry(torch_ms, torch_err, tri)


def bench_attention():
    bsz, heads, seq, d = (SIZES[k] for k in ("attention_batch", "attention_heads", "attention_seq", "attention_head_dim"))
    shape = (bsz, heads, seq, d)
    q, k, v = ((torch.rand(shape, device="cuda") * 2 - 1).half() for _ in range(3))
    scale = 1.0 / d**0.5
    # The float64 reference of the first batch only: the full score matrix in float64 would
    # take 16 GiB.
    def ref_of(b0):
        s = (q[b0].double() @ k[b0].double().transpose(-1, -2)) * scale
        return torch.softmax(s, dim=-1) @ v[b0].double()

    ref0 = ref_of(0)
    f = lambda: torch.nn.functional.scaled_dot_product_attention(q, k, v, scale=scale)  # noqa: E731
    torch_err = rel_err(f()[0], ref0)
    torch_ms = gpu_ms(f)

    def run(cfg):
        bm, bn, warps, stages = cfg
        o = poisoned_like(q)
        grid = (seq // bm, bsz * heads)
        fn = lambda: attention_kernel[grid](  # noqa: E731
            q, k, v, o, seq, scale, HEAD_DIM=d, BLOCK_M=bm, BLOCK_N=bn, num_warps=warps, num_stages=stages
        )
        # NaN anywhere (an unwritten element) fails; the values are checked on batch 0.
        return fn, lambda: float("nan") if torch.isnan(o).any() else rel_err(o[0], ref0)

    configs = [(f"{bm}x{bn} w{w} s{st}", (bm, bn, w, st)) for bm, bn, w, st in ((128, 64, 4, 3), (128, 64, 8, 3), (128, 128, 8, 3), (64, 64, 4, 3))]
    tri = best_of(configs, run)
    return entry(torch_ms, torch_err, tri)


def entry(torch_ms, torch_err, tri):
    tri_ms, tri_err, tri_cfg = tri
    return {
        "torch_ms": torch_ms,
        "torch_rel_err": torch_err,
        "triton_ms": tri_ms,
        "triton_rel_err": tri_err,
        "triton_config": tri_cfg,
    }


def launch_overhead_us():
    """Host time per launch of a tiny Triton kernel, warm: 20 batches of 500 launches, only
    the launch calls timed (a synchronize between batches keeps the queue from filling),
    median over batches."""
    n = SIZES["launch_n"]
    x, y = torch.rand(n, device="cuda"), torch.rand(n, device="cuda")
    out = torch.empty_like(x)
    for _ in range(100):
        add_kernel[(1,)](x, y, out, n, BLOCK=1024)
    torch.cuda.synchronize()
    per = []
    for _ in range(20):
        t0 = time.perf_counter()
        for _ in range(500):
            add_kernel[(1,)](x, y, out, n, BLOCK=1024)
        t1 = time.perf_counter()
        torch.cuda.synchronize()
        per.append((t1 - t0) / 500 * 1e6)
    per.sort()
    assert torch.allclose(out, x + y)
    return per[len(per) // 2]


def compile_probe():
    """Child process: time the first call of the vector add kernel (compile, or load from
    TRITON_CACHE_DIR, plus launch and run), after torch and the CUDA context are up."""
    n = SIZES["launch_n"]
    x, y = torch.rand(n, device="cuda"), torch.rand(n, device="cuda")
    out = torch.empty_like(x)
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    add_kernel[(1,)](x, y, out, n, BLOCK=1024)
    torch.cuda.synchronize()
    t1 = time.perf_counter()
    assert torch.allclose(out, x + y)
    print(json.dumps({"first_call_ms": (t1 - t0) * 1e3}))


def compile_times():
    """Cold: a child process with an empty TRITON_CACHE_DIR. Cached: a second child with the
    same directory (a new process, so no in-memory cache helps)."""
    cache = tempfile.mkdtemp(prefix="triton-cache-")
    env = dict(os.environ, TRITON_CACHE_DIR=cache)
    times = []
    for _ in range(2):
        res = subprocess.run(
            [sys.executable, os.path.abspath(__file__), "--compile-probe"],
            env=env, capture_output=True, text=True, timeout=300,
        )
        if res.returncode != 0:
            log(res.stderr[-2000:])
            raise RuntimeError("triton compile probe failed")
        times.append(json.loads(res.stdout.strip().splitlines()[-1])["first_call_ms"])
    return times[0], times[1]


def main():
    global QUICK_REP
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="peers.json", help="where to write the JSON")
    ap.add_argument("--quick", action="store_true", help="shorter timing (25 ms per benchmark)")
    ap.add_argument("--compile-probe", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.compile_probe:
        compile_probe()
        return
    if args.quick:
        QUICK_REP = 25
    torch.manual_seed(0)
    props = torch.cuda.get_device_properties(0)
    log(f"peers on {props.name}: torch {torch.__version__}, triton {triton.__version__}, "
        f"{props.multi_processor_count} SMs")
    result = {
        "format": FORMAT,
        "device": props.name,
        "torch": torch.__version__,
        "triton": triton.__version__,
        "sizes": SIZES,
        "kernels": {},
    }
    t_start = time.perf_counter()
    result["copy_bandwidth_gbs"] = copy_bandwidth()
    log(f"  copy bandwidth: {result['copy_bandwidth_gbs']:.0f} GB/s (read + write)")
    result["cublas_tflops"] = cublas_rates()
    kernels = result["kernels"]
    for name, fn in (("vector_add", bench_vector_add), ("softmax", bench_softmax), ("layer_norm", bench_layer_norm)):
        log(f"  {name}")
        kernels[name] = fn()
    for dt_name in ("f16", "bf16"):
        for s in SIZES["matmul_sizes"]:
            log(f"  matmul {dt_name} {s}")
            kernels[f"matmul_{dt_name}_{s}"] = bench_matmul(dt_name, s, result["cublas_tflops"])
    log("  attention")
    kernels["attention"] = bench_attention()
    result["launch_us"] = launch_overhead_us()
    log(f"  triton warm launch: {result['launch_us']:.2f} us")
    cold, cached = compile_times()
    result["compile_cold_ms"], result["compile_cached_ms"] = cold, cached
    log(f"  triton compile: cold {cold:.1f} ms, cached {cached:.1f} ms")
    for name, e in kernels.items():
        log(f"  {name:18} torch {e['torch_ms'] * 1e3:9.1f} us (err {e['torch_rel_err']:.1e})  "
            f"triton {e['triton_ms'] * 1e3:9.1f} us (err {e['triton_rel_err']:.1e}, {e['triton_config']})")
    with open(args.out, "w") as f:
        # Strict JSON: a measurement that failed (NaN) is written as null.
        json.dump(strict(result), f, indent=1, allow_nan=False)
    log(f"peers done in {time.perf_counter() - t_start:.0f} s: {args.out}")


def strict(v):
    """`v` with every non-finite float replaced by None, so the file is strict JSON."""
    if isinstance(v, dict):
        return {k: strict(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [strict(x) for x in v]
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


if __name__ == "__main__":
    main()
