//! Autotuning: Triton's `@triton.autotune` in Rust. An [`Autotuner`] holds candidate
//! configurations of a kernel (its run-time configuration, e.g. `matmul_config::new(128, 128,
//! 32)`, with [`LaunchOptions`] such as `num_warps` and `num_stages`); the first launch for a
//! new *key* (the argument values that decide which configuration wins, such as the
//! problem's sizes) times every candidate with [`do_bench`] and keeps the fastest, and every
//! later launch with that key runs the winner.
//!
//! - Candidates that cannot run are recorded and skipped, never abort the search: pruned by
//!   [`Autotuner::prune`] (shared memory, tile limits: [`DeviceLimits`]), or failed at launch
//!   (a tile too large for the device, too much shared memory). [`Autotuner::report`] lists
//!   what happened to each.
//! - Winners are kept in memory and on disk (`$OXTILE_CACHE_DIR/autotune/`, default
//!   `~/.cache/oxtile`), keyed by the tuner's name, the device and its toolchain
//!   ([`oxtile::runtime::Backend::provenance`](crate::runtime::Backend::provenance)),
//!   oxtile's version, the kernel's IR and the candidates, and the key: a second process
//!   does not retune, and a changed kernel, candidate list, device or driver does.
//! - `OXTILE_AUTOTUNE=off` never tunes (a cached winner, else the first candidate that
//!   runs); `OXTILE_AUTOTUNE=force` retunes, ignoring cached winners ([`Mode`]).
//! - While it tunes, a progress bar on a terminal (stderr); nothing when stderr is not one.
//!
//! On the interpreter and the CUDA emulator it works the same way: their timings are real,
//! if meaningless for a GPU.

use std::collections::HashMap;
use std::fmt::Debug;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Mutex;

use kernel_core::runtime::cache;
use kernel_core::runtime::env::EnvError;
use kernel_core::runtime::{
    BenchOptions, Device, DeviceLimits, KernelDef, LaunchError, LaunchOptions, Timing, do_bench,
};

/// When an [`Autotuner`] tunes (`OXTILE_AUTOTUNE`, or [`Autotuner::mode`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// Tune a key the first time it is seen, unless a winner is cached (the default).
    #[default]
    Tune,
    /// Retune every key once per tuner, ignoring the winners cached in memory before and on
    /// disk (`OXTILE_AUTOTUNE=force`).
    Force,
    /// Never tune: a cached winner, else the first candidate that runs
    /// (`OXTILE_AUTOTUNE=off`).
    Off,
}

impl Mode {
    /// The mode `OXTILE_AUTOTUNE` names: unset or `on`/`1`: [`Mode::Tune`]; `force`:
    /// [`Mode::Force`]; `off`/`0`: [`Mode::Off`].
    pub fn from_env() -> Result<Mode, EnvError> {
        Mode::parse(std::env::var("OXTILE_AUTOTUNE").ok().as_deref())
    }

    fn parse(value: Option<&str>) -> Result<Mode, EnvError> {
        match value {
            None | Some("" | "1" | "on") => Ok(Mode::Tune),
            Some("force") => Ok(Mode::Force),
            Some("0" | "off") => Ok(Mode::Off),
            Some(v) => Err(EnvError {
                variable: "OXTILE_AUTOTUNE".into(),
                value: v.to_string(),
                expected: "on (tune new keys, the default), force (retune) or off (never tune)"
                    .into(),
            }),
        }
    }
}

/// What happened to one candidate when a key was tuned.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// It ran and was timed.
    Timed(Timing),
    /// [`Autotuner::prune`] dropped it: it was never launched.
    Pruned,
    /// Its launch failed; the search went on without it.
    Failed(LaunchError),
}

/// One candidate: a configuration and the launch options it runs with.
#[derive(Clone, Debug)]
pub struct Candidate<C> {
    /// The configuration (typically a kernel's `<kernel>_config`).
    pub config: C,
    /// `num_warps`, `num_stages`... (they change speed on CUDA, never results).
    pub options: LaunchOptions,
}

/// Where a launch's configuration came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Tuned now, by this launch.
    Tuned,
    /// The winner this tuner found earlier in this process.
    Memory,
    /// The winner a process found earlier, read from the disk cache.
    Disk,
    /// Not tuned ([`Mode::Off`]): the first candidate that ran.
    Untuned,
}

type Prune<C> = Box<dyn Fn(&C, &LaunchOptions, &DeviceLimits) -> bool + Send + Sync>;

/// An autotuner for one kernel (see the [module docs](self)).
pub struct Autotuner<C> {
    name: String,
    candidates: Vec<Candidate<C>>,
    prune: Option<Prune<C>>,
    bench: BenchOptions,
    mode: Option<Mode>,
    kernels: Vec<&'static str>,
    cache_dir: Option<Option<PathBuf>>,
    /// Winners by provenance and key: the index of the candidate.
    memory: Mutex<HashMap<String, usize>>,
    /// The outcome of every candidate of the last key tuned.
    report: Mutex<Vec<(String, Outcome)>>,
}

impl<C: Debug> Autotuner<C> {
    /// A tuner named `name` (the disk cache's file, and the progress bar's label) over
    /// `candidates`, configurations with the options each runs with.
    pub fn new(
        name: &str,
        candidates: impl IntoIterator<Item = (C, LaunchOptions)>,
    ) -> Autotuner<C> {
        Autotuner {
            name: name.to_string(),
            candidates: candidates
                .into_iter()
                .map(|(config, options)| Candidate { config, options })
                .collect(),
            prune: None,
            bench: BenchOptions::default(),
            mode: None,
            kernels: Vec::new(),
            cache_dir: None,
            memory: Mutex::new(HashMap::new()),
            report: Mutex::new(Vec::new()),
        }
    }

    /// Drops the candidates for which `keep` is false before any launch (Triton's
    /// `prune_configs_by`): those that cannot fit the device ([`DeviceLimits`]).
    pub fn prune(
        mut self,
        keep: impl Fn(&C, &LaunchOptions, &DeviceLimits) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.prune = Some(Box::new(keep));
        self
    }

    /// How each candidate is timed (default: [`BenchOptions::default`]).
    pub fn bench_options(mut self, options: BenchOptions) -> Self {
        self.bench = options;
        self
    }

    /// Overrides `OXTILE_AUTOTUNE`.
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = Some(mode);
        self
    }

    /// The kernel the candidates launch (`kernel::<...>::def()`): its IR is part of the disk
    /// cache's key, so that a changed kernel is retuned. Several may be given.
    pub fn kernel(mut self, def: &'static KernelDef) -> Self {
        if let Some(text) = def.ir_text() {
            self.kernels.push(text);
        }
        self
    }

    /// Overrides the disk cache's directory (`None`: no disk cache). The default is
    /// `$OXTILE_CACHE_DIR/autotune`, `$XDG_CACHE_HOME/oxtile/autotune` or
    /// `~/.cache/oxtile/autotune` (none when `OXTILE_DISABLE_DISK_CACHE=1`).
    pub fn cache_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.cache_dir = Some(dir);
        self
    }

    /// The candidates.
    pub fn candidates(&self) -> &[Candidate<C>] {
        &self.candidates
    }

    /// What happened to each candidate (its configuration, as `Debug` prints it, and the
    /// outcome) the last time this tuner tuned a key.
    pub fn report(&self) -> Vec<(String, Outcome)> {
        self.report
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Launches with the best candidate for `key` on `device`, tuning first if need be:
    /// `run` launches the kernel with a candidate (`|c, o| c.launch_with(&dev, grid, o,
    /// ...)`); it is called once per candidate timing repetition while tuning, so it must
    /// not depend on being called once (an in-place kernel should be tuned on a copy).
    /// Returns the candidate that ran and where it came from.
    pub fn launch(
        &self,
        device: &Device,
        key: &dyn Debug,
        mut run: impl FnMut(&C, &LaunchOptions) -> Result<(), LaunchError>,
    ) -> Result<(&Candidate<C>, Source), LaunchError> {
        let mode = match self.mode {
            Some(m) => m,
            None => Mode::from_env().map_err(|error| LaunchError::Env {
                kernel: self.name.clone(),
                error,
            })?,
        };
        let slot = format!("{}\u{1f}{key:?}", device.backend().provenance());
        let remembered = self.memory_get(&slot);
        let (index, source) = match (mode, remembered) {
            (Mode::Tune | Mode::Off | Mode::Force, Some(i)) => (i, Source::Memory),
            (Mode::Force, None) => (self.tune(device, &mut run)?, Source::Tuned),
            (Mode::Tune | Mode::Off, None) => match self.disk_get(device, key) {
                Some(i) => (i, Source::Disk),
                None if mode == Mode::Off => {
                    (self.first_that_runs(device, &mut run)?, Source::Untuned)
                }
                None => (self.tune(device, &mut run)?, Source::Tuned),
            },
        };
        if source == Source::Tuned {
            self.disk_put(device, key, index);
        }
        self.memory
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(slot, index);
        let c = &self.candidates[index];
        if matches!(source, Source::Memory | Source::Disk) {
            run(&c.config, &c.options)?;
        }
        Ok((c, source))
    }

    fn memory_get(&self, slot: &str) -> Option<usize> {
        self.memory
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(slot)
            .copied()
    }

    /// The candidates pruning keeps, by index.
    fn kept(&self, device: &Device) -> Vec<bool> {
        let limits = device.limits();
        self.candidates
            .iter()
            .map(|c| {
                self.prune
                    .as_ref()
                    .is_none_or(|p| p(&c.config, &c.options, &limits))
            })
            .collect()
    }

    /// Times every candidate pruning keeps; the index of the fastest. The last run is the
    /// winner's (its results are what the caller's buffers hold afterwards).
    fn tune(
        &self,
        device: &Device,
        run: &mut impl FnMut(&C, &LaunchOptions) -> Result<(), LaunchError>,
    ) -> Result<usize, LaunchError> {
        let kept = self.kept(device);
        let bar = progress(&self.name, kept.iter().filter(|k| **k).count());
        let mut report = Vec::new();
        let mut best: Option<(usize, f64)> = None;
        let mut last_error = None;
        for (i, c) in self.candidates.iter().enumerate() {
            let label = format!("{:?} {:?}", c.config, c.options);
            if !kept[i] {
                report.push((label, Outcome::Pruned));
                continue;
            }
            bar.set_message(label.clone());
            let timed = do_bench(device, || run(&c.config, &c.options), &self.bench);
            bar.inc(1);
            match timed {
                Ok(t) => {
                    if best.is_none_or(|(_, b)| t.median < b) {
                        best = Some((i, t.median));
                    }
                    report.push((label, Outcome::Timed(t)));
                }
                Err(e) => {
                    last_error = Some(e.clone());
                    report.push((label, Outcome::Failed(e)));
                }
            }
        }
        bar.finish_and_clear();
        *self.report.lock().unwrap_or_else(|p| p.into_inner()) = report;
        match best {
            Some((i, _)) => {
                let c = &self.candidates[i];
                run(&c.config, &c.options)?;
                Ok(i)
            }
            None => Err(last_error.unwrap_or_else(|| LaunchError::Backend {
                kernel: self.name.clone(),
                backend: device.name().to_string(),
                message: "autotuning: every candidate was pruned".into(),
            })),
        }
    }

    /// [`Mode::Off`]: the first candidate pruning keeps that launches.
    fn first_that_runs(
        &self,
        device: &Device,
        run: &mut impl FnMut(&C, &LaunchOptions) -> Result<(), LaunchError>,
    ) -> Result<usize, LaunchError> {
        let kept = self.kept(device);
        let mut last_error = None;
        for (i, c) in self.candidates.iter().enumerate() {
            if kept[i] {
                match run(&c.config, &c.options) {
                    Ok(()) => return Ok(i),
                    Err(e) => last_error = Some(e),
                }
            }
        }
        Err(last_error.unwrap_or_else(|| LaunchError::Backend {
            kernel: self.name.clone(),
            backend: device.name().to_string(),
            message: "autotuning is off and every candidate was pruned".into(),
        }))
    }

    // ---- the disk cache ----------------------------------------------------------------

    /// The cache file of this tuner on `device`: one per name, device and toolchain,
    /// oxtile version, kernels and candidate list (whose hash is in the file name), one line
    /// per key.
    fn disk_file(&self, device: &Device) -> Option<PathBuf> {
        let dir = match &self.cache_dir {
            Some(d) => d.clone()?,
            None => cache::cache_dir()?.join("autotune"),
        };
        let mut h = cache::StableHasher::default();
        h.str(&self.name)
            .str(&device.backend().provenance())
            .str(env!("CARGO_PKG_VERSION"));
        for k in &self.kernels {
            h.str(k);
        }
        for c in &self.candidates {
            h.str(&format!("{:?} {:?}", c.config, c.options));
        }
        let stem: String = self
            .name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        Some(dir.join(format!("{stem}-{:016x}.txt", h.finish())))
    }

    fn disk_get(&self, device: &Device, key: &dyn Debug) -> Option<usize> {
        let text = std::fs::read_to_string(self.disk_file(device)?).ok()?;
        let key = format!("{key:?}");
        text.lines().rev().find_map(|l| {
            let (k, rest) = l.split_once('\t')?;
            let (i, label) = rest.split_once('\t')?;
            let i: usize = i.parse().ok()?;
            let c = self.candidates.get(i)?;
            (k == key && label == format!("{:?} {:?}", c.config, c.options)).then_some(i)
        })
    }

    /// Appends the winner of `key` (best effort: a cache that cannot be written is no error;
    /// the next process retunes).
    fn disk_put(&self, device: &Device, key: &dyn Debug, index: usize) {
        let Some(path) = self.disk_file(device) else {
            return;
        };
        let c = &self.candidates[index];
        let line = format!("{key:?}\t{index}\t{:?} {:?}\n", c.config, c.options);
        if line.matches('\t').count() != 2 || line.matches('\n').count() != 1 {
            return;
        }
        let _ = std::fs::create_dir_all(path.parent().unwrap_or(&path)).and_then(|()| {
            use std::io::Write as _;
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)?
                .write_all(line.as_bytes())
        });
    }
}

/// A progress bar on stderr when it is a terminal, else a hidden one.
fn progress(name: &str, n: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() || n == 0 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(n as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "autotuning {prefix} {bar:30} {pos}/{len} {wide_msg}",
    ) {
        bar.set_style(style);
    }
    bar.set_prefix(name.to_string());
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mode_is_read_from_its_knob() {
        assert_eq!(Mode::parse(None), Ok(Mode::Tune));
        assert_eq!(Mode::parse(Some("on")), Ok(Mode::Tune));
        assert_eq!(Mode::parse(Some("force")), Ok(Mode::Force));
        assert_eq!(Mode::parse(Some("0")), Ok(Mode::Off));
        assert!(Mode::parse(Some("sometimes")).is_err());
    }
}
