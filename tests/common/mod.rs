//! Helpers for the integration tests: random inputs (never all zeros), a device, and
//! tolerant comparisons.
//!
//! The `lang_*` tests are oxtile's conformance suite: they run on whatever
//! [`Device::default`] picks, so `OXTILE_DEVICE=<backend> cargo test` runs the same kernels
//! and checks on another backend. With no variable set and no GPU backend built in, that is
//! the interpreter, the reference semantics.
#![allow(dead_code)]

use oxtile::Device;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// The device the tests run on (see the module docs).
pub fn dev() -> Device {
    Device::default().expect("the device named by OXTILE_DEVICE is not available")
}

/// The backend behind [`dev`]: `"interpreter"`, `"wgpu"`, `"cuda"` (from `"cuda:0 (NVIDIA
/// H100 80GB HBM3)"`)...
pub fn backend() -> String {
    // Opening a device is slow (a whole Vulkan instance for wgpu), and the answer cannot
    // change within a test process.
    static BACKEND: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BACKEND
        .get_or_init(|| {
            let name = dev().name().to_string();
            name.split([' ', ':'])
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .clone()
}

/// Whether [`dev`]'s run-time errors name the source location of the failing op: the
/// interpreter knows it, and wgpu and CUDA report it in their status words.
pub fn reports_sites() -> bool {
    matches!(
        backend().as_str(),
        "interpreter" | "cpu" | "wgpu" | "cuda" | "cuda-emu"
    )
}

/// Checks that a run-time error's source location (`file:line:col`) points at `code` in
/// this repository's `file`: the text at that line and column starts with `code`.
#[track_caller]
pub fn assert_points_at(at: &Option<String>, file: &str, code: &str) {
    let Some(at) = at else {
        panic!("no source location, expected one at `{code}` in {file}")
    };
    let (f, line_col) = at.split_once(':').expect("file:line:col");
    let (line, col) = line_col.split_once(':').expect("line:col");
    assert_eq!(f, file, "{at}");
    let text = std::fs::read_to_string(file).unwrap();
    let line = text
        .lines()
        .nth(line.parse::<usize>().unwrap() - 1)
        .unwrap_or_default();
    let col: usize = col.parse().unwrap();
    assert!(
        line.get(col - 1..).is_some_and(|s| s.starts_with(code)),
        "{at} is `{line}`, expected `{code}` at column {col}"
    );
}

/// True when [`dev`] computes each program as the reference interpreter does: the
/// interpreter itself, or the CPU device (the interpreter's semantics on several threads).
/// Within a program their results are exact and their atomic updates sequential, lane by
/// lane (a GPU's are not); across programs only the interpreter's order is fixed.
pub fn is_interpreter() -> bool {
    matches!(backend().as_str(), "interpreter" | "cpu")
}

/// Features a backend refuses with a clear error rather than run: a conformance test of such
/// a feature checks for that error instead of the result.
pub fn refuses(feature: &str) -> bool {
    let refused: &[&str] = match backend().as_str() {
        // WGSL has 64-bit integers and floats only where the adapter has `SHADER_INT64` and
        // `SHADER_F64` (lavapipe and most desktop Vulkan drivers do), and no way to print from
        // a shader.
        "wgpu" if wgpu_has_64bit() => &["device_print"],
        "wgpu" => &["64-bit", "device_print"],
        // CUDA runs the whole language (64-bit types, `device_print` through `printf`), on
        // a GPU or emulated on the CPU.
        "cuda" | "cuda-emu" => &[],
        _ => &[],
    };
    refused.contains(&feature)
}

/// Whether the wgpu adapter behind [`dev`] has `SHADER_INT64` and `SHADER_F64`.
#[cfg(feature = "wgpu")]
fn wgpu_has_64bit() -> bool {
    let d = dev();
    d.backend()
        .as_any()
        .and_then(|b| b.downcast_ref::<oxtile::wgpu::WgpuBackend>())
        .is_some_and(|b| b.caps().int64 && b.caps().float64)
}

#[cfg(not(feature = "wgpu"))]
fn wgpu_has_64bit() -> bool {
    false
}

/// Asserts that a launch failed with a backend error whose message mentions `what`.
#[track_caller]
pub fn assert_refused(result: Result<(), oxtile::LaunchError>, what: &str) {
    match result {
        Err(e @ oxtile::LaunchError::Backend { .. }) => {
            assert!(
                e.to_string().contains(what),
                "the error should name {what}: {e}"
            )
        }
        other => panic!("expected the backend to refuse {what}, got {other:?}"),
    }
}

/// Asserts that `result` (a `synchronize()` or a read) reports an earlier launch's failed
/// `device_assert`: `RuntimeError::KernelFailed` wrapping `AssertionFailed` of `kernel` with
/// `message`.
#[track_caller]
pub fn assert_deferred_assertion(
    result: Result<(), oxtile::RuntimeError>,
    kernel: &str,
    message: &str,
) {
    match result {
        Err(oxtile::RuntimeError::KernelFailed(e)) => match *e {
            oxtile::LaunchError::AssertionFailed {
                kernel: ref k,
                message: ref m,
                ..
            } => {
                assert_eq!(k, kernel);
                assert_eq!(m, message);
            }
            other => panic!("expected AssertionFailed, got {other}"),
        },
        other => panic!("expected KernelFailed, got {other:?}"),
    }
}

/// Kernels the backend integration tests (`tests/cuda.rs`, `tests/cuda_emu.rs`,
/// `tests/wgpu.rs`) share.
pub mod kernels {
    use oxtile::prelude::*;

    /// `sqrt` of each of `B` inputs, which must be non-negative (`device_assert`).
    #[kernel]
    pub fn non_negative<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
        let offs = arange(0, B);
        let v = load(x + offs);
        device_assert(v >= 0.0, "inputs must be non-negative");
        store(out + offs, sqrt(v));
    }
}

/// On an unchecked device (`dev`): a failed `device_assert` does not fail its launch; it is
/// reported once by the next `synchronize`, or by the next read, as
/// `RuntimeError::KernelFailed`; after it the device works.
#[track_caller]
pub fn assert_unchecked_failures_surface_at_the_next_synchronization(dev: &Device) {
    use kernels::non_negative;
    use oxtile::Grid;
    let bad = dev.upload(&[1.0f32, -4.0, 9.0, 16.0]).unwrap();
    let out = dev.alloc::<f32>(4).unwrap();
    // The launch itself succeeds.
    non_negative::<4>::launch(dev, Grid::x(1), &bad, &out).unwrap();
    assert_deferred_assertion(
        dev.synchronize(),
        "non_negative",
        "inputs must be non-negative",
    );
    // Reported once, then cleared.
    dev.synchronize().unwrap();
    // A read is a synchronization point too.
    non_negative::<4>::launch(dev, Grid::x(1), &bad, &out).unwrap();
    assert!(matches!(
        out.to_vec(),
        Err(oxtile::RuntimeError::KernelFailed(_))
    ));
    let good = dev.upload(&[1.0f32, 4.0, 9.0, 16.0]).unwrap();
    non_negative::<4>::launch(dev, Grid::x(1), &good, &out).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![1.0, 2.0, 3.0, 4.0]);
}

/// A reproducible generator.
pub fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

/// `n` uniform f32 in `[lo, hi)`.
pub fn f32s(rng: &mut StdRng, n: usize, lo: f32, hi: f32) -> Vec<f32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// `n` uniform i32 in `[lo, hi)`.
pub fn i32s(rng: &mut StdRng, n: usize, lo: i32, hi: i32) -> Vec<i32> {
    (0..n).map(|_| rng.random_range(lo..hi)).collect()
}

/// Asserts `|got - want| <= atol + rtol * |want|` elementwise (NaN matches NaN).
#[track_caller]
pub fn assert_close(got: &[f32], want: &[f32], atol: f32, rtol: f32) {
    assert_eq!(got.len(), want.len(), "lengths differ");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        if g.is_nan() && w.is_nan() {
            continue;
        }
        let ok = g == w || (g - w).abs() <= atol + rtol * w.abs();
        assert!(
            ok,
            "element {i}: got {g}, want {w} (atol {atol}, rtol {rtol})"
        );
    }
}

/// `n` i64 whose high words are small (-3..=3, so many share one and comparisons must look
/// at the low word too) and whose low words are random: beyond 2^32 and negative alike.
pub fn i64s(rng: &mut StdRng, n: usize) -> Vec<i64> {
    (0..n)
        .map(|_| (rng.random_range(-3i64..=3) << 32) | i64::from(rng.random::<u32>()))
        .collect()
}

/// `n` u64 whose high words are 0, 1, 2^31 or 2^32 - 1 (comparisons must be unsigned) and
/// whose low words are random.
pub fn u64s(rng: &mut StdRng, n: usize) -> Vec<u64> {
    const HI: [u64; 4] = [0, 1, 0x8000_0000, 0xffff_ffff];
    (0..n)
        .map(|_| (HI[rng.random_range(0..4)] << 32) | u64::from(rng.random::<u32>()))
        .collect()
}

/// `n` f64 in `(-2^40, 2^40)` with random fractions: both words of each value matter.
pub fn f64s(rng: &mut StdRng, n: usize) -> Vec<f64> {
    (0..n)
        .map(|_| rng.random_range(-1.0f64..1.0) * (1u64 << 40) as f64)
        .collect()
}

/// Whether the backend refuses 64-bit atomics: wgpu adapters without
/// `SHADER_INT64_ATOMIC_ALL_OPS` (or without the 64-bit types at all).
pub fn refuses_64bit_atomics() -> bool {
    refuses("64-bit") || (backend() == "wgpu" && !wgpu_has_64bit_atomics())
}

#[cfg(feature = "wgpu")]
fn wgpu_has_64bit_atomics() -> bool {
    let d = dev();
    d.backend()
        .as_any()
        .and_then(|b| b.downcast_ref::<oxtile::wgpu::WgpuBackend>())
        .is_some_and(|b| b.caps().int64_atomics)
}

#[cfg(not(feature = "wgpu"))]
fn wgpu_has_64bit_atomics() -> bool {
    false
}

/// How many f64 lie between `a` and `b`: 0 when they are equal (±0 included) or both NaN,
/// `u64::MAX` when only one is NaN.
pub fn ulps_f64(a: f64, b: f64) -> u64 {
    if a.is_nan() || b.is_nan() {
        return if a.is_nan() && b.is_nan() {
            0
        } else {
            u64::MAX
        };
    }
    // The bit patterns in the order of the values (negatives mirrored below the positives).
    let ord = |x: f64| -> i128 {
        let b = x.to_bits() as i64;
        (if b < 0 { i64::MIN.wrapping_sub(b) } else { b }) as i128
    };
    (ord(a) - ord(b)).unsigned_abs() as u64
}

/// Asserts that every `got[i]` is within `tol` ulps of `want[i]` (a zero with the sign of the
/// wanted zero, NaN where NaN is wanted), naming the arguments `args(i)` of a failure; returns
/// the largest error seen.
#[track_caller]
pub fn assert_within_ulps(
    what: &str,
    got: &[f64],
    want: &[f64],
    tol: u64,
    args: impl Fn(usize) -> String,
) -> u64 {
    assert_eq!(got.len(), want.len(), "lengths differ");
    let mut worst = 0;
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let e = ulps_f64(g, w);
        let zero_sign = w == 0.0 && g.to_bits() != w.to_bits();
        assert!(
            e <= tol && !zero_sign,
            "{what}({}) = {g:e} ({:#018x}), want {w:e} ({:#018x}): {e} ulps apart, at most {tol} allowed",
            args(i),
            g.to_bits(),
            w.to_bits()
        );
        worst = worst.max(e);
    }
    worst
}
