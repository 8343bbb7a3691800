//! RMSNorm and LayerNorm, forward.

use oxtile::prelude::*;

use crate::launch::{block_for, chunk_max, row_grid};
use crate::{NnError, NnFloat, Rows};

/// The largest chunk a row is processed in (longer rows loop over chunks, re-reading the row
/// from cache).
const MAX_BLOCK: usize = 4096;

/// `y = x * rsqrt(mean(x^2) + eps) * w` over each row, in f32; one row per program.
#[kernel]
fn rms_norm_fwd<T: Float, const BLOCK: usize>(
    x: Ptr<T>,
    w: Ptr<T>,
    y: Ptr<T>,
    x_stride: i32,
    y_stride: i32,
    n_rows: i32,
    n_cols: i32,
    eps: f32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let xr = x + row * x_stride;
        let mut acc = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let v = load(xr + cols, cols < n_cols, 0.0) as f32;
            acc = acc + v * v;
        }
        let rs = rsqrt(sum(acc, 0) / (n_cols as f32) + eps);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let v = load(xr + cols, mask, 0.0) as f32;
            let wv = load(w + cols, mask, 0.0) as f32;
            store(y + row * y_stride + cols, (v * rs * wv) as T, mask);
        }
    }
}

/// `y = (x - mean) * rsqrt(var + eps) * w + b` over each row, in f32 (Triton tutorial 05's
/// forward: three passes over the row, the mean, the variance of `x - mean`, the output).
#[kernel]
fn layer_norm_fwd<T: Float, const BLOCK: usize>(
    x: Ptr<T>,
    w: Ptr<T>,
    b: Ptr<T>,
    y: Ptr<T>,
    x_stride: i32,
    y_stride: i32,
    n_rows: i32,
    n_cols: i32,
    eps: f32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let xr = x + row * x_stride;
        let mut acc = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            acc = acc + load(xr + cols, cols < n_cols, 0.0) as f32;
        }
        let mu = sum(acc, 0) / (n_cols as f32);
        let mut acc_sq = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let d = select(mask, load(xr + cols, mask, 0.0) as f32 - mu, 0.0);
            acc_sq = acc_sq + d * d;
        }
        let rs = rsqrt(sum(acc_sq, 0) / (n_cols as f32) + eps);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let v = load(xr + cols, mask, 0.0) as f32;
            let wv = load(w + cols, mask, 0.0) as f32;
            let bv = load(b + cols, mask, 0.0) as f32;
            store(
                y + row * y_stride + cols,
                ((v - mu) * rs * wv + bv) as T,
                mask,
            );
        }
    }
}

/// RMSNorm forward: `y = x / sqrt(mean(x^2) + eps) * weight` over each row (`weight` one
/// element per column), in f32, rounded once to `T`. Rows of any length.
///
/// # Errors
/// [`NnError::Shape`] when `y` is not the shape of `x` or `weight` has not one element per
/// column; [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, rms_norm};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[3.0f32, 4.0])?;
/// let w = dev.upload(&[1.0f32, 2.0])?;
/// let y = dev.alloc::<f32>(2)?;
/// rms_norm(&dev, &Rows::new(&x, 1, 2)?, &w, 0.0, &Rows::new(&y, 1, 2)?)?;
/// let rms = (12.5f32).sqrt();
/// assert!((y.to_vec()?[1] - 8.0 / rms).abs() < 1e-5);
/// # Ok(()) }
/// ```
pub fn rms_norm<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    weight: &Buffer<T>,
    eps: f32,
    y: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "rms_norm";
    y.expect(OP, "y", x.rows(), x.cols())?;
    NnError::expect_len(OP, "weight", weight, x.cols(), "column")?;
    if x.rows() == 0 || x.cols() == 0 {
        return Ok(());
    }
    let grid = row_grid(x.rows());
    rms_norm_fwd_config::<T>::new(block_for(x.cols(), chunk_max(dev, MAX_BLOCK)))
        .launch(
            dev,
            grid,
            x.buffer(),
            weight,
            y.buffer(),
            x.stride() as i32,
            y.stride() as i32,
            x.rows() as i32,
            x.cols() as i32,
            eps,
        )
        .map_err(NnError::launch(OP))
}

/// LayerNorm forward: `y = (x - mean) / sqrt(var + eps) * weight + bias` over each row
/// (`weight` and `bias` one element per column; the variance is the biased one, as
/// PyTorch's), in f32, rounded once to `T`. Rows of any length.
///
/// # Errors
/// As [`rms_norm`], for `weight` and `bias`.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, layer_norm};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[1.0f32, 3.0])?;
/// let (w, b) = (dev.upload(&[1.0f32, 1.0])?, dev.upload(&[0.5f32, 0.5])?);
/// let y = dev.alloc::<f32>(2)?;
/// layer_norm(&dev, &Rows::new(&x, 1, 2)?, &w, &b, 0.0, &Rows::new(&y, 1, 2)?)?;
/// assert_eq!(y.to_vec()?, [-0.5, 1.5]);
/// # Ok(()) }
/// ```
pub fn layer_norm<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    weight: &Buffer<T>,
    bias: &Buffer<T>,
    eps: f32,
    y: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "layer_norm";
    y.expect(OP, "y", x.rows(), x.cols())?;
    NnError::expect_len(OP, "weight", weight, x.cols(), "column")?;
    NnError::expect_len(OP, "bias", bias, x.cols(), "column")?;
    if x.rows() == 0 || x.cols() == 0 {
        return Ok(());
    }
    let grid = row_grid(x.rows());
    layer_norm_fwd_config::<T>::new(block_for(x.cols(), chunk_max(dev, MAX_BLOCK)))
        .launch(
            dev,
            grid,
            x.buffer(),
            weight,
            bias,
            y.buffer(),
            x.stride() as i32,
            y.stride() as i32,
            x.rows() as i32,
            x.cols() as i32,
            eps,
        )
        .map_err(NnError::launch(OP))
}
