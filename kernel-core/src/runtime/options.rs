//! Per-launch tuning options: Triton's `num_warps` and `num_stages`, and opt-in fast math.

/// How a backend should run one launch: the knobs Triton exposes as `num_warps` and
/// `num_stages`. `None` lets the backend choose from the kernel's tile sizes.
///
/// They change speed, never results: the interpreter and the wgpu backend accept and ignore
/// them, so code that tunes for CUDA runs unchanged everywhere. The one exception is
/// [`LaunchOptions::fast_math()`], off by default, which trades the CUDA backend's bit-fidelity
/// to the interpreter for speed within documented error bounds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LaunchOptions {
    /// Warps (32 threads each) per program on CUDA: a power of two in `1..=32`.
    pub num_warps: Option<u32>,
    /// Software-pipelining depth of loops that feed `dot` on CUDA: `1..=8`. A loop gets
    /// fewer stages when they do not fit in shared memory; the CUDA backend logs a warning
    /// then, and `oxtile::cuda::last_launch` says what a launch used.
    pub num_stages: Option<u32>,
    /// Fast math (default `false`): on CUDA, f32 arithmetic (and the f32 arithmetic of
    /// f16/bf16 values) may contract `a * b + c` into one FMA, divides with `div.full.f32`
    /// and takes `exp2`/`exp` from `ex2.approx.ftz.f32`, as Triton does by default. Each
    /// op's error bound is in the book's "Tuning" section (`book/src/gpus.md`); f64 stays
    /// exact. The interpreter ignores it (it is the reference every backend is measured
    /// against), and so does wgpu: WGSL has no fast-math switch, and its float ops already
    /// carry the WGSL spec's accuracy (not bit-exact; see the book).
    pub fast_math: bool,
}

impl LaunchOptions {
    /// No preferences: every backend chooses.
    pub const fn new() -> LaunchOptions {
        LaunchOptions {
            num_warps: None,
            num_stages: None,
            fast_math: false,
        }
    }

    /// Sets the number of warps per program.
    pub const fn num_warps(mut self, warps: u32) -> LaunchOptions {
        self.num_warps = Some(warps);
        self
    }

    /// Sets the pipelining depth.
    pub const fn num_stages(mut self, stages: u32) -> LaunchOptions {
        self.num_stages = Some(stages);
        self
    }

    /// Turns fast math on or off (see the `fast_math` field).
    pub const fn fast_math(mut self, on: bool) -> LaunchOptions {
        self.fast_math = on;
        self
    }

    /// The first option outside its range, as (name, value, expected range).
    pub fn invalid(&self) -> Option<(&'static str, u32, &'static str)> {
        if let Some(w) = self.num_warps
            && !(w.is_power_of_two() && w <= 32)
        {
            return Some(("num_warps", w, "a power of two in 1..=32"));
        }
        if let Some(s) = self.num_stages
            && !(1..=8).contains(&s)
        {
            return Some(("num_stages", s, "1..=8"));
        }
        None
    }
}

/// Checked mode's default for the GPU backends: on in debug builds, off in release;
/// `OXTILE_CHECKED` overrides (any spelling [`super::env::flag`] takes: `1/0`, `true/false`,
/// `yes/no`, `on/off`). In checked mode a launch waits for its kernel and returns the kernel's
/// failure itself; what else it changes is each backend's to say.
///
/// A value that is none of those is an error naming the variable, so that a misspelled
/// `OXTILE_CHECKED=ture` cannot quietly mean "unchecked" in a release build.
pub fn default_checked() -> Result<bool, super::env::EnvError> {
    Ok(super::env::flag("OXTILE_CHECKED")?.unwrap_or(cfg!(debug_assertions)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_checked() {
        assert_eq!(LaunchOptions::new().invalid(), None);
        // Fast math is off unless asked for, and never out of range.
        assert_eq!(LaunchOptions::new(), LaunchOptions::default());
        assert!(!LaunchOptions::new().fast_math);
        assert!(LaunchOptions::new().fast_math(true).fast_math);
        assert_eq!(LaunchOptions::new().fast_math(true).invalid(), None);
        assert_eq!(
            LaunchOptions::new().num_warps(8).num_stages(3).invalid(),
            None
        );
        assert_eq!(
            LaunchOptions::new().num_warps(6).invalid(),
            Some(("num_warps", 6, "a power of two in 1..=32"))
        );
        assert_eq!(
            LaunchOptions::new().num_warps(64).invalid().map(|x| x.0),
            Some("num_warps")
        );
        assert_eq!(
            LaunchOptions::new().num_stages(0).invalid().map(|x| x.0),
            Some("num_stages")
        );
    }
}
