//! The code listings of the book's `language.md` and `gpus.md`, compiled and run so that they
//! cannot rot: the lines between each pair of mdBook anchor comments (`ANCHOR` and
//! `ANCHOR_END`, with the listing's name) are what the book shows through
//! `{{#include ../../tests/book_listings.rs:<name>}}`, and each kernel is launched on the
//! interpreter against a plain-Rust reference on random inputs.
//!
//! The launch-option listings of `gpus.md` run on the interpreter, which takes every option
//! (and ignores those that only change speed), except two: the report of pipeline stages
//! (`oxtile::cuda::last_launch`) runs on the CUDA emulator (`--features cuda`; skipped where
//! no C++ compiler runs), and the choice of checked mode per backend is compiled only (with
//! `--features cuda,wgpu`): it needs a CUDA GPU and a wgpu device.
//!
//! Items whose listings rustfmt would rewrap (aligned trailing comments, a call the book keeps
//! on one line) are `#[rustfmt::skip]`: keep them formatted by hand.

// Index loops mirror the math of the references.
#![allow(clippy::needless_range_loop)]

mod common;

use common::*;
use oxtile::prelude::*;

/// A test's result: the listings use `?` on launches, as a host function would.
type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

/// `n` random f16 values in `[lo, hi)`.
fn f16s(seed: u64, n: usize, lo: f32, hi: f32) -> Vec<f16> {
    f32s(&mut rng(seed), n, lo, hi)
        .into_iter()
        .map(f16::from_f32)
        .collect()
}

// ---- language.md: Signature ------------------------------------------------------------------

// ANCHOR: signature
#[kernel]
fn name<const BLOCK: usize, const CAUSAL: bool>(x: Ptr<f32>, n: i32, scale: f32) {
    let offs = program_id(0) * BLOCK + arange(0, BLOCK);
    let v = load(x + offs, offs < n, 0.0) * scale;
    store(x + offs, if CAUSAL { maximum(v, 0.0) } else { v }, offs < n);
}
// ANCHOR_END: signature

#[test]
fn a_signature_with_const_generics_and_scalars() -> Result {
    let dev = Device::interpreter();
    let n = 100;
    let x = f32s(&mut rng(1), n, -2.0, 2.0);
    for causal in [false, true] {
        let xd = dev.upload(&x)?;
        if causal {
            name::<32, true>::launch(&dev, Grid::x(4), &xd, n as i32, 1.5)?;
        } else {
            name::<32, false>::launch(&dev, Grid::x(4), &xd, n as i32, 1.5)?;
        }
        let want: Vec<f32> = x
            .iter()
            .map(|v| if causal { (v * 1.5).max(0.0) } else { v * 1.5 })
            .collect();
        assert_eq!(xd.to_vec()?, want, "CAUSAL = {causal}");
    }
    Ok(())
}

// ---- language.md: Generic kernels, Constants chosen at run time -------------------------------

/// A row-wise softmax of f16 values, computed in f32, against an f64 reference: within an
/// f16 rounding of the result.
fn check_softmax(got: &[f16], x: &[f16], cols: usize) {
    for (row, (g, x)) in got.chunks(cols).zip(x.chunks(cols)).enumerate() {
        let v: Vec<f64> = x.iter().map(|v| f64::from(v.to_f32())).collect();
        let m = v.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let s: f64 = v.iter().map(|v| (v - m).exp()).sum();
        for (j, (g, v)) in g.iter().zip(&v).enumerate() {
            let want = (v - m).exp() / s;
            let g = f64::from(g.to_f32());
            assert!(
                (g - want).abs() <= 1e-3 * want + 1e-6,
                "({row}, {j}): got {g}, want {want}"
            );
        }
    }
}

#[test]
#[rustfmt::skip]
fn a_generic_softmax_launched_by_type_and_by_configuration() -> Result {
    let dev = Device::interpreter();
    let (rows, cols) = (3u32, 700i32);
    let data = f16s(2, rows as usize * cols as usize, -4.0, 4.0);
    let x = dev.upload(&data)?;
    let out = dev.alloc::<f16>(data.len())?;

    // ANCHOR: generic_softmax
    #[kernel]
    fn softmax<T: Float, const BLOCK: usize>(out: Ptr<T>, x: Ptr<T>, n_cols: i32) {
        let row = program_id(0);
        let cols = arange(0, BLOCK);
        let mask = cols < n_cols;
        // Loaded as T, computed in f32, stored as T.
        let v = load(x + row * n_cols + cols, mask, T::NEG_INFINITY) as f32;
        let num = exp(v - max(v, 0));
        store(out + row * n_cols + cols, (num / sum(num, 0)) as T, mask);
    }

    softmax::<f16, 1024>::launch(&dev, Grid::x(rows), &out, &x, cols)?; // out, x: Buffer<f16>
    // ANCHOR_END: generic_softmax
    check_softmax(&out.to_vec()?, &data, cols as usize);

    let out = dev.alloc::<f16>(data.len())?;
    // ANCHOR: softmax_config
    // The smallest power of two that holds a row, within the device's tile limit.
    let block = dev.limits().block_size((cols as u64).next_power_of_two(), 1) as usize;
    softmax_config::<f16>::new(block).launch(&dev, Grid::x(rows), &out, &x, cols)?;
    // ANCHOR_END: softmax_config
    assert_eq!(block, 1024);
    check_softmax(&out.to_vec()?, &data, cols as usize);
    Ok(())
}

// ---- language.md: Device functions -----------------------------------------------------------

// ANCHOR: device_functions
/// GELU (tanh approximation) for any float dtype, on a tile of any length.
#[kernel_fn]
pub fn gelu<T: Float, const N: usize>(x: Tile<T, N>) -> Tile<T, N> {
    let v = x as f32;
    (0.5 * v * (1.0 + tanh(0.7978845608 * (v + 0.044715 * v * v * v)))) as T
}

#[kernel]
fn bias_gelu<const B: usize>(x: Ptr<f32>, bias: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(
        out + offs,
        gelu(load(x + offs, m, 0.0) + load(bias + offs, m, 0.0)),
        m,
    );
}
// ANCHOR_END: device_functions

#[test]
fn a_device_function_called_from_a_kernel() -> Result {
    let dev = Device::interpreter();
    let n = 150;
    let mut r = rng(3);
    let (x, bias) = (f32s(&mut r, n, -3.0, 3.0), f32s(&mut r, n, -1.0, 1.0));
    let out = dev.alloc::<f32>(n)?;
    let (xd, bd) = (dev.upload(&x)?, dev.upload(&bias)?);
    bias_gelu::<64>::launch(&dev, Grid::x(3), &xd, &bd, &out, n as i32)?;
    let want: Vec<f32> = x
        .iter()
        .zip(&bias)
        .map(|(x, b)| {
            let v = f64::from(x + b);
            (0.5 * v * (1.0 + (0.7978845608 * (v + 0.044715 * v * v * v)).tanh())) as f32
        })
        .collect();
    assert_close(&out.to_vec()?, &want, 1e-6, 1e-5);
    Ok(())
}

// ---- language.md: Custom combines ------------------------------------------------------------

#[rustfmt::skip]
#[kernel]
fn combine_closures<const R: usize, const C: usize>(
    src: Ptr<f32>,
    row_max: Ptr<f32>,
    out: Ptr<f32>,
) {
    let r = arange(0, R);
    let offs = r[(.., None)] * C + arange(0, C)[(None, ..)];
    let x = load(src + offs);
    // ANCHOR: combine_closures
    let m = reduce(x, 1, |a, b| maximum(a, b));               // a row max
    let ema = associative_scan(x, 1, |a, b| a * 0.5 + b);      // an exponential moving sum
    let peak = associative_scan(x, 0, |a, b| if b > a { b } else { a });
    // ANCHOR_END: combine_closures
    store(row_max + r, m);
    store(out + offs, ema);
    store(out + R * C + offs, peak);
}

#[test]
fn closures_fold_and_scan_in_ascending_order() -> Result {
    const R: usize = 4;
    const C: usize = 16;
    let dev = Device::interpreter();
    let x = f32s(&mut rng(4), R * C, -2.0, 2.0);
    let (row_max, out) = (dev.alloc::<f32>(R)?, dev.alloc::<f32>(2 * R * C)?);
    combine_closures::<R, C>::launch(&dev, Grid::x(1), &dev.upload(&x)?, &row_max, &out)?;
    let (row_max, out) = (row_max.to_vec()?, out.to_vec()?);
    for row in 0..R {
        let line = &x[row * C..(row + 1) * C];
        assert_eq!(row_max[row], line.iter().cloned().fold(f32::MIN, f32::max));
        let mut acc = line[0];
        for col in 0..C {
            if col > 0 {
                acc = acc * 0.5 + line[col];
            }
            assert_eq!(out[row * C + col], acc, "ema at ({row}, {col})");
        }
    }
    for col in 0..C {
        let mut acc = x[col];
        for row in 0..R {
            acc = acc.max(x[row * C + col]);
            assert_eq!(out[R * C + row * C + col], acc, "peak at ({row}, {col})");
        }
    }
    Ok(())
}

// ANCHOR: argmax_combine
#[kernel_fn]
fn argmax_combine<T: Num>(av: T, ai: i32, bv: T, bi: i32) -> (T, i32) {
    let left = av > bv || (av == bv && ai < bi);
    (select(left, av, bv), select(left, ai, bi))
}
// ANCHOR_END: argmax_combine

#[kernel]
fn tuple_folds<const R: usize, const C: usize>(
    xs: Ptr<i32>,
    vs: Ptr<f32>,
    best_out: Ptr<i32>,
    at_out: Ptr<i32>,
    p_out: Ptr<f32>,
    negatives_out: Ptr<i32>,
) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let offs = rows[(.., None)] * C + cols[(None, ..)];
    let (x, v) = (load(xs + offs), load(vs + offs));
    let n = select(v < 0.0, 1, 0);
    // ANCHOR: tuple_reduce
    let idx = broadcast_to(cols[(None, ..)], [R, C]);
    let (best, at) = reduce((x, idx), 1, argmax_combine);
    let (p, negatives) = reduce((v, n), 0, |(pa, na), (pb, nb)| (pa * pb, na + nb));
    // ANCHOR_END: tuple_reduce
    store(best_out + rows, best);
    store(at_out + rows, at);
    store(p_out + cols, p);
    store(negatives_out + cols, negatives);
}

#[test]
fn tuples_fold_together_with_ties_to_the_lower_index() -> Result {
    const R: usize = 8;
    const C: usize = 16;
    let dev = Device::interpreter();
    let mut r = rng(5);
    // Few distinct values, so most rows hold ties for their maximum.
    let x = i32s(&mut r, R * C, -3, 4);
    let v: Vec<f32> = f32s(&mut r, R * C, 0.5, 1.5)
        .into_iter()
        .enumerate()
        .map(|(i, v)| if i % 3 == 0 { -v } else { v })
        .collect();
    let (best, at) = (dev.alloc::<i32>(R)?, dev.alloc::<i32>(R)?);
    let (p, negatives) = (dev.alloc::<f32>(C)?, dev.alloc::<i32>(C)?);
    let (xd, vd) = (dev.upload(&x)?, dev.upload(&v)?);
    tuple_folds::<R, C>::launch(&dev, Grid::x(1), &xd, &vd, &best, &at, &p, &negatives)?;
    let (best, at) = (best.to_vec()?, at.to_vec()?);
    let mut ties = 0;
    for row in 0..R {
        let line = &x[row * C..(row + 1) * C];
        let m = *line.iter().max().unwrap();
        ties += usize::from(line.iter().filter(|v| **v == m).count() > 1);
        assert_eq!(best[row], m, "row {row}");
        let first = line.iter().position(|v| *v == m).unwrap();
        assert_eq!(at[row], first as i32, "row {row}: {line:?}");
    }
    assert!(ties > 0, "the input has no ties to break");
    let (p, negatives) = (p.to_vec()?, negatives.to_vec()?);
    for col in 0..C {
        // Folded in ascending row order, as the kernel folds.
        let want = (1..R).fold(v[col], |acc, row| acc * v[row * C + col]);
        assert_eq!(p[col], want, "product of column {col}");
        let count = (0..R).filter(|row| v[row * C + col] < 0.0).count();
        assert_eq!(negatives[col], count as i32, "negatives of column {col}");
    }
    Ok(())
}

// ---- language.md: Compiler hints -------------------------------------------------------------

#[rustfmt::skip]
#[kernel]
fn hinted_copy<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, off: i32, n: i32) {
    // ANCHOR: hints
    assume(n > 0 && off >= 0, "n and off are positive");
    let start = multiple_of(off, 4);                      // off % 4 == 0
    let offs = max_contiguous(multiple_of(program_id(0) * B + arange(0, B), B), B);
    store(out + offs, load(x + start + offs, offs < n, 0.0), offs < n);
    // ANCHOR_END: hints
}

#[test]
fn hints_keep_results_and_false_ones_fail() -> Result {
    const B: usize = 64;
    let dev = Device::interpreter();
    let x = f32s(&mut rng(6), 4 * B + 16, -2.0, 2.0);
    let xd = dev.upload(&x)?;
    let n = 3 * B + 5;
    let out = dev.upload(&vec![-9.0f32; 4 * B])?;
    hinted_copy::<B>::launch(&dev, Grid::x(4), &xd, &out, 8, n as i32)?;
    let mut want = vec![-9.0f32; 4 * B];
    want[..n].copy_from_slice(&x[8..8 + n]);
    assert_eq!(out.to_vec()?, want);
    // The interpreter checks every hint.
    for (off, n, message) in [
        (6, n as i32, "`multiple_of(4)` does not hold"),
        (8, 0, "n and off are positive"),
    ] {
        let e = hinted_copy::<B>::launch(&dev, Grid::x(4), &xd, &out, off, n)
            .expect_err("a false hint fails the launch");
        assert!(e.to_string().contains(message), "{e}");
    }
    Ok(())
}

// ---- language.md: Atomic orders and scopes ---------------------------------------------------

/// Every program adds one to a shared tile under a spin lock, and counts itself in an element
/// of its own.
#[rustfmt::skip]
#[kernel]
fn locked_increment<const B: usize>(data: Ptr<f32>, lock: Ptr<i32>, counts: Ptr<i32>) {
    let offs = arange(0, B);
    let count = counts + program_id(0);
    // ANCHOR: atomic_orders
    while atomic_cas(lock, 0, 1, Ordering::Acquire) == 1 {}   // take the lock
    store(data + offs, load(data + offs) + 1.0);
    atomic_xchg(lock, 0, Ordering::Release);                    // give it back
    atomic_add(count, 1, Ordering::Relaxed, Scope::Cta);        // a count only this program's lanes share
    // ANCHOR_END: atomic_orders
}

#[test]
fn a_lock_with_acquire_and_release_orders() -> Result {
    const B: usize = 32;
    let programs = 40;
    let dev = Device::interpreter();
    let x = f32s(&mut rng(7), B, -10.0, 10.0);
    let data = dev.upload(&x)?;
    let lock = dev.upload(&[0i32])?;
    let counts = dev.upload(&vec![0i32; programs])?;
    locked_increment::<B>::launch(&dev, Grid::x(programs as u32), &data, &lock, &counts)?;
    let want: Vec<f32> = x
        .iter()
        .map(|v| (0..programs).fold(*v, |acc, _| acc + 1.0))
        .collect();
    assert_eq!(data.to_vec()?, want);
    assert_eq!(lock.to_vec()?, vec![0]);
    assert_eq!(counts.to_vec()?, vec![1; programs]);
    Ok(())
}

// ---- language.md: Matrix products ------------------------------------------------------------

// ANCHOR: matmul_tf32
#[kernel]
fn matmul_tf32<const BM: usize, const BN: usize, const BK: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    c: Ptr<f32>,
) {
    let rm = arange(0, BM);
    let rn = arange(0, BN);
    let rk = arange(0, BK);
    let at = load(a + rm[(.., None)] * BK + rk[(None, ..)]);
    let bt = load(b + rk[(.., None)] * BN + rn[(None, ..)]);
    store(c + rm[(.., None)] * BN + rn[(None, ..)], dot_tf32(at, bt));
}
// ANCHOR_END: matmul_tf32

/// TF32 as `dot_tf32` defines it: round to nearest, ties away from zero, 10 mantissa bits.
fn tf32(x: f32) -> f32 {
    f32::from_bits((x.to_bits() + 0x1000) & 0xffff_e000)
}

#[test]
fn dot_tf32_rounds_its_factors() -> Result {
    const BM: usize = 16;
    const BN: usize = 16;
    const BK: usize = 32;
    let dev = Device::interpreter();
    let mut r = rng(8);
    let (a, b) = (
        f32s(&mut r, BM * BK, -1.0, 1.0),
        f32s(&mut r, BK * BN, -1.0, 1.0),
    );
    let c = dev.alloc::<f32>(BM * BN)?;
    matmul_tf32::<BM, BN, BK>::launch(&dev, Grid::x(1), &dev.upload(&a)?, &dev.upload(&b)?, &c)?;
    let got = c.to_vec()?;
    let mut far_from_f32 = 0;
    for i in 0..BM {
        for j in 0..BN {
            let (mut want, mut exact, mut mag) = (0.0f64, 0.0f64, 0.0f64);
            for p in 0..BK {
                let (x, y) = (a[i * BK + p], b[p * BN + j]);
                want += f64::from(tf32(x)) * f64::from(tf32(y));
                exact += f64::from(x) * f64::from(y);
                mag += (f64::from(tf32(x)) * f64::from(tf32(y))).abs();
            }
            let tol = BK as f64 * f64::from(f32::EPSILON) * mag;
            let g = f64::from(got[i * BN + j]);
            assert!((g - want).abs() <= tol, "({i}, {j}): got {g}, want {want}");
            far_from_f32 += usize::from((g - exact).abs() > tol);
        }
    }
    assert!(far_from_f32 > BM * BN / 2, "the factors were not rounded");
    Ok(())
}

#[rustfmt::skip]
#[kernel]
fn batched_dot<const B: usize, const M: usize, const K: usize, const N: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    c: Ptr<f32>,
) {
    // ANCHOR: batched_dot
    let rb = arange(0, B)[(.., None, None)];
    let rm = arange(0, M)[(None, .., None)];
    let rk = arange(0, K);
    let rn = arange(0, N)[(None, None, ..)];
    let x = load(a + rb * (M * K) + rm * K + rk[(None, None, ..)]); // [B, M, K]
    let y = load(b + rb * (K * N) + rk[(None, .., None)] * N + rn); // [B, K, N]
    store(c + rb * (M * N) + rm * N + rn, dot(x, y));               // [B, M, N]
    // ANCHOR_END: batched_dot
}

#[test]
fn a_batched_dot_multiplies_each_batch() -> Result {
    const B: usize = 3;
    const M: usize = 16;
    const K: usize = 8;
    const N: usize = 16;
    let dev = Device::interpreter();
    let mut r = rng(9);
    let (a, b) = (
        f32s(&mut r, B * M * K, -1.0, 1.0),
        f32s(&mut r, B * K * N, -1.0, 1.0),
    );
    let c = dev.alloc::<f32>(B * M * N)?;
    batched_dot::<B, M, K, N>::launch(&dev, Grid::x(1), &dev.upload(&a)?, &dev.upload(&b)?, &c)?;
    let got = c.to_vec()?;
    for bi in 0..B {
        for i in 0..M {
            for j in 0..N {
                let (mut want, mut mag) = (0.0f64, 0.0f64);
                for p in 0..K {
                    let prod =
                        f64::from(a[(bi * M + i) * K + p]) * f64::from(b[(bi * K + p) * N + j]);
                    want += prod;
                    mag += prod.abs();
                }
                let g = f64::from(got[(bi * M + i) * N + j]);
                let tol = K as f64 * f64::from(f32::EPSILON) * mag;
                assert!(
                    (g - want).abs() <= tol,
                    "({bi}, {i}, {j}): got {g}, want {want}"
                );
            }
        }
    }
    Ok(())
}

// ---- gpus.md: Tuning -------------------------------------------------------------------------

/// `c = a @ b` for row-major f16 `a` (`m x k`) and `b` (`k x n`) into f32 `c`, with
/// `GROUP_M` programs sharing rows of `a` (Triton tutorial 03, `examples/matmul.rs`, with
/// contiguous strides): what the launch-option listings of `gpus.md` launch.
#[kernel]
fn matmul<const BM: usize, const BN: usize, const BK: usize, const GROUP_M: usize>(
    a: Ptr<f16>,
    b: Ptr<f16>,
    c: Ptr<f32>,
    m: i32,
    n: i32,
    k: i32,
) {
    let pid = program_id(0);
    let num_pid_n = cdiv(n, BN);
    let num_pid_in_group = GROUP_M * num_pid_n;
    let first_pid_m = (pid / num_pid_in_group) * GROUP_M;
    let group_size_m = minimum(cdiv(m, BM) - first_pid_m, GROUP_M);
    let pid_m = first_pid_m + (pid % num_pid_in_group) % group_size_m;
    let pid_n = (pid % num_pid_in_group) / group_size_m;
    // Rows and columns past the matrix wrap around (loads stay in bounds, stores are masked).
    let rows = (pid_m * BM + arange(0, BM)) % m;
    let cols = (pid_n * BN + arange(0, BN)) % n;
    let mut acc = zeros::<f32>([BM, BN]);
    for k0 in (0..k).step_by(BK) {
        let ks = k0 + arange(0, BK);
        let a_tile = load(
            a + rows[(.., None)] * k + ks[(None, ..)],
            ks[(None, ..)] < k,
            0.0,
        );
        let b_tile = load(
            b + ks[(.., None)] * n + cols[(None, ..)],
            ks[(.., None)] < k,
            0.0,
        );
        acc = dot(a_tile, b_tile, acc);
    }
    let rows = pid_m * BM + arange(0, BM);
    let cols = pid_n * BN + arange(0, BN);
    let mask = (rows[(.., None)] < m) & (cols[(None, ..)] < n);
    store(c + rows[(.., None)] * n + cols[(None, ..)], acc, mask);
}

/// Checks an f32 `c = a @ b` of f16 factors against an f64 reference.
fn check_matmul(got: &[f32], a: &[f16], b: &[f16], (m, n, k): (usize, usize, usize)) {
    for i in 0..m {
        for j in 0..n {
            let (mut want, mut mag) = (0.0f64, 0.0f64);
            for p in 0..k {
                let prod = f64::from(a[i * k + p].to_f32()) * f64::from(b[p * n + j].to_f32());
                want += prod;
                mag += prod.abs();
            }
            let g = f64::from(got[i * n + j]);
            let tol = k as f64 * f64::from(f32::EPSILON) * mag;
            assert!((g - want).abs() <= tol, "({i}, {j}): got {g}, want {want}");
        }
    }
}

#[test]
fn launch_options_choose_warps_and_stages() -> Result {
    let dev = Device::interpreter();
    let (m, n, k) = (150i32, 72i32, 90i32);
    let (a_host, b_host) = (
        f16s(10, (m * k) as usize, -1.0, 1.0),
        f16s(11, (k * n) as usize, -1.0, 1.0),
    );
    let (a, b) = (dev.upload(&a_host)?, dev.upload(&b_host)?);
    let c = dev.alloc::<f32>((m * n) as usize)?;
    let grid = Grid::x((m as u32).div_ceil(128) * (n as u32).div_ceil(128));
    // ANCHOR: launch_options
    let opts = LaunchOptions::new().num_warps(8).num_stages(3);
    matmul::<128, 128, 32, 8>::launch_with(&dev, grid, &opts, &a, &b, &c, m, n, k)?;
    // ANCHOR_END: launch_options
    check_matmul(
        &c.to_vec()?,
        &a_host,
        &b_host,
        (m as usize, n as usize, k as usize),
    );
    Ok(())
}

/// On the CUDA emulator (an sm_80 with 163 KiB of shared memory per block, where 8 stages of
/// a 128x128x64 f16 matmul do not fit), unchecked as the pipeline needs: the listing runs as
/// it would on a GPU. Skipped where no C++ compiler runs the emulator.
#[cfg(feature = "cuda")]
#[test]
fn the_latest_launch_reports_its_stages() -> Result {
    if !oxtile::cuda::emu::compiler_available() {
        eprintln!("skipped: no C++ compiler for the CUDA emulator");
        return Ok(());
    }
    let backend = oxtile::cuda::emu::EmuBackend::with_arch(80);
    backend.set_checked(false);
    let dev = Device::from(backend.into_device());
    let (m, n, k) = (64i32, 64i32, 192i32);
    let (a_host, b_host) = (
        f16s(12, (m * k) as usize, -1.0, 1.0),
        f16s(13, (k * n) as usize, -1.0, 1.0),
    );
    let (a, b) = (dev.upload(&a_host)?, dev.upload(&b_host)?);
    let c = dev.alloc::<f32>((m * n) as usize)?;
    let grid = Grid::x(1);
    // ANCHOR: last_launch
    let opts = LaunchOptions::new().num_stages(8);
    matmul::<128, 128, 64, 8>::launch_with(&dev, grid, &opts, &a, &b, &c, m, n, k)?;
    let info = oxtile::cuda::last_launch(&dev, "matmul").expect("launched on a CUDA device");
    println!("{} of {} stages", info.stages.chosen, info.stages.requested); // e.g. 4 of 8
    if let Some(why) = info.stages.shortfall {
        println!("{why}"); // the stages need ... bytes of shared memory, more than the ...
    }
    // ANCHOR_END: last_launch
    assert_eq!(info.stages.requested, 8, "{:?}", info.stages);
    assert!((1..8).contains(&info.stages.chosen), "{:?}", info.stages);
    assert!(info.stages.shortfall.is_some(), "{:?}", info.stages);
    check_matmul(
        &c.to_vec()?,
        &a_host,
        &b_host,
        (m as usize, n as usize, k as usize),
    );
    Ok(())
}

// ---- gpus.md: Fast math ----------------------------------------------------------------------

/// Flash attention's forward pass (Triton tutorial 06, `examples/flash_attention.rs`): `q`,
/// `k`, `v` and `o` laid out `[heads, seq, D]`, one program per `BM` query rows of a head.
#[kernel]
fn attention_fwd<const BM: usize, const BN: usize, const D: usize, const CAUSAL: bool>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f32>,
    seq: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let base = program_id(1) * seq * D;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = rows[(.., None)] < seq;
    let q_tile = load(
        q + base + rows[(.., None)] * D + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let mut m_i = full::<f32>([BM], f32::NEG_INFINITY);
    let mut l_i = zeros::<f32>([BM]);
    let mut acc = zeros::<f32>([BM, D]);
    let qk_scale = sm_scale * 1.4426950408889634;
    let hi = if CAUSAL {
        minimum((start_m + 1) * BM, seq)
    } else {
        seq
    };
    for start_n in (0..hi).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = cols[(.., None)] < seq;
        let k_tile = load(
            k + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let visible = (cols[(None, ..)] < seq) & ((rows[(.., None)] >= cols[(None, ..)]) | !CAUSAL);
        let qk = select(
            visible,
            dot(q_tile, trans(k_tile)) * qk_scale,
            f32::NEG_INFINITY,
        );
        let m_new = maximum(m_i, max(qk, 1));
        let p = exp2(qk - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    store(
        o + base + rows[(.., None)] * D + dims[(None, ..)],
        acc / l_i[(.., None)],
        row_ok,
    );
}

#[test]
fn fast_math_is_a_launch_option() -> Result {
    const D: usize = 64;
    let dev = Device::interpreter();
    let (heads, seq) = (2usize, 100usize);
    let len = heads * seq * D;
    let (q_host, k_host, v_host) = (
        f16s(14, len, -1.0, 1.0),
        f16s(15, len, -1.0, 1.0),
        f16s(16, len, -1.0, 1.0),
    );
    let (q, k, v) = (
        dev.upload(&q_host)?,
        dev.upload(&k_host)?,
        dev.upload(&v_host)?,
    );
    let o = dev.alloc::<f32>(len)?;
    let grid = Grid::xy(seq.div_ceil(128) as u32, heads as u32);
    let (seq, scale) = (seq as i32, 1.0 / (D as f32).sqrt());
    // ANCHOR: fast_math
    let opts = LaunchOptions::new().num_warps(8).fast_math(true);
    attention_fwd::<128, 64, 64, true>::launch_with(&dev, grid, &opts, &q, &k, &v, &o, seq, scale)?;
    // ANCHOR_END: fast_math
    // Causal attention in f64 on the same f16 inputs. The kernel rounds `p` to f16 before
    // its second product: within a few f16 roundings of the result.
    let got = o.to_vec()?;
    let at = |x: &[f16], h: usize, i: usize, d: usize| {
        f64::from(x[(h * seq as usize + i) * D + d].to_f32())
    };
    for h in 0..heads {
        for i in 0..seq as usize {
            let s: Vec<f64> = (0..=i)
                .map(|j| {
                    (0..D)
                        .map(|d| at(&q_host, h, i, d) * at(&k_host, h, j, d))
                        .sum::<f64>()
                        * f64::from(scale)
                })
                .collect();
            let m = s.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let w: Vec<f64> = s.iter().map(|s| (s - m).exp()).collect();
            let total: f64 = w.iter().sum();
            for d in 0..D {
                let want = (0..=i).map(|j| w[j] * at(&v_host, h, j, d)).sum::<f64>() / total;
                let g = f64::from(got[(h * seq as usize + i) * D + d]);
                assert!(
                    (g - want).abs() <= 2e-3,
                    "head {h}, ({i}, {d}): got {g}, want {want}"
                );
            }
        }
    }
    Ok(())
}

// ---- gpus.md: Checked mode -------------------------------------------------------------------

/// Compiled only (`--features cuda,wgpu`), never called: each line needs a device of its
/// backend, a CUDA GPU for the first and a wgpu adapter for the second.
#[cfg(all(feature = "cuda", feature = "wgpu"))]
#[allow(dead_code)]
#[rustfmt::skip]
fn checked_mode_per_device(dev: Device) {
    // ANCHOR: set_checked
    oxtile::cuda::interop::backend(&dev).unwrap().set_checked(true); // a CUDA device
    oxtile::wgpu::backend(&dev).unwrap().set_checked(true);          // a wgpu device
    // ANCHOR_END: set_checked
}
