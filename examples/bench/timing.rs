//! Timing on the host clock, the same way for every kernel.
//!
//! A launch is asynchronous on a GPU, so a batch of back-to-back launches is bracketed by
//! `synchronize()` calls and the host time of the batch divided by its size; the reported
//! time is the median over repetitions. The batch is sized to last a few milliseconds, so the
//! one launch latency and the synchronization at its ends (some microseconds) cost well under
//! 1%, and launches queue behind running kernels: for kernels longer than a launch's host
//! cost (all the benchmarked ones but the 1024³ matmuls, which take ~10 µs) this is the
//! kernel's time on the device. The peers are timed with `triton.testing.do_bench` (CUDA
//! events around each call, median); with inputs far larger than L2 the two agree.

use std::time::Instant;

use oxtile::prelude::*;

/// Why a step of the harness failed.
pub type Error = Box<dyn std::error::Error>;

/// How long and how often to time.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    /// Target seconds per timed batch.
    pub batch_s: f64,
    /// Timed batches (the median is reported).
    pub reps: usize,
    /// Untimed launches first: compile, module load, clocks ramping up.
    pub warmup: usize,
}

impl Plan {
    /// The GPU plan: batches of ~5 ms, 21 of them.
    pub const GPU: Plan = Plan {
        batch_s: 5e-3,
        reps: 21,
        warmup: 3,
    };
    /// `--smoke` on the interpreter: one launch, timed once (the number means nothing).
    pub const SMOKE: Plan = Plan {
        batch_s: 0.0,
        reps: 1,
        warmup: 0,
    };
}

/// A timing: the median seconds per launch and the spread of the repetitions around it.
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// Median seconds per launch.
    pub median: f64,
    /// (max - min) / median over the repetitions: the noise a difference must exceed.
    pub spread: f64,
}

/// Times `launch` according to `plan` (see the module docs).
pub fn time_launches(
    dev: &Device,
    plan: Plan,
    launch: &dyn Fn() -> Result<(), LaunchError>,
) -> Result<Timing, Error> {
    for _ in 0..plan.warmup {
        launch()?;
    }
    dev.synchronize()?;
    // One synchronized launch estimates the time per launch, which sizes the batches.
    let t0 = Instant::now();
    launch()?;
    dev.synchronize()?;
    let one = t0.elapsed().as_secs_f64().max(1e-7);
    let batch = ((plan.batch_s / one).ceil() as usize).clamp(1, 20_000);
    // A kernel far slower than a batch (an untuned one, 100 ms and more) would take seconds
    // per configuration: fewer repetitions then, at least 3 for a median, ~0.3 s in all.
    let reps = if batch == 1 {
        plan.reps.min(((0.3 / one) as usize).max(3))
    } else {
        plan.reps
    };
    let mut per_launch = Vec::with_capacity(reps);
    for _ in 0..reps {
        dev.synchronize()?;
        let t0 = Instant::now();
        for _ in 0..batch {
            launch()?;
        }
        dev.synchronize()?;
        per_launch.push(t0.elapsed().as_secs_f64() / batch as f64);
    }
    Ok(summarize(&mut per_launch))
}

/// Host time per launch call, warm, without waiting for the device: 20 batches of 500
/// launches (10⁴ in all), only the launch calls timed, a synchronize between batches so the
/// launch queue never fills (a full queue would make a launch wait for the device).
pub fn launch_overhead(
    dev: &Device,
    launch: &dyn Fn() -> Result<(), LaunchError>,
    batches: usize,
    per_batch: usize,
) -> Result<Timing, Error> {
    for _ in 0..100.min(per_batch) {
        launch()?;
    }
    dev.synchronize()?;
    let mut per_launch = Vec::with_capacity(batches);
    for _ in 0..batches {
        let t0 = Instant::now();
        for _ in 0..per_batch {
            launch()?;
        }
        per_launch.push(t0.elapsed().as_secs_f64() / per_batch as f64);
        dev.synchronize()?;
    }
    Ok(summarize(&mut per_launch))
}

fn summarize(samples: &mut [f64]) -> Timing {
    samples.sort_by(f64::total_cmp);
    let median = samples[samples.len() / 2];
    let spread = (samples[samples.len() - 1] - samples[0]) / median;
    Timing { median, spread }
}

/// A duration for the table, to about four significant digits: µs under 1 ms, else ms.
pub fn fmt_time(s: f64) -> String {
    let (v, unit) = if s < 1e-3 {
        (s * 1e6, "us")
    } else {
        (s * 1e3, "ms")
    };
    match v {
        _ if !v.is_finite() => "-".to_string(),
        _ if v < 10.0 => format!("{v:.2} {unit}"),
        _ if v < 100.0 => format!("{v:.1} {unit}"),
        _ => format!("{v:.0} {unit}"),
    }
}
