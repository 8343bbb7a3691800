//! Whole-tile loops for the interpreter's hottest ops, each equal, bit for bit, to the
//! element-at-a-time definition it stands in for (the tests below compare them on random
//! data with NaNs, infinities, signed zeros and subnormals).
//!
//! The general paths in [`super::ops`] decide the op and the dtype for every element; these
//! decide them once per tile and run a loop the compiler can vectorize. They cover what
//! the book's kernels spend their time on (f32/f64 arithmetic, sums and maxima, the `dot` of
//! f16/bf16/f32 factors into f32, broadcasts); everything else takes the general path.

use crate::dtype::DType;
use crate::ir::BinaryOp;

/// Elementwise `a op b` of f32 or f64 tiles, rounded as
/// [`super::ops::binary_float`] rounds; `None` when another path must do it.
pub(crate) fn binary_float(op: BinaryOp, d: DType, a: &[f64], b: &[f64]) -> Option<Vec<f64>> {
    macro_rules! by_op {
        ($round:expr) => {{
            let r = $round;
            match op {
                BinaryOp::Add => Some(map2(a, b, |x, y| r(x + y))),
                BinaryOp::Sub => Some(map2(a, b, |x, y| r(x - y))),
                BinaryOp::Mul => Some(map2(a, b, |x, y| r(x * y))),
                BinaryOp::Div | BinaryOp::DivRn | BinaryOp::FastDiv => {
                    Some(map2(a, b, |x, y| r(x / y)))
                }
                BinaryOp::Min => Some(map2(a, b, |x, y| r(x.min(y)))),
                BinaryOp::Max => Some(map2(a, b, |x, y| r(x.max(y)))),
                _ => None,
            }
        }};
    }
    match d {
        DType::F32 => by_op!(|x: f64| x as f32 as f64),
        DType::F64 => by_op!(|x: f64| x),
        _ => None,
    }
}

#[inline]
fn map2(a: &[f64], b: &[f64], f: impl Fn(f64, f64) -> f64) -> Vec<f64> {
    let mut out = super::value::floats(a.len());
    out.extend(a.iter().zip(b).map(|(&x, &y)| f(x, y)));
    out
}

/// A float reduction `((x0 ∘ x1) ∘ x2) ∘ …` along the middle axis of `(outer, n, inner)`,
/// each step rounded to the accumulator dtype `ad` (f32 or f64), each result then rounded
/// once to `d` by `finish`: [`super::ops::reduce`]'s fold, for sums, maxima and minima.
/// `None` when another path must do it.
pub(crate) fn reduce_float(
    op: BinaryOp,
    ad: DType,
    v: &[f64],
    (outer, n, inner): (usize, usize, usize),
    finish: impl Fn(f64) -> f64,
) -> Option<Vec<f64>> {
    macro_rules! by_op {
        ($round:expr) => {{
            let r = $round;
            match op {
                BinaryOp::Add => Some(fold(v, outer, n, inner, |a, x| r(a + x), finish)),
                BinaryOp::Max => Some(fold(v, outer, n, inner, |a, x| r(a.max(x)), finish)),
                BinaryOp::Min => Some(fold(v, outer, n, inner, |a, x| r(a.min(x)), finish)),
                _ => None,
            }
        }};
    }
    match ad {
        // A row's f32 sum in f32 arithmetic: the sum of two f32 values rounded once to f32
        // is f32 addition (the f64 sum's double rounding is innocuous), and it halves the
        // latency of each step of the chain.
        DType::F32 if op == BinaryOp::Add && inner == 1 => {
            let mut out = Vec::with_capacity(outer);
            for row in v.chunks_exact(n) {
                let mut acc = row[0] as f32;
                for &x in &row[1..] {
                    acc += x as f32;
                }
                out.push(finish(acc as f64));
            }
            Some(out)
        }
        DType::F32 => by_op!(|x: f64| x as f32 as f64),
        DType::F64 => by_op!(|x: f64| x),
        _ => None,
    }
}

/// The fold of [`reduce_float`]: for each `(o, i)`, the elements `k = 0..n` in ascending
/// order. The loop runs `k` outside `i` so that the `inner` accumulators of a block advance
/// together (vectorizable), which leaves each one's order unchanged.
#[inline]
fn fold(
    v: &[f64],
    outer: usize,
    n: usize,
    inner: usize,
    step: impl Fn(f64, f64) -> f64,
    finish: impl Fn(f64) -> f64,
) -> Vec<f64> {
    let mut out = Vec::with_capacity(outer * inner);
    for o in 0..outer {
        let block = &v[o * n * inner..(o + 1) * n * inner];
        if inner == 1 {
            let mut acc = block[0];
            for &x in &block[1..] {
                acc = step(acc, x);
            }
            out.push(finish(acc));
        } else {
            let mut acc = block[..inner].to_vec();
            for row in block[inner..].chunks_exact(inner) {
                for (a, &x) in acc.iter_mut().zip(row) {
                    *a = step(*a, x);
                }
            }
            out.extend(acc.into_iter().map(&finish));
        }
    }
    out
}

/// The flat source index of every element of a broadcast of `from` (already padded on the
/// left with 1s to `to`'s rank) to `to`, row-major: one pass per axis, each repeating or
/// striding the indices built so far.
pub(crate) fn broadcast_index(from: &[usize], to: &[usize]) -> Vec<usize> {
    let mut strides = vec![0usize; from.len()];
    let mut s = 1;
    for j in (0..from.len()).rev() {
        strides[j] = if from[j] == 1 { 0 } else { s };
        s *= from[j];
    }
    let mut idx = vec![0usize];
    for (j, &len) in to.iter().enumerate() {
        let st = strides[j];
        let mut next = Vec::with_capacity(idx.len() * len);
        for &base in &idx {
            next.extend((0..len).map(|t| base + t * st));
        }
        idx = next;
    }
    idx
}

/// `out[b] += x[b] @ y[b]` for `nb` batches of `m x k` by `k x n` f32 factors (held as f64,
/// exact f32 values) into an f32 accumulator: each output is `s = fma_f32(x, y, s)` over
/// `k` in ascending order, [`super::ops::dot`]'s definition. The loops run `k` outside `j`
/// so that a row of outputs advances one `k` at a time across `n` (vectorized with the
/// CPU's fused multiply-add where it has one), which keeps each output's order.
pub(crate) fn dot_f32(
    x: &[f64],
    y: &[f64],
    out: &mut [f64],
    (nb, m, k, n): (usize, usize, usize, usize),
) {
    // `as f32` is what the general path applies to each factor and to the accumulator.
    let x: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    let y: Vec<f32> = y.iter().map(|&v| v as f32).collect();
    let mut acc: Vec<f32> = out.iter().map(|&v| v as f32).collect();
    for bt in 0..nb {
        let xb = &x[bt * m * k..(bt + 1) * m * k];
        let yb = &y[bt * k * n..(bt + 1) * k * n];
        let ob = &mut acc[bt * m * n..(bt + 1) * m * n];
        fma_rows(xb, yb, ob, m, k, n);
    }
    for (o, a) in out.iter_mut().zip(acc) {
        *o = a as f64;
    }
}

/// The same for f64 factors and accumulator (`s = fma_f64(x, y, s)`).
pub(crate) fn dot_f64(
    x: &[f64],
    y: &[f64],
    out: &mut [f64],
    (nb, m, k, n): (usize, usize, usize, usize),
) {
    for bt in 0..nb {
        let xb = &x[bt * m * k..(bt + 1) * m * k];
        let yb = &y[bt * k * n..(bt + 1) * k * n];
        let ob = &mut out[bt * m * n..(bt + 1) * m * n];
        fma_rows(xb, yb, ob, m, k, n);
    }
}

/// A float type with a fused multiply-add (`mul_add` is one rounding on every target).
trait Fma: Copy {
    fn fma(self, b: Self, c: Self) -> Self;
}
impl Fma for f32 {
    #[inline(always)]
    fn fma(self, b: f32, c: f32) -> f32 {
        self.mul_add(b, c)
    }
}
impl Fma for f64 {
    #[inline(always)]
    fn fma(self, b: f64, c: f64) -> f64 {
        self.mul_add(b, c)
    }
}

/// `o[i, j] = fma(x[i, kk], y[kk, j], o[i, j])` for `kk` ascending: on x86-64 with AVX2 and
/// FMA (detected at run time) compiled for them, so `mul_add` becomes vector `vfmadd`
/// instead of a call per element; elsewhere the portable loop (the same results).
fn fma_rows<T: Fma + Default>(x: &[T], y: &[T], o: &mut [T], m: usize, k: usize, n: usize) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
        // SAFETY: the CPU has the features the function is compiled for (checked above).
        unsafe { fma_rows_avx2(x, y, o, m, k, n) };
        return;
    }
    fma_rows_portable(x, y, o, m, k, n);
}

/// # Safety
/// Only on a CPU with AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn fma_rows_avx2<T: Fma + Default>(
    x: &[T],
    y: &[T],
    o: &mut [T],
    m: usize,
    k: usize,
    n: usize,
) {
    fma_rows_portable(x, y, o, m, k, n);
}

/// Output rows per register block of [`fma_rows_portable`].
const BLOCK_ROWS: usize = 4;
/// Output columns per register block: 16 f32 (two AVX2 vectors) or 16 f64.
const BLOCK_COLS: usize = 16;

#[inline(always)]
fn fma_rows_portable<T: Fma + Default>(
    x: &[T],
    y: &[T],
    o: &mut [T],
    m: usize,
    k: usize,
    n: usize,
) {
    // Blocks of 4 x 16 outputs held in registers across the whole `k` loop (one load of
    // `y`'s row segment feeds 4 rows), each output still `fma`'d in ascending `k`.
    let (mb, nb) = (m / BLOCK_ROWS * BLOCK_ROWS, n / BLOCK_COLS * BLOCK_COLS);
    for i in (0..mb).step_by(BLOCK_ROWS) {
        for j in (0..nb).step_by(BLOCK_COLS) {
            let mut c = [[T::default(); BLOCK_COLS]; BLOCK_ROWS];
            for (r, cr) in c.iter_mut().enumerate() {
                cr.copy_from_slice(&o[(i + r) * n + j..][..BLOCK_COLS]);
            }
            for kk in 0..k {
                let b: &[T; BLOCK_COLS] = y[kk * n + j..][..BLOCK_COLS]
                    .try_into()
                    .expect("a block of y");
                for (r, cr) in c.iter_mut().enumerate() {
                    let a = x[(i + r) * k + kk];
                    for (cv, &bv) in cr.iter_mut().zip(b) {
                        *cv = a.fma(bv, *cv);
                    }
                }
            }
            for (r, cr) in c.iter().enumerate() {
                o[(i + r) * n + j..][..BLOCK_COLS].copy_from_slice(cr);
            }
        }
    }
    // The edges: rows below the last whole block, then columns right of it.
    fma_rows_simple(x, y, o, (mb, m), (0, n), k, n);
    fma_rows_simple(x, y, o, (0, mb), (nb, n), k, n);
}

/// `fma_rows` over rows `r0..r1` and columns `c0..c1` only, a row at a time.
#[inline(always)]
fn fma_rows_simple<T: Fma>(
    x: &[T],
    y: &[T],
    o: &mut [T],
    (r0, r1): (usize, usize),
    (c0, c1): (usize, usize),
    k: usize,
    n: usize,
) {
    for i in r0..r1 {
        let row = &mut o[i * n + c0..i * n + c1];
        for kk in 0..k {
            let a = x[i * k + kk];
            let yr = &y[kk * n + c0..kk * n + c1];
            for (c, &b) in row.iter_mut().zip(yr) {
                *c = a.fma(b, *c);
            }
        }
    }
}

#[allow(dead_code)]
#[inline(always)]
fn fma_rows_unblocked<T: Fma>(x: &[T], y: &[T], o: &mut [T], m: usize, k: usize, n: usize) {
    for i in 0..m {
        let row = &mut o[i * n..(i + 1) * n];
        for kk in 0..k {
            let a = x[i * k + kk];
            let yr = &y[kk * n..(kk + 1) * n];
            for (c, &b) in row.iter_mut().zip(yr) {
                *c = a.fma(b, *c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::ops;
    use crate::interp::value::round_arith;
    use rand::{Rng, SeedableRng, rngs::StdRng};

    /// Random values of dtype `d` with the awkward ones mixed in.
    fn values(rng: &mut StdRng, d: DType, len: usize) -> Vec<f64> {
        let special = [
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1e-40,
            -3e-42,
            1e38,
            -1e38,
            5e-324,
        ];
        (0..len)
            .map(|_| {
                let v = if rng.random_bool(0.1) {
                    special[rng.random_range(0..special.len())]
                } else {
                    let m: f64 = rng.random_range(-2.0..2.0);
                    m * 2f64.powi(rng.random_range(-20..20))
                };
                round_arith(d, v)
            })
            .collect()
    }

    fn same(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
    }

    #[test]
    fn binary_matches_the_element_path() {
        let mut rng = StdRng::seed_from_u64(1);
        for d in [DType::F32, DType::F64] {
            let (a, b) = (values(&mut rng, d, 4000), values(&mut rng, d, 4000));
            for op in [
                BinaryOp::Add,
                BinaryOp::Sub,
                BinaryOp::Mul,
                BinaryOp::Div,
                BinaryOp::Min,
                BinaryOp::Max,
            ] {
                let fast = binary_float(op, d, &a, &b).expect("a fast path");
                let slow: Vec<f64> = a
                    .iter()
                    .zip(&b)
                    .map(|(&x, &y)| ops::binary_float(op, d, x, y).unwrap())
                    .collect();
                assert!(same(&fast, &slow), "{op:?} on {d}");
            }
        }
        assert!(binary_float(BinaryOp::Add, DType::F16, &[1.0], &[1.0]).is_none());
    }

    #[test]
    fn reductions_match_the_element_path() {
        let mut rng = StdRng::seed_from_u64(2);
        for ad in [DType::F32, DType::F64] {
            for (outer, n, inner) in [(3, 17, 1), (2, 9, 5), (1, 1, 4)] {
                let v = values(&mut rng, ad, outer * n * inner);
                for op in [BinaryOp::Add, BinaryOp::Max, BinaryOp::Min] {
                    let fast = reduce_float(op, ad, &v, (outer, n, inner), |x| x).unwrap();
                    let mut slow = Vec::new();
                    for o in 0..outer {
                        for i in 0..inner {
                            let mut acc = v[o * n * inner + i];
                            for kk in 1..n {
                                let x = v[(o * n + kk) * inner + i];
                                acc = ops::binary_float(op, ad, acc, x).unwrap();
                            }
                            slow.push(acc);
                        }
                    }
                    assert!(same(&fast, &slow), "{op:?} on {ad} {outer}x{n}x{inner}");
                }
            }
        }
    }

    #[test]
    fn dots_match_the_element_path() {
        let mut rng = StdRng::seed_from_u64(3);
        for (d, nb, m, k, n) in [
            (DType::F32, 1, 5, 7, 19),
            (DType::F32, 2, 16, 32, 16),
            (DType::F64, 1, 3, 9, 11),
            (DType::F16, 1, 4, 40, 33),
        ] {
            let ad = if d == DType::F64 { d } else { DType::F32 };
            let x = values(&mut rng, d, nb * m * k);
            let y = values(&mut rng, d, nb * k * n);
            let c = values(&mut rng, ad, nb * m * n);
            let mut fast = c.clone();
            if ad == DType::F64 {
                dot_f64(&x, &y, &mut fast, (nb, m, k, n));
            } else {
                dot_f32(&x, &y, &mut fast, (nb, m, k, n));
            }
            let mut slow = c.clone();
            for bt in 0..nb {
                for i in 0..m {
                    for j in 0..n {
                        let mut s = slow[bt * m * n + i * n + j];
                        for kk in 0..k {
                            s = ops::fma_one(
                                ad,
                                x[bt * m * k + i * k + kk],
                                y[bt * k * n + kk * n + j],
                                s,
                            );
                        }
                        slow[bt * m * n + i * n + j] = s;
                    }
                }
            }
            assert!(same(&fast, &slow), "{d} dot {nb}x{m}x{k}x{n}");
        }
    }

    #[test]
    fn broadcast_index_is_row_major() {
        assert_eq!(broadcast_index(&[1], &[3]), vec![0, 0, 0]);
        assert_eq!(broadcast_index(&[2, 1], &[2, 3]), vec![0, 0, 0, 1, 1, 1]);
        assert_eq!(broadcast_index(&[1, 3], &[2, 3]), vec![0, 1, 2, 0, 1, 2]);
        assert_eq!(broadcast_index(&[2, 3], &[2, 3]), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(broadcast_index(&[], &[]), vec![0]);
    }
}
