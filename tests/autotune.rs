//! The autotuner (`oxtile::autotune`) on whatever device the suite runs on (the interpreter
//! by default; lavapipe in CI): a winner is chosen among the candidates that run, pruned and
//! failing candidates are recorded and skipped, winners are kept in memory and on disk and
//! reused by a second process, a changed key retunes, and `OXTILE_AUTOTUNE=off|force`
//! work. The timings are real but tiny; only the bookkeeping is checked.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use oxtile::BenchOptions;
use oxtile::autotune::{Autotuner, Mode, Outcome, Source};
use oxtile::prelude::*;

/// `out = 2 * x`, `B` elements a program.
#[kernel]
fn scale2<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(out + offs, load(x + offs, m, 0.0) * 2.0, m);
}

/// Candidates: 8 (pruned), 2^21 (more than any device's tile: fails at launch), and three
/// that run.
fn tuner(name: &str, dir: &Path) -> Autotuner<scale2_config> {
    let candidates =
        [8, 1 << 21, 64, 256, 1024].map(|b| (scale2_config::new(b), LaunchOptions::new()));
    Autotuner::new(name, candidates)
        .prune(|c, _, _| c.B >= 16)
        .kernel(scale2::<64>::def())
        .cache_dir(Some(dir.to_path_buf()))
        .bench_options(BenchOptions {
            warmup: Duration::ZERO,
            rep: Duration::from_millis(1),
            min_reps: 1,
            max_reps: 3,
            flush: false,
        })
}

/// A fresh directory for one test's disk cache.
fn temp_dir(test: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("oxtile-autotune-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// Runs the tuner once on `n` elements and checks the result.
fn run(t: &Autotuner<scale2_config>, n: usize) -> (usize, Source) {
    let d = dev();
    let x = f32s(&mut rng(91), n, -1.0, 1.0);
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(n).unwrap();
    let (c, source) = t
        .launch(&d, &n, |c, o| {
            let grid = Grid::x(n.div_ceil(c.B) as u32);
            c.launch_with(&d, grid, o, &xd, &out, n as i32)
        })
        .unwrap();
    let want: Vec<f32> = x.iter().map(|v| v * 2.0).collect();
    assert_eq!(out.to_vec().unwrap(), want);
    (c.config.B, source)
}

#[test]
fn tuning_picks_a_runnable_winner_and_caches_it() {
    let dir = temp_dir("cache");
    let t = tuner("scale2", &dir);
    let (b, source) = run(&t, 3000);
    assert_eq!(source, Source::Tuned);
    assert!([64, 256, 1024].contains(&b), "{b}");
    let report = t.report();
    assert_eq!(report.len(), 5);
    assert!(matches!(report[0].1, Outcome::Pruned), "{report:?}");
    assert!(
        matches!(
            &report[1].1,
            Outcome::Failed(LaunchError::Specialization { .. })
        ),
        "{report:?}"
    );
    assert!(
        report[2..]
            .iter()
            .all(|(_, o)| matches!(o, Outcome::Timed(t) if t.reps >= 1))
    );
    // The same key: the winner from memory; a new tuner (as a new process would be): from
    // the disk; a new key: tuned.
    assert_eq!(run(&t, 3000), (b, Source::Memory));
    let again = tuner("scale2", &dir);
    assert_eq!(run(&again, 3000), (b, Source::Disk));
    assert_eq!(run(&again, 100).1, Source::Tuned);
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(files[0].as_ref().unwrap().path()).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    // Another candidate list is another cache: tuned again.
    let other = Autotuner::new("scale2", [(scale2_config::new(128), LaunchOptions::new())])
        .kernel(scale2::<64>::def())
        .cache_dir(Some(dir.clone()));
    assert_eq!(run(&other, 3000), (128, Source::Tuned));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn off_runs_the_first_candidate_that_runs_and_force_retunes() {
    let dir = temp_dir("modes");
    let off = tuner("scale2-modes", &dir).mode(Mode::Off);
    assert_eq!(run(&off, 500), (64, Source::Untuned));
    assert!(!dir.exists(), "nothing tuned, nothing written");
    let t = tuner("scale2-modes", &dir);
    let (b, _) = run(&t, 500);
    let force = tuner("scale2-modes", &dir).mode(Mode::Force);
    assert_eq!(run(&force, 500).1, Source::Tuned);
    let off = tuner("scale2-modes", &dir).mode(Mode::Off);
    let (_, source) = run(&off, 500);
    assert_eq!(
        source,
        Source::Disk,
        "off still uses a cached winner (was {b})"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The child of `a_second_process_reuses_the_winner` (does nothing otherwise): tunes in the
/// directory it is given and checks where the winner came from.
#[test]
fn child_process_part() {
    let (Ok(dir), Ok(want)) = (
        std::env::var("OXTILE_AUTOTUNE_TEST_DIR"),
        std::env::var("OXTILE_AUTOTUNE_TEST_WANT"),
    ) else {
        return;
    };
    let t = tuner("scale2-process", &PathBuf::from(dir));
    let (_, source) = run(&t, 2000);
    assert_eq!(format!("{source:?}"), want);
}

#[test]
fn a_second_process_reuses_the_winner_and_the_knob_forces_a_retune() {
    let dir = temp_dir("process");
    let t = tuner("scale2-process", &dir);
    assert_eq!(run(&t, 2000).1, Source::Tuned);
    let child = |want: &str, knob: Option<&str>| {
        let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
        cmd.args(["--exact", "child_process_part", "--nocapture"])
            .env("OXTILE_AUTOTUNE_TEST_DIR", &dir)
            .env("OXTILE_AUTOTUNE_TEST_WANT", want)
            .env_remove("OXTILE_AUTOTUNE");
        if let Some(k) = knob {
            cmd.env("OXTILE_AUTOTUNE", k);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "child expecting {want}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    };
    child("Disk", None);
    child("Tuned", Some("force"));
    child("Disk", Some("off"));
    let _ = std::fs::remove_dir_all(&dir);
}
