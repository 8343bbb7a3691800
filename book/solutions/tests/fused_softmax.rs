//! Solutions to the exercises of the book's "Fused softmax" chapter
//! (`book/src/fused-softmax.md`).
//!
//! Run them with `cargo test -p oxtile-book-solutions --test fused_softmax`.

use oxtile::prelude::*;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// `n` uniform values in `[lo, hi)`.
fn uniform(rng: &mut StdRng, n: usize, lo: f32, hi: f32) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// Panics at the first element of `got` further than `atol + rtol * |want|` from `want`.
fn assert_close(got: &[f32], want: &[f32], atol: f32, rtol: f32) {
    assert_eq!(got.len(), want.len(), "result length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        // Written so that a NaN fails.
        let ok = (g - w).abs() <= atol + rtol * w.abs();
        assert!(ok, "element {i}: got {g}, want {w}");
    }
}

/// Softmax of each row of a `rows x cols` matrix, in f64, of the columns `keep(row, col)`
/// allows; the others are 0.
fn softmax_ref(
    x: &[f32],
    rows: usize,
    cols: usize,
    keep: impl Fn(usize, usize) -> bool,
) -> Vec<f32> {
    let mut out = vec![0.0f32; rows * cols];
    for r in 0..rows {
        let row = &x[r * cols..(r + 1) * cols];
        let m = (0..cols)
            .filter(|&c| keep(r, c))
            .map(|c| row[c] as f64)
            .fold(f64::NEG_INFINITY, f64::max);
        let s: f64 = (0..cols)
            .filter(|&c| keep(r, c))
            .map(|c| (row[c] as f64 - m).exp())
            .sum();
        for c in (0..cols).filter(|&c| keep(r, c)) {
            out[r * cols + c] = ((row[c] as f64 - m).exp() / s) as f32;
        }
    }
    out
}

// Exercise 1: softmax as three kernels, each a round trip through memory.
//
// Elements moved for an `M x N` matrix:
//
// | kernel         | reads    | writes   |
// |----------------|----------|----------|
// | `row_max`      | MN       | M        |
// | `exp_and_sum`  | MN + M   | MN + M   |
// | `divide_rows`  | MN + M   | MN       |
//
// 3MN + 2M read and 2MN + 2M written, 5MN + 4M in all, against the fused kernel's 2MN
// (each element read once and written once): 2.5 times the traffic for a large matrix.

/// `m[row] = max(x[row, :])`.
#[kernel]
fn row_max<const BLOCK: usize>(x: Ptr<f32>, m: Ptr<f32>, n_cols: i32) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let v = load(x + row * n_cols + cols, cols < n_cols, f32::NEG_INFINITY);
    store(m + row, max(v, 0));
}

/// `e[row, :] = exp(x[row, :] - m[row])` and `s[row] = sum(e[row, :])`.
#[kernel]
fn exp_and_sum<const BLOCK: usize>(
    x: Ptr<f32>,
    m: Ptr<f32>,
    e: Ptr<f32>,
    s: Ptr<f32>,
    n_cols: i32,
) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n_cols;
    let v = load(x + row * n_cols + cols, mask, f32::NEG_INFINITY);
    let num = exp(v - load(m + row));
    store(e + row * n_cols + cols, num, mask);
    store(s + row, sum(num, 0));
}

/// `y[row, :] = e[row, :] / s[row]`.
#[kernel]
fn divide_rows<const BLOCK: usize>(e: Ptr<f32>, s: Ptr<f32>, y: Ptr<f32>, n_cols: i32) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n_cols;
    let num = load(e + row * n_cols + cols, mask, 0.0);
    store(y + row * n_cols + cols, num / load(s + row), mask);
}

/// The three kernels in order; the intermediates `m`, `e` and `s` live in device memory
/// between them.
fn softmax_unfused(dev: &Device, x: &Buffer<f32>, rows: usize, cols: usize) -> Vec<f32> {
    const BLOCK: usize = 128;
    assert!(cols <= BLOCK, "one block holds a row");
    let grid = Grid::x(rows as u32);
    let m = dev.alloc::<f32>(rows).unwrap();
    let e = dev.alloc::<f32>(rows * cols).unwrap();
    let s = dev.alloc::<f32>(rows).unwrap();
    let y = dev.alloc::<f32>(rows * cols).unwrap();
    row_max::<BLOCK>::launch(dev, grid, x, &m, cols as i32).unwrap();
    exp_and_sum::<BLOCK>::launch(dev, grid, x, &m, &e, &s, cols as i32).unwrap();
    divide_rows::<BLOCK>::launch(dev, grid, &e, &s, &y, cols as i32).unwrap();
    y.to_vec().unwrap()
}

#[test]
fn softmax_unfused_matches_the_reference() {
    let mut rng = StdRng::seed_from_u64(21);
    // 100 columns in a block of 128: 28 padding lanes in every row.
    let (rows, cols) = (37, 100);
    let x = uniform(&mut rng, rows * cols, -4.0, 4.0);
    let dev = Device::default().unwrap();
    let xd = dev.upload(&x).unwrap();
    let got = softmax_unfused(&dev, &xd, rows, cols);
    // f32 exponentials and a sum of 100 terms: a few f32 roundings of each value.
    assert_close(&got, &softmax_ref(&x, rows, cols, |_, _| true), 1e-7, 1e-5);
}

// Exercise 2: causal softmax, row `r` over columns `0..=r` only (attention's mask).

#[kernel]
fn causal_softmax<const BLOCK: usize>(out: Ptr<f32>, x: Ptr<f32>, n_rows: i32, n_cols: i32) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let cols = arange(0, BLOCK);
        let in_row = cols < n_cols;
        // Masked like the padding: -inf loses the max and adds exp(-inf) = 0 to the sum. Every
        // row keeps column 0, so no row is all -inf: in such a row the max would be -inf,
        // `v - max` would be -inf - -inf = NaN, and the whole row would be NaN.
        let v = load(
            x + row * n_cols + cols,
            in_row & (cols <= row),
            f32::NEG_INFINITY,
        );
        let num = exp(v - max(v, 0));
        // The columns after the diagonal are stored too, as 0.
        store(out + row * n_cols + cols, num / sum(num, 0), in_row);
    }
}

#[test]
fn causal_softmax_matches_the_reference() {
    let mut rng = StdRng::seed_from_u64(22);
    // More rows than columns: the last rows keep every column.
    let (rows, cols) = (53, 41);
    let x = uniform(&mut rng, rows * cols, -4.0, 4.0);
    let dev = Device::default().unwrap();
    let xd = dev.upload(&x).unwrap();
    // NaN first, so an element the kernel leaves unwritten fails the check.
    let out = dev.upload(&vec![f32::NAN; rows * cols]).unwrap();
    causal_softmax::<64>::launch(&dev, Grid::x(8), &out, &xd, rows as i32, cols as i32).unwrap();
    let want = softmax_ref(&x, rows, cols, |r, c| c <= r);
    assert_close(&out.to_vec().unwrap(), &want, 1e-7, 1e-5);
}
