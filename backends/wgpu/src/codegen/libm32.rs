//! f32 WGSL ports of musl's (FreeBSD's, fdlibm's) `expf`, `expm1f`, `log1pf`, the inverse
//! trigonometric and the hyperbolic functions, `cbrtf` and `erfcf`, as the `libm` crate has
//! them: the interpreter's reference is fdlibm's f64 function rounded to f32, and these are
//! within 1–2 ulps of it, where WGSL's own `exp` (Vulkan: `3 + 2|x|` ulps), `atan`, `asin`,
//! `sinh` and friends promise only what each driver chooses.
//!
//! The ports keep fdlibm's argument reductions and rational approximations and change only
//! what WGSL cannot say: musl's `asinf` and `cbrtf` compute in f64 where these stay in f32
//! (`asinf` splits `sqrt` in two as `acosf` does, `cbrtf` takes a third Newton step),
//! special values are returned as bit patterns (correctly rounded: `acos(-1)` is the f32
//! nearest pi, where musl's is an ulp below), and scaling by `2^k` is a product with a power
//! of two built from bits.

/// `ox_exp`: musl's `expf` (`k ln2 + r`, a degree-2 minimax of `r (e^r + 1) / (e^r - 1)`).
pub(crate) const EXP: &str = r#"// e^x in f32 after musl's expf (FreeBSD's e_expf.c): within an ulp, where WGSL's exp may
// be 3 + 2|x| ulps off.
fn ox_pow2i(k: i32) -> f32 {
    // 2^k for -126 <= k <= 127.
    return bitcast<f32>(u32(k + 127) << 23u);
}
fn ox_exp(x0: f32) -> f32 {
    var x = x0;
    let hx = bitcast<u32>(x) & 0x7fffffffu;
    let neg = bitcast<u32>(x) >= 0x80000000u;
    if (hx >= 0x42aeac50u) {
        // |x| >= 87.33655 or NaN.
        if (hx > 0x7f800000u) { return x; }
        if (hx >= 0x42b17218u && !neg) { return bitcast<f32>(0x7f800000u); }
        if (neg && hx >= 0x42cff1b5u) { return 0.0f; }
    }
    var k = 0i;
    var hi = x;
    var lo = 0.0f;
    if (hx > 0x3eb17218u) {
        // |x| > ln2 / 2.
        if (hx > 0x3f851592u) {
            k = i32(1.4426950216e+00f * x + select(0.5f, -0.5f, neg));
        } else {
            k = select(1i, -1i, neg);
        }
        let kf = f32(k);
        // kf * ln2_hi is exact.
        hi = x - kf * 6.9314575195e-01f;
        lo = kf * 1.4286067653e-06f;
        x = hi - lo;
    } else if (hx <= 0x39000000u) {
        // |x| <= 2^-14.
        return 1.0f + x;
    }
    let xx = x * x;
    let c = x - xx * (1.6666625440e-1f + xx * -2.7667332906e-3f);
    let y = 1.0f + (x * c / (2.0f - c) - lo + hi);
    if (k == 0i) { return y; }
    // y 2^k, in two steps where 2^k alone is not a normal f32.
    if (k > 127i) { return y * 2.0f * ox_pow2i(k - 1i); }
    if (k < -125i) { return y * ox_pow2i(k + 64i) * ox_pow2i(-64i); }
    return y * ox_pow2i(k);
}
"#;

/// `ox_expm1`: musl's `expm1f` over its whole domain.
pub(crate) const EXPM1: &str = r#"// e^x - 1 in f32 after musl's expm1f (FreeBSD's s_expm1f.c): x = k ln2 + r, e^r - 1 from a
// rational approximation in r, recombined to keep the digits of small results.
fn ox_expm1(x0: f32) -> f32 {
    var x = x0;
    let hx = bitcast<u32>(x) & 0x7fffffffu;
    let neg = bitcast<u32>(x) >= 0x80000000u;
    if (hx >= 0x4195b844u) {
        // |x| >= 27 ln2 (or NaN, inf).
        if (hx > 0x7f800000u) { return x; }
        if (neg) { return -1.0f; }
        if (hx > 0x42b17217u) { return bitcast<f32>(0x7f800000u); }
    }
    var k = 0i;
    var c = 0.0f;
    if (hx > 0x3eb17218u) {
        // |x| > ln2 / 2.
        var hi: f32;
        var lo: f32;
        if (hx < 0x3f851592u) {
            // and |x| < 3 ln2 / 2.
            if (!neg) {
                hi = x - 6.9313812256e-01f;
                lo = 9.0580006145e-06f;
                k = 1i;
            } else {
                hi = x + 6.9313812256e-01f;
                lo = -9.0580006145e-06f;
                k = -1i;
            }
        } else {
            k = i32(1.4426950216e+00f * x + select(0.5f, -0.5f, neg));
            let t = f32(k);
            // t * ln2_hi is exact.
            hi = x - t * 6.9313812256e-01f;
            lo = t * 9.0580006145e-06f;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (hx < 0x33000000u) {
        // |x| < 2^-25: e^x - 1 rounds to x.
        return x;
    }
    let hfx = 0.5f * x;
    let hxs = x * hfx;
    let r1 = 1.0f + hxs * (-3.3333212137e-2f + hxs * 1.5807170421e-3f);
    let t = 3.0f - r1 * hfx;
    var e = hxs * ((r1 - t) / (6.0f - x * t));
    if (k == 0i) { return x - (x * e - hxs); }
    e = x * (e - c) - c;
    e = e - hxs;
    if (k == -1i) { return 0.5f * (x - e) - 0.5f; }
    if (k == 1i) {
        if (x < -0.25f) { return -2.0f * (e - (x + 0.5f)); }
        return 1.0f + 2.0f * (x - e);
    }
    if (k < 0i || k > 56i) {
        // (k >= -27 here: below -27 ln2 the result is -1.)
        let y = x - e + 1.0f;
        if (k == 128i) { return y * 2.0f * bitcast<f32>(0x7f000000u); }
        return y * bitcast<f32>(u32(k + 127i) << 23u) - 1.0f;
    }
    let twopk = bitcast<f32>(u32(k + 127i) << 23u);
    let uf = bitcast<f32>(u32(127i - k) << 23u);
    if (k < 23i) { return (x - e + (1.0f - uf)) * twopk; }
    return (x - (e + uf) + 1.0f) * twopk;
}
"#;

/// `ox_log1p`: musl's `log1pf`.
pub(crate) const LOG1P: &str = r#"// ln(1 + x) in f32 after musl's log1pf (FreeBSD's s_log1pf.c): 1 + x = 2^k (1 + f) with a
// correction c for the rounding of 1 + x, then log(1 + f) as the logf kernel computes it.
fn ox_log1p(x: f32) -> f32 {
    let ix = bitcast<u32>(x);
    var k = 1i;
    var c = 0.0f;
    var f = 0.0f;
    if (ix < 0x3ed413d0u || ix >= 0x80000000u) {
        // 1 + x < sqrt(2)+.
        if (ix >= 0xbf800000u) {
            // x <= -1 (or a negative NaN).
            if (ix == 0xbf800000u) { return bitcast<f32>(0xff800000u); }
            if (ix > 0xff800000u) { return x; }
            return bitcast<f32>(0x7fc00000u);
        }
        if ((ix << 1u) < (0x33800000u << 1u)) {
            // |x| < 2^-24.
            return x;
        }
        if (ix <= 0xbe95f619u) {
            // sqrt(2)/2- <= 1 + x < sqrt(2)+.
            k = 0i;
            f = x;
        }
    } else if (ix >= 0x7f800000u) {
        return x;
    }
    if (k > 0i) {
        let u = 1.0f + x;
        var iu = bitcast<u32>(u);
        iu = iu + (0x3f800000u - 0x3f3504f3u);
        k = i32(iu >> 23u) - 0x7fi;
        // Correction term ~ log(1 + x) - log(u).
        if (k < 25i) {
            c = select(x - (u - 1.0f), 1.0f - (u - x), k >= 2i);
            c = c / u;
        }
        // u reduced into [sqrt(2)/2, sqrt(2)].
        iu = (iu & 0x007fffffu) + 0x3f3504f3u;
        f = bitcast<f32>(iu) - 1.0f;
    }
    let s = f / (2.0f + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (0.40000972152f + w * 0.24279078841f);
    let t2 = z * (0.66666662693f + w * 0.28498786688f);
    let r = t2 + t1;
    let hfsq = 0.5f * f * f;
    let dk = f32(k);
    return s * (hfsq + r) + (dk * 9.0580006145e-06f + c) - hfsq + f + dk * 6.9313812256e-01f;
}
"#;

/// `ox_sinh`, `ox_cosh`: musl's `sinhf` and `coshf` (with `__expo2f` for large arguments).
pub(crate) const HYPERBOLIC: &str = r#"// sinh and cosh in f32 after musl's sinhf and coshf: from expm1 below log(FLT_MAX), from
// e^(x - 235 ln2) 2^234 (musl's __expo2f) above it.
fn ox_expo2(x: f32) -> f32 {
    let scale = bitcast<f32>(u32(0x7f + 117) << 23u);
    return ox_exp(x - bitcast<f32>(0x4322e3bcu)) * scale * scale;
}
fn ox_sinh(x: f32) -> f32 {
    let w = bitcast<u32>(x) & 0x7fffffffu;
    let h = select(0.5f, -0.5f, bitcast<u32>(x) >= 0x80000000u);
    let a = bitcast<f32>(w);
    if (w > 0x7f800000u) { return x; }
    if (w < 0x42b17217u) {
        // |x| < log(FLT_MAX).
        if (w < 0x39800000u) { return x; }
        let t = ox_expm1(a);
        if (w < 0x3f800000u) { return h * (2.0f * t - t * t / (t + 1.0f)); }
        return h * (t + t / (t + 1.0f));
    }
    return 2.0f * h * ox_expo2(a);
}
fn ox_cosh(x: f32) -> f32 {
    let w = bitcast<u32>(x) & 0x7fffffffu;
    let a = bitcast<f32>(w);
    if (w > 0x7f800000u) { return x; }
    if (w < 0x3f317217u) {
        // |x| < ln2.
        if (w < 0x39800000u) { return 1.0f; }
        let t = ox_expm1(a);
        return 1.0f + t * t / (2.0f * (1.0f + t));
    }
    if (w < 0x42b17217u) {
        let t = ox_exp(a);
        return 0.5f * (t + 1.0f / t);
    }
    return ox_expo2(a);
}
"#;

/// `ox_asinh`, `ox_acosh`, `ox_atanh`: musl's, on `log1pf` and `logf` (`ox_log`).
pub(crate) const INVERSE_HYPERBOLIC: &str = r#"// asinh, acosh and atanh in f32 after musl's asinhf, acoshf and atanhf.
fn ox_asinh(x: f32) -> f32 {
    let i = bitcast<u32>(x) & 0x7fffffffu;
    let a = bitcast<f32>(i);
    var r: f32;
    if (i >= 0x3f800000u + (12u << 23u)) {
        // |x| >= 2^12, inf or NaN.
        r = ox_log(a) + bitcast<f32>(0x3f317218u);
    } else if (i >= 0x3f800000u + (1u << 23u)) {
        // |x| >= 2.
        r = ox_log(2.0f * a + 1.0f / (sqrt(a * a + 1.0f) + a));
    } else if (i >= 0x3f800000u - (12u << 23u)) {
        // |x| >= 2^-12.
        r = ox_log1p(a + a * a / (sqrt(a * a + 1.0f) + 1.0f));
    } else {
        return x;
    }
    return select(r, -r, bitcast<u32>(x) >= 0x80000000u);
}
fn ox_acosh(x: f32) -> f32 {
    let u = bitcast<u32>(x);
    let a = u & 0x7fffffffu;
    if (a > 0x7f800000u) { return x; }
    if (u >= 0x80000000u || x < 1.0f) { return bitcast<f32>(0x7fc00000u); }
    if (a < 0x3f800000u + (1u << 23u)) {
        // 1 <= x < 2.
        let t = x - 1.0f;
        return ox_log1p(t + sqrt(t * t + 2.0f * t));
    }
    if (a < 0x3f800000u + (12u << 23u)) {
        // x < 2^12.
        return ox_log(2.0f * x - 1.0f / (x + sqrt(x * x - 1.0f)));
    }
    return ox_log(x) + bitcast<f32>(0x3f317218u);
}
fn ox_atanh(x: f32) -> f32 {
    let u = bitcast<u32>(x) & 0x7fffffffu;
    let a = bitcast<f32>(u);
    if (u > 0x7f800000u) { return x; }
    if (u > 0x3f800000u) { return bitcast<f32>(0x7fc00000u); }
    var r: f32;
    if (u < 0x3f800000u - (1u << 23u)) {
        // |x| < 0.5.
        if (u < 0x3f800000u - (32u << 23u)) { return x; }
        r = 0.5f * ox_log1p(2.0f * a + 2.0f * a * a / (1.0f - a));
    } else if (u == 0x3f800000u) {
        r = bitcast<f32>(0x7f800000u);
    } else {
        r = 0.5f * ox_log1p(2.0f * (a / (1.0f - a)));
    }
    return select(r, -r, bitcast<u32>(x) >= 0x80000000u);
}
"#;

/// `ox_asin`, `ox_acos`: musl's `acosf`, and `asinf` in fdlibm's f32-only form.
pub(crate) const ASIN_ACOS: &str = r#"// asin and acos in f32 after musl's acosf and fdlibm's e_asinf.c: x + x R(x^2) near 0, and
// pi/2 - 2 asin(sqrt((1 - |x|) / 2)) near 1, with sqrt split in two to keep its digits.
fn ox_asin_r(z: f32) -> f32 {
    let p = z * (1.6666586697e-01f + z * (-4.2743422091e-02f + z * -8.6563630030e-03f));
    let q = 1.0f + z * -7.0662963390e-01f;
    return p / q;
}
fn ox_asin(x: f32) -> f32 {
    let hx = bitcast<u32>(x);
    let ix = hx & 0x7fffffffu;
    let neg = hx >= 0x80000000u;
    if (ix >= 0x3f800000u) {
        if (ix == 0x3f800000u) { return select(bitcast<f32>(0x3fc90fdbu), bitcast<f32>(0xbfc90fdbu), neg); }
        if (ix > 0x7f800000u) { return x; }
        return bitcast<f32>(0x7fc00000u);
    }
    if (ix < 0x3f000000u) {
        // |x| < 0.5.
        if (ix < 0x39800000u) { return x; }
        return x + x * ox_asin_r(x * x);
    }
    // 0.5 <= |x| < 1.
    let z = (1.0f - abs(x)) * 0.5f;
    let s = sqrt(z);
    let r = ox_asin_r(z);
    var t: f32;
    if (ix >= 0x3f79999au) {
        // |x| > 0.975.
        t = 1.5707962513e+00f - (2.0f * (s + s * r) - 7.5497894159e-08f);
    } else {
        // sqrt(z) = w + c: w has 12 bits (so pi/2_hi - 2w is exact), c the rest.
        // (fdlibm's f32 form subtracts from pi/4_hi, which is 2 ulps from pi/4 in f32.)
        let w = bitcast<f32>(bitcast<u32>(s) & 0xfffff000u);
        let c = (z - w * w) / (s + w);
        t = (1.5707962513e+00f - 2.0f * w) - (2.0f * s * r + 2.0f * c - 7.5497894159e-08f);
    }
    return select(t, -t, neg);
}
fn ox_acos(x: f32) -> f32 {
    let hx = bitcast<u32>(x);
    let ix = hx & 0x7fffffffu;
    let pio2_hi = 1.5707962513e+00f;
    let pio2_lo = 7.5497894159e-08f;
    if (ix >= 0x3f800000u) {
        if (ix == 0x3f800000u) { return select(0.0f, bitcast<f32>(0x40490fdbu), hx >= 0x80000000u); }
        if (ix > 0x7f800000u) { return x; }
        return bitcast<f32>(0x7fc00000u);
    }
    if (ix < 0x3f000000u) {
        // |x| < 0.5.
        if (ix <= 0x32800000u) { return bitcast<f32>(0x3fc90fdbu); }
        return pio2_hi - (x - (pio2_lo - x * ox_asin_r(x * x)));
    }
    if (hx >= 0x80000000u) {
        // x <= -0.5.
        let z = (1.0f + x) * 0.5f;
        let s = sqrt(z);
        let w = ox_asin_r(z) * s - pio2_lo;
        return 2.0f * (pio2_hi - (s + w));
    }
    // x >= 0.5.
    let z = (1.0f - x) * 0.5f;
    let s = sqrt(z);
    let df = bitcast<f32>(bitcast<u32>(s) & 0xfffff000u);
    let c = (z - df * df) / (s + df);
    let w = ox_asin_r(z) * s + c;
    return 2.0f * (df + w);
}
"#;

/// `ox_atan`, `ox_atan2`: musl's `atanf` and `atan2f`.
pub(crate) const ATAN: &str = r#"// atan and atan2 in f32 after musl's atanf and atan2f: atan(x) = atan(c) + atan((x - c) /
// (1 + x c)) for c in {0, 1/2, 1, 3/2, inf}, a polynomial on the rest.
fn ox_atan(x0: f32) -> f32 {
    var x = x0;
    let ix = bitcast<u32>(x) & 0x7fffffffu;
    let neg = bitcast<u32>(x) >= 0x80000000u;
    if (ix >= 0x4c800000u) {
        // |x| >= 2^26 (or NaN).
        if (ix > 0x7f800000u) { return x; }
        return select(bitcast<f32>(0x3fc90fdbu), bitcast<f32>(0xbfc90fdbu), neg);
    }
    var id = -1i;
    if (ix < 0x3ee00000u) {
        // |x| < 0.4375.
        if (ix < 0x39800000u) { return x; }
    } else {
        x = abs(x);
        if (ix < 0x3f980000u) {
            if (ix < 0x3f300000u) {
                x = (2.0f * x - 1.0f) / (2.0f + x);
                id = 0i;
            } else {
                x = (x - 1.0f) / (x + 1.0f);
                id = 1i;
            }
        } else if (ix < 0x401c0000u) {
            x = (x - 1.5f) / (1.0f + 1.5f * x);
            id = 2i;
        } else {
            x = -1.0f / x;
            id = 3i;
        }
    }
    let z = x * x;
    let w = z * z;
    let s1 = z * (3.3333328366e-01f + w * (1.4253635705e-01f + w * 6.1687607318e-02f));
    let s2 = w * (-1.9999158382e-01f + w * -1.0648017377e-01f);
    if (id < 0i) { return x - x * (s1 + s2); }
    var hi: f32;
    var lo: f32;
    switch id {
        case 0: { hi = 4.6364760399e-01f; lo = 5.0121582440e-09f; }
        case 1: { hi = 7.8539812565e-01f; lo = 3.7748947079e-08f; }
        case 2: { hi = 9.8279368877e-01f; lo = 3.4473217170e-08f; }
        default: { hi = 1.5707962513e+00f; lo = 7.5497894159e-08f; }
    }
    let r = hi - ((x * (s1 + s2) - lo) - x);
    return select(r, -r, neg);
}
fn ox_atan2(y: f32, x: f32) -> f32 {
    var ix = bitcast<u32>(x);
    var iy = bitcast<u32>(y);
    if ((ix & 0x7fffffffu) > 0x7f800000u) { return x; }
    if ((iy & 0x7fffffffu) > 0x7f800000u) { return y; }
    if (ix == 0x3f800000u) { return ox_atan(y); }
    // 2 sign(x) + sign(y).
    let m = ((iy >> 31u) & 1u) | ((ix >> 30u) & 2u);
    ix = ix & 0x7fffffffu;
    iy = iy & 0x7fffffffu;
    let pi = bitcast<f32>(0x40490fdbu);
    let pio2 = bitcast<f32>(0x3fc90fdbu);
    if (iy == 0u) {
        switch m {
            case 0u, 1u: { return y; }
            case 2u: { return pi; }
            default: { return -pi; }
        }
    }
    if (ix == 0u) { return select(pio2, -pio2, (m & 1u) != 0u); }
    if (ix == 0x7f800000u) {
        if (iy == 0x7f800000u) {
            let q = bitcast<f32>(0x3f490fdbu);
            let tq = bitcast<f32>(0x4016cbe4u);
            switch m {
                case 0u: { return q; }
                case 1u: { return -q; }
                case 2u: { return tq; }
                default: { return -tq; }
            }
        }
        switch m {
            case 0u: { return 0.0f; }
            case 1u: { return -0.0f; }
            case 2u: { return pi; }
            default: { return -pi; }
        }
    }
    // |y / x| > 2^26.
    if (ix + (26u << 23u) < iy || iy == 0x7f800000u) { return select(pio2, -pio2, (m & 1u) != 0u); }
    var z: f32;
    if ((m & 2u) != 0u && iy + (26u << 23u) < ix) {
        // |y / x| < 2^-26 and x < 0.
        z = 0.0f;
    } else {
        z = ox_atan(abs(y / x));
    }
    let pi_lo = -8.7422776573e-08f;
    switch m {
        case 0u: { return z; }
        case 1u: { return -z; }
        case 2u: { return pi - (z - pi_lo); }
        default: { return (z - pi_lo) - pi; }
    }
}
"#;

/// `ox_cbrt`: fdlibm's `cbrtf` estimate with its Newton steps in f32.
pub(crate) const CBRT: &str = r#"// Cube root in f32 after musl's cbrtf: a 5-bit estimate from the exponent's bits, then
// Newton steps t (t^3 + 2x) / (2 t^3 + x) (musl takes the last two in f64; here three in
// f32, the last on the error of the second).
fn ox_cbrt(x: f32) -> f32 {
    var hx = bitcast<u32>(x) & 0x7fffffffu;
    let sign = bitcast<u32>(x) & 0x80000000u;
    if (hx >= 0x7f800000u || hx == 0u) { return x; }
    var a = bitcast<f32>(hx);
    var scale = 1.0f;
    if (hx < 0x00800000u) {
        // Subnormal: scaled by 2^24 (its root by 2^8).
        a = a * bitcast<f32>(0x4b800000u);
        scale = bitcast<f32>(0x3b800000u);
        hx = bitcast<u32>(a);
    }
    var t = bitcast<f32>(hx / 3u + 709958130u);
    var r = t * t * t;
    t = t * (a + a + r) / (a + r + r);
    r = t * t * t;
    t = t * (a + a + r) / (a + r + r);
    r = t * t * t;
    t = t + t * (a - r) / (r + r + a);
    return bitcast<f32>(bitcast<u32>(t * scale) | sign);
}
"#;

/// `ox_erfc`: musl's `erfcf`.
pub(crate) const ERFC: &str = r#"// erfc in f32 after musl's erfcf (fdlibm's s_erff.c): 1 - erf from a rational approximation
// below 0.84375, 1 - erx - P/Q around 1, e^(-x^2 - 0.5625 + R/S) / x up to 28.
fn ox_erfc2(ix: u32, x0: f32) -> f32 {
    if (ix < 0x3fa00000u) {
        // |x| < 1.25.
        let s = abs(x0) - 1.0f;
        let p = -2.3621185683e-03f + s * (4.1485610604e-01f + s * (-3.7220788002e-01f
            + s * (3.1834661961e-01f + s * (-1.1089469492e-01f + s * (3.5478305072e-02f
            + s * -2.1663755178e-03f)))));
        let q = 1.0f + s * (1.0642088205e-01f + s * (5.4039794207e-01f + s * (7.1828655899e-02f
            + s * (1.2617121637e-01f + s * (1.3637083583e-02f + s * 1.1984500103e-02f)))));
        return 1.0f - 8.4506291151e-01f - p / q;
    }
    let x = abs(x0);
    let s = 1.0f / (x * x);
    var r: f32;
    var big_s: f32;
    if (ix < 0x4036db6du) {
        // |x| < 1/0.35.
        r = -9.8649440333e-03f + s * (-6.9385856390e-01f + s * (-1.0558626175e+01f
            + s * (-6.2375331879e+01f + s * (-1.6239666748e+02f + s * (-1.8460508728e+02f
            + s * (-8.1287437439e+01f + s * -9.8143291473e+00f))))));
        big_s = 1.0f + s * (1.9651271820e+01f + s * (1.3765776062e+02f + s * (4.3456588745e+02f
            + s * (6.4538726807e+02f + s * (4.2900814819e+02f + s * (1.0863500214e+02f
            + s * (6.5702495575e+00f + s * -6.0424413532e-02f)))))));
    } else {
        r = -9.8649431020e-03f + s * (-7.9928326607e-01f + s * (-1.7757955551e+01f
            + s * (-1.6063638306e+02f + s * (-6.3756646729e+02f + s * (-1.0250950928e+03f
            + s * -4.8351919556e+02f)))));
        big_s = 1.0f + s * (3.0338060379e+01f + s * (3.2579251099e+02f + s * (1.5367296143e+03f
            + s * (3.1998581543e+03f + s * (2.5530502930e+03f + s * (4.7452853394e+02f
            + s * -2.2440952301e+01f))))));
    }
    // z: x with 13 low bits cleared, so that z * z is exact.
    let z = bitcast<f32>(bitcast<u32>(x) & 0xffffe000u);
    return ox_exp(-z * z - 0.5625f) * ox_exp((z - x) * (z + x) + r / big_s) / x;
}
fn ox_erfc(x: f32) -> f32 {
    let ix = bitcast<u32>(x) & 0x7fffffffu;
    let neg = bitcast<u32>(x) >= 0x80000000u;
    if (ix >= 0x7f800000u) {
        if (ix > 0x7f800000u) { return x; }
        return select(0.0f, 2.0f, neg);
    }
    if (ix < 0x3f580000u) {
        // |x| < 0.84375.
        if (ix < 0x23800000u) { return 1.0f - x; }
        let z = x * x;
        let r = 1.2837916613e-01f + z * (-3.2504209876e-01f + z * (-2.8481749818e-02f
            + z * (-5.7702702470e-03f + z * -2.3763017452e-05f)));
        let s = 1.0f + z * (3.9791721106e-01f + z * (6.5022252500e-02f + z * (5.0813062117e-03f
            + z * (1.3249473704e-04f + z * -3.9602282413e-06f))));
        let y = r / s;
        if (neg || ix < 0x3e800000u) { return 1.0f - (x + x * y); }
        return 0.5f - (x - 0.5f + x * y);
    }
    if (ix < 0x41e00000u) {
        // |x| < 28.
        let e = ox_erfc2(ix, x);
        return select(e, 2.0f - e, neg);
    }
    return select(0.0f, 2.0f, neg);
}
"#;
