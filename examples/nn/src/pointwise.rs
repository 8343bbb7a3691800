//! Fused elementwise ops: bias + GELU, SwiGLU.

use oxtile::prelude::*;

use crate::act::{gelu_erf, gelu_tanh, silu};
use crate::launch::{block_for, chunk_max, row_grid, with_block};
use crate::{NnError, NnFloat, Rows};

/// Columns a program handles at a time.
const MAX_BLOCK: usize = 1024;

/// Which GELU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gelu {
    /// `0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))` (PyTorch's `approximate="tanh"`).
    Tanh,
    /// `0.5 x (1 + erf(x / sqrt(2)))` (PyTorch's default).
    Erf,
}

// ANCHOR: bias_gelu
/// `y = gelu(x + b)`, `b` one element per column, in f32.
#[kernel]
fn bias_gelu_fwd<T: Float, const BLOCK: usize, const ERF: bool>(
    x: Ptr<T>,
    b: Ptr<T>,
    y: Ptr<T>,
    x_stride: i32,
    y_stride: i32,
    n_rows: i32,
    n_cols: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let v = load(x + row * x_stride + cols, mask, 0.0) as f32
                + load(b + cols, mask, 0.0) as f32;
            let g = if ERF { gelu_erf(v) } else { gelu_tanh(v) };
            store(y + row * y_stride + cols, g as T, mask);
        }
    }
}
// ANCHOR_END: bias_gelu

/// `y = silu(gate) * up`, in f32.
#[kernel]
fn swiglu_fwd<T: Float, const BLOCK: usize>(
    gate: Ptr<T>,
    up: Ptr<T>,
    y: Ptr<T>,
    gate_stride: i32,
    up_stride: i32,
    y_stride: i32,
    n_rows: i32,
    n_cols: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let g = load(gate + row * gate_stride + cols, mask, 0.0) as f32;
            let u = load(up + row * up_stride + cols, mask, 0.0) as f32;
            store(y + row * y_stride + cols, (silu(g) * u) as T, mask);
        }
    }
}

/// Fused bias + GELU: `y = gelu(x + bias)` (`bias` one element per column), in f32, rounded
/// once to `T`: one read of `x`, one write of `y`, where the unfused pair reads and writes an
/// intermediate besides.
///
/// # Errors
/// [`NnError::Shape`] when `y` is not the shape of `x` or `bias` has not one element per
/// column; [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Gelu, Rows, bias_gelu};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[-1.0f32, 0.0, 1.0])?;
/// let b = dev.upload(&[1.0f32, 0.0, 0.0])?;
/// let y = dev.alloc::<f32>(3)?;
/// bias_gelu(&dev, &Rows::new(&x, 1, 3)?, &b, Gelu::Erf, &Rows::new(&y, 1, 3)?)?;
/// let got = y.to_vec()?;
/// assert_eq!(got[0], 0.0);
/// assert!((got[2] - 0.841_344_7).abs() < 1e-6);
/// # Ok(()) }
/// ```
pub fn bias_gelu<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    bias: &Buffer<T>,
    gelu: Gelu,
    y: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "bias_gelu";
    y.expect(OP, "y", x.rows(), x.cols())?;
    if bias.len() != x.cols() {
        return Err(NnError::shape(
            OP,
            "bias",
            format!(
                "has {} elements, expected one per column ({})",
                bias.len(),
                x.cols()
            ),
        ));
    }
    if x.rows() == 0 || x.cols() == 0 {
        return Ok(());
    }
    let grid = row_grid(x.rows());
    macro_rules! go {
        ($b:ident, $erf:literal) => {
            bias_gelu_fwd::<T, $b, $erf>::launch(
                dev,
                grid,
                x.buffer(),
                bias,
                y.buffer(),
                x.stride() as i32,
                y.stride() as i32,
                x.rows() as i32,
                x.cols() as i32,
            )
        };
    }
    with_block!(block_for(x.cols(), chunk_max(dev, MAX_BLOCK)), B => match gelu {
        Gelu::Erf => go!(B, true),
        Gelu::Tanh => go!(B, false),
    })
    .map_err(NnError::launch(OP))
}

/// SwiGLU: `y = silu(gate) * up = gate * sigmoid(gate) * up`, in f32, rounded once to `T`.
///
/// # Errors
/// [`NnError::Shape`] when `up` or `y` is not the shape of `gate`; [`NnError::Launch`] when
/// the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, swiglu};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let g = dev.upload(&[0.0f32, 2.0])?;
/// let u = dev.upload(&[5.0f32, 3.0])?;
/// let y = dev.alloc::<f32>(2)?;
/// swiglu(&dev, &Rows::new(&g, 1, 2)?, &Rows::new(&u, 1, 2)?, &Rows::new(&y, 1, 2)?)?;
/// let s = 2.0 / (1.0 + (-2.0f32).exp()) * 3.0;
/// assert_eq!(y.to_vec()?[0], 0.0);
/// assert!((y.to_vec()?[1] - s).abs() < 1e-5);
/// # Ok(()) }
/// ```
pub fn swiglu<T: NnFloat>(
    dev: &Device,
    gate: &Rows<'_, T>,
    up: &Rows<'_, T>,
    y: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "swiglu";
    up.expect(OP, "up", gate.rows(), gate.cols())?;
    y.expect(OP, "y", gate.rows(), gate.cols())?;
    if gate.rows() == 0 || gate.cols() == 0 {
        return Ok(());
    }
    let grid = row_grid(gate.rows());
    with_block!(block_for(gate.cols(), chunk_max(dev, MAX_BLOCK)), B => swiglu_fwd::<T, B>::launch(
        dev,
        grid,
        gate.buffer(),
        up.buffer(),
        y.buffer(),
        gate.stride() as i32,
        up.stride() as i32,
        y.stride() as i32,
        gate.rows() as i32,
        gate.cols() as i32,
    ))
    .map_err(NnError::launch(OP))
}
