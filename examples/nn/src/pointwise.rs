//! Fused elementwise ops: bias + GELU, SwiGLU.

use oxtile::prelude::*;

use crate::act::{gelu_erf, gelu_erf_grad, gelu_tanh, gelu_tanh_grad, silu, silu_grad};
use crate::launch::{block_for, chunk_max, row_grid};
use crate::partial::{add_partials, row_runs};
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

/// `dx = dy * gelu'(x + b)`, and this program's partial sums of `dx` over its rows (the
/// bias's gradient).
#[kernel]
fn bias_gelu_bwd<T: Float, const BLOCK: usize, const ERF: bool>(
    x: Ptr<T>,
    b: Ptr<T>,
    dy: Ptr<T>,
    dx: Ptr<T>,
    db_part: Ptr<f32>,
    x_stride: i32,
    dy_stride: i32,
    dx_stride: i32,
    n_rows: i32,
    n_cols: i32,
    rows_per_program: i32,
) {
    let pid = program_id(0);
    let first = pid * rows_per_program;
    let last = minimum(first + rows_per_program, n_rows);
    let part = db_part + pid * n_cols;
    for off in (0..n_cols).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        store(part + cols, zeros::<f32>([BLOCK]), cols < n_cols);
    }
    for row in first..last {
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let v = load(x + row * x_stride + cols, mask, 0.0) as f32
                + load(b + cols, mask, 0.0) as f32;
            let g = load(dy + row * dy_stride + cols, mask, 0.0) as f32;
            let d = g * if ERF {
                gelu_erf_grad(v)
            } else {
                gelu_tanh_grad(v)
            };
            store(dx + row * dx_stride + cols, d as T, mask);
            store(part + cols, load(part + cols, mask, 0.0) + d, mask);
        }
    }
}

/// `dgate = dy * up * silu'(gate)`, `dup = dy * silu(gate)`.
#[kernel]
fn swiglu_bwd<T: Float, const BLOCK: usize>(
    gate: Ptr<T>,
    up: Ptr<T>,
    dy: Ptr<T>,
    dgate: Ptr<T>,
    dup: Ptr<T>,
    sg: i32,
    su: i32,
    sy: i32,
    sdg: i32,
    sdu: i32,
    n_rows: i32,
    n_cols: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let g = load(gate + row * sg + cols, mask, 0.0) as f32;
            let u = load(up + row * su + cols, mask, 0.0) as f32;
            let d = load(dy + row * sy + cols, mask, 0.0) as f32;
            store(dgate + row * sdg + cols, (d * u * silu_grad(g)) as T, mask);
            store(dup + row * sdu + cols, (d * silu(g)) as T, mask);
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
    NnError::expect_len(OP, "bias", bias, x.cols(), "column")?;
    if x.rows() == 0 || x.cols() == 0 {
        return Ok(());
    }
    let grid = row_grid(x.rows());
    bias_gelu_fwd_config::<T>::new(
        block_for(x.cols(), chunk_max(dev, MAX_BLOCK)),
        gelu == Gelu::Erf,
    )
    .launch(
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
    swiglu_fwd_config::<T>::new(block_for(gate.cols(), chunk_max(dev, MAX_BLOCK)))
        .launch(
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
        )
        .map_err(NnError::launch(OP))
}

/// The backward of [`bias_gelu`]: `dx = dy * gelu'(x + bias)` and `dbias` = the sum of `dx`
/// over the rows (deterministic: per-program partial sums added in program order).
///
/// # Errors
/// [`NnError::Shape`] when `dy` or `dx` is not the shape of `x`, or `bias` or `dbias` has not
/// one element per column; [`NnError::Launch`] when a kernel fails; [`NnError::Device`] when
/// the partial sums cannot be allocated.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Gelu, Rows, bias_gelu_backward};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let x = dev.upload(&[0.0f32, 0.0])?;
/// let b = dev.upload(&[0.0f32])?;
/// let dy = dev.upload(&[1.0f32, 2.0])?;
/// let (dx, db) = (dev.alloc::<f32>(2)?, dev.alloc::<f32>(1)?);
/// let v = |buf| Rows::new(buf, 2, 1);
/// bias_gelu_backward(&dev, &v(&x)?, &b, Gelu::Erf, &v(&dy)?, &v(&dx)?, &db)?;
/// // gelu'(0) = 1/2.
/// assert_eq!(dx.to_vec()?, [0.5, 1.0]);
/// assert_eq!(db.to_vec()?, [1.5]);
/// # Ok(()) }
/// ```
#[allow(clippy::too_many_arguments)]
pub fn bias_gelu_backward<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    bias: &Buffer<T>,
    gelu: Gelu,
    dy: &Rows<'_, T>,
    dx: &Rows<'_, T>,
    dbias: &Buffer<T>,
) -> Result<(), NnError> {
    const OP: &str = "bias_gelu_backward";
    let (rows, cols) = (x.rows(), x.cols());
    dy.expect(OP, "dy", rows, cols)?;
    dx.expect(OP, "dx", rows, cols)?;
    NnError::expect_len(OP, "bias", bias, cols, "column")?;
    NnError::expect_len(OP, "dbias", dbias, cols, "column")?;
    if cols == 0 {
        return Ok(());
    }
    let (programs, per) = row_runs(rows);
    let part = dev
        .alloc::<f32>(programs.max(1) * cols)
        .map_err(|source| NnError::Device { op: OP, source })?;
    if rows > 0 {
        bias_gelu_bwd_config::<T>::new(
            block_for(cols, chunk_max(dev, MAX_BLOCK)),
            gelu == Gelu::Erf,
        )
        .launch(
            dev,
            Grid::x(programs as u32),
            x.buffer(),
            bias,
            dy.buffer(),
            dx.buffer(),
            &part,
            x.stride() as i32,
            dy.stride() as i32,
            dx.stride() as i32,
            rows as i32,
            cols as i32,
            per as i32,
        )
        .map_err(NnError::launch(OP))?;
    }
    add_partials(OP, dev, &part, if rows > 0 { programs } else { 0 }, dbias)
}

/// The backward of [`swiglu`]: `dgate = dy * up * silu'(gate)`, `dup = dy * silu(gate)`.
///
/// # Errors
/// [`NnError::Shape`] when `up`, `dy`, `dgate` or `dup` is not the shape of `gate`;
/// [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, swiglu_backward};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let (g, u, dy) = (dev.upload(&[0.0f32])?, dev.upload(&[3.0f32])?, dev.upload(&[1.0f32])?);
/// let (dg, du) = (dev.alloc::<f32>(1)?, dev.alloc::<f32>(1)?);
/// let v = |b| Rows::new(b, 1, 1);
/// swiglu_backward(&dev, &v(&g)?, &v(&u)?, &v(&dy)?, &v(&dg)?, &v(&du)?)?;
/// // silu'(0) = 1/2, silu(0) = 0.
/// assert_eq!(dg.to_vec()?, [1.5]);
/// assert_eq!(du.to_vec()?, [0.0]);
/// # Ok(()) }
/// ```
pub fn swiglu_backward<T: NnFloat>(
    dev: &Device,
    gate: &Rows<'_, T>,
    up: &Rows<'_, T>,
    dy: &Rows<'_, T>,
    dgate: &Rows<'_, T>,
    dup: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "swiglu_backward";
    let (rows, cols) = (gate.rows(), gate.cols());
    up.expect(OP, "up", rows, cols)?;
    dy.expect(OP, "dy", rows, cols)?;
    dgate.expect(OP, "dgate", rows, cols)?;
    dup.expect(OP, "dup", rows, cols)?;
    if rows == 0 || cols == 0 {
        return Ok(());
    }
    swiglu_bwd_config::<T>::new(block_for(cols, chunk_max(dev, MAX_BLOCK)))
        .launch(
            dev,
            row_grid(rows),
            gate.buffer(),
            up.buffer(),
            dy.buffer(),
            dgate.buffer(),
            dup.buffer(),
            gate.stride() as i32,
            up.stride() as i32,
            dy.stride() as i32,
            dgate.stride() as i32,
            dup.stride() as i32,
            rows as i32,
            cols as i32,
        )
        .map_err(NnError::launch(OP))
}
