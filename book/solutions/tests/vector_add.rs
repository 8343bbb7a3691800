//! Solutions to the exercises of the book's "Vector add" chapter (`book/src/vector-add.md`).
//!
//! Run them with `cargo test -p oxtile-book-solutions --test vector_add`.

use oxtile::prelude::*;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// `n` uniform values in `[lo, hi)`.
fn uniform(rng: &mut StdRng, n: usize, lo: f32, hi: f32) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// Panics at the first element of `got` further than `atol + rtol * |want|` from `want`.
fn assert_close(got: &[f32], want: &[f32], atol: f32, rtol: f32) {
    assert_eq!(got.len(), want.len(), "result length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        // Written so that a NaN fails.
        let ok = (g - w).abs() <= atol + rtol * w.abs();
        assert!(ok, "element {i}: got {g}, want {w}");
    }
}

// Exercise 1: `out = alpha * x + y` (BLAS's saxpy), one pass over memory.

#[kernel]
fn axpy<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, alpha: f32, n: i32) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let xv = load(x + offsets, mask, 0.0);
    let yv = load(y + offsets, mask, 0.0);
    store(out + offsets, alpha * xv + yv, mask);
}

#[test]
fn axpy_matches_the_host() {
    let mut rng = StdRng::seed_from_u64(11);
    // Not a multiple of the block: the last program is partly masked.
    let n = 1000;
    let alpha = rng.random_range(-3.0f32..3.0);
    let x = uniform(&mut rng, n, -1.0, 1.0);
    let y = uniform(&mut rng, n, -1.0, 1.0);

    let dev = Device::default().unwrap();
    let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
    let out = dev.alloc::<f32>(n).unwrap();
    const BLOCK: usize = 128;
    let grid = Grid::x(n.div_ceil(BLOCK) as u32);
    axpy::<BLOCK>::launch(&dev, grid, &xd, &yd, &out, alpha, n as i32).unwrap();

    let want: Vec<f32> = x.iter().zip(&y).map(|(x, y)| alpha * x + y).collect();
    // Two f32 roundings on the CPU devices; a GPU may fuse them into one FMA (a few ulps).
    assert_close(&out.to_vec().unwrap(), &want, 1e-6, 1e-6);
}

// Exercise 2: one vector add for f16 and f32 buffers, adding in f32 and rounding once.

#[kernel]
fn add_any<T: Float, const BLOCK: usize>(x: Ptr<T>, y: Ptr<T>, out: Ptr<T>, n: i32) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let a = load(x + offsets, mask, 0.0) as f32;
    let b = load(y + offsets, mask, 0.0) as f32;
    store(out + offsets, (a + b) as T, mask);
}

#[test]
fn add_any_at_f16_and_f32() {
    let mut rng = StdRng::seed_from_u64(12);
    let n: usize = 777;
    const BLOCK: usize = 256;
    let grid = Grid::x(n.div_ceil(BLOCK) as u32);
    let dev = Device::default().unwrap();

    // f16: the inputs are rounded to f16 first, so the reference adds the values the
    // kernel reads.
    let x: Vec<f16> = uniform(&mut rng, n, -100.0, 100.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let y: Vec<f16> = uniform(&mut rng, n, -100.0, 100.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
    let out = dev.alloc::<f16>(n).unwrap();
    add_any::<f16, BLOCK>::launch(&dev, grid, &xd, &yd, &out, n as i32).unwrap();
    let got: Vec<f32> = out.to_vec().unwrap().iter().map(|v| v.to_f32()).collect();
    let want: Vec<f32> = x
        .iter()
        .zip(&y)
        .map(|(a, b)| (a.to_f64() + b.to_f64()) as f32)
        .collect();
    // One rounding to f16: at most half an f16 ulp, 2^-11 of the value (plus f16's
    // smallest step, for sums near zero).
    assert_close(&got, &want, 6e-8, 2f32.powi(-11));

    // The same kernel at f32.
    let x = uniform(&mut rng, n, -100.0, 100.0);
    let y = uniform(&mut rng, n, -100.0, 100.0);
    let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
    let out = dev.alloc::<f32>(n).unwrap();
    add_any::<f32, BLOCK>::launch(&dev, grid, &xd, &yd, &out, n as i32).unwrap();
    let want: Vec<f32> = x.iter().zip(&y).map(|(a, b)| a + b).collect();
    assert_close(&out.to_vec().unwrap(), &want, 0.0, 0.0);
}

// Exercise 3: a fixed grid of programs, each striding over as many blocks as it takes.

#[kernel]
fn add_grid_stride<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let lanes = arange(0, BLOCK);
    // Block `b` starts at element `b * BLOCK`; program `p` takes blocks p, p + P, p + 2P...
    for start in ((program_id(0) * BLOCK)..n).step_by(num_programs(0) * BLOCK) {
        let offsets = start + lanes;
        let mask = offsets < n;
        let a = load(x + offsets, mask, 0.0);
        let b = load(y + offsets, mask, 0.0);
        store(out + offsets, a + b, mask);
    }
}

#[test]
fn add_grid_stride_covers_every_element() {
    let mut rng = StdRng::seed_from_u64(13);
    let n = 5000;
    let x = uniform(&mut rng, n, -1.0, 1.0);
    let y = uniform(&mut rng, n, -1.0, 1.0);
    let want: Vec<f32> = x.iter().zip(&y).map(|(a, b)| a + b).collect();

    let dev = Device::default().unwrap();
    let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
    const BLOCK: usize = 128;
    // 40 blocks: fewer programs than blocks (each takes several, unevenly), exactly as
    // many, and more (some take none).
    for programs in [3u32, 7, 40, 64] {
        // NaN in every element first, so an element no program writes fails the check.
        let out = dev.upload(&vec![f32::NAN; n]).unwrap();
        add_grid_stride::<BLOCK>::launch(&dev, Grid::x(programs), &xd, &yd, &out, n as i32)
            .unwrap();
        assert_close(&out.to_vec().unwrap(), &want, 0.0, 0.0);
    }
}
