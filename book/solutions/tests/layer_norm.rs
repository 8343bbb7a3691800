//! Solutions to the exercises of the book's chapter "Layer norm" (`book/src/layer-norm.md`):
//! an RMSNorm forward, a layer norm forward for rows longer than a block, and a backward
//! whose weight and bias gradients need no lock (the same bits on every run).
//!
//! Run them with `cargo test -p oxtile-book-solutions --test layer_norm`.

use oxtile::prelude::*;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// A test's result: launches and copies use `?`, as a host function would.
type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

// ---------------------------------------------------------------------------------------
// Exercise 1: RMSNorm forward, `y = x * rsqrt(mean(x^2) + eps) * w`, and the row's rstd.

/// One row per program, the row in one block (`BLOCK >= n`). RMSNorm has no mean and no
/// bias: the row is scaled by the reciprocal of its root mean square.
#[kernel]
fn rms_norm_fwd<const BLOCK: usize>(
    x: Ptr<f32>,
    y: Ptr<f32>,
    w: Ptr<f32>,
    rstd: Ptr<f32>,
    stride: i32,
    n: i32,
    eps: f32,
) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n;
    // The masked lanes load 0.0, so they add nothing to the sum of squares.
    let xv = load(x + row * stride + cols, mask, 0.0);
    let rs = rsqrt(sum(xv * xv, 0) / (n as f32) + eps);
    store(rstd + row, rs);
    let wv = load(w + cols, mask, 0.0);
    store(y + row * stride + cols, xv * rs * wv, mask);
}

// ---------------------------------------------------------------------------------------
// Exercise 2: the layer norm forward for rows of any length, in chunks of BLOCK columns.

/// Three loops over the row's chunks: the mean, the variance of `x - mean`, then the
/// normalized, scaled and shifted output. The second and third read the row again.
#[kernel]
fn layer_norm_fwd_looped<const BLOCK: usize>(
    x: Ptr<f32>,
    y: Ptr<f32>,
    w: Ptr<f32>,
    b: Ptr<f32>,
    mean: Ptr<f32>,
    rstd: Ptr<f32>,
    stride: i32,
    n: i32,
    eps: f32,
) {
    let row = program_id(0);
    let xr = x + row * stride;
    let mut acc = zeros::<f32>([BLOCK]);
    for off in (0..n).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        acc += load(xr + cols, cols < n, 0.0);
    }
    let mu = sum(acc, 0) / (n as f32);
    let mut acc_sq = zeros::<f32>([BLOCK]);
    for off in (0..n).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        let mask = cols < n;
        // Masked lanes would be `0 - mu`: zero them before squaring.
        let diff = select(mask, load(xr + cols, mask, 0.0) - mu, 0.0);
        acc_sq += diff * diff;
    }
    let rs = rsqrt(sum(acc_sq, 0) / (n as f32) + eps);
    store(mean + row, mu);
    store(rstd + row, rs);
    for off in (0..n).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        let mask = cols < n;
        let xv = load(xr + cols, mask, 0.0);
        let wv = load(w + cols, mask, 0.0);
        let bv = load(b + cols, mask, 0.0);
        store(y + row * stride + cols, (xv - mu) * rs * wv + bv, mask);
    }
}

// ---------------------------------------------------------------------------------------
// Exercise 3: the backward without locks: one partial row per program, summed in order.

/// `dx` of rows `pid * rows_per_program ..` (at most `rows_per_program` of them), and this
/// program's own row of partial sums of `dy * xhat` and `dy`, kept in registers across its
/// rows and stored once. No other program writes that row, so no lock is needed.
#[kernel]
fn layer_norm_bwd_dx_nolock<const BLOCK: usize>(
    dx: Ptr<f32>,
    dy: Ptr<f32>,
    dw_partial: Ptr<f32>,
    db_partial: Ptr<f32>,
    x: Ptr<f32>,
    w: Ptr<f32>,
    mean: Ptr<f32>,
    rstd: Ptr<f32>,
    stride: i32,
    m: i32,
    n: i32,
    rows_per_program: i32,
) {
    let pid = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n;
    let wv = load(w + cols, mask, 0.0);
    let first = pid * rows_per_program;
    let last = minimum(first + rows_per_program, m);
    let mut pdw = zeros::<f32>([BLOCK]);
    let mut pdb = zeros::<f32>([BLOCK]);
    for row in first..last {
        let xv = load(x + row * stride + cols, mask, 0.0);
        let dyv = load(dy + row * stride + cols, mask, 0.0);
        let mu = load(mean + row);
        let rs = load(rstd + row);
        let xhat = select(mask, (xv - mu) * rs, 0.0);
        let wdy = select(mask, wv * dyv, 0.0);
        let c1 = sum(xhat * wdy, 0) / (n as f32);
        let c2 = sum(wdy, 0) / (n as f32);
        store(
            dx + row * stride + cols,
            (wdy - (xhat * c1 + c2)) * rs,
            mask,
        );
        pdw += dyv * xhat;
        pdb += dyv;
    }
    store(dw_partial + pid * n + cols, pdw, mask);
    store(db_partial + pid * n + cols, pdb, mask);
}

/// The example's second kernel: each program sums the `m` partial rows of `BN` columns.
#[kernel]
fn layer_norm_bwd_dwdb<const BM: usize, const BN: usize>(
    dw_partial: Ptr<f32>,
    db_partial: Ptr<f32>,
    dw: Ptr<f32>,
    db: Ptr<f32>,
    m: i32,
    n: i32,
) {
    let cols = program_id(0) * BN + arange(0, BN);
    let mut dw_acc = zeros::<f32>([BM, BN]);
    let mut db_acc = zeros::<f32>([BM, BN]);
    for i in (0..m).step_by(BM) {
        let rows = i + arange(0, BM);
        let mask = (rows[(.., None)] < m) & (cols[(None, ..)] < n);
        let offs = rows[(.., None)] * n + cols[(None, ..)];
        dw_acc += load(dw_partial + offs, mask, 0.0);
        db_acc += load(db_partial + offs, mask, 0.0);
    }
    store(dw + cols, sum(dw_acc, 0), cols < n);
    store(db + cols, sum(db_acc, 0), cols < n);
}

// ---------------------------------------------------------------------------------------
// Host side: inputs, f64 references, checks.

fn uniform(rng: &mut StdRng, len: usize, lo: f32, hi: f32) -> Vec<f32> {
    (0..len).map(|_| rng.random_range(lo..hi)).collect()
}

/// Fails, naming the output and the first element out of tolerance, unless every element
/// is within `atol + rtol * |want|` (a NaN fails).
fn assert_close(what: &str, got: &[f32], want: &[f64], atol: f64, rtol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let err = (*g as f64 - w).abs();
        assert!(
            err <= atol + rtol * w.abs(),
            "{what}[{i}]: got {g}, want {w} (error {err:.3e})"
        );
    }
}

/// Mean and reciprocal standard deviation of each row, in f64.
fn stats(x: &[f32], rows: usize, n: usize, eps: f32) -> Vec<(f64, f64)> {
    (0..rows)
        .map(|r| {
            let xr = &x[r * n..(r + 1) * n];
            let mu = xr.iter().map(|v| *v as f64).sum::<f64>() / n as f64;
            let var = xr.iter().map(|v| (*v as f64 - mu).powi(2)).sum::<f64>() / n as f64;
            (mu, 1.0 / (var + eps as f64).sqrt())
        })
        .collect()
}

#[test]
fn rms_norm_forward_matches_reference() -> Result {
    // 300 columns in a block of 512: the last 212 lanes are masked.
    let (rows, n, eps) = (37usize, 300usize, 1e-5f32);
    let mut rng = StdRng::seed_from_u64(51);
    let x = uniform(&mut rng, rows * n, -2.0, 2.0);
    let w = uniform(&mut rng, n, 0.5, 1.5);
    let dev = Device::default()?;
    let (xd, wd) = (dev.upload(&x)?, dev.upload(&w)?);
    let (yd, rstdd) = (dev.alloc::<f32>(rows * n)?, dev.alloc::<f32>(rows)?);
    rms_norm_fwd::<512>::launch(
        &dev,
        Grid::x(rows as u32),
        &xd,
        &yd,
        &wd,
        &rstdd,
        n as i32,
        n as i32,
        eps,
    )?;
    let (mut y_ref, mut rstd_ref) = (vec![0.0f64; rows * n], vec![0.0f64; rows]);
    for r in 0..rows {
        let xr = &x[r * n..(r + 1) * n];
        let ms = xr.iter().map(|v| (*v as f64).powi(2)).sum::<f64>() / n as f64;
        rstd_ref[r] = 1.0 / (ms + eps as f64).sqrt();
        for c in 0..n {
            y_ref[r * n + c] = xr[c] as f64 * rstd_ref[r] * w[c] as f64;
        }
    }
    // f32 arithmetic on values of order 1: a few f32 roundoffs (6e-8) per operation.
    assert_close("rstd", &rstdd.to_vec()?, &rstd_ref, 1e-6, 1e-5);
    assert_close("y", &yd.to_vec()?, &y_ref, 1e-5, 1e-5);
    Ok(())
}

#[test]
fn looped_layer_norm_forward_matches_reference() -> Result {
    // 300 columns in chunks of 128: two whole chunks and a ragged one of 44.
    let (rows, n, eps) = (29usize, 300usize, 1e-5f32);
    let mut rng = StdRng::seed_from_u64(52);
    // Rows far from zero-mean, so that a wrong mean shows in the output.
    let x = uniform(&mut rng, rows * n, 1.0, 5.0);
    let w = uniform(&mut rng, n, 0.5, 1.5);
    let b = uniform(&mut rng, n, -0.5, 0.5);
    let dev = Device::default()?;
    let (xd, wd, bd) = (dev.upload(&x)?, dev.upload(&w)?, dev.upload(&b)?);
    let yd = dev.alloc::<f32>(rows * n)?;
    let (meand, rstdd) = (dev.alloc::<f32>(rows)?, dev.alloc::<f32>(rows)?);
    layer_norm_fwd_looped::<128>::launch(
        &dev,
        Grid::x(rows as u32),
        &xd,
        &yd,
        &wd,
        &bd,
        &meand,
        &rstdd,
        n as i32,
        n as i32,
        eps,
    )?;
    let st = stats(&x, rows, n, eps);
    let mut y_ref = vec![0.0f64; rows * n];
    for r in 0..rows {
        let (mu, rs) = st[r];
        for c in 0..n {
            y_ref[r * n + c] = (x[r * n + c] as f64 - mu) * rs * w[c] as f64 + b[c] as f64;
        }
    }
    let mean_ref: Vec<f64> = st.iter().map(|s| s.0).collect();
    let rstd_ref: Vec<f64> = st.iter().map(|s| s.1).collect();
    assert_close("mean", &meand.to_vec()?, &mean_ref, 1e-5, 1e-5);
    assert_close("rstd", &rstdd.to_vec()?, &rstd_ref, 1e-5, 1e-5);
    assert_close("y", &yd.to_vec()?, &y_ref, 1e-5, 1e-4);
    Ok(())
}

#[test]
fn lock_free_backward_matches_reference_and_repeats() -> Result {
    // 37 rows, 5 per program: 8 programs, the last with 2 rows. 300 columns in a block of 512.
    let (rows, n, eps) = (37usize, 300usize, 1e-5f32);
    const ROWS_PER_PROGRAM: usize = 5;
    let programs = rows.div_ceil(ROWS_PER_PROGRAM);
    let mut rng = StdRng::seed_from_u64(53);
    let x = uniform(&mut rng, rows * n, -2.0, 2.0);
    let w = uniform(&mut rng, n, 0.5, 1.5);
    let b = uniform(&mut rng, n, -0.5, 0.5);
    let dy = uniform(&mut rng, rows * n, -1.0, 1.0);
    let dev = Device::default()?;
    let (xd, wd, bd, dyd) = (
        dev.upload(&x)?,
        dev.upload(&w)?,
        dev.upload(&b)?,
        dev.upload(&dy)?,
    );
    // The forward of exercise 2 saves the statistics the backward reads.
    let yd = dev.alloc::<f32>(rows * n)?;
    let (meand, rstdd) = (dev.alloc::<f32>(rows)?, dev.alloc::<f32>(rows)?);
    layer_norm_fwd_looped::<128>::launch(
        &dev,
        Grid::x(rows as u32),
        &xd,
        &yd,
        &wd,
        &bd,
        &meand,
        &rstdd,
        n as i32,
        n as i32,
        eps,
    )?;

    let backward = || -> Result<(Vec<f32>, Vec<f32>, Vec<f32>)> {
        let dxd = dev.alloc::<f32>(rows * n)?;
        // Filled with NaN: every element the sums read must have been written by a program.
        let dw_partial = dev.full(programs * n, f32::NAN)?;
        let db_partial = dev.full(programs * n, f32::NAN)?;
        layer_norm_bwd_dx_nolock::<512>::launch(
            &dev,
            Grid::x(programs as u32),
            &dxd,
            &dyd,
            &dw_partial,
            &db_partial,
            &xd,
            &wd,
            &meand,
            &rstdd,
            n as i32,
            rows as i32,
            n as i32,
            ROWS_PER_PROGRAM as i32,
        )?;
        let (dwd, dbd) = (dev.alloc::<f32>(n)?, dev.alloc::<f32>(n)?);
        const BN: usize = 64;
        layer_norm_bwd_dwdb::<4, BN>::launch(
            &dev,
            Grid::x(n.div_ceil(BN) as u32),
            &dw_partial,
            &db_partial,
            &dwd,
            &dbd,
            programs as i32,
            n as i32,
        )?;
        Ok((dxd.to_vec()?, dwd.to_vec()?, dbd.to_vec()?))
    };
    let (dx, dw, db) = backward()?;

    let st = stats(&x, rows, n, eps);
    let mut dx_ref = vec![0.0f64; rows * n];
    let (mut dw_ref, mut db_ref) = (vec![0.0f64; n], vec![0.0f64; n]);
    for r in 0..rows {
        let (mu, rs) = st[r];
        let xhat: Vec<f64> = (0..n).map(|c| (x[r * n + c] as f64 - mu) * rs).collect();
        let wdy: Vec<f64> = (0..n).map(|c| w[c] as f64 * dy[r * n + c] as f64).collect();
        let c1 = xhat.iter().zip(&wdy).map(|(a, b)| a * b).sum::<f64>() / n as f64;
        let c2 = wdy.iter().sum::<f64>() / n as f64;
        for c in 0..n {
            dx_ref[r * n + c] = (wdy[c] - (xhat[c] * c1 + c2)) * rs;
            dw_ref[c] += dy[r * n + c] as f64 * xhat[c];
            db_ref[c] += dy[r * n + c] as f64;
        }
    }
    assert_close("dx", &dx, &dx_ref, 1e-5, 1e-4);
    // Sums of 37 terms of order 1: a few f32 roundoffs of the sum of their magnitudes.
    assert_close("dw", &dw, &dw_ref, 2e-5, 1e-5);
    assert_close("db", &db, &db_ref, 2e-5, 1e-5);

    // Each partial row is one program's, added in row order, and the second kernel adds
    // them in program order: a second run gives the same bits, however the programs ran.
    let (dx2, dw2, db2) = backward()?;
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<u32>>();
    assert_eq!(bits(&dx), bits(&dx2), "dx differs between runs");
    assert_eq!(bits(&dw), bits(&dw2), "dw differs between runs");
    assert_eq!(bits(&db), bits(&db2), "db differs between runs");
    Ok(())
}
