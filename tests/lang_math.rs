//! Triton's `libdevice` functions beyond the basics, through `#[kernel]` on the device
//! `OXTILE_DEVICE` names: `asin`, `acos`, `atan`, `atan2`, `sinh`, `cosh`, `asinh`, `acosh`,
//! `atanh`, `log1p`, `expm1`, `cbrt`, `erfc`, `div_rn`, `fdiv` and `sqrt_rn`, in f32, f16,
//! bf16 and f64, on random arguments spread over each function's domain and on its special
//! values, against fdlibm's f64 functions (the `libm` crate) rounded once to the dtype: what
//! the interpreter computes, so it must match bit for bit, and what each backend must come
//! within its documented ulps of (`tolerance`).

mod common;

use common::*;
use oxtile::prelude::*;
use rand::Rng;
use rand::rngs::StdRng;

/// Elements per program; each function's row of arguments is `PROGRAMS * B` long.
const B: usize = 128;
/// Programs per launch.
const PROGRAMS: usize = 2;
/// Arguments per function.
const ROW: usize = B * PROGRAMS;

/// One output row per function, each from its own row of arguments (`atan2` and the
/// divisions take two).
#[kernel]
fn libdevice<T: Float, const B: usize>(x: Ptr<T>, out: Ptr<T>, r: i32) {
    let o = program_id(0) * B + arange(0, B);
    store(out + o, asin(load(x + o)));
    store(out + r + o, acos(load(x + r + o)));
    store(out + 2 * r + o, atan(load(x + 2 * r + o)));
    store(out + 3 * r + o, sinh(load(x + 3 * r + o)));
    store(out + 4 * r + o, cosh(load(x + 4 * r + o)));
    store(out + 5 * r + o, asinh(load(x + 5 * r + o)));
    store(out + 6 * r + o, acosh(load(x + 6 * r + o)));
    store(out + 7 * r + o, atanh(load(x + 7 * r + o)));
    store(out + 8 * r + o, log1p(load(x + 8 * r + o)));
    store(out + 9 * r + o, expm1(load(x + 9 * r + o)));
    store(out + 10 * r + o, load(x + 10 * r + o).cbrt());
    store(out + 11 * r + o, erfc(load(x + 11 * r + o)));
    let (a, b) = (load(x + 12 * r + o), load(x + 13 * r + o));
    store(out + 12 * r + o, a.atan2(b));
    store(out + 13 * r + o, div_rn(a, b));
    store(out + 14 * r + o, fdiv(a, b));
    store(out + 15 * r + o, sqrt_rn(abs(a)));
}

/// Rows of `libdevice`'s output.
const FUNCTIONS: [&str; 16] = [
    "asin", "acos", "atan", "sinh", "cosh", "asinh", "acosh", "atanh", "log1p", "expm1", "cbrt",
    "erfc", "atan2", "div_rn", "fdiv", "sqrt_rn",
];

/// fdlibm's value of row `k`'s function at `(a, b)` (`b` only for the binary ones).
fn reference(k: usize, a: f64, b: f64) -> f64 {
    match FUNCTIONS[k] {
        "asin" => libm::asin(a),
        "acos" => libm::acos(a),
        "atan" => libm::atan(a),
        "sinh" => libm::sinh(a),
        "cosh" => libm::cosh(a),
        "asinh" => libm::asinh(a),
        // (musl's formula gives a number for a <= -2.)
        "acosh" if a < 1.0 => f64::NAN,
        "acosh" => libm::acosh(a),
        "atanh" => libm::atanh(a),
        "log1p" => libm::log1p(a),
        "expm1" => libm::expm1(a),
        "cbrt" => libm::cbrt(a),
        "erfc" => libm::erfc(a),
        "atan2" => libm::atan2(a, b),
        "div_rn" | "fdiv" => a / b,
        _ => a.abs().sqrt(),
    }
}

/// A float dtype as the host sees it.
trait HostFloat: oxtile::Float + oxtile::Element + Copy {
    /// Mantissa bits (without the implicit one).
    const MANTISSA: u32;
    /// Largest finite value.
    const MAX: f64;
    fn from_f64(x: f64) -> Self;
    fn to_f64(self) -> f64;
}

impl HostFloat for f32 {
    const MANTISSA: u32 = 23;
    const MAX: f64 = f32::MAX as f64;
    fn from_f64(x: f64) -> Self {
        x as f32
    }
    fn to_f64(self) -> f64 {
        self as f64
    }
}

impl HostFloat for f64 {
    const MANTISSA: u32 = 52;
    const MAX: f64 = f64::MAX;
    fn from_f64(x: f64) -> Self {
        x
    }
    fn to_f64(self) -> f64 {
        self
    }
}

impl HostFloat for f16 {
    const MANTISSA: u32 = 10;
    const MAX: f64 = 65504.0;
    fn from_f64(x: f64) -> Self {
        f16::from_f64(x)
    }
    fn to_f64(self) -> f64 {
        f16::to_f64(self)
    }
}

impl HostFloat for bf16 {
    const MANTISSA: u32 = 7;
    const MAX: f64 = 3.3895313892515355e38;
    fn from_f64(x: f64) -> Self {
        bf16::from_f64(x)
    }
    fn to_f64(self) -> f64 {
        bf16::to_f64(self)
    }
}

/// Ulps of `T` between `got` and `want` (both values of `T`): their f64 distance divided by
/// `T`'s ulp at `want`, the smallest normal's ulp below it; `u64::MAX` for NaN against a
/// number, a wrong infinity or a zero of the wrong sign.
fn ulps<T: HostFloat>(got: f64, want: f64) -> u64 {
    if got.is_nan() || want.is_nan() {
        return if got.is_nan() && want.is_nan() {
            0
        } else {
            u64::MAX
        };
    }
    if got.is_infinite() || want.is_infinite() {
        return if got == want { 0 } else { u64::MAX };
    }
    if want == 0.0 && got == 0.0 && got.is_sign_negative() != want.is_sign_negative() {
        return u64::MAX;
    }
    let min_exp = if T::MANTISSA == 7 || T::MANTISSA == 23 {
        -126
    } else if T::MANTISSA == 10 {
        -14
    } else {
        -1022
    };
    let e = (want.abs().log2().floor() as i32).max(min_exp);
    let ulp = 2f64.powi(e - T::MANTISSA as i32);
    ((got - want).abs() / ulp).ceil() as u64
}

/// The most ulps of its dtype the device's row `k` may be from fdlibm's value rounded to
/// the dtype.
fn tolerance(k: usize, dtype: DType) -> u64 {
    let f = FUNCTIONS[k];
    if is_interpreter() || f == "div_rn" || f == "sqrt_rn" {
        // The interpreter is that value; `div_rn` and `sqrt_rn` are correctly rounded.
        return 0;
    }
    // f16 and bf16 are computed in f32 and rounded once: off by at most one of their
    // (much larger) ulps where the f32 value is close to a rounding boundary.
    let narrow = matches!(dtype, DType::F16 | DType::BF16);
    match backend().as_str() {
        // The WGSL ports of musl's f32 functions: within 2 ulps of fdlibm's f64 (measured:
        // see the output of `libdevice_functions_match_fdlibm`).
        "wgpu" if narrow => 1,
        "wgpu" => 2,
        // CUDA's math library is documented within 4 ulps for these (`acoshf`, `erfcf`;
        // most within 1 to 3), `div.full.f32` within 2; emulated, the host C library's.
        _ if narrow => 1,
        _ => 4,
    }
}

/// A random value of random sign whose magnitude is in `[2^lo, 2^hi)`, uniform in the
/// exponent.
fn magnitude(r: &mut StdRng, lo: i32, hi: i32) -> f64 {
    let x = r.random_range(1.0f64..2.0) * 2f64.powi(r.random_range(lo..hi));
    if r.random() { -x } else { x }
}

/// Row `k`'s arguments for dtype `T`: the function's special values, then random
/// arguments over its domain (each exactly a `T`, each random result normal or zero in `T`).
fn arguments<T: HostFloat>(k: usize, r: &mut StdRng) -> Vec<f64> {
    let f = FUNCTIONS[k];
    // Exponent ranges that keep arguments and results in `T`'s normal range.
    let (lo, hi) = match T::MANTISSA {
        10 => (-12, 15),
        52 => (-500, 500),
        _ => (-60, 60),
    };
    // The exponent of the smallest normal `T`.
    let min_exp = match T::MANTISSA {
        10 => -14,
        52 => -1022,
        _ => -126,
    };
    // Where e^x is finite in `T`.
    let exp_max = T::MAX.ln() * 0.999;
    let special: &[f64] = match f {
        "asin" | "acos" => &[
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            -0.5,
            2.0,
            f64::NAN,
            0.975,
            -0.975,
        ],
        "atan" => &[
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1.0,
            -1.0,
        ],
        "sinh" | "cosh" | "expm1" => &[0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN],
        "asinh" | "cbrt" => &[
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1.0,
            -8.0,
        ],
        "acosh" => &[
            1.0,
            2.0,
            0.5,
            -1.0,
            -3.0,
            -1e6,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ],
        "atanh" => &[0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, f64::NAN],
        "log1p" => &[0.0, -0.0, -1.0, -2.0, f64::INFINITY, f64::NAN, 1.0],
        "erfc" => &[
            0.0,
            -0.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1.0,
            -1.0,
        ],
        _ => &[],
    };
    // f64 only: subnormal arguments (which most of these return as they are, and a device
    // may flush), the edges of overflow, and erfc's subnormal results from 26.55 to 27.3.
    let tiny: &[f64] = &[5e-324, -2.5e-320, f64::MIN_POSITIVE];
    let edges: &[f64] = match f {
        "sinh" | "cosh" => &[709.78, 710.0, -710.4758600739439],
        "expm1" => &[709.5, 709.78],
        "erfc" => &[26.6, 27.0, 27.2, 28.5, -28.5],
        _ => &[],
    };
    let f64_only: Vec<f64> = if T::MANTISSA == 52 && f != "acosh" {
        tiny.iter().chain(edges).copied().collect()
    } else {
        Vec::new()
    };
    let mut v: Vec<f64> = special
        .iter()
        .chain(&f64_only)
        .map(|&x| T::from_f64(x).to_f64())
        .collect();
    while v.len() < ROW {
        let x = match f {
            "asin" | "acos" => {
                if r.random() {
                    r.random_range(-1.0..1.0)
                } else {
                    magnitude(r, lo / 2, 0)
                }
            }
            "atan" | "asinh" | "cbrt" => magnitude(r, lo, hi),
            "sinh" | "cosh" => {
                if r.random() {
                    r.random_range(-exp_max..exp_max)
                } else {
                    magnitude(r, lo / 2, 1)
                }
            }
            "acosh" => 1.0 + magnitude(r, lo / 2, hi).abs(),
            "atanh" => {
                if r.random() {
                    r.random_range(-1.0..1.0)
                } else {
                    magnitude(r, lo / 2, 0)
                }
            }
            "log1p" => {
                if r.random() {
                    r.random_range(-1.0..2.0)
                } else {
                    magnitude(r, lo / 2, hi).max(-0.999)
                }
            }
            "expm1" => {
                if r.random() {
                    r.random_range(-40.0..exp_max)
                } else {
                    magnitude(r, lo / 2, 0)
                }
            }
            // Where erfc stays normal: e^-x^2 above the smallest normal.
            "erfc" => r.random_range(-6.0..(-min_exp as f64 * 2f64.ln()).sqrt() * 0.95),
            _ => magnitude(r, lo / 2, hi / 2),
        };
        v.push(T::from_f64(x).to_f64());
    }
    v
}

/// Launches `libdevice::<T>` on fresh arguments and checks each row against fdlibm.
fn check<T: HostFloat>(seed: u64) {
    let d = dev();
    let mut r = rng(seed);
    let rows: Vec<Vec<f64>> = (0..FUNCTIONS.len())
        .map(|k| {
            // The divisions and `sqrt_rn` share `atan2`'s arguments.
            if k >= 13 {
                Vec::new()
            } else {
                arguments::<T>(k, &mut r)
            }
        })
        .collect();
    let mut x: Vec<T> = Vec::with_capacity(14 * ROW);
    for row in rows.iter().take(13) {
        x.extend(row.iter().map(|&v| T::from_f64(v)));
    }
    // Row 13: the second operand of `atan2` and the divisions.
    let second = arguments::<T>(12, &mut r);
    x.extend(second.iter().map(|&v| T::from_f64(v)));
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<T>(FUNCTIONS.len() * ROW).unwrap();
    let result = libdevice::<T, B>::launch(&d, Grid::x(PROGRAMS as u32), &xd, &out, ROW as i32);
    if T::DTYPE == DType::F64 && refuses("64-bit") {
        assert_refused(result, "64-bit");
        return;
    }
    result.unwrap();
    let got: Vec<f64> = out.to_vec().unwrap().iter().map(|v| v.to_f64()).collect();
    for (k, name) in FUNCTIONS.iter().enumerate() {
        let tol = tolerance(k, T::DTYPE);
        let mut worst = 0;
        for i in 0..ROW {
            let (a, b) = if k >= 12 {
                (rows[12][i], second[i])
            } else {
                (rows[k][i], 0.0)
            };
            let want = T::from_f64(reference(k, a, b)).to_f64();
            let g = got[k * ROW + i];
            let e = ulps::<T>(g, want);
            assert!(
                e <= tol,
                "{:?} {name}({a:e}{}) = {g:e}, want {want:e}: {e} ulps apart, at most {tol} allowed",
                T::DTYPE,
                if k >= 12 {
                    format!(", {b:e}")
                } else {
                    String::new()
                },
            );
            worst = worst.max(e);
        }
        eprintln!("{:?} {name}: at most {worst} ulps from fdlibm", T::DTYPE);
    }
}

#[test]
fn libdevice_functions_match_fdlibm_in_f32() {
    for seed in 0..2 {
        check::<f32>(7100 + seed);
    }
}

#[test]
fn libdevice_functions_round_once_in_f16_and_bf16() {
    check::<f16>(7200);
    check::<bf16>(7300);
}

#[test]
fn libdevice_functions_match_fdlibm_in_f64() {
    check::<f64>(7400);
}
