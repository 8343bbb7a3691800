//! Fused row-wise softmax (Triton tutorial 02): each row is read once, its max, exponentials,
//! sum and quotient computed in registers, and written once — one round trip to memory
//! instead of the five a naive composition of ops makes. One kernel serves every float dtype:
//! it is generic over `T: Float`, run here at f32 and at f16.

#[path = "common/mod.rs"]
mod common;

use oxtile::prelude::*;

// ANCHOR: kernel
#[kernel]
fn softmax<T: Float, const BLOCK: usize>(
    out: Ptr<T>,
    input: Ptr<T>,
    in_stride: i32,
    out_stride: i32,
    n_rows: i32,
    n_cols: i32,
) {
    // Programs stride over the rows, so any grid size covers any number of rows.
    let first = program_id(0);
    let step = num_programs(0);
    for row in (first..n_rows).step_by(step) {
        let cols = arange(0, BLOCK);
        let mask = cols < n_cols;
        // Padding lanes read -inf so they vanish from the max and (as exp(-inf) = 0) the sum.
        // Whatever `T` is, the row is computed in f32 and rounded to `T` once, at the end.
        let x = load(input + row * in_stride + cols, mask, T::NEG_INFINITY) as f32;
        let z = x - max(x, 0);
        let num = exp(z);
        let den = sum(num, 0);
        store(out + row * out_stride + cols, (num / den) as T, mask);
    }
}
// ANCHOR_END: kernel

/// Plain-Rust reference.
fn softmax_ref(x: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut out = vec![0.0; rows * cols];
    for r in 0..rows {
        let row = &x[r * cols..(r + 1) * cols];
        let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let e: Vec<f32> = row.iter().map(|v| (v - m).exp()).collect();
        let s: f32 = e.iter().sum();
        for c in 0..cols {
            out[r * cols + c] = e[c] / s;
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // ANCHOR: launch
    let (rows, cols) = (301, 781);
    let mut rng = common::rng(2);
    let x = common::uniform(&mut rng, rows * cols, -4.0, 4.0);

    let dev = Device::default()?;
    let xd = dev.upload(&x)?;
    let out = dev.alloc::<f32>(rows * cols)?;
    // One block holds a whole row: 781 columns fit in a block of 784 (no power of two needed).
    const BLOCK: usize = 784;
    let programs = rows.min(64) as u32;
    softmax::<f32, BLOCK>::launch(
        &dev,
        Grid::x(programs),
        &out,
        &xd,
        cols as i32,
        cols as i32,
        rows as i32,
        cols as i32,
    )?;
    let got = out.to_vec()?;
    // ANCHOR_END: launch

    let want = softmax_ref(&x, rows, cols);
    let (err, ok) = common::compare(&got, &want, 1e-6, 1e-5);
    common::verdict(
        "fused_softmax",
        dev.name(),
        &format!("{rows} x {cols}"),
        err,
        ok,
    );

    // ANCHOR: f16
    // The same kernel at f16: half the bytes to read and write, results rounded to f16.
    let x16: Vec<f16> = x.iter().map(|v| f16::from_f32(*v)).collect();
    let xd16 = dev.upload(&x16)?;
    let out16 = dev.alloc::<f16>(rows * cols)?;
    softmax::<f16, BLOCK>::launch(
        &dev,
        Grid::x(programs),
        &out16,
        &xd16,
        cols as i32,
        cols as i32,
        rows as i32,
        cols as i32,
    )?;
    // ANCHOR_END: f16
    let got16: Vec<f32> = out16.to_vec()?.iter().map(|v| v.to_f32()).collect();
    let rounded: Vec<f32> = x16.iter().map(|v| v.to_f32()).collect();
    let want16 = softmax_ref(&rounded, rows, cols);
    // One rounding to f16 (a relative error of at most 2^-11) after an f32 computation.
    let (err, ok) = common::compare(&got16, &want16, 1e-6, 1e-3);
    common::verdict(
        "fused_softmax (f16)",
        dev.name(),
        &format!("{rows} x {cols}"),
        err,
        ok,
    );
    Ok(())
}
