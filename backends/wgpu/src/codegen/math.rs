//! The WGSL helper functions a shader may need, each emitted only when used.
//!
//! WGSL leaves much of what the IR defines exactly to the implementation: NaN behaviour of
//! `min`/`max` and comparisons (implementations may assume there are no NaNs), float→int
//! conversion of out-of-range values, `%` on floats (`x - y * trunc(x / y)`, not `fmod`),
//! `pow` of negative bases, f32→f16 conversion of out-of-range values. The helpers here pin
//! each of those down with integer and bit arithmetic so that every backend driver gives the
//! interpreter's results (see `kernel_core::interp` and `kernel_core::numeric`).
//!
//! Narrow floats (f16, bf16, fp8) live in f32 registers holding exactly representable values;
//! `ox_encode`/`ox_decode` convert between such a value and the format's bit pattern with
//! round-to-nearest-even, written after `kernel_core::numeric`'s `Format::encode`.

use std::collections::BTreeSet;

use super::{libm32, libm64, math64};

/// A helper function (or workgroup variable) of the generated module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Helper {
    /// `ox_record`: the first-error-wins write of the status buffer.
    Record,
    /// `ox_loop_probe`: whether the driver's loop-iteration budget ran out (see [`LOOP_PROBE`]).
    LoopProbe,
    /// `ox_any_bad`: a workgroup-wide "did any lane fail" vote, uniform result.
    AnyBad,
    /// `ox_uniform`: broadcasts thread 0's word to the workgroup as a uniform value.
    Uniform,
    /// `ox_isnan`: NaN test on the bits (comparisons may assume no NaNs).
    IsNan,
    /// `ox_fmin`/`ox_fmax`: IEEE minNum/maxNum.
    MinMax,
    /// `ox_f2i`/`ox_f2u`: saturating float→int conversions, NaN → 0.
    FloatToInt,
    /// `ox_fmod`: exact `fmod` on f32.
    Fmod,
    /// `ox_pow`: `powf` with C's special cases.
    Pow,
    /// `ox_erf`: the error function.
    Erf,
    /// `ox_rsqrt`: `1/sqrt(x)` with `1/±0 = ±inf`.
    Rsqrt,
    /// `ox_log`/`ox_log2`: logarithms accurate to an ulp (musl's logf/log2f).
    Log,
    /// `ox_sin`/`ox_cos`: sine and cosine accurate to an ulp for |x| < 200 (fdlibm's).
    SinCos,
    /// `ox_tanh`: `tanh` within 1.5 ulps.
    Tanh,
    /// `ox_exp`: musl's `expf`, within an ulp (see `libm32`).
    Exp,
    /// `ox_expm1`: musl's `expm1f`.
    Expm1,
    /// `ox_log1p`: musl's `log1pf`.
    Log1p,
    /// `ox_sinh`, `ox_cosh`: musl's `sinhf`, `coshf`.
    Hyperbolic,
    /// `ox_asinh`, `ox_acosh`, `ox_atanh`: musl's.
    InverseHyperbolic,
    /// `ox_asin`, `ox_acos`: musl's `acosf` and fdlibm's `asinf`.
    AsinAcos,
    /// `ox_atan`, `ox_atan2`: musl's `atanf`, `atan2f`.
    Atan,
    /// `ox_cbrt`: fdlibm's `cbrtf` in f32.
    Cbrt,
    /// `ox_erfc`: musl's `erfcf`.
    Erfc,
    /// `ox_encode`/`ox_decode`: f32 ↔ bit patterns of f16 and the fp8 formats.
    SmallFloat,
    /// `ox_enc_bf16`: f32 → bf16 bits, round to nearest even.
    Bf16,
    /// `ox_tf32`: f32 bits → the value rounded to TF32 (the factors of a tf32 `dot`).
    Tf32,
    /// `ox_u2f_prec`/`ox_i2f_prec`: integer → float rounded once to a precision.
    IntToFloat,
    /// `ox_fma`: a correctly rounded fused multiply-add in integer arithmetic.
    Fma,
    /// `ox_mulhilo`: the 64-bit product of two `u32`.
    MulHiLo,
    /// `ox_philox`: Philox4x32-10.
    Philox,
    /// `ox_u2uniform`: Triton's `uint_to_uniform_float`.
    Uniform01,
    /// `ox_randn`: Triton's Box–Muller `randn`.
    Randn,
    /// `ox_i64_to_f32_prec`/`ox_u64_to_f32_prec`: 64-bit integer → f32 rounded once to a
    /// precision (integer arithmetic only: needs `SHADER_INT64`, not `SHADER_F64`).
    Int64,
    /// The f64 helpers: NaN test, minNum/maxNum, saturating f64 → integer conversions,
    /// 64-bit integer → f64, f64 → f32 rounded to odd, `exp` and `exp2`, bit utilities.
    Float64,
    /// `ox_fmod64`: exact `fmod` on f64.
    Fmod64,
    /// `ox_fma64`: exact fused multiply-add on f64 (and 128-bit integer utilities).
    Fma64,
    /// `ox_log64`/`ox_log2_64`: fdlibm's `log` and `log2`.
    Log64,
    /// `ox_sin64`/`ox_cos64`: fdlibm's `sin` and `cos`, exact argument reduction.
    SinCos64,
    /// `ox_tanh64`: fdlibm's `tanh`.
    Tanh64,
    /// `ox_erf64`: fdlibm's `erf`.
    Erf64,
    /// `ox_pow64`: fdlibm's `pow`.
    Pow64,
    /// `ox_round64`: `round` (halfway cases to even) on f64, from `floor`.
    Round64,
    /// `ox_exp_fdlibm64`: fdlibm's `exp`, within an ulp (and `ox_scalbn64`; see `libm64`).
    ExpF64,
    /// `ox_expm1_64`: fdlibm's `expm1`.
    Expm1F64,
    /// `ox_log1p64`: fdlibm's `log1p`.
    Log1pF64,
    /// `ox_sinh64`, `ox_cosh64`: musl's `sinh`, `cosh`.
    HyperbolicF64,
    /// `ox_asinh64`, `ox_acosh64`, `ox_atanh64`: musl's.
    InverseHyperbolicF64,
    /// `ox_asin64`, `ox_acos64`: fdlibm's `asin`, `acos`.
    AsinAcosF64,
    /// `ox_atan64`, `ox_atan2_64`: fdlibm's `atan`, `atan2`.
    AtanF64,
    /// `ox_cbrt64`: CORE-MATH's correctly rounded `cbrt`.
    CbrtF64,
    /// `ox_erfc64`: fdlibm's `erfc`.
    ErfcF64,
}

impl Helper {
    /// Helpers this one calls.
    fn deps(self) -> &'static [Helper] {
        match self {
            Helper::MinMax | Helper::FloatToInt | Helper::Erf => &[Helper::IsNan],
            Helper::Tanh => &[Helper::IsNan, Helper::Expm1],
            Helper::Hyperbolic => &[Helper::Exp, Helper::Expm1],
            Helper::InverseHyperbolic => &[Helper::Log, Helper::Log1p],
            Helper::Erfc => &[Helper::Exp],
            Helper::Pow => &[Helper::IsNan, Helper::Log],
            Helper::Fmod => &[Helper::IsNan],
            Helper::Bf16 => &[],
            Helper::SmallFloat => &[],
            Helper::Uniform01 => &[Helper::IntToFloat],
            Helper::Log | Helper::SinCos => &[Helper::IsNan],
            Helper::Randn => &[
                Helper::Philox,
                Helper::Uniform01,
                Helper::Log,
                Helper::SinCos,
                Helper::Fma,
            ],
            Helper::Philox => &[Helper::MulHiLo],
            Helper::Fma => &[Helper::IsNan, Helper::MulHiLo],
            Helper::Float64 => &[Helper::Int64],
            Helper::Fmod64
            | Helper::Fma64
            | Helper::Log64
            | Helper::SinCos64
            | Helper::Pow64
            | Helper::ExpF64
            | Helper::Expm1F64
            | Helper::Log1pF64
            | Helper::AsinAcosF64 => &[Helper::Float64],
            Helper::Tanh64 => &[Helper::Float64, Helper::Expm1F64],
            // Subnormal arguments go through exact fmas.
            Helper::Erf64 => &[Helper::Float64, Helper::Fma64, Helper::ExpF64],
            Helper::HyperbolicF64 => &[Helper::Float64, Helper::ExpF64, Helper::Expm1F64],
            Helper::InverseHyperbolicF64 => &[Helper::Float64, Helper::Log64, Helper::Log1pF64],
            // atan2 scales its quotient with ox_scalbn64.
            Helper::AtanF64 => &[Helper::Float64, Helper::ExpF64],
            Helper::CbrtF64 => &[Helper::Float64, Helper::Fma64],
            Helper::ErfcF64 => &[Helper::Float64, Helper::Erf64],
            _ => &[],
        }
    }

    /// The WGSL text.
    fn source(self) -> &'static str {
        match self {
            Helper::Record => RECORD,
            Helper::LoopProbe => LOOP_PROBE,
            Helper::AnyBad => ANY_BAD,
            Helper::Uniform => UNIFORM,
            Helper::IsNan => IS_NAN,
            Helper::MinMax => MIN_MAX,
            Helper::FloatToInt => FLOAT_TO_INT,
            Helper::Fmod => FMOD,
            Helper::Pow => POW,
            Helper::Erf => ERF,
            Helper::Rsqrt => RSQRT,
            Helper::Log => LOG,
            Helper::SinCos => SIN_COS,
            Helper::Tanh => TANH,
            Helper::Exp => libm32::EXP,
            Helper::Expm1 => libm32::EXPM1,
            Helper::Log1p => libm32::LOG1P,
            Helper::Hyperbolic => libm32::HYPERBOLIC,
            Helper::InverseHyperbolic => libm32::INVERSE_HYPERBOLIC,
            Helper::AsinAcos => libm32::ASIN_ACOS,
            Helper::Atan => libm32::ATAN,
            Helper::Cbrt => libm32::CBRT,
            Helper::Erfc => libm32::ERFC,
            Helper::SmallFloat => SMALL_FLOAT,
            Helper::Bf16 => BF16,
            Helper::Tf32 => TF32,
            Helper::IntToFloat => INT_TO_FLOAT,
            Helper::Fma => FMA,
            Helper::MulHiLo => MULHILO,
            Helper::Philox => PHILOX,
            Helper::Uniform01 => UNIFORM01,
            Helper::Randn => RANDN,
            Helper::Int64 => INT64,
            Helper::Float64 => FLOAT64,
            Helper::Fmod64 => math64::FMOD64,
            Helper::Fma64 => math64::FMA64,
            Helper::Log64 => math64::LOG64,
            Helper::SinCos64 => math64::SIN_COS64,
            Helper::Tanh64 => math64::TANH64,
            Helper::Erf64 => math64::ERF64,
            Helper::Pow64 => math64::POW64,
            Helper::Round64 => ROUND64,
            Helper::ExpF64 => libm64::EXP64,
            Helper::Expm1F64 => libm64::EXPM1_64,
            Helper::Log1pF64 => libm64::LOG1P64,
            Helper::HyperbolicF64 => libm64::HYPERBOLIC64,
            Helper::InverseHyperbolicF64 => libm64::INVERSE_HYPERBOLIC64,
            Helper::AsinAcosF64 => libm64::ASIN_ACOS64,
            Helper::AtanF64 => libm64::ATAN64,
            Helper::CbrtF64 => libm64::CBRT64,
            Helper::ErfcF64 => libm64::ERFC64,
        }
    }
}

/// The set of helpers a shader uses.
#[derive(Default, Debug)]
pub(crate) struct Helpers {
    set: BTreeSet<Helper>,
}

impl Helpers {
    /// Marks `h` (and what it calls) as used.
    pub fn need(&mut self, h: Helper) {
        if self.set.insert(h) {
            for d in h.deps() {
                self.need(*d);
            }
        }
    }

    /// True if `h` is used.
    pub fn uses(&self, h: Helper) -> bool {
        self.set.contains(&h)
    }

    /// The source of every used helper, in a fixed order.
    pub fn source(&self) -> String {
        let mut s = String::new();
        for h in &self.set {
            s.push_str(h.source());
            s.push('\n');
        }
        s
    }
}

const RECORD: &str = r#"// Records an error in the status buffer; the first error of the launch wins.
fn ox_record(code: u32, a: u32, b: u32, b_hi: u32, c: u32, site: u32, wid: vec3<u32>) {
    loop {
        let r = atomicCompareExchangeWeak(&status[0], 0u, code);
        if (r.exchanged) {
            atomicStore(&status[1], a);
            atomicStore(&status[2], b);
            atomicStore(&status[3], b_hi);
            atomicStore(&status[4], c);
            atomicStore(&status[5], wid.x);
            atomicStore(&status[6], wid.y);
            atomicStore(&status[7], wid.z);
            atomicStore(&status[8], site);
            return;
        }
        if (r.old_value != 0u) {
            return;
        }
    }
}
"#;

/// Mesa's llvmpipe (lavapipe's compiler) gives each invocation a budget of 65,535 loop
/// back-edges, shared by all its loops (the user's, and the per-slot and helper loops of the
/// generated code), and silently ends every loop once it is spent: a `for` over 100,000
/// iterations stops at 65,535 and the launch "succeeds". Other drivers have no such budget.
/// This probe is a loop that must turn back once: it runs at every exit of `main`, and if it
/// could not turn back the budget ran out somewhere, so the launch reports
/// [`super::status::LOOP_LIMIT`] rather than results that may be wrong. (A kernel whose loops
/// use up exactly the whole budget without being cut is reported too: the budget cannot be
/// read, only probed.) The trip count is not a constant, so no compiler unrolls the probe.
pub(crate) const LOOP_PROBE: &str = r#"// True when the driver ended a loop early (see the backend's docs: llvmpipe's loop budget).
fn ox_loop_probe(wid: vec3<u32>) -> bool {
    // 2, but not a constant: grids are far below 2^31 programs along x.
    let want = 2u + (wid.x >> 31u);
    var turns = 0u;
    loop {
        turns = turns + 1u;
        if (turns >= want) { break; }
    }
    return turns < want;
}
"#;

const ANY_BAD: &str = r#"// Workgroup vote: returns (uniformly) the largest `bad` of all threads, 0 if none. Callers
// pass `0xffffffff - lane` for a failing lane, so the result names the lowest failing lane.
// The flag is never reset: a nonzero result ends the program.
fn ox_any_bad(bad: u32) -> u32 {
    if (bad != 0u) {
        atomicMax(&ox_wg_bad, bad);
    }
    return workgroupUniformLoad(&ox_wg_bad);
}
"#;

const UNIFORM: &str = r#"// Thread 0's `x`, as a value the uniformity analysis knows is uniform. workgroupUniformLoad
// is a barrier, a load and a barrier, so the next call may overwrite the word safely.
fn ox_uniform(x: u32, tid: u32) -> u32 {
    if (tid == 0u) {
        ox_wg_u = x;
    }
    return workgroupUniformLoad(&ox_wg_u);
}
"#;

const IS_NAN: &str = r#"fn ox_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}
"#;

const MIN_MAX: &str = r#"// IEEE minNum/maxNum: a single NaN operand is ignored.
fn ox_fmin(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a < b);
}
fn ox_fmax(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a > b);
}
"#;

const FLOAT_TO_INT: &str = r#"// Float -> integer as Rust's `as`: truncate, saturate, NaN -> 0.
fn ox_f2i(x: f32) -> i32 {
    if (ox_isnan(x)) { return 0i; }
    if (x >= 2147483648.0f) { return 2147483647i; }
    if (x <= -2147483648.0f) { return bitcast<i32>(0x80000000u); }
    return i32(x);
}
fn ox_f2u(x: f32) -> u32 {
    if (ox_isnan(x) || x <= 0.0f) { return 0u; }
    if (x >= 4294967296.0f) { return 0xffffffffu; }
    return u32(x);
}
"#;

const FMOD: &str = r#"// Exact fmod (the remainder with the sign of x), after musl's fmodf: long division on the
// integer significands, so no rounding happens at all.
fn ox_fmod(x: f32, y: f32) -> f32 {
    let ux = bitcast<u32>(x);
    let uy = bitcast<u32>(y);
    var ex = i32((ux >> 23u) & 0xffu);
    var ey = i32((uy >> 23u) & 0xffu);
    let sx = ux & 0x80000000u;
    if ((uy << 1u) == 0u || ox_isnan(y) || ex == 0xff) {
        return bitcast<f32>(0x7fc00000u);
    }
    if ((ux << 1u) <= (uy << 1u)) {
        if ((ux << 1u) == (uy << 1u)) { return bitcast<f32>(sx); }
        return x;
    }
    var mx: u32;
    var my: u32;
    if (ex == 0) {
        var i = ux << 9u;
        loop {
            if ((i >> 31u) != 0u) { break; }
            ex = ex - 1;
            i = i << 1u;
        }
        mx = ux << u32(1 - ex);
    } else {
        mx = (ux & 0x007fffffu) | 0x00800000u;
    }
    if (ey == 0) {
        var i = uy << 9u;
        loop {
            if ((i >> 31u) != 0u) { break; }
            ey = ey - 1;
            i = i << 1u;
        }
        my = uy << u32(1 - ey);
    } else {
        my = (uy & 0x007fffffu) | 0x00800000u;
    }
    loop {
        if (ex <= ey) { break; }
        let i = mx - my;
        if ((i >> 31u) == 0u) {
            if (i == 0u) { return bitcast<f32>(sx); }
            mx = i;
        }
        mx = mx << 1u;
        ex = ex - 1;
    }
    let i = mx - my;
    if ((i >> 31u) == 0u) {
        if (i == 0u) { return bitcast<f32>(sx); }
        mx = i;
    }
    loop {
        if ((mx >> 23u) != 0u) { break; }
        mx = mx << 1u;
        ex = ex - 1;
    }
    if (ex > 0) {
        mx = (mx - 0x00800000u) | (u32(ex) << 23u);
    } else {
        mx = mx >> u32(1 - ex);
    }
    return bitcast<f32>(mx | sx);
}
"#;

const POW: &str = r#"// powf with C99's special cases (WGSL's pow is undefined for x < 0 and x == 0).
fn ox_pow(x: f32, y: f32) -> f32 {
    if (y == 0.0f || x == 1.0f) { return 1.0f; }
    if (ox_isnan(x) || ox_isnan(y)) { return bitcast<f32>(0x7fc00000u); }
    let inf = bitcast<f32>(0x7f800000u);
    let ay = abs(y);
    let ax = abs(x);
    let y_int = floor(y) == y;
    let y_odd = y_int && ay < 16777216.0f && floor(y * 0.5f) != y * 0.5f;
    if (ay == inf) {
        if (ax == 1.0f) { return 1.0f; }
        if ((ax < 1.0f) == (y > 0.0f)) { return 0.0f; }
        return inf;
    }
    if (x == 0.0f) {
        if (y < 0.0f) { return select(inf, 1.0f / x, y_odd); }
        return select(0.0f, x, y_odd);
    }
    if (ax == inf) {
        var r = select(0.0f, inf, y > 0.0f);
        if (x < 0.0f && y_odd) { r = -r; }
        return r;
    }
    if (x < 0.0f) {
        if (!y_int) { return bitcast<f32>(0x7fc00000u); }
        let r = ox_pow_pos(ax, y);
        return select(r, -r, y_odd);
    }
    return ox_pow_pos(x, y);
}
// 2^f for |f| <= 0.5: the Taylor series of e^(f ln 2), about an ulp.
fn ox_exp2_small(f: f32) -> f32 {
    let u = f * 0.6931471805599453f;
    var p = 1.0f / 362880.0f;
    p = p * u + 1.0f / 40320.0f;
    p = p * u + 1.0f / 5040.0f;
    p = p * u + 1.0f / 720.0f;
    p = p * u + 1.0f / 120.0f;
    p = p * u + 1.0f / 24.0f;
    p = p * u + 1.0f / 6.0f;
    p = p * u + 0.5f;
    p = p * u + 1.0f;
    return p * u + 1.0f;
}
// x^y for finite x > 0 and finite y, within a few ulps. exp2(y log2 x) loses |y log2 x|
// ulps when computed naively (and Vulkan's log2 is only 2^-21-accurate near 1), so log2 x
// is taken as k + lh + ll (k an integer, lh with 24 bits, ll tiny, as musl's log2f has them)
// and y * (k + lh) is formed from exact products of 12-bit halves, whose integer parts are
// split off before any rounding.
fn ox_split12(x: f32) -> vec2<f32> {
    let h = bitcast<f32>(bitcast<u32>(x) & 0xfffff000u);
    return vec2<f32>(h, x - h);
}
fn ox_pow_pos(x: f32, y: f32) -> f32 {
    let red = ox_log_reduce(x);
    let f = red.x;
    let k = red.y;
    let hfsq = 0.5f * f * f;
    let hi = bitcast<f32>(bitcast<u32>(f - hfsq) & 0xfffff000u);
    let lo = f - hi - hfsq + ox_log_series(f, hfsq);
    let ivln2hi = bitcast<f32>(0x3fb8b000u);
    let ivln2lo = bitcast<f32>(0xb9389ad4u);
    let lh = hi * ivln2hi;
    let ll = (lo + hi) * ivln2lo + lo * ivln2hi;
    let ys = ox_split12(y);
    let ls = ox_split12(lh);
    let t1 = ys.x * k;
    let a1 = ys.x * ls.x;
    let n1 = round(t1);
    let n2 = round(a1);
    let small = ys.y * k + (ys.x * ls.y + ys.y * ls.x) + ys.y * ls.y + y * ll;
    let fr = ((t1 - n1) + (a1 - n2)) + small;
    let n3 = round(fr);
    let n = n1 + n2 + n3;
    if (n > 200.0f) { return bitcast<f32>(0x7f800000u); }
    if (n < -200.0f) { return 0.0f; }
    let ni = i32(n);
    return ldexp(ldexp(ox_exp2_small(fr - n3), ni / 2), ni - ni / 2);
}
"#;

const ERF: &str = r#"// erf in f32: the Maclaurin series below 1 (absolute error < 1e-7), above it 1 - erfc with
// Numerical Recipes' Chebyshev fit of erfc (fractional error < 1.2e-7).
fn ox_erf(x: f32) -> f32 {
    if (ox_isnan(x)) { return x; }
    let a = abs(x);
    var r: f32;
    if (a < 1.0f) {
        let z = a * a;
        // 2/sqrt(pi) * sum_n (-1)^n z^n / (n! (2n+1))
        var p = -1.0f / 6894720.0f;
        p = p * z + 1.0f / 685440.0f;
        p = p * z - 1.0f / 75600.0f;
        p = p * z + 1.0f / 9360.0f;
        p = p * z - 1.0f / 1320.0f;
        p = p * z + 1.0f / 216.0f;
        p = p * z - 1.0f / 42.0f;
        p = p * z + 1.0f / 10.0f;
        p = p * z - 1.0f / 3.0f;
        p = p * z + 1.0f;
        r = 1.1283791670955126f * a * p;
    } else if (a < 4.0f) {
        let t = 1.0f / (1.0f + 0.5f * a);
        let poly = -1.26551223f + t * (1.00002368f + t * (0.37409196f + t * (0.09678418f
            + t * (-0.18628806f + t * (0.27886807f + t * (-1.13520398f + t * (1.48851587f
            + t * (-0.82215223f + t * 0.17087277f))))))));
        r = 1.0f - t * exp(-a * a + poly);
    } else {
        r = 1.0f;
    }
    return select(r, -r, x < 0.0f);
}
"#;

const FMA: &str = r#"// fma(a, b, c) rounded once, to nearest even, computed on integer significands: the
// device's `fma` need not be fused (Vulkan allows a separate multiply and add, and lavapipe
// does that). 64-bit integers are vec2<u32>(high, low).
fn ox_u64_shr_jam(v: vec2<u32>, n: u32) -> vec2<u32> {
    // v >> n, with the bits shifted out ORed into the lowest bit (sticky).
    if (n == 0u) { return v; }
    if (n >= 64u) { return vec2<u32>(0u, select(0u, 1u, any(v != vec2<u32>(0u)))); }
    var r: vec2<u32>;
    var lost: u32;
    if (n >= 32u) {
        let m = n - 32u;
        r = vec2<u32>(0u, v.x >> m);
        lost = v.y | select(v.x & ((1u << m) - 1u), 0u, m == 0u);
    } else {
        r = vec2<u32>(v.x >> n, (v.y >> n) | (v.x << (32u - n)));
        lost = v.y & ((1u << n) - 1u);
    }
    return vec2<u32>(r.x, r.y | select(0u, 1u, lost != 0u));
}
fn ox_u64_shl(v: vec2<u32>, n: u32) -> vec2<u32> {
    if (n == 0u) { return v; }
    if (n >= 32u) { return vec2<u32>(v.y << (n - 32u), 0u); }
    return vec2<u32>((v.x << n) | (v.y >> (32u - n)), v.y << n);
}
fn ox_u64_clz(v: vec2<u32>) -> u32 {
    return select(countLeadingZeros(v.x), 32u + countLeadingZeros(v.y), v.x == 0u);
}
fn ox_u64_lt(a: vec2<u32>, b: vec2<u32>) -> bool {
    return a.x < b.x || (a.x == b.x && a.y < b.y);
}
// Significand (with the implicit bit) and exponent of a finite nonzero f32: |x| = m * 2^e.
fn ox_f32_parts(x: f32) -> vec2<i32> {
    let b = bitcast<u32>(x) & 0x7fffffffu;
    let ef = b >> 23u;
    if (ef == 0u) { return vec2<i32>(i32(b), -149); }
    return vec2<i32>(i32((b & 0x7fffffu) | 0x800000u), i32(ef) - 150);
}
fn ox_fma(a: f32, b: f32, c: f32) -> f32 {
    let inf = bitcast<f32>(0x7f800000u);
    if (ox_isnan(a) || ox_isnan(b) || ox_isnan(c) || abs(a) == inf || abs(b) == inf
        || a == 0.0f || b == 0.0f) {
        return a * b + c;
    }
    if (abs(c) == inf) { return c; }
    let pa = ox_f32_parts(a);
    let pb = ox_f32_parts(b);
    let sp = (bitcast<u32>(a) ^ bitcast<u32>(b)) >> 31u;
    // The exact product, normalized so that bit 63 is set.
    var x = ox_mulhilo(u32(pa.x), u32(pb.x));
    var ex = pa.y + pb.y;
    let zx = ox_u64_clz(x);
    x = ox_u64_shl(x, zx);
    ex = ex - i32(zx);
    var r = x;
    var er = ex;
    var sr = sp;
    if (c != 0.0f) {
        let pc = ox_f32_parts(c);
        let sc = bitcast<u32>(c) >> 31u;
        var y = vec2<u32>(0u, u32(pc.x));
        let zy = ox_u64_clz(y);
        y = ox_u64_shl(y, zy);
        let ey = pc.y - i32(zy);
        // L: the larger magnitude, S: the smaller, aligned to L with a sticky bit.
        var l = x;
        var el = ex;
        var sl = sp;
        var sm = y;
        var es = ey;
        if (ey > ex || (ey == ex && ox_u64_lt(x, y))) {
            l = y;
            el = ey;
            sl = sc;
            sm = x;
            es = ex;
        }
        let s = ox_u64_shr_jam(sm, u32(el - es));
        if (sp == sc) {
            let lo = l.y + s.y;
            let hi1 = l.x + s.x;
            let hi = hi1 + select(0u, 1u, lo < l.y);
            r = vec2<u32>(hi, lo);
            er = el;
            if (hi1 < l.x || hi < hi1) {
                // Carry out of bit 63.
                r = ox_u64_shr_jam(r, 1u);
                r.x = r.x | 0x80000000u;
                er = er + 1;
            }
        } else {
            let borrow = select(0u, 1u, l.y < s.y);
            r = vec2<u32>(l.x - s.x - borrow, l.y - s.y);
            if (all(r == vec2<u32>(0u))) { return 0.0f; }
            let z = ox_u64_clz(r);
            r = ox_u64_shl(r, z);
            er = el - i32(z);
        }
        sr = sl;
    }
    // Round r * 2^er (bit 63 set) to 24 bits, nearest even.
    let e = er + 63;
    let sign = sr << 31u;
    if (e > 127) { return bitcast<f32>(sign | 0x7f800000u); }
    var shift = 40u;
    if (e < -126) { shift = 40u + u32(-126 - e); }
    var mant: u32;
    var round_up: bool;
    if (shift >= 64u) {
        mant = 0u;
        // Only the exact midpoint of 0 and the smallest subnormal (shift == 64, r == 2^63)
        // ties to 0; anything above rounds up.
        round_up = shift == 64u && (r.x > 0x80000000u || (r.x == 0x80000000u && r.y != 0u));
    } else {
        // shift >= 40: the kept bits all come from the high word.
        mant = r.x >> (shift - 32u);
        let back = ox_u64_shl(vec2<u32>(0u, mant), shift);
        let rem = vec2<u32>(r.x - back.x, r.y);
        let half = ox_u64_shl(vec2<u32>(0u, 1u), shift - 1u);
        round_up = ox_u64_lt(half, rem) || (all(rem == half) && (mant & 1u) == 1u);
    }
    if (round_up) { mant = mant + 1u; }
    var bits: u32;
    if (e < -126) {
        // Subnormal (a carry into bit 23 gives the smallest normal, as the encoding does).
        bits = mant;
    } else {
        var ee = e;
        if (mant == 0x1000000u) {
            mant = mant >> 1u;
            ee = ee + 1;
        }
        if (ee > 127) { return bitcast<f32>(sign | 0x7f800000u); }
        bits = (u32(ee + 127) << 23u) | (mant & 0x7fffffu);
    }
    return bitcast<f32>(sign | bits);
}
"#;

const LOG: &str = r#"// Logarithms after musl's logf and log2f (fdlibm): under an ulp, where Vulkan only promises
// an absolute 2^-21 near 1. x = 2^k (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)].
fn ox_log_reduce(x: f32) -> vec2<f32> {
    var ix = bitcast<u32>(x);
    var k = 0;
    if (ix < 0x00800000u) {
        k = -25;
        ix = bitcast<u32>(x * 33554432.0f);
    }
    ix = ix + (0x3f800000u - 0x3f3504f3u);
    k = k + i32(ix >> 23u) - 0x7f;
    ix = (ix & 0x007fffffu) + 0x3f3504f3u;
    return vec2<f32>(bitcast<f32>(ix) - 1.0f, f32(k));
}
// The odd series part: s * (hfsq + R) with s = f / (2 + f).
fn ox_log_series(f: f32, hfsq: f32) -> f32 {
    let s = f / (2.0f + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (bitcast<f32>(0x3eccce13u) + w * bitcast<f32>(0x3e789e26u));
    let t2 = z * (bitcast<f32>(0x3f2aaaaau) + w * bitcast<f32>(0x3e91e9eeu));
    return s * (hfsq + t2 + t1);
}
fn ox_log_special(x: f32) -> vec2<f32> {
    // (1, value) for the special cases, (0, _) otherwise.
    if (ox_isnan(x) || x < 0.0f) { return vec2<f32>(1.0f, bitcast<f32>(0x7fc00000u)); }
    if (x == 0.0f) { return vec2<f32>(1.0f, bitcast<f32>(0xff800000u)); }
    if (x == bitcast<f32>(0x7f800000u)) { return vec2<f32>(1.0f, x); }
    if (x == 1.0f) { return vec2<f32>(1.0f, 0.0f); }
    return vec2<f32>(0.0f, 0.0f);
}
fn ox_log(x: f32) -> f32 {
    let sp = ox_log_special(x);
    if (sp.x != 0.0f) { return sp.y; }
    let r = ox_log_reduce(x);
    let f = r.x;
    let dk = r.y;
    let hfsq = 0.5f * f * f;
    let ln2_hi = bitcast<f32>(0x3f317180u);
    let ln2_lo = bitcast<f32>(0x3717f7d1u);
    return ox_log_series(f, hfsq) + dk * ln2_lo - hfsq + f + dk * ln2_hi;
}
fn ox_log2(x: f32) -> f32 {
    let sp = ox_log_special(x);
    if (sp.x != 0.0f) { return sp.y; }
    let r = ox_log_reduce(x);
    let f = r.x;
    let hfsq = 0.5f * f * f;
    var hi = f - hfsq;
    hi = bitcast<f32>(bitcast<u32>(hi) & 0xfffff000u);
    let lo = f - hi - hfsq + ox_log_series(f, hfsq);
    let ivln2hi = bitcast<f32>(0x3fb8b000u);
    let ivln2lo = bitcast<f32>(0xb9389ad4u);
    return (lo + hi) * ivln2lo + lo * ivln2hi + hi * ivln2hi + r.y;
}
"#;

const SIN_COS: &str = r#"// Sine and cosine after fdlibm's float kernels, with Cody-Waite reduction by pi/2 (three
// 17-bit pieces of pi/2, exact products for |n| < 128): within an ulp for |x| < 200, where
// Vulkan only promises an absolute 2^-11. Larger arguments use the device's.
fn ox_ksin(x: f32) -> f32 {
    let z = x * x;
    let r = bitcast<f32>(0x3c088889u) + z * (bitcast<f32>(0xb9500d01u) + z * (bitcast<f32>(0x3638ef1bu)
        + z * (bitcast<f32>(0xb2d72f34u) + z * bitcast<f32>(0x2f2ec9d3u))));
    return x + z * x * (bitcast<f32>(0xbe2aaaabu) + z * r);
}
fn ox_kcos(x: f32) -> f32 {
    let z = x * x;
    let r = z * (bitcast<f32>(0x3d2aaaabu) + z * (bitcast<f32>(0xbab60b61u) + z * (bitcast<f32>(0x37d00d01u)
        + z * (bitcast<f32>(0xb493f27cu) + z * (bitcast<f32>(0x310f74f6u) + z * bitcast<f32>(0xad47d74eu))))));
    let ix = bitcast<u32>(x) & 0x7fffffffu;
    if (ix < 0x3e99999au) { return 1.0f - (0.5f * z - z * r); }
    var qx = 0.28125f;
    if (ix <= 0x3f480000u) { qx = bitcast<f32>(ix - 0x01000000u); }
    let hz = 0.5f * z - qx;
    return (1.0f - qx) - (hz - z * r);
}
// (reduced argument, quadrant) of x.
fn ox_rem_pio2(x: f32) -> vec2<f32> {
    let n = round(x * bitcast<f32>(0x3f22f984u));
    let r = ((x - n * bitcast<f32>(0x3fc90f80u)) - n * bitcast<f32>(0x37354400u))
        - n * bitcast<f32>(0x2e85a300u);
    return vec2<f32>(r, n);
}
fn ox_sin(x: f32) -> f32 {
    if (ox_isnan(x) || !(abs(x) < 200.0f)) { return sin(x); }
    let rn = ox_rem_pio2(x);
    let q = i32(rn.y) & 3;
    if (q == 0) { return ox_ksin(rn.x); }
    if (q == 1) { return ox_kcos(rn.x); }
    if (q == 2) { return -ox_ksin(rn.x); }
    return -ox_kcos(rn.x);
}
fn ox_cos(x: f32) -> f32 {
    if (ox_isnan(x) || !(abs(x) < 200.0f)) { return cos(x); }
    let rn = ox_rem_pio2(x);
    let q = i32(rn.y) & 3;
    if (q == 0) { return ox_kcos(rn.x); }
    if (q == 1) { return -ox_ksin(rn.x); }
    if (q == 2) { return -ox_kcos(rn.x); }
    return ox_ksin(rn.x);
}
"#;

const RSQRT: &str = r#"fn ox_rsqrt(x: f32) -> f32 {
    if (x == 0.0f) { return 1.0f / x; }
    return inverseSqrt(x);
}
"#;

/// `tanh` within an ulp and a half (the `accuracy` tests pin it). The device's `tanh` is
/// usually the quotient `(e^{2x} - 1)/(e^{2x} + 1)`, whose subtraction cancels near zero
/// (lavapipe's was 102 ulps off there) and whose exponentials overflow beyond |x| ≈ 44.
/// Below ln(3)/2 an odd polynomial (musl's `tanhf` uses quotients of `expm1` there, 2.19 ulps
/// off on lavapipe), above it `1 - 2/(e^{2|x|} + 1)` on an `expm1` after musl's `expm1f`.
const TANH: &str = r#"// tanh in f32: 1 - 2 / (e^2|x| + 1) above ln(3)/2 (on ox_expm1), a polynomial below.
fn ox_tanh(x: f32) -> f32 {
    if (ox_isnan(x)) { return x; }
    let a = abs(x);
    let w = bitcast<u32>(a);
    var t: f32;
    if (w > 0x41200000u) {
        // |x| > 10 (or infinite): tanh rounds to 1.
        t = 1.0f;
    } else if (w > 0x3f0c9f54u) {
        // |x| > ln(3)/2
        t = 1.0f - 2.0f / (ox_expm1(2.0f * a) + 2.0f);
    } else if (w >= 0x00800000u) {
        // tanh(a) = a + a^3 P(a^2): a Chebyshev fit of degree 5 to (tanh(a) - a)/a^3 on
        // [0, ln(3)/2], within 4e-10 (a twentieth of an ulp of the result).
        let s = a * a;
        let p = ((((bitcast<f32>(0x3b25b0f9u) * s + bitcast<f32>(0xbc0bb759u)) * s
            + bitcast<f32>(0x3cb2bd3bu)) * s + bitcast<f32>(0xbd5d0a1fu)) * s
            + bitcast<f32>(0x3e088882u)) * s + bitcast<f32>(0xbeaaaaabu);
        t = a + a * (s * p);
    } else {
        // Subnormal (or zero): tanh(x) rounds to x.
        t = a;
    }
    // The sign of x, -0 included.
    return select(t, -t, bitcast<u32>(x) >= 0x80000000u);
}
"#;

const SMALL_FLOAT: &str = r#"// Rounds x to the binary format with `eb` exponent and `mb` mantissa bits (round to nearest
// even) and returns its bit pattern. `sat`: the OCP "fn" variant (no infinities, one NaN per
// sign, saturating overflow, as fp8 E4M3); otherwise IEEE (f16, fp8 E5M2). NaNs keep their
// sign and top payload bits (the quiet NaN when those are zero), as kernel_core::numeric.
fn ox_encode(x: f32, eb: u32, mb: u32, sat: bool) -> u32 {
    let bits = bitcast<u32>(x);
    let sign = (bits >> 31u) << (eb + mb);
    let emax = (1u << eb) - 1u;
    let mmask = (1u << mb) - 1u;
    let bias = i32((1u << (eb - 1u)) - 1u);
    let abits = bits & 0x7fffffffu;
    if (abits > 0x7f800000u) {
        if (sat) { return sign | (emax << mb) | mmask; }
        let payload = (abits >> (23u - mb)) & mmask;
        return sign | (emax << mb) | select(payload, 1u << (mb - 1u), payload == 0u);
    }
    let maxfin = select(((emax - 1u) << mb) | mmask, (emax << mb) | (mmask - 1u), sat);
    let big = select(emax << mb, maxfin, sat);
    if (abits == 0x7f800000u) { return sign | big; }
    if (abits == 0u) { return sign; }
    let a = bitcast<f32>(abits);
    let emin = 1 - bias;
    var eq = max(i32(abits >> 23u) - 127, emin);
    // Scaling by a power of two is exact; round() ties to even: the only rounding step.
    var n = u32(round(ldexp(a, i32(mb) - eq)));
    if (n == (1u << (mb + 1u))) {
        n = n >> 1u;
        eq = eq + 1;
    }
    var ef = 0u;
    var man = n;
    if (n >= (1u << mb)) {
        ef = u32(eq + bias);
        man = n & mmask;
    }
    let over = select(ef >= emax, ef > emax || (ef == emax && man == mmask), sat);
    if (over) { return sign | big; }
    return sign | (ef << mb) | man;
}
// The exact f32 value of a bit pattern of the format described at ox_encode.
fn ox_decode(b: u32, eb: u32, mb: u32, sat: bool) -> f32 {
    let emax = (1u << eb) - 1u;
    let mmask = (1u << mb) - 1u;
    let bias = i32((1u << (eb - 1u)) - 1u);
    let neg = (b >> (eb + mb)) & 1u;
    let ef = (b >> mb) & emax;
    let man = b & mmask;
    var mag: u32;
    if (ef == emax && (!sat || man == mmask)) {
        mag = 0x7f800000u | (man << (23u - mb));
    } else if (ef == 0u) {
        mag = bitcast<u32>(ldexp(f32(man), 1 - bias - i32(mb)));
    } else {
        mag = bitcast<u32>(ldexp(f32((1u << mb) | man), i32(ef) - bias - i32(mb)));
    }
    return bitcast<f32>(mag | (neg << 31u));
}
"#;

const BF16: &str = r#"// f32 -> bf16 bits, round to nearest even (overflow carries into infinity); NaNs keep
// their top payload bits, else become the quiet NaN.
fn ox_enc_bf16(x: f32) -> u32 {
    let b = bitcast<u32>(x);
    if ((b & 0x7fffffffu) > 0x7f800000u) {
        let hi = b >> 16u;
        return select(hi, hi | 0x40u, (hi & 0x7fu) == 0u);
    }
    return (b + 0x7fffu + ((b >> 16u) & 1u)) >> 16u;
}
"#;

const TF32: &str = r#"// f32 bits -> the value rounded to TF32 (10 mantissa bits), to nearest with ties away
// from zero, as kernel_core::numeric::round_tf32 and PTX cvt.rna.tf32.f32: the factors of a
// tf32 `dot`. Infinities and NaNs are returned as they are. Taking the bits, not an f32,
// keeps a NaN from passing through float operations.
fn ox_tf32(b: u32) -> f32 {
    if ((b & 0x7fffffffu) >= 0x7f800000u) {
        return bitcast<f32>(b);
    }
    return bitcast<f32>((b + 0x1000u) & 0xffffe000u);
}
"#;

const INT_TO_FLOAT: &str = r#"// Rounds the integer m to p significant bits (nearest even), exactly, and returns it as f32:
// integer -> float conversions round once, as the interpreter does.
fn ox_u2f_prec(m: u32, p: u32) -> f32 {
    let nbits = 32u - countLeadingZeros(m);
    if (nbits <= p) { return f32(m); }
    let shift = nbits - p;
    var q = m >> shift;
    let rem = m & ((1u << shift) - 1u);
    let half = 1u << (shift - 1u);
    if (rem > half || (rem == half && (q & 1u) == 1u)) { q = q + 1u; }
    return ldexp(f32(q), i32(shift));
}
fn ox_i2f_prec(v: i32, p: u32) -> f32 {
    let m = select(bitcast<u32>(v), 0u - bitcast<u32>(v), v < 0i);
    let r = ox_u2f_prec(m, p);
    return select(r, -r, v < 0i);
}
"#;

const MULHILO: &str = r#"// (high, low) words of the 64-bit product a * b, from 16-bit halves.
fn ox_mulhilo(a: u32, b: u32) -> vec2<u32> {
    let a0 = a & 0xffffu;
    let a1 = a >> 16u;
    let b0 = b & 0xffffu;
    let b1 = b >> 16u;
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 16u) + (p01 & 0xffffu) + (p10 & 0xffffu);
    let hi = p11 + (p01 >> 16u) + (p10 >> 16u) + (mid >> 16u);
    return vec2<u32>(hi, a * b);
}
"#;

const PHILOX: &str = r#"// Philox4x32-10 as kernel_core::numeric::philox4x32_10 (and Triton's philox_impl).
fn ox_philox(counter: vec4<u32>, key: vec2<u32>) -> vec4<u32> {
    var c = counter;
    var k = key;
    for (var r = 0u; r < 10u; r = r + 1u) {
        let pa = ox_mulhilo(0xD2511F53u, c.x);
        let pb = ox_mulhilo(0xCD9E8D57u, c.z);
        c = vec4<u32>(pb.x ^ c.y ^ k.x, pb.y, pa.x ^ c.w ^ k.y, pa.y);
        k = k + vec2<u32>(0x9E3779B9u, 0xBB67AE85u);
    }
    return c;
}
"#;

const UNIFORM01: &str = r#"// Triton's uint_to_uniform_float: a u32 word to [0, 1).
fn ox_u2uniform(x: u32) -> f32 {
    var i = bitcast<i32>(x);
    if (i < 0i) { i = ~i; }
    return ox_i2f_prec(i, 24u) * bitcast<f32>(0x2fffffffu);
}
"#;

const RANDN: &str = r#"// Triton's randn: Box-Muller on the first two Philox words.
fn ox_randn(offset: u32, key: vec2<u32>) -> f32 {
    let w = ox_philox(vec4<u32>(offset, 0u, 0u, 0u), key);
    let u1 = max(bitcast<f32>(0x33d6bf95u), ox_u2uniform(w.x));
    let u2 = ox_u2uniform(w.y);
    // The product rounded once, as the host does: a driver that treats float math as
    // reassociable would otherwise fold 2*pi into the scale constant inside ox_u2uniform.
    let th = ox_fma(bitcast<f32>(0x40c90fdbu), u2, 0.0f);
    let r = sqrt(-2.0f * ox_log(u1));
    return r * ox_cos(th);
}
"#;

const INT64: &str = r#"// Rounds the 64-bit integer m to p <= 24 significant bits (nearest even), exactly, and
// returns it as f32, as ox_u2f_prec does for 32 bits.
fn ox_u64_to_f32_prec(m: u64, p: u32) -> f32 {
    let hi = u32(m >> 32u);
    let lo = u32(m & 0xfffffffflu);
    let nbits = select(32u - countLeadingZeros(lo), 64u - countLeadingZeros(hi), hi != 0u);
    if (nbits <= p) { return f32(lo); }
    let shift = nbits - p;
    var q = m >> shift;
    let rem = m & ((1lu << shift) - 1lu);
    let half = 1lu << (shift - 1u);
    if (rem > half || (rem == half && (q & 1lu) == 1lu)) { q = q + 1lu; }
    return ldexp(f32(u32(q)), i32(shift));
}
fn ox_i64_to_f32_prec(v: i64, p: u32) -> f32 {
    let m = select(bitcast<u64>(v), 0lu - bitcast<u64>(v), v < 0li);
    let r = ox_u64_to_f32_prec(m, p);
    return select(r, -r, v < 0li);
}
"#;

const ROUND64: &str = r#"// Round to the nearest integer, halfway cases to the even one, computed from `floor` rather
// than trusting the driver's f64 `round`: lavapipe's f64 `trunc` returns x itself from 2^24
// on (see ox_f64_to_i64), and its `round` is exact only as far as we have measured. x - f is
// exact; a zero result keeps x's sign, as `round_ties_even` does.
fn ox_round64(x: f64) -> f64 {
    let f = floor(x);
    let d = x - f;
    let odd = f - 2.0lf * floor(f * 0.5lf) == 1.0lf;
    let r = select(f, f + 1.0lf, d > 0.5lf || (d == 0.5lf && odd));
    return select(r, bitcast<f64>(bitcast<u64>(x) & 0x8000000000000000lu), r == 0.0lf);
}
"#;

const FLOAT64: &str = r#"fn ox_isnan64(x: f64) -> bool {
    return (bitcast<u64>(x) & 0x7ffffffffffffffflu) > 0x7ff0000000000000lu;
}
fn ox_nan64() -> f64 {
    return bitcast<f64>(0x7ff8000000000000lu);
}
fn ox_inf64() -> f64 {
    return bitcast<f64>(0x7ff0000000000000lu);
}
// x, hidden from the compiler's float algebra. Vulkan lets drivers reassociate and simplify
// float arithmetic that SPIR-V does not mark `NoContraction` (naga never does): lavapipe
// computed fdlibm's `(x - e) + 1` as `(x + 1) - e` and lost the error term `(1 - v) - hz`
// (v = 1 - hz) of its cos kernel, both an ulp off. An OR with a zero the compiler cannot know
// (`params` always has a word, which no compiler can tell) stops such rewrites through x.
fn ox_keep64(x: f64) -> f64 {
    return bitcast<f64>(bitcast<u64>(x) | select(0lu, 1lu, arrayLength(&params) == 0u));
}
// 0u, as a value no compiler can know (as in ox_keep64).
fn ox_zero_u32() -> u32 {
    return select(0u, 1u, arrayLength(&params) == 0u);
}
// The high word of x's bits.
fn ox_hi64(x: f64) -> u32 {
    return u32(bitcast<u64>(x) >> 32u);
}
// The index of the highest set bit of a nonzero u64.
fn ox_msb64(v: u64) -> u32 {
    let hi = u32(v >> 32u);
    let lo = u32(v & 0xfffffffflu);
    return select(31u - countLeadingZeros(lo), 63u - countLeadingZeros(hi), hi != 0u);
}
// IEEE minNum/maxNum: a single NaN operand is ignored.
fn ox_fmin64(a: f64, b: f64) -> f64 {
    if (ox_isnan64(a)) { return b; }
    if (ox_isnan64(b)) { return a; }
    return select(b, a, a < b);
}
fn ox_fmax64(a: f64, b: f64) -> f64 {
    if (ox_isnan64(a)) { return b; }
    if (ox_isnan64(b)) { return a; }
    return select(b, a, a > b);
}
// f64 -> integers as Rust's `as`: truncate, saturate, NaN -> 0. Each converted value is
// ORed with ox_zero_u32(), so that no compiler can pair the conversion with a conversion
// back: Mesa's NIR rewrites `f64(i32(x))` as `trunc(x)` (allowed as out-of-range conversions
// are undefined), and lavapipe's f64 trunc returns x itself for |x| >= 2^24 and +0 for
// -1 < x < 0 (measured on Mesa 22.3.6; a correct trunc gives -0 there, the round trip +0).
// The NaN and range tests above each conversion happen to stop that rewrite on Mesa 22.3;
// the OR stops it whatever an optimizer makes of them.
fn ox_f64_to_i64(x: f64) -> i64 {
    if (ox_isnan64(x)) { return 0li; }
    if (x >= 9223372036854775808.0lf) { return 9223372036854775807li; }
    if (x <= -9223372036854775808.0lf) { return bitcast<i64>(0x8000000000000000lu); }
    return i64(x) | i64(ox_zero_u32());
}
fn ox_f64_to_u64(x: f64) -> u64 {
    if (ox_isnan64(x) || x <= 0.0lf) { return 0lu; }
    if (x >= 18446744073709551616.0lf) { return 0xfffffffffffffffflu; }
    return u64(x) | u64(ox_zero_u32());
}
fn ox_f64_to_i32(x: f64) -> i32 {
    if (ox_isnan64(x)) { return 0i; }
    if (x >= 2147483648.0lf) { return 2147483647i; }
    if (x <= -2147483648.0lf) { return bitcast<i32>(0x80000000u); }
    return i32(x) | bitcast<i32>(ox_zero_u32());
}
fn ox_f64_to_u32(x: f64) -> u32 {
    if (ox_isnan64(x) || x <= 0.0lf) { return 0u; }
    if (x >= 4294967296.0lf) { return 0xffffffffu; }
    return u32(x) | ox_zero_u32();
}
// 64-bit integers -> f64, rounded once to 53 bits (nearest even) in integer arithmetic.
fn ox_u64_to_f64(m: u64) -> f64 {
    let hi = u32(m >> 32u);
    let lo = u32(m & 0xfffffffflu);
    let nbits = select(32u - countLeadingZeros(lo), 64u - countLeadingZeros(hi), hi != 0u);
    if (nbits <= 53u) { return f64(m); }
    let shift = nbits - 53u;
    var q = m >> shift;
    let rem = m & ((1lu << shift) - 1lu);
    let half = 1lu << (shift - 1u);
    if (rem > half || (rem == half && (q & 1lu) == 1lu)) { q = q + 1lu; }
    return ldexp(f64(q), i32(shift));
}
fn ox_i64_to_f64(v: i64) -> f64 {
    let m = select(bitcast<u64>(v), 0lu - bitcast<u64>(v), v < 0li);
    let r = ox_u64_to_f64(m);
    return select(r, -r, v < 0li);
}
// f64 -> f32 rounded to odd (an inexact result gets an odd significand, overflow the
// largest finite value): rounding that to a format of at most 22 bits is then the same as
// rounding the f64 directly.
fn ox_f64_to_f32_odd(x: f64) -> f32 {
    if (ox_isnan64(x)) { return f32(x); }
    let r = f32(x);
    if (f64(r) == x) { return r; }
    let b = bitcast<u32>(r);
    if ((b & 0x7fffffffu) == 0x7f800000u) { return bitcast<f32>((b & 0x80000000u) | 0x7f7fffffu); }
    if ((b & 1u) == 1u) { return r; }
    // Move one step toward x: away from zero if |r| < |x|.
    return bitcast<f32>(select(b - 1u, b + 1u, abs(f64(r)) < abs(x)));
}
// e^r for |r| <= 0.35: Taylor to r^13 (truncation error below 2^-56).
fn ox_exp_poly64(r: f64) -> f64 {
    var p = 1.0lf / 6227020800.0lf;
    p = p * r + 1.0lf / 479001600.0lf;
    p = p * r + 1.0lf / 39916800.0lf;
    p = p * r + 1.0lf / 3628800.0lf;
    p = p * r + 1.0lf / 362880.0lf;
    p = p * r + 1.0lf / 40320.0lf;
    p = p * r + 1.0lf / 5040.0lf;
    p = p * r + 1.0lf / 720.0lf;
    p = p * r + 1.0lf / 120.0lf;
    p = p * r + 1.0lf / 24.0lf;
    p = p * r + 1.0lf / 6.0lf;
    p = p * r + 0.5lf;
    p = p * r + 1.0lf;
    return p * r + 1.0lf;
}
fn ox_ldexp64(x: f64, n: i32) -> f64 {
    return ldexp(ldexp(x, n / 2), n - n / 2);
}
// exp in f64 (Vulkan has no 64-bit exp): Cody-Waite reduction by ln 2 (fdlibm's split, whose
// high part times n is exact), within a few ulps.
fn ox_exp64(x: f64) -> f64 {
    if (ox_isnan64(x)) { return x; }
    if (x > 709.782712893384lf) { return bitcast<f64>(0x7ff0000000000000lu); }
    if (x < -745.1332191019412lf) { return 0.0lf; }
    // n need only be within 0.35 / ln 2 = 0.505 of x / ln 2 (|r| <= 0.35). lavapipe's f64
    // round is within 0.5 + 2^-25 below 2^24: it sends ties, and values up to 2^-25 above
    // them, toward zero.
    let n = round(x * 1.4426950408889634lf);
    let r = (x - n * 6.93147180369123816490e-01lf) - n * 1.90821492927058770002e-10lf;
    return ox_ldexp64(ox_exp_poly64(r), i32(n));
}
fn ox_exp2_64(x: f64) -> f64 {
    if (ox_isnan64(x)) { return x; }
    if (x >= 1024.0lf) { return bitcast<f64>(0x7ff0000000000000lu); }
    if (x < -1075.0lf) { return 0.0lf; }
    let n = round(x); // within 0.5 + 2^-25 of x on lavapipe too (see ox_exp64)
    return ox_ldexp64(ox_exp_poly64((x - n) * 0.6931471805599453lf), i32(n));
}
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn constants_written_as_bits_are_the_reference_constants() {
        assert_eq!(1.0e-7f32.to_bits(), 0x33d6_bf95);
        assert_eq!(std::f32::consts::TAU.to_bits(), 0x40c9_0fdb);
        assert_eq!(
            f32::from_bits(0x2fff_ffff),
            "4.6566127342e-10".parse::<f32>().unwrap()
        );
    }
}
