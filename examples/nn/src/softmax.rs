//! Softmax and log-softmax over the rows of a matrix.

use oxtile::prelude::*;

use crate::launch::{block_for, chunk_max, row_grid};
use crate::{NnError, NnFloat, Rows};

/// The longest row the one-pass kernel takes (a whole row in one block); longer rows take
/// the online two-pass kernel in chunks of up to [`CHUNK`].
const ONE_PASS_MAX: usize = 4096;
/// The chunk of the two-pass kernel.
const CHUNK: usize = 1024;

// ANCHOR: one_pass
/// One row per program (programs stride over the rows), the whole row in one block: read
/// once, its max, exponentials and sum in registers, written once (Triton tutorial 02). With
/// `LOG`, `x - max - log(sum)`.
#[kernel]
fn softmax_one_pass<T: Float, const BLOCK: usize, const LOG: bool>(
    out: Ptr<T>,
    x: Ptr<T>,
    x_stride: i32,
    out_stride: i32,
    n_rows: i32,
    n_cols: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let cols = arange(0, BLOCK);
        let mask = cols < n_cols;
        let v = load(x + row * x_stride + cols, mask, T::NEG_INFINITY) as f32;
        let z = v - max(v, 0);
        let num = exp(z);
        let den = sum(num, 0);
        let y = if LOG { z - log(den) } else { num / den };
        store(out + row * out_stride + cols, y as T, mask);
    }
}
// ANCHOR_END: one_pass

/// Rows longer than a block: a first pass keeps, per lane, the running maximum of its
/// elements and the sum of their exponentials relative to it (rescaled when the maximum
/// grows: the online softmax), combines the lanes, and a second pass writes each element.
/// The row is read twice, written once.
#[kernel]
fn softmax_two_pass<T: Float, const BLOCK: usize, const LOG: bool>(
    out: Ptr<T>,
    x: Ptr<T>,
    x_stride: i32,
    out_stride: i32,
    n_rows: i32,
    n_cols: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let xr = x + row * x_stride;
        let mut m = full::<f32>([BLOCK], f32::NEG_INFINITY);
        let mut s = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let v = load(xr + cols, cols < n_cols, T::NEG_INFINITY) as f32;
            let m_new = maximum(m, v);
            // A lane that has seen only -inf keeps s = 0 (and no NaN from -inf - -inf).
            let empty = m_new == f32::NEG_INFINITY;
            let alpha = select(empty, 1.0, exp(m - m_new));
            s = s * alpha + select(empty, 0.0, exp(v - m_new));
            m = m_new;
        }
        let mx = max(m, 0);
        let total = sum(select(m == f32::NEG_INFINITY, 0.0, s * exp(m - mx)), 0);
        let lt = log(total);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let v = load(xr + cols, mask, T::NEG_INFINITY) as f32;
            let y = if LOG {
                v - mx - lt
            } else {
                exp(v - mx) / total
            };
            store(out + row * out_stride + cols, y as T, mask);
        }
    }
}

// ANCHOR: run
fn run<T: NnFloat>(
    op: &'static str,
    log: bool,
    dev: &Device,
    x: &Rows<'_, T>,
    out: &Rows<'_, T>,
) -> Result<(), NnError> {
    out.expect(op, "out", x.rows(), x.cols())?;
    let (rows, cols) = (x.rows(), x.cols());
    if rows == 0 || cols == 0 {
        return Ok(());
    }
    let grid = row_grid(rows);
    let (o, i) = (out.buffer(), x.buffer());
    let (xs, os) = (x.stride() as i32, out.stride() as i32);
    // The block is a const generic of the kernel, chosen here at run time through the
    // kernel's configuration type: one specialization per (dtype, block, log), cached.
    let r = if cols <= ONE_PASS_MAX {
        softmax_one_pass_config::<T>::new(block_for(cols, ONE_PASS_MAX), log).launch(
            dev,
            grid,
            o,
            i,
            xs,
            os,
            rows as i32,
            cols as i32,
        )
    } else {
        softmax_two_pass_config::<T>::new(chunk_max(dev, CHUNK), log).launch(
            dev,
            grid,
            o,
            i,
            xs,
            os,
            rows as i32,
            cols as i32,
        )
    };
    r.map_err(NnError::launch(op))
}
// ANCHOR_END: run

// ANCHOR: api
/// `out = softmax(x)` over each row: `exp(x - max) / sum(exp(x - max))`, in f32, rounded
/// once to `T`. Rows of any length; `x` and `out` may be the same buffer (in place).
///
/// # Errors
/// [`NnError::Shape`] when `out` is not the shape of `x`; [`NnError::Launch`] when the
/// kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, softmax};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[0.0f32, 0.0, 0.0, 0.0])?;
/// let y = dev.alloc::<f32>(4)?;
/// softmax(&dev, &Rows::new(&x, 1, 4)?, &Rows::new(&y, 1, 4)?)?;
/// assert_eq!(y.to_vec()?, [0.25; 4]);
/// # Ok(()) }
/// ```
pub fn softmax<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    out: &Rows<'_, T>,
) -> Result<(), NnError> {
    run("softmax", false, dev, x, out)
}
// ANCHOR_END: api

/// `out = log_softmax(x)` over each row: `x - max - log(sum(exp(x - max)))`, in f32,
/// rounded once to `T`. Rows of any length.
///
/// # Errors
/// As [`softmax`].
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, log_softmax};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[1.0f32, 1.0])?;
/// let y = dev.alloc::<f32>(2)?;
/// log_softmax(&dev, &Rows::new(&x, 1, 2)?, &Rows::new(&y, 1, 2)?)?;
/// assert!((y.to_vec()?[0] + std::f32::consts::LN_2).abs() < 1e-6);
/// # Ok(()) }
/// ```
pub fn log_softmax<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    out: &Rows<'_, T>,
) -> Result<(), NnError> {
    run("log_softmax", true, dev, x, out)
}
