//! Dtype-generic kernels (`T: Float`, `T: Int`, `T: Num`) through `#[kernel]`, launched at
//! several dtypes on whatever device the suite runs on, against plain-Rust references on
//! random inputs: one softmax for f16, bf16 and f32 (computed in f32, rounded to `T`), one
//! integer kernel for i8, i32 and u32 (wrapping, as the interpreter defines it), and a
//! conversion generic over both its input and its output dtype.

mod common;

use common::*;
use half::{bf16, f16};
use oxtile::prelude::*;
use rand::Rng;

/// Row softmax for any float dtype: loads `T`, computes in f32, stores `T`. `T::NEG_INFINITY`
/// pads the row, a weakly typed constant like `f32::NEG_INFINITY`.
#[kernel]
fn softmax<T: Float, const BLOCK: usize>(out: Ptr<T>, x: Ptr<T>, n_cols: i32) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n_cols;
    let v = load(x + row * n_cols + cols, mask, T::NEG_INFINITY) as f32;
    let num = exp(v - max(v, 0));
    let y = num / sum(num, 0);
    store(out + row * n_cols + cols, y as T, mask);
}

/// `max(x + y * 3, lo)` for any integer dtype, with a weak literal meeting `T` tiles, a scalar
/// parameter of type `T` and `zeros::<T>`.
#[kernel]
fn axpy_max<T: Int, const BLOCK: usize>(out: Ptr<T>, x: Ptr<T>, y: Ptr<T>, lo: T, n: i32) {
    let offs = arange(0, BLOCK);
    let mask = offs < n;
    let a = load(x + offs, mask, 0);
    let b = load(y + offs, mask, 0);
    let s = maximum(a + b * 3 + zeros::<T>([BLOCK]), lo);
    store(out + offs, s, mask);
}

/// `x as D` from any numeric dtype to any other: two type parameters.
#[kernel]
fn convert<S: Num, D: Num, const BLOCK: usize>(out: Ptr<D>, x: Ptr<S>, n: i32) {
    let offs = arange(0, BLOCK) + program_id(0) * BLOCK;
    let mask = offs < n;
    store(out + offs, load(x + offs, mask, 0) as D, mask);
}

/// `n` random integers in `lo..=hi`.
fn ints(r: &mut rand::rngs::StdRng, n: usize, lo: i64, hi: i64) -> Vec<i64> {
    (0..n).map(|_| r.random_range(lo..=hi)).collect()
}

/// Softmax of `rows x cols` values in f32, the reference.
fn softmax_ref(x: &[f32], cols: usize) -> Vec<f32> {
    x.chunks(cols)
        .flat_map(|row| {
            let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let e: Vec<f32> = row.iter().map(|v| (v - m).exp()).collect();
            let s: f32 = e.iter().sum();
            e.into_iter().map(move |v| v / s)
        })
        .collect()
}

/// Runs the generic softmax at `T` and compares it with the f32 reference of the same
/// (rounded) inputs, within `tol` of `T`.
fn softmax_at<T: Float>(from: fn(f32) -> T, to: fn(T) -> f32, tol: f32) {
    let (rows, cols) = (5, 100);
    let mut r = rng(71);
    let x: Vec<T> = f32s(&mut r, rows * cols, -4.0, 4.0)
        .into_iter()
        .map(from)
        .collect();
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<T>(rows * cols).unwrap();
    softmax::<T, 128>::launch(&d, Grid::x(rows as u32), &out, &xd, cols as i32).unwrap();
    let got: Vec<f32> = out.to_vec().unwrap().into_iter().map(to).collect();
    let want = softmax_ref(&x.iter().map(|v| to(*v)).collect::<Vec<_>>(), cols);
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert!(
            (g - w).abs() <= tol * w.abs().max(1e-3),
            "{:?}[{i}]: got {g}, want {w}",
            T::DTYPE
        );
    }
}

#[test]
fn one_softmax_runs_at_f16_bf16_and_f32() {
    softmax_at::<f32>(|v| v, |v| v, 1e-5);
    softmax_at::<f16>(f16::from_f32, f16::to_f32, 2e-3);
    softmax_at::<bf16>(bf16::from_f32, bf16::to_f32, 1e-2);
}

/// Runs the generic integer kernel at `T` on random values and compares it bit for bit.
fn axpy_max_at<T: Int + PartialOrd>(
    from: fn(i64) -> T,
    wrap: fn(T, T, T) -> T,
    lo: T,
    range: (i64, i64),
) {
    let n = 300;
    let mut r = rng(72);
    let x: Vec<T> = ints(&mut r, n, range.0, range.1)
        .into_iter()
        .map(from)
        .collect();
    let y: Vec<T> = ints(&mut r, n, range.0, range.1)
        .into_iter()
        .map(from)
        .collect();
    let d = dev();
    let (xd, yd) = (d.upload(&x).unwrap(), d.upload(&y).unwrap());
    let out = d.alloc::<T>(n).unwrap();
    axpy_max::<T, 512>::launch(&d, Grid::x(1), &out, &xd, &yd, lo, n as i32).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..n {
        let s = wrap(x[i], y[i], from(3));
        let want = if s > lo { s } else { lo };
        assert_eq!(got[i], want, "{:?}[{i}]", T::DTYPE);
    }
}

#[test]
fn one_integer_kernel_runs_at_i8_i32_and_u32() {
    axpy_max_at::<i8>(
        |v| v as i8,
        |a, b, k| a.wrapping_add(b.wrapping_mul(k)),
        -20,
        (-128, 127),
    );
    axpy_max_at::<i32>(
        |v| v as i32,
        |a, b, k| a.wrapping_add(b.wrapping_mul(k)),
        -5,
        (-2_000_000_000, 2_000_000_000),
    );
    axpy_max_at::<u32>(
        |v| v as u32,
        |a, b, k| a.wrapping_add(b.wrapping_mul(k)),
        7,
        (0, 4_000_000_000),
    );
}

#[test]
fn a_kernel_generic_over_two_dtypes_converts_between_them() {
    let n = 1000;
    let mut r = rng(73);
    let x: Vec<f32> = f32s(&mut r, n, -300.0, 300.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<i16>(n).unwrap();
    convert::<f32, i16, 256>::launch(&d, Grid::x(4), &out, &xd, n as i32).unwrap();
    let want: Vec<i16> = x.iter().map(|v| *v as i16).collect();
    assert_eq!(out.to_vec().unwrap(), want);

    let h: Vec<f16> = x.iter().map(|v| f16::from_f32(*v)).collect();
    let hd = d.upload(&h).unwrap();
    let out = d.alloc::<f64>(n).unwrap();
    convert::<f16, f64, 256>::launch(&d, Grid::x(4), &out, &hd, n as i32).unwrap();
    let want: Vec<f64> = h.iter().map(|v| v.to_f64()).collect();
    assert_eq!(out.to_vec().unwrap(), want);
}

/// The embedded IR is the instance's: the type arguments select it.
#[test]
fn each_instance_carries_its_own_ir() {
    assert!(softmax::<f16, 128>::IR.contains("*f16"));
    assert!(softmax::<bf16, 128>::IR.contains("*bf16"));
    assert!(!softmax::<f32, 128>::IR.contains("f16"));
    assert!(convert::<u8, f64, 64>::IR.contains("x: *u8"));
    assert!(convert::<u8, f64, 64>::IR.contains("out: *f64"));
}

/// Writes `SEED as f32` (where `n` > 0).
#[kernel]
fn seeded<const SEED: u64, const B: usize>(out: Ptr<f32>, n: i32) {
    let offs = arange(0, B);
    store(out + offs, full([B], 1.0) * (SEED as f32), offs < n);
}

/// A configuration chosen at run time (`softmax_config`) launches the same kernel as the
/// type with the same constants, bit for bit, and a constant past what the runtime takes is
/// a typed error, not a panic.
#[test]
fn a_configuration_chosen_at_run_time_launches_like_the_type() {
    let (rows, cols) = (3, 100);
    let x: Vec<f32> = f32s(&mut rng(74), rows * cols, -3.0, 3.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    // The block is chosen from the data: the smallest power of two holding a row.
    let cfg = softmax_config::<f32>::new(cols.next_power_of_two());
    assert_eq!(cfg.BLOCK, 128);
    let a = d.alloc::<f32>(rows * cols).unwrap();
    cfg.launch(&d, Grid::x(rows as u32), &a, &xd, cols as i32)
        .unwrap();
    let b = d.alloc::<f32>(rows * cols).unwrap();
    softmax::<f32, 128>::launch(&d, Grid::x(rows as u32), &b, &xd, cols as i32).unwrap();
    assert_eq!(a.to_vec().unwrap(), b.to_vec().unwrap());

    let out = d.alloc::<f32>(4).unwrap();
    seeded_config::new(7, 4)
        .launch(&d, Grid::x(1), &out, 4)
        .unwrap();
    assert_eq!(out.to_vec().unwrap(), [7.0; 4]);
    let e = seeded_config::new(u64::MAX, 4)
        .launch(&d, Grid::x(1), &out, 4)
        .unwrap_err();
    assert!(
        matches!(&e, oxtile::LaunchError::Specialization { message, .. } if message.contains("SEED")),
        "{e}"
    );
}
