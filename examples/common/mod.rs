//! Helpers shared by the examples: random inputs and result checks against plain-Rust
//! references. Included with `#[path]`, so it is not an example of its own.
#![allow(dead_code)]

use rand::{Rng, SeedableRng, rngs::StdRng};

/// A reproducible random generator for an example.
pub fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

/// `n` uniform values in `[lo, hi)`.
pub fn uniform(rng: &mut StdRng, n: usize, lo: f32, hi: f32) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// The largest absolute difference, and whether every element is within `atol + rtol*|want|`.
pub fn compare(got: &[f32], want: &[f32], atol: f32, rtol: f32) -> (f32, bool) {
    assert_eq!(got.len(), want.len(), "result length");
    let mut max_err = 0.0f32;
    let mut ok = true;
    for (g, w) in got.iter().zip(want) {
        let err = (g - w).abs();
        // Written so that a NaN error fails the check.
        let within = err <= atol + rtol * w.abs();
        ok &= within;
        if err > max_err || err.is_nan() {
            max_err = err;
        }
    }
    (max_err, ok)
}

/// Prints the one-line verdict and fails the process when the check failed.
pub fn verdict(name: &str, device: &str, detail: &str, max_err: f32, ok: bool) {
    let status = if ok { "PASS" } else { "FAIL" };
    println!("{status} {name} on {device}: {detail}, max abs error {max_err:.3e}");
    if !ok {
        std::process::exit(1);
    }
}
