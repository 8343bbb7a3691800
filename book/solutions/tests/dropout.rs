//! Solutions to the exercises of the book's "Dropout" chapter (`book/src/dropout.md`).
//!
//! Run them with `cargo test -p oxtile-book-solutions --test dropout`.

use oxtile::numeric::rand_uniform;
use oxtile::prelude::*;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// `n` uniform values in `[0.5, 1.5)`: never 0, so a dropped element (0) is never confused
/// with a kept one.
fn positive(rng: &mut StdRng, n: usize) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(0.5f32..1.5)).collect()
}

/// Dropout of one element on the host: `rand(seed, offset)` is Philox's first word for that
/// seed and counter, as a uniform f32. A kernel's `i32` seed is sign-extended to 64 bits.
fn drop_one(x: f32, p: f32, seed: i32, offset: usize) -> f32 {
    let r = rand_uniform(seed as i64 as u64, offset as u32);
    if r > p { x / (1.0 - p) } else { 0.0 }
}

/// Asserts that `got` drops exactly the elements `want` drops, and keeps the others to
/// within an f32 rounding (the division by `1 - p` is correctly rounded on the CPU devices and
/// CUDA; Vulkan allows a GPU's division 2.5 ulps).
fn assert_dropped_like(got: &[f32], want: &[f32]) {
    assert_eq!(got.len(), want.len(), "result length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert_eq!(*g == 0.0, *w == 0.0, "element {i}: got {g}, want {w}");
        assert!(
            (g - w).abs() <= 3e-7 * w.abs(),
            "element {i}: got {g}, want {w}"
        );
    }
}

/// Asserts that about `1 - p` of `out` is kept (not 0): a mask that keeps everything, or
/// nothing, fails.
fn assert_kept_fraction(out: &[f32], p: f32) {
    let kept = out.iter().filter(|v| **v != 0.0).count() as f32 / out.len() as f32;
    assert!(
        (kept - (1.0 - p)).abs() < 0.05,
        "kept {kept}, want {}",
        1.0 - p
    );
}

// Exercise 1: a seed per row. Row `r` of a `rows x cols` matrix is dropped with
// `seeds[r]`, the random numbers counted from 0 along each row: a row's mask depends only on
// its seed, not on where the row sits in the matrix.

#[kernel]
fn row_seeded_dropout<const BLOCK: usize>(
    x: Ptr<f32>,
    seeds: Ptr<i32>,
    out: Ptr<f32>,
    n_cols: i32,
    p: f32,
) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n_cols;
    let seed = load(seeds + row);
    let xv = load(x + row * n_cols + cols, mask, 0.0);
    let keep = rand(seed, cols) > p;
    store(
        out + row * n_cols + cols,
        select(keep, xv / (1.0 - p), 0.0),
        mask,
    );
}

#[test]
fn row_seeded_dropout_matches_the_host() {
    let mut rng = StdRng::seed_from_u64(41);
    let (rows, cols) = (24, 300);
    let p = 0.4f32;
    let x = positive(&mut rng, rows * cols);
    // Random seeds, negative ones included; rows 5 and 17 share one.
    let mut seeds: Vec<i32> = (0..rows).map(|_| rng.random_range(-1000..1000)).collect();
    seeds[17] = seeds[5];

    let dev = Device::default().unwrap();
    let (xd, sd) = (dev.upload(&x).unwrap(), dev.upload(&seeds).unwrap());
    let out = dev.alloc::<f32>(rows * cols).unwrap();
    row_seeded_dropout::<512>::launch(&dev, Grid::x(rows as u32), &xd, &sd, &out, cols as i32, p)
        .unwrap();
    let got = out.to_vec().unwrap();

    let want: Vec<f32> = (0..rows * cols)
        .map(|i| drop_one(x[i], p, seeds[i / cols], i % cols))
        .collect();
    assert_dropped_like(&got, &want);
    assert_kept_fraction(&got, p);
    // Rows 5 and 17 share a seed, hence a mask; rows 5 and 6 do not.
    let kept = |r: usize| -> Vec<bool> { (0..cols).map(|c| got[r * cols + c] != 0.0).collect() };
    assert_eq!(kept(5), kept(17));
    assert_ne!(kept(5), kept(6));
}

// Exercise 2: two independent masks from one seed, for two tensors of `n` elements (say, two
// branches of a network): the second draws at counters `n..2n`, which the first never uses.

#[kernel]
fn dual_dropout<const BLOCK: usize>(
    x: Ptr<f32>,
    y: Ptr<f32>,
    x_out: Ptr<f32>,
    y_out: Ptr<f32>,
    n: i32,
    p: f32,
    seed: i32,
) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let xv = load(x + offsets, mask, 0.0);
    let yv = load(y + offsets, mask, 0.0);
    store(
        x_out + offsets,
        select(rand(seed, offsets) > p, xv / (1.0 - p), 0.0),
        mask,
    );
    store(
        y_out + offsets,
        select(rand(seed, n + offsets) > p, yv / (1.0 - p), 0.0),
        mask,
    );
}

#[test]
fn dual_dropout_draws_two_independent_masks() {
    let mut rng = StdRng::seed_from_u64(42);
    let n = 3000;
    let p = 0.5f32;
    let seed = rng.random_range(0..i32::MAX);
    let x = positive(&mut rng, n);
    let y = positive(&mut rng, n);

    let dev = Device::default().unwrap();
    let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
    let (xo, yo) = (dev.alloc::<f32>(n).unwrap(), dev.alloc::<f32>(n).unwrap());
    const BLOCK: usize = 512;
    let grid = Grid::x(n.div_ceil(BLOCK) as u32);
    dual_dropout::<BLOCK>::launch(&dev, grid, &xd, &yd, &xo, &yo, n as i32, p, seed).unwrap();
    let (gx, gy) = (xo.to_vec().unwrap(), yo.to_vec().unwrap());

    let want_x: Vec<f32> = (0..n).map(|i| drop_one(x[i], p, seed, i)).collect();
    let want_y: Vec<f32> = (0..n).map(|i| drop_one(y[i], p, seed, n + i)).collect();
    assert_dropped_like(&gx, &want_x);
    assert_dropped_like(&gy, &want_y);
    assert_kept_fraction(&gx, p);
    assert_kept_fraction(&gy, p);
    // Independent masks agree on about half the elements at p = 0.5 (the same mask would
    // agree on all of them).
    let agree = (0..n).filter(|&i| (gx[i] != 0.0) == (gy[i] != 0.0)).count() as f32 / n as f32;
    assert!((agree - 0.5).abs() < 0.05, "masks agree on {agree}");
}

// Exercise 3: the backward pass. `dx = dy / (1 - p)` where the forward pass kept the element
// and 0 where it dropped it: the mask is recomputed from the seed, never read.

#[kernel]
fn seeded_dropout<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32, p: f32, seed: i32) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let xv = load(x + offsets, mask, 0.0);
    let keep = rand(seed, offsets) > p;
    store(out + offsets, select(keep, xv / (1.0 - p), 0.0), mask);
}

#[kernel]
fn dropout_backward<const BLOCK: usize>(dy: Ptr<f32>, dx: Ptr<f32>, n: i32, p: f32, seed: i32) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let g = load(dy + offsets, mask, 0.0);
    // The forward pass's mask: the same seed and the same offsets give the same numbers.
    let keep = rand(seed, offsets) > p;
    store(dx + offsets, select(keep, g / (1.0 - p), 0.0), mask);
}

#[test]
fn dropout_backward_recomputes_the_forward_mask() {
    let mut rng = StdRng::seed_from_u64(43);
    let n = 2500;
    let p = 0.3f32;
    let seed = rng.random_range(0..i32::MAX);
    let x = positive(&mut rng, n);
    let dy: Vec<f32> = (0..n).map(|_| rng.random_range(-1.0f32..1.0)).collect();

    let dev = Device::default().unwrap();
    let (xd, dyd) = (dev.upload(&x).unwrap(), dev.upload(&dy).unwrap());
    let (out, dx) = (dev.alloc::<f32>(n).unwrap(), dev.alloc::<f32>(n).unwrap());
    // The backward pass with another block size than the forward: the mask depends on the
    // element's offset only, not on which program draws it.
    seeded_dropout::<256>::launch(
        &dev,
        Grid::x(n.div_ceil(256) as u32),
        &xd,
        &out,
        n as i32,
        p,
        seed,
    )
    .unwrap();
    dropout_backward::<1024>::launch(
        &dev,
        Grid::x(n.div_ceil(1024) as u32),
        &dyd,
        &dx,
        n as i32,
        p,
        seed,
    )
    .unwrap();
    let (y, g) = (out.to_vec().unwrap(), dx.to_vec().unwrap());

    let want_y: Vec<f32> = (0..n).map(|i| drop_one(x[i], p, seed, i)).collect();
    assert_dropped_like(&y, &want_y);
    assert_kept_fraction(&y, p);
    // The gradient flows exactly where the forward pass kept the element.
    let want_g: Vec<f32> = (0..n)
        .map(|i| if y[i] != 0.0 { dy[i] / (1.0 - p) } else { 0.0 })
        .collect();
    assert_dropped_like(&g, &want_g);
}
