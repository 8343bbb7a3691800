//! Correctness against plain-Rust references in f64.
//!
//! Every benchmarked output is first poisoned with NaN, then written by the kernel, read back
//! whole (every NaN left is an unwritten element, or a real NaN: either fails), and compared
//! on a sample of rows or elements with a reference computed in f64 from the same (rounded)
//! inputs, by the relative error ‖out − ref‖ / ‖ref‖ over the sample. Sampling keeps the
//! reference of an 8192³ matmul or a 4096-token attention to milliseconds of CPU time;
//! the sample spans the whole output (first, last and evenly spaced indices between).

use oxtile::half::f16;
use oxtile::{Buffer, Element};
use rand::{Rng, SeedableRng, rngs::StdRng};

use crate::timing::Error;

/// A host buffer of NaN, written over an output before each check, so that an element the
/// kernel fails to write is caught.
pub fn poisoner<'a, T: Element>(buf: &'a Buffer<T>, nan: T) -> impl Fn() -> Result<(), Error> + 'a {
    let host = vec![nan; buf.len()];
    move || Ok(buf.write(&host)?)
}

/// A reproducible generator; each benchmark draws with its own seed.
pub fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

/// `n` uniform values in `[lo, hi)`: random data, never zeros.
pub fn uniform(rng: &mut StdRng, n: usize, lo: f32, hi: f32) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// `count` indices in `0..n`, evenly spaced, first and last included, no duplicates.
pub fn sample(n: usize, count: usize) -> Vec<usize> {
    if n <= count {
        return (0..n).collect();
    }
    let mut v: Vec<usize> = (0..count).map(|i| i * (n - 1) / (count - 1)).collect();
    v.dedup();
    v
}

/// The outcome of one check.
#[derive(Clone, Copy, Debug)]
pub struct Check {
    /// ‖got − want‖ / ‖want‖ over the sample (NaN if any sampled value is NaN).
    pub rel_err: f64,
    /// NaNs in the whole output: unwritten (poisoned) elements.
    pub unwritten: usize,
    /// The tolerance `rel_err` was held to.
    pub tol: f64,
}

impl Check {
    /// Compares a sample and counts NaNs in the whole output.
    pub fn new(got: &[f64], want: &[f64], unwritten: usize, tol: f64) -> Check {
        assert_eq!(got.len(), want.len(), "sample length");
        let (mut num, mut den) = (0.0f64, 0.0f64);
        for (g, w) in got.iter().zip(want) {
            num += (g - w) * (g - w);
            den += w * w;
        }
        let rel_err = if got.iter().any(|g| g.is_nan()) {
            f64::NAN
        } else {
            num.sqrt() / den.sqrt().max(f64::MIN_POSITIVE)
        };
        Check {
            rel_err,
            unwritten,
            tol,
        }
    }

    /// Passes when every element was written and the error is within tolerance (a NaN
    /// error fails: the comparison is written so).
    pub fn ok(&self) -> bool {
        self.unwritten == 0 && self.rel_err <= self.tol
    }

    /// The check column of the table.
    pub fn describe(&self) -> String {
        if self.unwritten > 0 {
            format!("FAIL {} unwritten", self.unwritten)
        } else if self.ok() {
            format!("ok {:.0e}", self.rel_err)
        } else {
            format!("FAIL err {:.1e}", self.rel_err)
        }
    }
}

/// NaNs in a slice of anything convertible to f64.
pub fn count_nan<T: Copy + Into<f64>>(v: &[T]) -> usize {
    v.iter().filter(|x| (**x).into().is_nan()).count()
}

/// Softmax of one row, in f64.
pub fn softmax_row(x: &[f32]) -> Vec<f64> {
    let m = x
        .iter()
        .map(|&v| v as f64)
        .fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = x.iter().map(|&v| (v as f64 - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.into_iter().map(|v| v / s).collect()
}

/// Layer norm of one row, in f64.
pub fn layer_norm_row(x: &[f64], w: &[f64], b: &[f64], eps: f64) -> Vec<f64> {
    let n = x.len() as f64;
    let mu = x.iter().sum::<f64>() / n;
    let var = x.iter().map(|v| (v - mu) * (v - mu)).sum::<f64>() / n;
    let rs = 1.0 / (var + eps).sqrt();
    x.iter()
        .zip(w.iter().zip(b))
        .map(|(v, (w, b))| (v - mu) * rs * w + b)
        .collect()
}

/// One output row of attention (`[heads, seq, d]` layout, head `h`, query `i`), in f64.
pub fn attention_row(
    (q, k, v): (&[f16], &[f16], &[f16]),
    (seq, d): (usize, usize),
    (h, i): (usize, usize),
    scale: f64,
) -> Vec<f64> {
    let base = h * seq * d;
    let qi = &q[base + i * d..base + (i + 1) * d];
    let s: Vec<f64> = (0..seq)
        .map(|j| {
            let kj = &k[base + j * d..base + (j + 1) * d];
            qi.iter()
                .zip(kj)
                .map(|(a, b)| a.to_f64() * b.to_f64())
                .sum::<f64>()
                * scale
        })
        .collect();
    let m = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = s.iter().map(|x| (x - m).exp()).collect();
    let z: f64 = e.iter().sum();
    (0..d)
        .map(|c| {
            (0..seq)
                .map(|j| e[j] * v[base + j * d + c].to_f64())
                .sum::<f64>()
                / z
        })
        .collect()
}
