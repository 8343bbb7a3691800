//! RMSNorm and LayerNorm, backward.
//!
//! Per row (`xhat = (x - mean) * rstd`, `wdy = weight * dy`, `n` columns; RMSNorm has no
//! mean):
//!
//! ```text
//! dx = (wdy - (xhat * sum(xhat * wdy) / n + sum(wdy) / n)) * rstd    (LayerNorm)
//! dx = (wdy -  xhat * sum(xhat * wdy) / n) * rstd                    (RMSNorm)
//! ```
//!
//! and the parameters' gradients are sums over the rows, `dweight = sum(dy * xhat)`, `dbias =
//! sum(dy)`. The statistics are recomputed from `x` (one more read of the row, no buffers to
//! keep from the forward pass). The sums over rows go in two steps, like Triton tutorial 05's,
//! but without its lock: each program takes a contiguous run of rows and accumulates into a
//! row of partial sums of its own, and a second kernel adds the programs' rows column by
//! column, in program order: the gradients are the same bits on every run and every device
//! count.

use oxtile::prelude::*;

use crate::launch::{block_for, chunk_max};
use crate::partial::{add_partials, row_runs};
use crate::{NnError, NnFloat, Rows};

/// The largest chunk of a row.
const MAX_BLOCK: usize = 4096;

/// `dx` of each row, and this program's partial sums of `dy * xhat` (and `dy`, with `LAYER`).
#[kernel]
fn norm_bwd<T: Float, const BLOCK: usize, const LAYER: bool>(
    x: Ptr<T>,
    w: Ptr<T>,
    dy: Ptr<T>,
    dx: Ptr<T>,
    dw_part: Ptr<f32>,
    db_part: Ptr<f32>,
    x_stride: i32,
    dy_stride: i32,
    dx_stride: i32,
    n_rows: i32,
    n_cols: i32,
    eps: f32,
    rows_per_program: i32,
) {
    let pid = program_id(0);
    let first = pid * rows_per_program;
    let last = minimum(first + rows_per_program, n_rows);
    let part = pid * n_cols;
    let n = n_cols as f32;
    for off in (0..n_cols).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        let mask = cols < n_cols;
        store(dw_part + part + cols, zeros::<f32>([BLOCK]), mask);
        if LAYER {
            store(db_part + part + cols, zeros::<f32>([BLOCK]), mask);
        }
    }
    for row in first..last {
        let xr = x + row * x_stride;
        let dyr = dy + row * dy_stride;
        // The statistics, as the forward pass computes them.
        let mut acc = zeros::<f32>([BLOCK]);
        if LAYER {
            for off in (0..n_cols).step_by(BLOCK) {
                let cols = off + arange(0, BLOCK);
                acc = acc + load(xr + cols, cols < n_cols, 0.0) as f32;
            }
        }
        let mu = sum(acc, 0) / n;
        let mut acc_sq = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let d = select(mask, load(xr + cols, mask, 0.0) as f32 - mu, 0.0);
            acc_sq = acc_sq + d * d;
        }
        let rs = rsqrt(sum(acc_sq, 0) / n + eps);
        // sum(xhat * wdy) and sum(wdy).
        let mut a1 = zeros::<f32>([BLOCK]);
        let mut a2 = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let xhat = select(mask, (load(xr + cols, mask, 0.0) as f32 - mu) * rs, 0.0);
            let wdy = load(w + cols, mask, 0.0) as f32 * load(dyr + cols, mask, 0.0) as f32;
            a1 = a1 + xhat * wdy;
            a2 = a2 + wdy;
        }
        let c1 = sum(a1, 0) / n;
        let c2 = if LAYER { sum(a2, 0) / n } else { 0.0 };
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let xhat = select(mask, (load(xr + cols, mask, 0.0) as f32 - mu) * rs, 0.0);
            let g = load(dyr + cols, mask, 0.0) as f32;
            let wdy = load(w + cols, mask, 0.0) as f32 * g;
            let d = (wdy - (xhat * c1 + c2)) * rs;
            store(dx + row * dx_stride + cols, d as T, mask);
            let pw = load(dw_part + part + cols, mask, 0.0);
            store(dw_part + part + cols, pw + g * xhat, mask);
            if LAYER {
                let pb = load(db_part + part + cols, mask, 0.0);
                store(db_part + part + cols, pb + g, mask);
            }
        }
    }
}

/// The shapes both backward passes check, and the number of programs and rows each.
#[allow(clippy::too_many_arguments)]
fn check<T: NnFloat>(
    op: &'static str,
    x: &Rows<'_, T>,
    weight: &Buffer<T>,
    dy: &Rows<'_, T>,
    dx: &Rows<'_, T>,
    dweight: &Buffer<T>,
    dbias: Option<&Buffer<T>>,
) -> Result<(usize, usize), NnError> {
    let (rows, cols) = (x.rows(), x.cols());
    dy.expect(op, "dy", rows, cols)?;
    dx.expect(op, "dx", rows, cols)?;
    NnError::expect_len(op, "weight", weight, cols, "column")?;
    NnError::expect_len(op, "dweight", dweight, cols, "column")?;
    if let Some(b) = dbias {
        NnError::expect_len(op, "dbias", b, cols, "column")?;
    }
    Ok(row_runs(rows))
}

#[allow(clippy::too_many_arguments)]
fn run<T: NnFloat>(
    op: &'static str,
    dev: &Device,
    x: &Rows<'_, T>,
    weight: &Buffer<T>,
    eps: f32,
    dy: &Rows<'_, T>,
    dx: &Rows<'_, T>,
    dweight: &Buffer<T>,
    dbias: Option<&Buffer<T>>,
) -> Result<(), NnError> {
    let (programs, per) = check(op, x, weight, dy, dx, dweight, dbias)?;
    let (rows, cols) = (x.rows(), x.cols());
    if cols == 0 {
        return Ok(());
    }
    let alloc = |n: usize| {
        dev.alloc::<f32>(n)
            .map_err(|source| NnError::Device { op, source })
    };
    let dw_part = alloc(programs.max(1) * cols)?;
    let db_part = if dbias.is_some() {
        Some(alloc(programs.max(1) * cols)?)
    } else {
        None
    };
    if rows > 0 {
        let dbp = db_part.as_ref().unwrap_or(&dw_part);
        let layer = dbias.is_some();
        norm_bwd_config::<T>::new(block_for(cols, chunk_max(dev, MAX_BLOCK)), layer)
            .launch(
                dev,
                Grid::x(programs as u32),
                x.buffer(),
                weight,
                dy.buffer(),
                dx.buffer(),
                &dw_part,
                dbp,
                x.stride() as i32,
                dy.stride() as i32,
                dx.stride() as i32,
                rows as i32,
                cols as i32,
                eps,
                per as i32,
            )
            .map_err(NnError::launch(op))?;
    }
    let groups = if rows > 0 { programs } else { 0 };
    add_partials(op, dev, &dw_part, groups, dweight)?;
    if let (Some(part), Some(db)) = (&db_part, dbias) {
        add_partials(op, dev, part, groups, db)?;
    }
    Ok(())
}

/// RMSNorm backward: from `x`, `weight`, the forward's `eps` and the output's gradient `dy`,
/// writes `dx` and `dweight` (see the module docs for the formulas; the statistics are
/// recomputed from `x`). Deterministic: the same bits on every run.
///
/// # Errors
/// [`NnError::Shape`] when `dy` or `dx` is not the shape of `x`, or `weight` or `dweight`
/// has not one element per column; [`NnError::Launch`] when a kernel fails;
/// [`NnError::Device`] when the partial sums (`min(rows, 256) x cols` f32) cannot be
/// allocated.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, rms_norm_backward};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[3.0f32, 4.0])?;
/// let w = dev.upload(&[1.0f32, 1.0])?;
/// let dy = dev.upload(&[1.0f32, 0.0])?;
/// let (dx, dw) = (dev.alloc::<f32>(2)?, dev.alloc::<f32>(2)?);
/// let v = |b| Rows::new(b, 1, 2);
/// rms_norm_backward(&dev, &v(&x)?, &w, 0.0, &v(&dy)?, &v(&dx)?, &dw)?;
/// // rms = sqrt(12.5): dweight = dy * x / rms.
/// assert!((dw.to_vec()?[0] - 3.0 / 12.5f32.sqrt()).abs() < 1e-6);
/// # Ok(()) }
/// ```
pub fn rms_norm_backward<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    weight: &Buffer<T>,
    eps: f32,
    dy: &Rows<'_, T>,
    dx: &Rows<'_, T>,
    dweight: &Buffer<T>,
) -> Result<(), NnError> {
    run(
        "rms_norm_backward",
        dev,
        x,
        weight,
        eps,
        dy,
        dx,
        dweight,
        None,
    )
}

/// LayerNorm backward: from `x`, `weight`, the forward's `eps` and the output's gradient
/// `dy`, writes `dx`, `dweight` and `dbias` (see the module docs). Deterministic.
///
/// # Errors
/// As [`rms_norm_backward`], for `dbias` too.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, layer_norm_backward};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[1.0f32, 3.0, 0.0, 4.0])?;
/// let w = dev.upload(&[2.0f32, 2.0])?;
/// let dy = dev.upload(&[1.0f32, 1.0, 1.0, 1.0])?;
/// let (dx, dw, db) = (dev.alloc::<f32>(4)?, dev.alloc::<f32>(2)?, dev.alloc::<f32>(2)?);
/// let v = |b| Rows::new(b, 2, 2);
/// layer_norm_backward(&dev, &v(&x)?, &w, 0.0, &v(&dy)?, &v(&dx)?, &dw, &db)?;
/// // A constant dy moves no normalized output: dx = 0; dbias sums dy over the rows.
/// assert_eq!(dx.to_vec()?, [0.0; 4]);
/// assert_eq!(db.to_vec()?, [2.0, 2.0]);
/// # Ok(()) }
/// ```
#[allow(clippy::too_many_arguments)]
pub fn layer_norm_backward<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    weight: &Buffer<T>,
    eps: f32,
    dy: &Rows<'_, T>,
    dx: &Rows<'_, T>,
    dweight: &Buffer<T>,
    dbias: &Buffer<T>,
) -> Result<(), NnError> {
    run(
        "layer_norm_backward",
        dev,
        x,
        weight,
        eps,
        dy,
        dx,
        dweight,
        Some(dbias),
    )
}
