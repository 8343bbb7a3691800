//! Layer normalization, forward and backward (Triton tutorial 05).
//!
//! Forward: one program per row computes mean and reciprocal standard deviation, normalizes,
//! scales and shifts. Backward: one program per row computes `dx`, and the weight and bias
//! gradients — sums over all rows — are reduced in parallel: rows are spread over `GROUP`
//! partial buffers, each guarded by a spin lock built from `atomic_cas`, and a second kernel
//! sums the partial buffers column block by column block. The forward kernel is generic over
//! the float dtype of its activations (statistics in f32): it runs here at f32 and at f16.

#[path = "common/mod.rs"]
mod common;

use oxtile::prelude::*;

// ANCHOR: forward
#[kernel]
fn layer_norm_fwd<T: Float, const BLOCK: usize>(
    x: Ptr<T>,
    y: Ptr<T>,
    w: Ptr<T>,
    b: Ptr<T>,
    mean: Ptr<f32>,
    rstd: Ptr<f32>,
    stride: i32,
    n: i32,
    eps: f32,
) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n;
    // Whatever `T` is, the statistics and the normalization are computed in f32.
    let xv = load(x + row * stride + cols, mask, 0.0) as f32;
    let mu = sum(xv, 0) / (n as f32);
    let diff = select(mask, xv - mu, 0.0);
    let var = sum(diff * diff, 0) / (n as f32);
    let rs = rsqrt(var + eps);
    store(mean + row, mu);
    store(rstd + row, rs);
    let wv = load(w + cols, mask, 0.0) as f32;
    let bv = load(b + cols, mask, 0.0) as f32;
    store(y + row * stride + cols, (diff * rs * wv + bv) as T, mask);
}
// ANCHOR_END: forward

// ANCHOR: backward
// ANCHOR: backward_dx
#[kernel]
fn layer_norm_bwd_dx<const BLOCK: usize, const GROUP: usize>(
    dx: Ptr<f32>,
    dy: Ptr<f32>,
    dw_partial: Ptr<f32>,
    db_partial: Ptr<f32>,
    x: Ptr<f32>,
    w: Ptr<f32>,
    mean: Ptr<f32>,
    rstd: Ptr<f32>,
    locks: Ptr<i32>,
    stride: i32,
    n: i32,
) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n;
    let xv = load(x + row * stride + cols, mask, 0.0);
    let dyv = load(dy + row * stride + cols, mask, 0.0);
    let wv = load(w + cols, mask, 0.0);
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

    // Accumulate this row's contribution to dw and db into partial buffer `row % GROUP`.
    let mut pdw = dyv * xhat;
    let mut pdb = dyv;
    let lock_id = row % GROUP;
    let lock = locks + lock_id;
    let count = locks + GROUP + lock_id;
    let partial = lock_id * n + cols;
    while atomic_cas(lock, 0, 1) == 1 {}
    if load(count) == 0 {
        atomic_xchg(count, 1);
    } else {
        pdw += load(dw_partial + partial, mask, 0.0);
        pdb += load(db_partial + partial, mask, 0.0);
    }
    store(dw_partial + partial, pdw, mask);
    store(db_partial + partial, pdb, mask);
    atomic_xchg(lock, 0);
}
// ANCHOR_END: backward_dx

// ANCHOR: backward_dwdb
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
// ANCHOR_END: backward_dwdb
// ANCHOR_END: backward

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (rows, n) = (96usize, 300usize);
    let eps = 1e-5f32;
    let mut rng = common::rng(5);
    let x = common::uniform(&mut rng, rows * n, -2.0, 2.0);
    let w = common::uniform(&mut rng, n, 0.5, 1.5);
    let b = common::uniform(&mut rng, n, -0.5, 0.5);
    let dy = common::uniform(&mut rng, rows * n, -1.0, 1.0);

    let dev = Device::default()?;
    let (xd, wd, bd, dyd) = (
        dev.upload(&x)?,
        dev.upload(&w)?,
        dev.upload(&b)?,
        dev.upload(&dy)?,
    );
    let yd = dev.alloc::<f32>(rows * n)?;
    let (meand, rstdd) = (dev.alloc::<f32>(rows)?, dev.alloc::<f32>(rows)?);
    const BLOCK: usize = 304;
    layer_norm_fwd::<f32, BLOCK>::launch(
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

    // ANCHOR: launch_backward
    const GROUP: usize = 8;
    let dxd = dev.alloc::<f32>(rows * n)?;
    let dw_partial = dev.alloc::<f32>(GROUP * n)?;
    let db_partial = dev.alloc::<f32>(GROUP * n)?;
    let locks = dev.alloc::<i32>(2 * GROUP)?;
    layer_norm_bwd_dx::<BLOCK, GROUP>::launch(
        &dev,
        Grid::x(rows as u32),
        &dxd,
        &dyd,
        &dw_partial,
        &db_partial,
        &xd,
        &wd,
        &meand,
        &rstdd,
        &locks,
        n as i32,
        n as i32,
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
        GROUP as i32,
        n as i32,
    )?;
    // ANCHOR_END: launch_backward

    // Plain-Rust reference, in f64.
    let (mut y_ref, mut dx_ref) = (vec![0.0f32; rows * n], vec![0.0f32; rows * n]);
    let (mut dw_ref, mut db_ref) = (vec![0.0f64; n], vec![0.0f64; n]);
    for r in 0..rows {
        let xr = &x[r * n..(r + 1) * n];
        let mu = xr.iter().map(|v| *v as f64).sum::<f64>() / n as f64;
        let var = xr.iter().map(|v| (*v as f64 - mu).powi(2)).sum::<f64>() / n as f64;
        let rs = 1.0 / (var + eps as f64).sqrt();
        let xhat: Vec<f64> = xr.iter().map(|v| (*v as f64 - mu) * rs).collect();
        let wdy: Vec<f64> = (0..n).map(|c| w[c] as f64 * dy[r * n + c] as f64).collect();
        let c1 = xhat.iter().zip(&wdy).map(|(a, b)| a * b).sum::<f64>() / n as f64;
        let c2 = wdy.iter().sum::<f64>() / n as f64;
        for c in 0..n {
            y_ref[r * n + c] = (xhat[c] * w[c] as f64 + b[c] as f64) as f32;
            dx_ref[r * n + c] = ((wdy[c] - (xhat[c] * c1 + c2)) * rs) as f32;
            dw_ref[c] += dy[r * n + c] as f64 * xhat[c];
            db_ref[c] += dy[r * n + c] as f64;
        }
    }
    let to32 = |v: Vec<f64>| v.into_iter().map(|x| x as f32).collect::<Vec<f32>>();
    let checks = [
        ("y", common::compare(&yd.to_vec()?, &y_ref, 1e-4, 1e-4)),
        ("dx", common::compare(&dxd.to_vec()?, &dx_ref, 1e-4, 1e-4)),
        (
            "dw",
            common::compare(&dwd.to_vec()?, &to32(dw_ref), 1e-3, 1e-4),
        ),
        (
            "db",
            common::compare(&dbd.to_vec()?, &to32(db_ref), 1e-3, 1e-4),
        ),
    ];
    let err = checks.iter().map(|(_, (e, _))| *e).fold(0.0f32, f32::max);
    let ok = checks.iter().all(|(_, (_, ok))| *ok);
    let failed: Vec<&str> = checks
        .iter()
        .filter(|(_, (_, ok))| !ok)
        .map(|(n, _)| *n)
        .collect();
    common::verdict(
        "layer_norm",
        dev.name(),
        &format!(
            "{rows} x {n}, forward y and backward dx, dw, db (locks over {GROUP} partial buffers){}",
            if failed.is_empty() {
                String::new()
            } else {
                format!("; mismatched: {failed:?}")
            }
        ),
        err,
        ok,
    );

    // The same forward kernel at f16: half the bytes, statistics still in f32.
    let half = |v: &[f32]| v.iter().map(|x| f16::from_f32(*x)).collect::<Vec<f16>>();
    let (x16, w16, b16) = (half(&x), half(&w), half(&b));
    let y16 = dev.alloc::<f16>(rows * n)?;
    layer_norm_fwd::<f16, BLOCK>::launch(
        &dev,
        Grid::x(rows as u32),
        &dev.upload(&x16)?,
        &y16,
        &dev.upload(&w16)?,
        &dev.upload(&b16)?,
        &meand,
        &rstdd,
        n as i32,
        n as i32,
        eps,
    )?;
    // Reference from the same f16 inputs, in f64; one rounding to f16 at the end.
    let f = |v: &[f16], i: usize| v[i].to_f64();
    let mut want16 = vec![0.0f32; rows * n];
    for r in 0..rows {
        let mu = (0..n).map(|c| f(&x16, r * n + c)).sum::<f64>() / n as f64;
        let var = (0..n)
            .map(|c| (f(&x16, r * n + c) - mu).powi(2))
            .sum::<f64>()
            / n as f64;
        let rs = 1.0 / (var + eps as f64).sqrt();
        for c in 0..n {
            let xhat = (f(&x16, r * n + c) - mu) * rs;
            want16[r * n + c] = (xhat * f(&w16, c) + f(&b16, c)) as f32;
        }
    }
    let got16: Vec<f32> = y16.to_vec()?.iter().map(|v| v.to_f32()).collect();
    let (err, ok) = common::compare(&got16, &want16, 2e-3, 1e-3);
    common::verdict(
        "layer_norm (f16 forward)",
        dev.name(),
        &format!("{rows} x {n}"),
        err,
        ok,
    );
    Ok(())
}
