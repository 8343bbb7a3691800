//! Timing launches: Triton's `do_bench` for every device. [`do_bench`] runs a closure that
//! launches kernels until the estimated repetition time is spent, each repetition timed by
//! the backend ([`super::Backend::time`]: CUDA events on CUDA, timestamp queries on wgpu
//! adapters that have them, the wall clock around a synchronization elsewhere) after the device's caches are flushed
//! ([`super::Backend::flush_caches`]: CUDA zeroes 256 MiB, more than any L2), and reports
//! the median and quantiles. On the interpreter and the emulator the timings are real,
//! if meaningless for a GPU.

use std::time::Duration;

use super::{Device, LaunchError};

/// How [`do_bench`] measures (Triton's defaults).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BenchOptions {
    /// Time spent running before measuring (compiles, caches, clocks), at least one run.
    pub warmup: Duration,
    /// Time the measured repetitions should take, estimated from the warmup; at least
    /// [`BenchOptions::min_reps`] and at most [`BenchOptions::max_reps`] repetitions.
    pub rep: Duration,
    /// Fewest measured repetitions.
    pub min_reps: usize,
    /// Most measured repetitions.
    pub max_reps: usize,
    /// Whether the device's caches are flushed before each repetition (so that a kernel
    /// reads its inputs from memory, as in a model, not from an L2 the last run filled).
    pub flush: bool,
}

impl Default for BenchOptions {
    /// 25 ms of warmup, 100 ms of repetitions (5 to 1000), caches flushed.
    fn default() -> BenchOptions {
        BenchOptions {
            warmup: Duration::from_millis(25),
            rep: Duration::from_millis(100),
            min_reps: 5,
            max_reps: 1000,
            flush: true,
        }
    }
}

/// What [`do_bench`] measured, in seconds per repetition.
#[derive(Clone, Debug, PartialEq)]
pub struct Timing {
    /// The median.
    pub median: f64,
    /// The 20th percentile.
    pub p20: f64,
    /// The 80th percentile.
    pub p80: f64,
    /// The fastest repetition.
    pub min: f64,
    /// The slowest repetition.
    pub max: f64,
    /// How many repetitions were measured.
    pub reps: usize,
    /// What timed them ([`super::Backend::timer`]).
    pub timer: &'static str,
}

/// Times `f`, which launches work on `device`: at least one run and [`BenchOptions::warmup`]
/// of warmup, then as many repetitions as fit in [`BenchOptions::rep`] (by the warmup's
/// estimate), each timed by the backend ([`super::Backend::time`]: CUDA events on CUDA,
/// timestamp queries on wgpu adapters that have them, the wall clock around a
/// synchronization elsewhere) after its caches are flushed
/// ([`super::Backend::flush_caches`]). The first error `f` or the device reports is
/// returned as is.
pub fn do_bench(
    device: &Device,
    mut f: impl FnMut() -> Result<(), LaunchError>,
    options: &BenchOptions,
) -> Result<Timing, LaunchError> {
    let backend = device.backend();
    let flush_failed = |e: super::RuntimeError| LaunchError::Backend {
        kernel: "(flushing the caches between timed runs)".into(),
        backend: device.name().to_string(),
        message: e.to_string(),
    };
    // Warmup: at least one run, then until `warmup` is spent; its runs estimate one rep.
    let started = std::time::Instant::now();
    let mut runs = 0u32;
    let mut spent = 0.0;
    while runs == 0 || started.elapsed() < options.warmup {
        spent += backend.time(&mut f)?;
        runs += 1;
    }
    let estimate = (spent / f64::from(runs)).max(1e-9);
    let reps = ((options.rep.as_secs_f64() / estimate) as usize)
        .clamp(options.min_reps.max(1), options.max_reps.max(1));
    let mut times = Vec::with_capacity(reps);
    for _ in 0..reps {
        if options.flush {
            backend.flush_caches().map_err(flush_failed)?;
        }
        times.push(backend.time(&mut f)?);
    }
    Ok(summarize(times, backend.timer()))
}

/// The median, quantiles and extremes of `times` (not empty).
fn summarize(mut times: Vec<f64>, timer: &'static str) -> Timing {
    times.sort_by(f64::total_cmp);
    let q = |p: f64| {
        // Linear interpolation between the closest ranks, as numpy's default quantile.
        let x = p * (times.len() - 1) as f64;
        let (lo, hi) = (x.floor() as usize, x.ceil() as usize);
        times[lo] + (times[hi] - times[lo]) * (x - lo as f64)
    };
    Timing {
        median: q(0.5),
        p20: q(0.2),
        p80: q(0.8),
        min: times[0],
        max: times[times.len() - 1],
        reps: times.len(),
        timer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_between_ranks() {
        let t = summarize(vec![5.0, 1.0, 3.0, 2.0, 4.0], "test");
        assert_eq!((t.median, t.min, t.max, t.reps), (3.0, 1.0, 5.0, 5));
        assert!(
            (t.p20 - 1.8).abs() < 1e-12 && (t.p80 - 4.2).abs() < 1e-12,
            "{t:?}"
        );
    }

    /// The interpreter is timed by the wall clock, each repetition covering `f`'s work.
    #[test]
    fn the_interpreter_is_timed_by_the_wall_clock() {
        let d = Device::interpreter();
        let options = BenchOptions {
            warmup: Duration::ZERO,
            rep: Duration::from_millis(20),
            min_reps: 3,
            max_reps: 5,
            flush: true,
        };
        let mut calls = 0;
        let t = do_bench(
            &d,
            || {
                calls += 1;
                std::thread::sleep(Duration::from_millis(2));
                Ok(())
            },
            &options,
        )
        .unwrap();
        assert_eq!(t.timer, "wall clock");
        assert!((3..=5).contains(&t.reps), "{t:?}");
        assert_eq!(calls, t.reps + 1, "one warmup run, then the repetitions");
        assert!(
            t.min >= 0.002 && t.min <= t.median && t.median <= t.max,
            "{t:?}"
        );
        let bad = || LaunchError::BadGrid {
            kernel: "k".into(),
            axis: 'x',
            value: 0,
            max: 1,
        };
        let e = do_bench(&d, || Err(bad()), &options).unwrap_err();
        assert_eq!(e, bad());
    }
}
