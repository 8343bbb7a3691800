//! Low-memory dropout (Triton tutorial 04): instead of storing a random keep-mask, the kernel
//! regenerates it from a seed and the element offsets with the counter-based Philox
//! generator. The same seed gives the same mask on every backend and every run, so the
//! backward pass can recompute it instead of reading it.

#[path = "common/mod.rs"]
mod common;

use oxtile::prelude::*;

// ANCHOR: kernel
#[kernel]
fn seeded_dropout<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32, p: f32, seed: i32) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let xv = load(x + offsets, mask, 0.0);
    // One uniform number in [0, 1) per element, a pure function of (seed, offset).
    let r = rand(seed, offsets);
    let keep = r > p;
    store(out + offsets, select(keep, xv / (1.0 - p), 0.0), mask);
}
// ANCHOR_END: kernel

fn run(
    dev: &Device,
    x: &Buffer<f32>,
    n: usize,
    p: f32,
    seed: i32,
) -> Result<Vec<f32>, Box<dyn std::error::Error>> {
    let out = dev.alloc::<f32>(n)?;
    const BLOCK: usize = 1024;
    seeded_dropout::<BLOCK>::launch(
        dev,
        Grid::x(n.div_ceil(BLOCK) as u32),
        x,
        &out,
        n as i32,
        p,
        seed,
    )?;
    Ok(out.to_vec()?)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n = 50_000;
    let p = 0.3f32;
    let mut rng = common::rng(4);
    // Strictly positive inputs, so a dropped element (0) is never confused with a kept one.
    let x = common::uniform(&mut rng, n, 0.5, 1.5);
    let dev = Device::default()?;
    let xd = dev.upload(&x)?;
    let a = run(&dev, &xd, n, p, 123)?;
    let again = run(&dev, &xd, n, p, 123)?;
    let other = run(&dev, &xd, n, p, 124)?;

    // Reference: the same Philox stream computed on the host.
    let want: Vec<f32> = (0..n)
        .map(|i| {
            let r = oxtile::numeric::rand_uniform(123, i as u32);
            if r > p { x[i] / (1.0 - p) } else { 0.0 }
        })
        .collect();
    let (err, mut ok) = common::compare(&a, &want, 1e-6, 1e-6);
    let kept = a.iter().filter(|v| **v != 0.0).count() as f32 / n as f32;
    ok &= a == again;
    ok &= a != other;
    ok &= (kept - (1.0 - p)).abs() < 0.01;
    common::verdict(
        "dropout",
        dev.name(),
        &format!(
            "n = {n}, p = {p}, kept {kept:.4}, reproducible with the same seed, different with another"
        ),
        err,
        ok,
    );
    Ok(())
}
