//! Per-row int8 and fp8 (e4m3) quantization and dequantization.
//!
//! Each row gets one f32 scale, `max |x| / Q` (`Q` = 127 for int8, 448 for e4m3, the largest
//! finite value), so the row's largest magnitude maps to the edge of the format; a row of
//! zeros gets the scale 1. int8 values are `round(x / scale)` (halfway cases to even),
//! clamped to `-127..=127`; e4m3 values are `x / scale` rounded to the nearest e4m3 (even on
//! ties). Dequantization is `q * scale`, rounded once to the float dtype.

use oxtile::F8E4M3;
use oxtile::prelude::*;

use crate::launch::{block_for, chunk_max, row_grid};
use crate::{NnError, NnFloat, Rows};

const MAX_BLOCK: usize = 4096;

/// The row's absolute maximum (in chunks), its scale `amax / qmax` (1 for a zero row), and
/// `x / scale` rounded as `FP8` says (to e4m3, else to an int8 value).
#[kernel]
fn quantize_rows<T: Float, const BLOCK: usize, const FP8: bool>(
    x: Ptr<T>,
    q_i8: Ptr<i8>,
    q_f8: Ptr<f8e4m3>,
    scale: Ptr<f32>,
    x_stride: i32,
    q_stride: i32,
    n_rows: i32,
    n_cols: i32,
    qmax: f32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let xr = x + row * x_stride;
        let mut acc = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            acc = maximum(acc, abs(load(xr + cols, cols < n_cols, 0.0) as f32));
        }
        let amax = max(acc, 0);
        let s = if amax > 0.0 { amax / qmax } else { 1.0 };
        store(scale + row, s);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let v = load(xr + cols, mask, 0.0) as f32 / s;
            if FP8 {
                store(
                    q_f8 + row * q_stride + cols,
                    clamp(v, -448.0, 448.0) as f8e4m3,
                    mask,
                );
            } else {
                store(
                    q_i8 + row * q_stride + cols,
                    clamp(round(v), -127.0, 127.0) as i8,
                    mask,
                );
            }
        }
    }
}

/// `x = q * scale` per row.
#[kernel]
fn dequantize_rows<T: Float, const BLOCK: usize, const FP8: bool>(
    q_i8: Ptr<i8>,
    q_f8: Ptr<f8e4m3>,
    scale: Ptr<f32>,
    x: Ptr<T>,
    q_stride: i32,
    x_stride: i32,
    n_rows: i32,
    n_cols: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let s = load(scale + row);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let q = if FP8 {
                load(q_f8 + row * q_stride + cols, mask) as f32
            } else {
                load(q_i8 + row * q_stride + cols, mask, 0) as f32
            };
            store(x + row * x_stride + cols, (q * s) as T, mask);
        }
    }
}

/// A quantized format: int8 or fp8 e4m3.
pub trait Quantized: oxtile::Element + Copy + private::Sealed {
    /// The largest magnitude a row's maximum maps to.
    const QMAX: f32;
    /// Whether it is the fp8 kernel's.
    #[doc(hidden)]
    const FP8: bool;
}
impl Quantized for i8 {
    const QMAX: f32 = 127.0;
    const FP8: bool = false;
}
impl Quantized for F8E4M3 {
    const QMAX: f32 = 448.0;
    const FP8: bool = true;
}
mod private {
    pub trait Sealed {}
    impl Sealed for i8 {}
    impl Sealed for oxtile::F8E4M3 {}
}

/// A one-element buffer of the other format, for the kernel parameter a launch does not use.
struct Unused {
    i8: Buffer<i8>,
    f8: Buffer<F8E4M3>,
}

fn unused(dev: &Device, op: &'static str) -> Result<Unused, NnError> {
    let dev_err = |source| NnError::Device { op, source };
    Ok(Unused {
        i8: dev.alloc::<i8>(1).map_err(dev_err)?,
        f8: dev.alloc::<F8E4M3>(1).map_err(dev_err)?,
    })
}

/// The quantized buffer as the kernel's two parameters: `q` in its own slot, the spare in the
/// other's.
fn as_params<'a, Q: Quantized>(
    q: &'a Buffer<Q>,
    spare: &'a Unused,
) -> (&'a Buffer<i8>, &'a Buffer<F8E4M3>) {
    // `Q` is sealed to these two types; the casts are the identity on the one it is.
    match (
        (q as &dyn std::any::Any).downcast_ref::<Buffer<i8>>(),
        (q as &dyn std::any::Any).downcast_ref::<Buffer<F8E4M3>>(),
    ) {
        (Some(i), _) => (i, &spare.f8),
        (_, Some(f)) => (&spare.i8, f),
        _ => unreachable!("Quantized is sealed to i8 and F8E4M3"),
    }
}

/// Quantizes each row of `x` to `Q` (`i8` or [`F8E4M3`]) with one f32 scale per row (see the
/// module docs): `q = x / scale` rounded, `scale = max |x| / Q::QMAX`.
///
/// # Errors
/// [`NnError::Shape`] when `q` is not the shape of `x` or `scales` has not one element per
/// row; [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, quantize};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[1.0f32, -2.0, 0.5, 254.0])?;
/// let (q, s) = (dev.alloc::<i8>(4)?, dev.alloc::<f32>(1)?);
/// quantize(&dev, &Rows::new(&x, 1, 4)?, &Rows::new(&q, 1, 4)?, &s)?;
/// assert_eq!(s.to_vec()?, [2.0]);
/// assert_eq!(q.to_vec()?, [0, -1, 0, 127]); // 0.5 and 0.25 round to even: 0
/// # Ok(()) }
/// ```
pub fn quantize<T: NnFloat, Q: Quantized>(
    dev: &Device,
    x: &Rows<'_, T>,
    q: &Rows<'_, Q>,
    scales: &Buffer<f32>,
) -> Result<(), NnError> {
    const OP: &str = "quantize";
    let (rows, cols) = (x.rows(), x.cols());
    q.expect(OP, "q", rows, cols)?;
    NnError::expect_len(OP, "scales", scales, rows, "row")?;
    if rows == 0 {
        return Ok(());
    }
    let spare = unused(dev, OP)?;
    let (qi, qf) = as_params(q.buffer(), &spare);
    quantize_rows_config::<T>::new(block_for(cols, chunk_max(dev, MAX_BLOCK)), Q::FP8)
        .launch(
            dev,
            row_grid(rows),
            x.buffer(),
            qi,
            qf,
            scales,
            x.stride() as i32,
            q.stride() as i32,
            rows as i32,
            cols as i32,
            Q::QMAX,
        )
        .map_err(NnError::launch(OP))
}

/// Dequantizes each row: `x = q * scale`, rounded once to `T`.
///
/// # Errors
/// [`NnError::Shape`] when `x` is not the shape of `q` or `scales` has not one element per
/// row; [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, dequantize};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let q = dev.upload(&[-127i8, 0, 64])?;
/// let s = dev.upload(&[0.5f32])?;
/// let x = dev.alloc::<f32>(3)?;
/// dequantize(&dev, &Rows::new(&q, 1, 3)?, &s, &Rows::new(&x, 1, 3)?)?;
/// assert_eq!(x.to_vec()?, [-63.5, 0.0, 32.0]);
/// # Ok(()) }
/// ```
pub fn dequantize<Q: Quantized, T: NnFloat>(
    dev: &Device,
    q: &Rows<'_, Q>,
    scales: &Buffer<f32>,
    x: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "dequantize";
    let (rows, cols) = (q.rows(), q.cols());
    x.expect(OP, "x", rows, cols)?;
    NnError::expect_len(OP, "scales", scales, rows, "row")?;
    if rows == 0 || cols == 0 {
        return Ok(());
    }
    let spare = unused(dev, OP)?;
    let (qi, qf) = as_params(q.buffer(), &spare);
    dequantize_rows_config::<T>::new(block_for(cols, chunk_max(dev, MAX_BLOCK)), Q::FP8)
        .launch(
            dev,
            row_grid(rows),
            qi,
            qf,
            scales,
            x.buffer(),
            q.stride() as i32,
            x.stride() as i32,
            rows as i32,
            cols as i32,
        )
        .map_err(NnError::launch(OP))
}
