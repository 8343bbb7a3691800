//! Fast math (`LaunchOptions::fast_math`): kernels whose results it changes (a division, an
//! FMA-able `a * b + c`, `exp2`, `exp`, a softmax through `exp2`, a small attention block),
//! run with it on against the interpreter (the exact reference) within the error bounds
//! the book's "Tuning" section documents, and with it off bit-exact where the exact
//! semantics promise it.
//!
//! `fast_math_on_the_test_device` runs on the device `OXTILE_DEVICE` names (the interpreter
//! by default, `wgpu` on lavapipe, `cuda-emu`, `cuda` on a GPU); on the interpreter and wgpu
//! fast math changes nothing and the bounds hold trivially. The emulated CUDA device is
//! also tested directly, where the test also checks that fast math did run (some quotients
//! differ from the correctly rounded ones, `exp2` flushes a subnormal result to zero) and
//! that turning it off again gives the exact code back (the compile caches key on it).

mod common;

use common::{f32s, rng};
use oxtile::prelude::*;
use oxtile::runtime::LaunchOptions;
use rand::rngs::StdRng;

/// Elements per elementwise row.
const B: usize = 256;

#[kernel]
fn fm_elementwise<const B: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    c: Ptr<f32>,
    x: Ptr<f32>,
    out: Ptr<f32>,
) {
    let o = arange(0, B);
    let va = load(a + o);
    let vb = load(b + o);
    let vc = load(c + o);
    let vx = load(x + o);
    store(out + o, va / vb);
    store(out + B + o, va * vb + vc);
    store(out + 2 * B + o, exp2(vx));
    store(out + 3 * B + o, exp(vx));
}

/// Row softmax through `exp2`, Triton style: `x * log2(e) - max * log2(e)` contracts.
#[kernel]
fn fm_softmax<const N: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let row = program_id(0);
    let cols = arange(0, N);
    let v = load(x + row * N + cols);
    let m = max(v, 0) * 1.4426950408889634;
    let e = exp2(v * 1.4426950408889634 - m);
    store(out + row * N + cols, e / sum(e, 0));
}

/// One block of attention on f32: `exp2(s * scale - max)` (contracts), a row sum, a
/// second `dot` and a division by the row sums.
#[kernel]
fn fm_attention<const M: usize, const N: usize, const D: usize>(
    q: Ptr<f32>,
    k: Ptr<f32>,
    v: Ptr<f32>,
    out: Ptr<f32>,
    scale: f32,
) {
    let rm = arange(0, M);
    let rn = arange(0, N);
    let rd = arange(0, D);
    let qt = load(q + rm[(.., None)] * D + rd[(None, ..)]);
    let kt = load(k + rn[(.., None)] * D + rd[(None, ..)]);
    let vt = load(v + rn[(.., None)] * D + rd[(None, ..)]);
    let s = dot(qt, trans(kt));
    let m = max(s, 1) * scale;
    let p = exp2(s * scale - m[(.., None)]);
    let l = sum(p, 1);
    let o = dot(p, vt) / l[(.., None)];
    store(out + rm[(.., None)] * D + rd[(None, ..)], o);
}

/// The distance of `x` to the next float away from zero.
fn ulp(x: f32) -> f64 {
    let a = x.abs();
    if a.is_infinite() {
        return f64::INFINITY;
    }
    (f32::from_bits(a.to_bits() + 1) as f64) - a as f64
}

/// How many floats apart `a` and `b` are (NaNs: as far as can be).
fn ulps(a: f32, b: f32) -> u64 {
    if a.is_nan() || b.is_nan() {
        return u64::MAX;
    }
    // The bit patterns in the order of the values (negatives mirrored below the positives).
    let ord = |x: f32| -> i64 {
        let b = x.to_bits() as i32;
        (if b < 0 { i32::MIN.wrapping_sub(b) } else { b }) as i64
    };
    (ord(a) - ord(b)).unsigned_abs()
}

/// The inputs: never zero, `x[0]` an `exp2` argument whose result is subnormal.
struct Inputs {
    a: Vec<f32>,
    b: Vec<f32>,
    c: Vec<f32>,
    x: Vec<f32>,
    soft: Vec<f32>,
    q: Vec<f32>,
    k: Vec<f32>,
    v: Vec<f32>,
}

const ROWS: usize = 4;
const N: usize = 128;
const AM: usize = 16;
const AN: usize = 32;
const AD: usize = 16;
const SCALE: f32 = 0.35;

fn inputs() -> Inputs {
    let mut r = rng(1212);
    let signed = |r: &mut StdRng, n: usize, lo: f32, hi: f32| -> Vec<f32> {
        f32s(r, n, lo, hi)
            .into_iter()
            .enumerate()
            .map(|(i, v)| if i % 2 == 1 { -v } else { v })
            .collect()
    };
    let mut x = f32s(&mut r, B, -20.0, 20.0);
    x[0] = -130.5;
    Inputs {
        a: signed(&mut r, B, 0.1, 100.0),
        b: signed(&mut r, B, 0.1, 100.0),
        c: signed(&mut r, B, 0.1, 1000.0),
        x,
        soft: f32s(&mut r, ROWS * N, -4.0, 4.0),
        q: f32s(&mut r, AM * AD, -1.0, 1.0),
        k: f32s(&mut r, AN * AD, -1.0, 1.0),
        v: f32s(&mut r, AN * AD, -1.0, 1.0),
    }
}

/// What one device computed.
struct Outputs {
    elementwise: Vec<f32>,
    softmax: Vec<f32>,
    attention: Vec<f32>,
}

fn run(dev: &Device, inp: &Inputs, fast_math: bool) -> Outputs {
    let opts = LaunchOptions::new().fast_math(fast_math);
    let up = |v: &[f32]| dev.upload(v).unwrap();
    let (a, b, c, x) = (up(&inp.a), up(&inp.b), up(&inp.c), up(&inp.x));
    let out = dev.alloc::<f32>(4 * B).unwrap();
    fm_elementwise::<B>::launch_with(dev, Grid::x(1), &opts, &a, &b, &c, &x, &out).unwrap();
    let soft = up(&inp.soft);
    let soft_out = dev.alloc::<f32>(ROWS * N).unwrap();
    fm_softmax::<N>::launch_with(dev, Grid::x(ROWS as u32), &opts, &soft, &soft_out).unwrap();
    let (q, k, v) = (up(&inp.q), up(&inp.k), up(&inp.v));
    let att = dev.alloc::<f32>(AM * AD).unwrap();
    fm_attention::<AM, AN, AD>::launch_with(dev, Grid::x(1), &opts, &q, &k, &v, &att, SCALE)
        .unwrap();
    Outputs {
        elementwise: out.to_vec().unwrap(),
        softmax: soft_out.to_vec().unwrap(),
        attention: att.to_vec().unwrap(),
    }
}

/// The book's per-op bounds under fast math, against the interpreter's exact results (one
/// ulp more for `exp2`/`exp`, whose reference is the host's libm, itself within an ulp).
fn assert_within_fast_math_bounds(what: &str, inp: &Inputs, got: &Outputs, want: &Outputs) {
    let (g, w) = (&got.elementwise, &want.elementwise);
    for i in 0..B {
        let (a, b, c, x) = (inp.a[i], inp.b[i], inp.c[i], inp.x[i]);
        // div.full.f32: 2 ulp.
        let e = ulps(g[i], w[i]);
        assert!(
            e <= 2,
            "{what}: {a} / {b} = {}, want {}: {e} ulps",
            g[i],
            w[i]
        );
        // Contraction: 1/2 ulp of the product skipped, 1/2 ulp of the result.
        let (gi, wi) = (g[B + i], w[B + i]);
        let tol = 0.5 * ulp(a * b) + 0.5 * ulp(gi.abs().max(wi.abs()));
        let d = (gi as f64 - wi as f64).abs();
        assert!(
            d <= tol,
            "{what}: {a} * {b} + {c} = {gi}, want {wi}: off by {d:e} > {tol:e}"
        );
        // ex2.approx.ftz.f32: 2 ulp, results below 2^-126 flushed to +0.
        let (gi, wi) = (g[2 * B + i], w[2 * B + i]);
        let flushed = wi < f32::MIN_POSITIVE && gi.to_bits() == 0;
        let e = ulps(gi, wi);
        assert!(
            flushed || e <= 3,
            "{what}: exp2({x}) = {gi:e}, want {wi:e}: {e} ulps"
        );
        // exp: 2 + floor(1.173 |x|) ulp, the same flush.
        let (gi, wi) = (g[3 * B + i], w[3 * B + i]);
        let flushed = wi < f32::MIN_POSITIVE && gi.to_bits() == 0;
        let tol = 3 + (1.173 * x.abs()).floor() as u64;
        let e = ulps(gi, wi);
        assert!(
            flushed || e <= tol,
            "{what}: exp({x}) = {gi:e}, want {wi:e}: {e} > {tol} ulps"
        );
    }
    // Softmax: each term within 2 ulp of exp2 plus its argument's contraction (1/2 ulp of
    // a product below 6, 2^-22 relative after exp2), the sum over 128 terms in another order
    // on a GPU (up to 128 roundings of 2^-24 each in the worst case), the division's 2 ulp:
    // 1e-5 relative.
    common::assert_close(&got.softmax, &want.softmax, 0.0, 1e-5);
    // Attention: the output is an average of `v`'s rows (|o| <= 1), each weight within a
    // few ulps as above and the same again for the row sums and the division: 4e-6.
    common::assert_close(&got.attention, &want.attention, 4e-6, 0.0);
}

/// With fast math off: bit-exact where the exact semantics promise it (`/`, `a * b + c`
/// unfused on the interpreter and CUDA, emulated or not), close elsewhere.
fn assert_exact(what: &str, backend: &str, got: &Outputs, want: &Outputs) {
    if matches!(backend, "interpreter" | "cpu" | "cuda" | "cuda-emu") {
        for i in 0..2 * B {
            assert_eq!(
                got.elementwise[i].to_bits(),
                want.elementwise[i].to_bits(),
                "{what}: element {i}: {} != {}",
                got.elementwise[i],
                want.elementwise[i]
            );
        }
    }
    common::assert_close(&got.softmax, &want.softmax, 0.0, 1e-5);
    common::assert_close(&got.attention, &want.attention, 4e-6, 0.0);
}

/// Runs everything on `dev` both ways; returns (exact, fast) for further checks.
fn check(dev: &Device, backend: &str) -> (Outputs, Outputs) {
    let inp = inputs();
    let want = run(&Device::interpreter(), &inp, false);
    let exact = run(dev, &inp, false);
    assert_exact(&format!("{backend}, exact"), backend, &exact, &want);
    let fast = run(dev, &inp, true);
    assert_within_fast_math_bounds(&format!("{backend}, fast math"), &inp, &fast, &want);
    (exact, fast)
}

#[test]
fn fast_math_on_the_test_device() {
    eprintln!("fast math on {}", common::dev().name());
    check(&common::dev(), &common::backend());
}

#[test]
fn the_interpreter_ignores_fast_math() {
    let inp = inputs();
    let dev = Device::interpreter();
    let (exact, fast) = (run(&dev, &inp, false), run(&dev, &inp, true));
    assert_eq!(exact.elementwise, fast.elementwise);
    assert_eq!(exact.softmax, fast.softmax);
    assert_eq!(exact.attention, fast.attention);
}

/// On the emulated CUDA device, fast math runs its approximations (and only when asked,
/// after a launch of the same kernel without it: the caches key on it).
#[cfg(feature = "cuda")]
#[test]
fn fast_math_on_the_emulated_cuda_device() {
    if !oxtile::cuda::emu::compiler_available() {
        assert!(
            std::env::var("OXTILE_REQUIRE_EMU").as_deref() != Ok("1"),
            "OXTILE_REQUIRE_EMU=1 but no C++ compiler runs"
        );
        eprintln!("skipped: no C++ compiler for the CUDA emulator");
        return;
    }
    let dev = Device::from(oxtile::cuda::emu_device().unwrap());
    let (exact, fast) = check(&dev, "cuda-emu");
    let differ = (0..B)
        .filter(|&i| exact.elementwise[i].to_bits() != fast.elementwise[i].to_bits())
        .count();
    assert!(
        differ > 0,
        "fast math gave every quotient correctly rounded"
    );
    // exp2(-130.5) is subnormal: exact code keeps it, ex2.approx.ftz flushes it.
    assert!(exact.elementwise[2 * B] > 0.0 && fast.elementwise[2 * B] == 0.0);
    // And off again: the exact kernel, not the fast one cached under the same key.
    let again = run(&dev, &inputs(), false);
    assert_eq!(again.elementwise, exact.elementwise);
    eprintln!("cuda-emu: {differ} of {B} quotients differ from the correctly rounded ones");
}
