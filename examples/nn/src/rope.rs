//! Rotary position embedding (RoPE).

use oxtile::prelude::*;

use crate::launch::{block_for, row_grid};
use crate::{NnError, NnFloat, Rows};

/// Rotates the two halves of each row by the angles of its position: `y1 = x1 cos - x2 sin`,
/// `y2 = x2 cos + x1 sin` (with `INVERSE`, by the opposite angles: the backward pass).
#[kernel]
fn rope_rotate<T: Float, const BLOCK: usize, const INVERSE: bool>(
    x: Ptr<T>,
    cos: Ptr<f32>,
    sin: Ptr<f32>,
    y: Ptr<T>,
    x_stride: i32,
    y_stride: i32,
    cos_stride: i32,
    sin_stride: i32,
    n_rows: i32,
    heads: i32,
    seq: i32,
    half: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let pos = (row / heads) % seq;
        let c = arange(0, BLOCK);
        let m = c < half;
        let xr = x + row * x_stride;
        let x1 = load(xr + c, m, 0.0) as f32;
        let x2 = load(xr + half + c, m, 0.0) as f32;
        let co = load(cos + pos * cos_stride + c, m, 0.0);
        let s = load(sin + pos * sin_stride + c, m, 0.0);
        let si = if INVERSE { 0.0 - s } else { s };
        let yr = y + row * y_stride;
        store(yr + c, (x1 * co - x2 * si) as T, m);
        store(yr + half + c, (x2 * co + x1 * si) as T, m);
    }
}

#[allow(clippy::too_many_arguments)]
fn run<T: NnFloat>(
    op: &'static str,
    inverse: bool,
    dev: &Device,
    x: &Rows<'_, T>,
    cos: &Rows<'_, f32>,
    sin: &Rows<'_, f32>,
    heads: usize,
    y: &Rows<'_, T>,
) -> Result<(), NnError> {
    let (rows, cols) = (x.rows(), x.cols());
    y.expect(op, "y", rows, cols)?;
    if cols % 2 != 0 {
        return Err(NnError::shape(
            op,
            "x",
            format!("has {cols} columns: a head dimension must be even"),
        ));
    }
    let half = cols / 2;
    let seq = cos.rows();
    cos.expect(op, "cos", seq, half)?;
    sin.expect(op, "sin", seq, half)?;
    if heads == 0 || rows % heads != 0 {
        return Err(NnError::shape(
            op,
            "heads",
            format!(
                "is {heads}: the rows ({rows}) must be a whole number of positions of {heads} heads"
            ),
        ));
    }
    if seq == 0 && rows > 0 {
        return Err(NnError::shape(op, "cos", "has no positions"));
    }
    if rows == 0 || half == 0 {
        return Ok(());
    }
    rope_rotate_config::<T>::new(block_for(half, 4096), inverse)
        .launch(
            dev,
            row_grid(rows),
            x.buffer(),
            cos.buffer(),
            sin.buffer(),
            y.buffer(),
            x.stride() as i32,
            y.stride() as i32,
            cos.stride() as i32,
            sin.stride() as i32,
            rows as i32,
            heads as i32,
            seq as i32,
            half as i32,
        )
        .map_err(NnError::launch(op))
}

/// Rotary position embedding, the half-split form (GPT-NeoX, Llama in Hugging Face's
/// layout): each row of `x` is one head of one token, its first and second halves `x1`, `x2`
/// rotated by the angles of the token's position, `y1 = x1 cos - x2 sin`, `y2 = x2 cos + x1
/// sin`. `x` is `[tokens * heads, head_dim]` with the heads of a token in consecutive rows
/// (`[batch, seq, heads, head_dim]` flattened), so row `r` is at position `(r / heads) %
/// seq`; `cos` and `sin` are `[seq, head_dim / 2]` f32 tables (`cos(pos * theta_i)`...). `y`
/// may be `x` (in place).
///
/// # Errors
/// [`NnError::Shape`] when `y` is not the shape of `x`, the head dimension is odd, the tables
/// are not `[seq, head_dim / 2]`, or the rows are not a whole number of tokens of `heads`
/// heads; [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, rope};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// // One token, one head of dimension 2, rotated by 90 degrees.
/// let x = dev.upload(&[1.0f32, 0.0])?;
/// let (cos, sin) = (dev.upload(&[0.0f32])?, dev.upload(&[1.0f32])?);
/// let y = dev.alloc::<f32>(2)?;
/// rope(&dev, &Rows::new(&x, 1, 2)?, &Rows::new(&cos, 1, 1)?, &Rows::new(&sin, 1, 1)?, 1,
///      &Rows::new(&y, 1, 2)?)?;
/// assert_eq!(y.to_vec()?, [0.0, 1.0]);
/// # Ok(()) }
/// ```
pub fn rope<T: NnFloat>(
    dev: &Device,
    x: &Rows<'_, T>,
    cos: &Rows<'_, f32>,
    sin: &Rows<'_, f32>,
    heads: usize,
    y: &Rows<'_, T>,
) -> Result<(), NnError> {
    run("rope", false, dev, x, cos, sin, heads, y)
}

/// The backward of [`rope`]: the gradient rotated by the opposite angles (a rotation's
/// transpose is its inverse), `dx1 = dy1 cos + dy2 sin`, `dx2 = dy2 cos - dy1 sin`.
///
/// # Errors
/// As [`rope`].
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, rope, rope_backward};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// // A rotation by 90 degrees, then its backward: the gradient rotated back.
/// let (cos, sin) = (dev.upload(&[0.0f32])?, dev.upload(&[1.0f32])?);
/// let t = |b| Rows::new(b, 1, 1);
/// let dy = dev.upload(&[0.0f32, 1.0])?;
/// let dx = dev.alloc::<f32>(2)?;
/// rope_backward(&dev, &Rows::new(&dy, 1, 2)?, &t(&cos)?, &t(&sin)?, 1, &Rows::new(&dx, 1, 2)?)?;
/// assert_eq!(dx.to_vec()?, [1.0, 0.0]);
/// # Ok(()) }
/// ```
pub fn rope_backward<T: NnFloat>(
    dev: &Device,
    dy: &Rows<'_, T>,
    cos: &Rows<'_, f32>,
    sin: &Rows<'_, f32>,
    heads: usize,
    dx: &Rows<'_, T>,
) -> Result<(), NnError> {
    run("rope_backward", true, dev, dy, cos, sin, heads, dx)
}
