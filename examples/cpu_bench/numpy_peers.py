#!/usr/bin/env python3
"""NumPy's times for oxtile's CPU benchmark (examples/cpu_bench), measured on this machine.

The Rust harness runs this script in the same run as its own measurements and passes the
problem sizes (``--sizes JSON``), so both sides always time the same problems. Each kernel is
written the way a NumPy user would write it, in float32 (NumPy has no fast float16 math: the
f16 matmul and attention convert their f16 inputs to float32, compute, and convert the result
back, conversions included in the time). The matmuls call the BLAS NumPy was built with,
threaded over every core, as Triton's interpreter does for ``tl.dot``.

Every time is the median of several runs (at least 5, and at least 0.5 s in all) after one
warm-up run, on the host clock. Inputs are random, never zeros; each result is checked
against a float64 reference (relative error in the 2-norm, stored and printed).

Writes JSON to stdout (or ``--out``): ``{"numpy": version, "blas": name, "times": {key: s},
"errors": {key: rel_err}}``.

Usage: python3 examples/cpu_bench/numpy_peers.py --sizes '{"vector_add_n": 16777216, ...}'
"""

import argparse
import json
import sys
import time

import numpy as np

LAYER_NORM_EPS = 1e-5


def timed(fn):
    """Median seconds per call of ``fn`` (one warm-up call first), and its last result."""
    out = fn()
    times = []
    start = time.perf_counter()
    while len(times) < 5 or (time.perf_counter() - start < 0.5 and len(times) < 200):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2], out


def rel_err(got, want):
    got = np.asarray(got, dtype=np.float64)
    want = np.asarray(want, dtype=np.float64)
    return float(np.linalg.norm(got - want) / max(np.linalg.norm(want), 1e-300))


def softmax(x):
    z = x - x.max(axis=1, keepdims=True)
    num = np.exp(z)
    return num / num.sum(axis=1, keepdims=True)


def layer_norm(x, w, b, eps):
    mu = x.mean(axis=1, keepdims=True)
    diff = x - mu
    var = (diff * diff).mean(axis=1, keepdims=True)
    return diff / np.sqrt(var + eps) * w + b


def attention(q, k, v, scale):
    """Not causal; q, k, v are [batch * heads, seq, d] float16; f32 math, f16 result."""
    q32, k32, v32 = (t.astype(np.float32) for t in (q, k, v))
    s = np.matmul(q32, k32.transpose(0, 2, 1)) * np.float32(scale)
    s -= s.max(axis=2, keepdims=True)
    p = np.exp(s)
    p /= p.sum(axis=2, keepdims=True)
    return np.matmul(p, v32).astype(np.float16)


def blas_name():
    try:
        cfg = np.show_config(mode="dicts")
        return cfg["Build Dependencies"]["blas"]["name"]
    except Exception:  # noqa: BLE001  (older NumPy: no dict mode)
        return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", required=True, help="the harness's sizes, as JSON")
    ap.add_argument("--out", help="write the JSON here instead of stdout")
    ap.add_argument("--only", default="", help="comma-separated key prefixes")
    args = ap.parse_args()
    sz = json.loads(args.sizes)
    only = [s for s in args.only.split(",") if s]
    rng = np.random.default_rng(0)
    times, errors = {}, {}

    def want(key):
        return not only or any(key.startswith(p) for p in only)

    def record(key, seconds, err):
        times[key] = seconds
        errors[key] = err
        print(f"  numpy {key:14} {seconds * 1e3:10.3f} ms  err {err:.1e}", file=sys.stderr)

    if want("vector_add"):
        n = sz["vector_add_n"]
        x = rng.uniform(-1, 1, n).astype(np.float32)
        y = rng.uniform(-1, 1, n).astype(np.float32)
        out = np.empty_like(x)
        t, got = timed(lambda: np.add(x, y, out=out))
        record("vector_add", t, rel_err(got, x.astype(np.float64) + y))

    if want("softmax"):
        r, c = sz["softmax_rows"], sz["softmax_cols"]
        x = rng.uniform(-8, 8, (r, c)).astype(np.float32)
        t, got = timed(lambda: softmax(x))
        record("softmax", t, rel_err(got, softmax(x.astype(np.float64))))

    if want("layer_norm"):
        r, c = sz["layer_norm_rows"], sz["layer_norm_cols"]
        x = rng.uniform(-4, 4, (r, c)).astype(np.float32)
        w = rng.uniform(0.5, 1.5, c).astype(np.float32)
        b = rng.uniform(-0.5, 0.5, c).astype(np.float32)
        t, got = timed(lambda: layer_norm(x, w, b, np.float32(LAYER_NORM_EPS)))
        ref = layer_norm(*(v.astype(np.float64) for v in (x, w, b)), LAYER_NORM_EPS)
        record("layer_norm", t, rel_err(got, ref))

    s = sz["matmul_n"]
    if want("matmul_f32"):
        a = rng.uniform(-1, 1, (s, s)).astype(np.float32)
        b = rng.uniform(-1, 1, (s, s)).astype(np.float32)
        t, got = timed(lambda: a @ b)
        record("matmul_f32", t, rel_err(got, a.astype(np.float64) @ b))

    if want("matmul_f16"):
        a = rng.uniform(-1, 1, (s, s)).astype(np.float16)
        b = rng.uniform(-1, 1, (s, s)).astype(np.float16)
        t, got = timed(lambda: (a.astype(np.float32) @ b.astype(np.float32)).astype(np.float16))
        record("matmul_f16", t, rel_err(got, a.astype(np.float64) @ b))

    if want("attention"):
        bh = sz["attention_batch"] * sz["attention_heads"]
        seq, d = sz["attention_seq"], sz["attention_head_dim"]
        q, k, v = (rng.uniform(-1, 1, (bh, seq, d)).astype(np.float16) for _ in range(3))
        scale = 1.0 / np.sqrt(d)
        t, got = timed(lambda: attention(q, k, v, scale))
        q64, k64, v64 = (m.astype(np.float64) for m in (q, k, v))
        s64 = np.matmul(q64, k64.transpose(0, 2, 1)) * scale
        p64 = np.exp(s64 - s64.max(axis=2, keepdims=True))
        ref = np.matmul(p64 / p64.sum(axis=2, keepdims=True), v64)
        record("attention", t, rel_err(got, ref))

    result = {"numpy": np.__version__, "blas": blas_name(), "times": times, "errors": errors}
    text = json.dumps(result, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main()
