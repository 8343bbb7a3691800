//! Solutions to the exercises of the book's "Writing a kernel library" chapter
//! (`book/src/kernel-library.md`).
//!
//! Run them with `cargo test -p oxtile-book-solutions --test kernel_library`.

use std::fmt;

use oxtile::half::{bf16, f16};
use oxtile::prelude::*;
use oxtile::{Element, LaunchError};
use rand::{Rng, SeedableRng, rngs::StdRng};

// Exercise 1: `scale_rows`, one kernel for f16, bf16 and f32, behind a safe function that
// checks its arguments and returns a typed error.

/// Why `scale_rows` did not run.
#[derive(Debug)]
pub enum ScaleError {
    /// An argument does not fit the others; nothing was launched.
    Shape {
        /// The argument.
        arg: &'static str,
        /// What is wrong, with the numbers.
        message: String,
    },
    /// The launch failed (boxed: a `LaunchError` is large).
    Launch(Box<LaunchError>),
}

impl fmt::Display for ScaleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScaleError::Shape { arg, message } => write!(f, "scale_rows: `{arg}` {message}"),
            ScaleError::Launch(e) => write!(f, "scale_rows: {e}"),
        }
    }
}

impl std::error::Error for ScaleError {}

#[kernel]
fn scale_rows_kernel<T: Float, const BLOCK: usize>(
    x: Ptr<T>,
    scale: Ptr<f32>,
    y: Ptr<T>,
    cols: i32,
) {
    let row = program_id(0);
    let c = arange(0, BLOCK);
    let m = c < cols;
    let s = load(scale + row);
    // Loaded as T, scaled in f32, rounded once to T.
    let v = load(x + row * cols + c, m, 0.0) as f32;
    store(y + row * cols + c, (v * s) as T, m);
}

/// `y[r, c] = x[r, c] * scale[r]` for a dense `rows x cols` matrix.
pub fn scale_rows<T: Float + Element>(
    dev: &Device,
    x: &Buffer<T>,
    rows: usize,
    cols: usize,
    scale: &Buffer<f32>,
    y: &Buffer<T>,
) -> Result<(), ScaleError> {
    let shape = |arg, message: String| ScaleError::Shape { arg, message };
    let n = rows
        .checked_mul(cols)
        .filter(|&n| n <= i32::MAX as usize)
        .ok_or_else(|| shape("x", format!("{rows} x {cols} exceeds i32 offsets")))?;
    for (arg, len) in [("x", x.len()), ("y", y.len())] {
        if len != n {
            return Err(shape(
                arg,
                format!("has {len} elements, expected {rows} x {cols} = {n}"),
            ));
        }
    }
    if scale.len() != rows {
        return Err(shape(
            "scale",
            format!(
                "has {} elements, expected one per row ({rows})",
                scale.len()
            ),
        ));
    }
    if n == 0 {
        return Ok(());
    }
    // The smallest power of two that holds a row, if the device takes a tile that large.
    let block = cols.next_power_of_two();
    if block as u64 > dev.limits().max_tile_elements {
        return Err(shape(
            "x",
            format!(
                "rows of {cols} columns do not fit one tile on `{}`",
                dev.name()
            ),
        ));
    }
    scale_rows_kernel_config::<T>::new(block)
        .launch(dev, Grid::x(rows as u32), x, scale, y, cols as i32)
        .map_err(|e| ScaleError::Launch(Box::new(e)))
}

fn scale_rows_case<T: Float + Element>(to: fn(f32) -> T, from: fn(T) -> f32, tol: f32) {
    let dev = Device::default().unwrap();
    let mut rng = StdRng::seed_from_u64(21);
    let (rows, cols) = (7, 300);
    let x: Vec<T> = (0..rows * cols)
        .map(|_| to(rng.random_range(-2.0..2.0)))
        .collect();
    let s: Vec<f32> = (0..rows).map(|_| rng.random_range(0.5..3.0)).collect();
    let (xb, sb) = (dev.upload(&x).unwrap(), dev.upload(&s).unwrap());
    let y = dev.alloc::<T>(rows * cols).unwrap();
    scale_rows(&dev, &xb, rows, cols, &sb, &y).unwrap();
    for (i, g) in y.to_vec().unwrap().into_iter().enumerate() {
        let want = from(x[i]) * s[i / cols];
        let g = from(g);
        assert!(
            (g - want).abs() <= tol * want.abs().max(1e-3),
            "element {i}: {g} vs {want}"
        );
    }
}

#[test]
fn scale_rows_at_every_dtype() {
    scale_rows_case::<f32>(|v| v, |v| v, 1e-6);
    scale_rows_case::<f16>(f16::from_f32, f16::to_f32, 1e-3);
    scale_rows_case::<bf16>(bf16::from_f32, bf16::to_f32, 8e-3);
}

#[test]
fn scale_rows_refuses_bad_shapes_before_launching() {
    let dev = Device::default().unwrap();
    let x = dev.upload(&[1.0f32; 12]).unwrap();
    let y = dev.alloc::<f32>(12).unwrap();
    let scale = dev.upload(&[2.0f32; 4]).unwrap();
    // 3 rows of 4: `scale` has one value too many.
    let err = scale_rows(&dev, &x, 3, 4, &scale, &y).unwrap_err();
    assert_eq!(
        err.to_string(),
        "scale_rows: `scale` has 4 elements, expected one per row (3)"
    );
    let err = scale_rows(&dev, &x, 4, 4, &scale, &y).unwrap_err();
    assert!(matches!(err, ScaleError::Shape { arg: "x", .. }), "{err}");
}

// Exercise 2: a device function and its derivative, each written once and shared by a
// forward and a backward kernel.

/// Leaky ReLU with slope `a` below zero.
#[kernel_fn]
pub fn leaky_relu<const N: usize>(x: Tile<f32, N>, a: f32) -> Tile<f32, N> {
    select(x > 0.0, x, a * x)
}

/// Its derivative: 1 above zero, `a` below (and at zero, as PyTorch takes it).
#[kernel_fn]
pub fn leaky_relu_grad<const N: usize>(x: Tile<f32, N>, a: f32) -> Tile<f32, N> {
    select(x > 0.0, 1.0, a)
}

#[kernel]
fn leaky_fwd<const B: usize>(x: Ptr<f32>, y: Ptr<f32>, a: f32, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(y + offs, leaky_relu(load(x + offs, m, 0.0), a), m);
}

#[kernel]
fn leaky_bwd<const B: usize>(x: Ptr<f32>, dy: Ptr<f32>, dx: Ptr<f32>, a: f32, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    let g = leaky_relu_grad(load(x + offs, m, 0.0), a);
    store(dx + offs, g * load(dy + offs, m, 0.0), m);
}

#[test]
fn one_device_function_serves_forward_and_backward() {
    let dev = Device::default().unwrap();
    let mut rng = StdRng::seed_from_u64(22);
    let n = 777;
    let a = 0.1f32;
    let x: Vec<f32> = (0..n).map(|_| rng.random_range(-3.0..3.0)).collect();
    let dy: Vec<f32> = (0..n).map(|_| rng.random_range(-1.0..1.0)).collect();
    let (xb, dyb) = (dev.upload(&x).unwrap(), dev.upload(&dy).unwrap());
    let (y, dx) = (dev.alloc::<f32>(n).unwrap(), dev.alloc::<f32>(n).unwrap());
    let grid = Grid::x(n.div_ceil(256) as u32);
    leaky_fwd::<256>::launch(&dev, grid, &xb, &y, a, n as i32).unwrap();
    leaky_bwd::<256>::launch(&dev, grid, &xb, &dyb, &dx, a, n as i32).unwrap();
    let (y, dx) = (y.to_vec().unwrap(), dx.to_vec().unwrap());
    for i in 0..n {
        let (want_y, slope) = if x[i] > 0.0 {
            (x[i], 1.0)
        } else {
            (a * x[i], a)
        };
        assert!(
            (y[i] - want_y).abs() <= 1e-6 * want_y.abs().max(1.0),
            "y[{i}]"
        );
        assert!((dx[i] - slope * dy[i]).abs() <= 1e-6, "dx[{i}]");
    }
}
