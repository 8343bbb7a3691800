//! f64 WGSL ports of fdlibm's (FreeBSD's msun, as musl and the `libm` crate have them) `exp`,
//! `expm1`, `log1p`, the inverse trigonometric and the hyperbolic functions and `erfc`, and
//! of CORE-MATH's correctly rounded `cbrt` (the `libm` crate's since 0.2.12): the
//! interpreter's reference is the `libm` crate's f64 function, and these keep its argument
//! reductions, polynomials, constants and order of operations, so that they are within an
//! ulp of it (mostly bit for bit), where Vulkan has none of these functions in 64 bits.
//!
//! They follow [`super::math64`]'s rules for what a Vulkan driver may do to f64 code:
//! - Special values are tested on the bits and returned as constants (a driver may assume
//!   there are no NaNs or infinities); tiny arguments whose result is the argument itself
//!   are returned before any arithmetic (a driver may flush subnormals), and results that
//!   may be subnormal are scaled by a power of two in integers (`ox_scalbn64`).
//! - Compensated steps whose rounding matters go through `ox_keep64`, so that the driver's
//!   float algebra cannot fold them away (`(1 + x) - 1` is not `x` in `log1p`).
//! - `fma` is `ox_fma64` (exact, in integers): `cbrt`'s error terms need a fused one, and
//!   Vulkan's need not be (lavapipe's is not).
//!
//! Decimal constants are fdlibm's, which its comments give as the exact values of the hex
//! patterns noted there; constants that fdlibm computes (`3 pi / 4`) or writes in hex
//! (CORE-MATH) are bit patterns here. The unit tests below check both kinds.

/// `ox_scalbn64`, `ox_exp_fdlibm64`: the `libm` crate's `scalbn` and fdlibm's `e_exp.c`
/// (within an ulp of the exact value; `ox_exp64` of `FLOAT64`, a Taylor series, is a few).
pub(crate) const EXP64: &str = r#"// x 2^n for a normal x, rounded once (to nearest even) where the result is subnormal and
// infinite beyond the largest double, as the libm crate's scalbn, in integers: a device that
// flushes subnormals still gets them.
fn ox_scalbn64(x: f64, n: i32) -> f64 {
    let u = bitcast<u64>(x);
    let sign = u & 0x8000000000000000lu;
    let e = i32((u >> 52u) & 0x7fflu) + n;
    if (e >= 0x7ff) { return bitcast<f64>(sign | 0x7ff0000000000000lu); }
    if (e > 0) { return bitcast<f64>(sign | (u64(u32(e)) << 52u) | (u & 0x000ffffffffffffflu)); }
    // Subnormal: the significand shifted right by 1 - e bits, rounded to nearest even.
    let sh = u32(1 - e);
    if (sh > 53u) { return bitcast<f64>(sign); }
    let m = (u & 0x000ffffffffffffflu) | 0x0010000000000000lu;
    let q = m >> sh;
    let rem = m & ((1lu << sh) - 1lu);
    let half = 1lu << (sh - 1u);
    let up = rem > half || (rem == half && (q & 1lu) == 1lu);
    return bitcast<f64>(sign | (q + select(0lu, 1lu, up)));
}
// e^x = 2^k y for |x| <= 800 after fdlibm's e_exp.c: x = k ln2 + (hi - lo), |hi - lo| <=
// ln2/2, and e^r = 1 + r + r c(r) / (2 - c(r)) with a degree-5 minimax c (k = 0 and y = e^x
// for |x| <= ln2/2).
struct OxExpParts64 { y: f64, k: i32 }
fn ox_exp_parts64(x0: f64) -> OxExpParts64 {
    let hx = ox_hi64(x0) & 0x7fffffffu;
    let neg = x0 < 0.0lf;
    var x = x0;
    var k = 0i;
    var hi = x0;
    var lo = 0.0lf;
    if (hx > 0x3fd62e42u) {
        // |x| > ln2 / 2.
        if (hx >= 0x3ff0a2b2u) {
            // |x| >= 3 ln2 / 2 (|k| <= 1075: f64(k) is exact, see ox_expm1_64).
            k = i32(1.44269504088896338700e+00lf * x + select(0.5lf, -0.5lf, neg));
        } else {
            k = select(1i, -1i, neg);
        }
        let t = f64(k);
        // t * ln2_hi is exact.
        hi = x - t * 6.93147180369123816490e-01lf;
        lo = t * 1.90821492927058770002e-10lf;
        x = hi - lo;
    } else if (hx <= 0x3e300000u) {
        // |x| <= 2^-28 (zeros and subnormals included): 1 + x.
        return OxExpParts64(1.0lf + x, 0i);
    }
    let xx = x * x;
    let c = x - xx * (1.66666666666666019037e-01lf + xx * (-2.77777777770155933842e-03lf
        + xx * (6.61375632143793436117e-05lf + xx * (-1.65339022054652515390e-06lf
        + xx * 4.13813679705723846039e-08lf))));
    // (The sum kept whole: lavapipe added the 1 to its first term.)
    return OxExpParts64(1.0lf + ox_keep64(x * c / (2.0lf - c) - lo + hi), k);
}
fn ox_exp_fdlibm64(x: f64) -> f64 {
    let hx = ox_hi64(x) & 0x7fffffffu;
    if (hx >= 0x4086232bu) {
        // |x| >= 708.39 (or NaN, inf).
        if (ox_isnan64(x)) { return ox_nan64(); }
        if (x > 7.09782712893383973096e+02lf) { return ox_inf64(); }
        if (x < -7.45133219101941108420e+02lf) { return 0.0lf; }
    }
    let p = ox_exp_parts64(x);
    if (p.k == 0i) { return p.y; }
    return ox_scalbn64(p.y, p.k);
}
"#;

/// `ox_expm1_64`: fdlibm's `s_expm1.c` over its whole domain (`ox_tanh64` calls it below
/// 56 ln2, where it is what `TANH64` had before).
pub(crate) const EXPM1_64: &str = r#"// e^x - 1 in f64 after fdlibm's s_expm1.c: x = k ln2 + r, |r| <= ln2/2, and a rational
// approximation of e^r - 1 in r, recombined to keep the digits of small results.
fn ox_expm1_64(x0: f64) -> f64 {
    let ln2_hi = 6.93147180369123816490e-01lf;
    let ln2_lo = 1.90821492927058770002e-10lf;
    let hx = ox_hi64(x0) & 0x7fffffffu;
    let neg = x0 < 0.0lf;
    if (hx >= 0x4043687au) {
        // |x| >= 56 ln2 (or NaN, inf): -1 below, infinite above 709.78.
        if (ox_isnan64(x0)) { return ox_nan64(); }
        if ((ox_hi64(x0) >> 31u) != 0u) { return -1.0lf; }
        if (x0 > 7.09782712893383973096e+02lf) { return ox_inf64(); }
    }
    var x = x0;
    var c = 0.0lf;
    var k = 0i;
    if (hx > 0x3fd62e42u) {
        // |x| > ln2 / 2.
        var hi: f64;
        var lo: f64;
        if (hx < 0x3ff0a2b2u) {
            // and |x| < 3 ln2 / 2.
            if (!neg) {
                hi = x - ln2_hi;
                lo = ln2_lo;
                k = 1;
            } else {
                hi = x + ln2_hi;
                lo = -ln2_lo;
                k = -1;
            }
        } else {
            k = i32(1.44269504088896338700e+00lf * x + select(0.5lf, -0.5lf, neg));
            // Mesa may compute t as trunc(...) (see ox_f64_to_i64), lavapipe's exact here
            // (|k| <= 1024 < 2^24) but for a zero's sign, which x - t * ln2_hi (x != 0) does
            // not show.
            let t = f64(k);
            // t * ln2_hi is exact here.
            hi = x - t * ln2_hi;
            lo = t * ln2_lo;
        }
        x = ox_keep64(hi - lo);
        c = (hi - x) - lo;
    } else if (hx < 0x3c900000u) {
        // |x| < 2^-54: e^x - 1 rounds to x.
        return x;
    }
    let hfx = 0.5lf * x;
    let hxs = x * hfx;
    let r1 = 1.0lf + hxs * (-3.33333333333331316428e-02lf + hxs * (1.58730158725481460165e-03lf
        + hxs * (-7.93650757867487942473e-05lf + hxs * (4.00821782732936239552e-06lf
        + hxs * -2.01099218183624371326e-07lf))));
    let t = 3.0lf - r1 * hfx;
    var e = hxs * ((r1 - t) / (6.0lf - x * t));
    if (k == 0) { return x - (x * e - hxs); }
    e = x * (e - c) - c;
    e = e - hxs;
    if (k == -1) { return 0.5lf * (x - e) - 0.5lf; }
    if (k == 1) {
        if (x < -0.25lf) { return -2.0lf * (e - (x + 0.5lf)); }
        return 1.0lf + 2.0lf * (x - e);
    }
    if (k == 1024) {
        // 2^1024 is not a double: 2 2^1023.
        // (The product by 2 kept apart: folded into the constant, it would be infinite.)
        return ox_keep64((ox_keep64(x - e) + 1.0lf) * 2.0lf) * bitcast<f64>(0x7fe0000000000000lu)
            - 1.0lf;
    }
    let twopk = bitcast<f64>(u64(u32(0x3ff + k)) << 52u);
    if (k < 0 || k > 56) { return (ox_keep64(x - e) + 1.0lf) * twopk - 1.0lf; }
    let uf = bitcast<f64>(u64(u32(0x3ff - k)) << 52u);
    if (k < 20) { return (x - e + (1.0lf - uf)) * twopk; }
    return (ox_keep64(x - (e + uf)) + 1.0lf) * twopk;
}
"#;

/// `ox_log1p64`: fdlibm's `s_log1p.c`.
pub(crate) const LOG1P64: &str = r#"// ln(1 + x) in f64 after fdlibm's s_log1p.c: 1 + x = 2^k (1 + f), sqrt(2)/2 < 1 + f <
// sqrt(2), with a correction c for the rounding of 1 + x, then log(1 + f) as e_log.c.
fn ox_log1p64(x: f64) -> f64 {
    let hx = ox_hi64(x);
    var k = 1i;
    var c = 0.0lf;
    var f = 0.0lf;
    if (hx < 0x3fda827au || (hx >> 31u) != 0u) {
        // 1 + x < sqrt(2)+.
        if (hx >= 0xbff00000u) {
            // x <= -1 (or a negative NaN).
            if (bitcast<u64>(x) == 0xbff0000000000000lu) { return -ox_inf64(); }
            return ox_nan64();
        }
        if ((hx << 1u) < (0x3ca00000u << 1u)) {
            // |x| < 2^-53 (zeros and subnormals included).
            return x;
        }
        if (hx <= 0xbfd2bec4u) {
            // sqrt(2)/2- <= 1 + x < sqrt(2)+.
            k = 0i;
            f = x;
        }
    } else if (hx >= 0x7ff00000u) {
        if (ox_isnan64(x)) { return ox_nan64(); }
        return x;
    }
    if (k > 0i) {
        // u = 1 + x rounded, kept from the driver's algebra: (1 + x) - 1 is not x.
        let u = ox_keep64(1.0lf + x);
        let ui = bitcast<u64>(u);
        var hu = u32(ui >> 32u);
        hu = hu + (0x3ff00000u - 0x3fe6a09eu);
        k = i32(hu >> 20u) - 0x3ff;
        // Correction term ~ log(1 + x) - log(u).
        if (k < 54i) {
            c = select(x - (u - 1.0lf), 1.0lf - (u - x), k >= 2i);
            c = c / u;
        }
        // u reduced into [sqrt(2)/2, sqrt(2)].
        hu = (hu & 0x000fffffu) + 0x3fe6a09eu;
        f = bitcast<f64>((u64(hu) << 32u) | (ui & 0xfffffffflu)) - 1.0lf;
    }
    let hfsq = 0.5lf * f * f;
    let s = f / (2.0lf + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (3.999999999940941908e-01lf + w * (2.222219843214978396e-01lf
        + w * 1.531383769920937332e-01lf));
    let t2 = z * (6.666666666666735130e-01lf + w * (2.857142874366239149e-01lf
        + w * (1.818357216161805012e-01lf + w * 1.479819860511658591e-01lf)));
    let r = t2 + t1;
    let dk = f64(k);
    return s * (hfsq + r) + (dk * 1.90821492927058770002e-10lf + c) - hfsq + f
        + dk * 6.93147180369123816490e-01lf;
}
"#;

/// `ox_sinh64`, `ox_cosh64`: the `libm` crate's `sinh` and `cosh` (musl's), with
/// `k_expo2` for large arguments.
pub(crate) const HYPERBOLIC64: &str = r#"// sinh and cosh in f64 after musl's: from expm1 below ln(DBL_MAX) (cosh: exp from ln2 on),
// from e^(x - 2043 ln2) 2^1021 2^1021 above it (k_expo2).
fn ox_expo2_64(x: f64) -> f64 {
    let scale = bitcast<f64>(0x7fc0000000000000lu);
    // (The first product kept apart: scale * scale, folded, is infinite.)
    return ox_keep64(ox_exp_fdlibm64(x - bitcast<f64>(0x40962066151add8blu)) * scale) * scale;
}
fn ox_sinh64(x: f64) -> f64 {
    let w = ox_hi64(x) & 0x7fffffffu;
    let h = select(0.5lf, -0.5lf, (ox_hi64(x) >> 31u) != 0u);
    let a = abs(x);
    if (w < 0x40862e42u) {
        // |x| < ln(DBL_MAX).
        if (w < 0x3e500000u) {
            // |x| < 2^-26 (zeros and subnormals included): sinh(x) rounds to x.
            return x;
        }
        let t = ox_expm1_64(a);
        if (w < 0x3ff00000u) { return h * (2.0lf * t - t * t / (t + 1.0lf)); }
        return h * (t + t / (t + 1.0lf));
    }
    if (ox_isnan64(x)) { return ox_nan64(); }
    // Past 1455 the argument of exp overflows (infinities included).
    if (w >= 0x4097c000u) { return select(ox_inf64(), -ox_inf64(), h < 0.0lf); }
    return 2.0lf * h * ox_expo2_64(a);
}
fn ox_cosh64(x: f64) -> f64 {
    let w = ox_hi64(x) & 0x7fffffffu;
    let a = abs(x);
    if (w < 0x3fe62e42u) {
        // |x| < ln2.
        if (w < 0x3e500000u) {
            // |x| < 2^-26: cosh(x) rounds to 1.
            return 1.0lf;
        }
        let t = ox_expm1_64(a);
        return 1.0lf + t * t / (2.0lf * (1.0lf + t));
    }
    if (w < 0x40862e42u) {
        // |x| < ln(DBL_MAX).
        let t = ox_exp_fdlibm64(a);
        return 0.5lf * (t + 1.0lf / t);
    }
    if (ox_isnan64(x)) { return ox_nan64(); }
    if (w >= 0x4097c000u) { return ox_inf64(); }
    return ox_expo2_64(a);
}
"#;

/// `ox_asinh64`, `ox_acosh64`, `ox_atanh64`: the `libm` crate's (musl's), on `ox_log64` and
/// `ox_log1p64`.
pub(crate) const INVERSE_HYPERBOLIC64: &str = r#"// asinh, acosh and atanh in f64 after musl's.
fn ox_asinh64(x: f64) -> f64 {
    let e = (ox_hi64(x) >> 20u) & 0x7ffu;
    let neg = (ox_hi64(x) >> 31u) != 0u;
    let a = abs(x);
    var r: f64;
    if (e >= 0x3ffu + 26u) {
        // |x| >= 2^26, inf or NaN.
        if (e == 0x7ffu) {
            if (ox_isnan64(x)) { return ox_nan64(); }
            return x;
        }
        r = ox_log64(a) + 6.93147180559945286227e-01lf;
    } else if (e >= 0x3ffu + 1u) {
        // |x| >= 2.
        r = ox_log64(2.0lf * a + 1.0lf / (sqrt(a * a + 1.0lf) + a));
    } else if (e >= 0x3ffu - 26u) {
        // |x| >= 2^-26.
        r = ox_log1p64(a + a * a / (sqrt(a * a + 1.0lf) + 1.0lf));
    } else {
        // Zeros and subnormals included: asinh(x) rounds to x.
        return x;
    }
    return select(r, -r, neg);
}
fn ox_acosh64(x: f64) -> f64 {
    let u = bitcast<u64>(x);
    // Below 1 (and for NaN) the result is NaN. (musl's formula, which the libm crate
    // follows, gives a number for x <= -2; the interpreter returns NaN there too.)
    if (!(x >= 1.0lf)) { return ox_nan64(); }
    let e = u32(u >> 52u) & 0x7ffu;
    if (e == 0x7ffu) { return x; }
    if (e < 0x3ffu + 1u) {
        // 1 <= x < 2.
        let t = x - 1.0lf;
        // (t t kept: the driver may otherwise factor t t + 2 t into t (t + 2).)
        return ox_log1p64(t + sqrt(ox_keep64(t * t) + 2.0lf * t));
    }
    if (e < 0x3ffu + 26u) {
        // x < 2^26.
        return ox_log64(2.0lf * x - 1.0lf / (x + sqrt(x * x - 1.0lf)));
    }
    return ox_log64(x) + 6.93147180559945286227e-01lf;
}
fn ox_atanh64(x: f64) -> f64 {
    let u = bitcast<u64>(x) & 0x7ffffffffffffffflu;
    let e = u32(u >> 52u);
    let neg = (ox_hi64(x) >> 31u) != 0u;
    let y = bitcast<f64>(u);
    var r: f64;
    if (e < 0x3ffu - 1u) {
        // |x| < 0.5.
        if (e < 0x3ffu - 32u) {
            // |x| < 2^-32 (zeros and subnormals included): atanh(x) rounds to x.
            return x;
        }
        r = 0.5lf * ox_log1p64(2.0lf * y + 2.0lf * y * y / (1.0lf - y));
    } else if (u < 0x3ff0000000000000lu) {
        r = 0.5lf * ox_log1p64(2.0lf * (y / (1.0lf - y)));
    } else if (u == 0x3ff0000000000000lu) {
        r = ox_inf64();
    } else {
        // |x| > 1 or NaN.
        return ox_nan64();
    }
    return select(r, -r, neg);
}
"#;

/// `ox_asin64`, `ox_acos64`: fdlibm's `e_asin.c` and `e_acos.c`.
pub(crate) const ASIN_ACOS64: &str = r#"// asin and acos in f64 after fdlibm's e_asin.c and e_acos.c: x + x R(x^2) near 0, and
// pi/2 - 2 asin(sqrt((1 - |x|) / 2)) near 1, with sqrt split in two to keep its digits.
fn ox_asin_r64(z: f64) -> f64 {
    let p = z * (1.66666666666666657415e-01lf + z * (-3.25565818622400915405e-01lf
        + z * (2.01212532134862925881e-01lf + z * (-4.00555345006794114027e-02lf
        + z * (7.91534994289814532176e-04lf + z * 3.47933107596021167570e-05lf)))));
    let q = 1.0lf + z * (-2.40339491173441421878e+00lf + z * (2.02094576023350569471e+00lf
        + z * (-6.88283971605453293030e-01lf + z * 7.70381505559019352791e-02lf)));
    return p / q;
}
fn ox_asin64(x: f64) -> f64 {
    let hx = ox_hi64(x);
    let ix = hx & 0x7fffffffu;
    let neg = (hx >> 31u) != 0u;
    let pio2_hi = 1.57079632679489655800e+00lf;
    let pio2_lo = 6.12323399573676603587e-17lf;
    if (ix >= 0x3ff00000u) {
        // |x| >= 1 or NaN: asin(+-1) = +-pi/2 (pio2_hi + 2^-120 rounds to pio2_hi).
        if ((bitcast<u64>(x) & 0x7ffffffffffffffflu) == 0x3ff0000000000000lu) {
            return select(pio2_hi, -pio2_hi, neg);
        }
        return ox_nan64();
    }
    if (ix < 0x3fe00000u) {
        // |x| < 0.5.
        if (ix < 0x3e500000u) {
            // |x| < 2^-26 (zeros and subnormals included): asin(x) rounds to x.
            return x;
        }
        return x + x * ox_asin_r64(x * x);
    }
    // 0.5 <= |x| < 1.
    let z = (1.0lf - abs(x)) * 0.5lf;
    let s = sqrt(z);
    let r = ox_asin_r64(z);
    var t: f64;
    if (ix >= 0x3fef3333u) {
        // |x| > 0.975.
        // (Kept whole: the driver may otherwise add the two constants first.)
        t = pio2_hi - ox_keep64(2.0lf * (s + s * r) - pio2_lo);
    } else {
        // f + c = sqrt(z), f with its low word cleared (so that f * f is exact).
        let f = bitcast<f64>(bitcast<u64>(s) & 0xffffffff00000000lu);
        let c = (z - f * f) / (s + f);
        // pi/4_hi - 2 f, exact, kept whole.
        let g = ox_keep64(7.85398163397448278999e-01lf - 2.0lf * f);
        t = 7.85398163397448278999e-01lf - (2.0lf * s * r - (pio2_lo - 2.0lf * c) - g);
    }
    return select(t, -t, neg);
}
fn ox_acos64(x: f64) -> f64 {
    let hx = ox_hi64(x);
    let ix = hx & 0x7fffffffu;
    let pio2_hi = 1.57079632679489655800e+00lf;
    let pio2_lo = 6.12323399573676603587e-17lf;
    if (ix >= 0x3ff00000u) {
        // |x| >= 1 or NaN: acos(1) = 0, acos(-1) = pi (2 pio2_hi + 2^-120 rounds to it).
        if ((bitcast<u64>(x) & 0x7ffffffffffffffflu) == 0x3ff0000000000000lu) {
            return select(0.0lf, 3.14159265358979311600e+00lf, (hx >> 31u) != 0u);
        }
        return ox_nan64();
    }
    if (ix < 0x3fe00000u) {
        // |x| < 0.5.
        if (ix <= 0x3c600000u) {
            // |x| < 2^-57 (zeros and subnormals included): acos(x) rounds to pi/2.
            return pio2_hi;
        }
        return pio2_hi - (x - (pio2_lo - x * ox_asin_r64(x * x)));
    }
    if ((hx >> 31u) != 0u) {
        // x <= -0.5.
        let z = (1.0lf + x) * 0.5lf;
        let s = sqrt(z);
        let w = ox_asin_r64(z) * s - pio2_lo;
        return 2.0lf * (pio2_hi - (s + w));
    }
    // x >= 0.5: f + c = sqrt(z), f with its low word cleared.
    let z = (1.0lf - x) * 0.5lf;
    let s = sqrt(z);
    let df = bitcast<f64>(bitcast<u64>(s) & 0xffffffff00000000lu);
    let c = (z - df * df) / (s + df);
    let w = ox_asin_r64(z) * s + c;
    return 2.0lf * (df + w);
}
"#;

/// `ox_atan64`, `ox_atan2_64`: fdlibm's `s_atan.c` and `e_atan2.c`.
pub(crate) const ATAN64: &str = r#"// atan and atan2 in f64 after fdlibm's s_atan.c and e_atan2.c: atan(x) = atan(c) +
// atan((x - c) / (1 + x c)) for c in {0, 1/2, 1, 3/2, inf}, a polynomial on the rest.
fn ox_atan64(x0: f64) -> f64 {
    var x = x0;
    let ix = ox_hi64(x) & 0x7fffffffu;
    let neg = (ox_hi64(x) >> 31u) != 0u;
    if (ix >= 0x44100000u) {
        // |x| >= 2^66 (or NaN): +-pi/2 (atanhi[3] + 2^-120 rounds to it).
        if (ox_isnan64(x)) { return ox_nan64(); }
        return select(1.57079632679489655800e+00lf, -1.57079632679489655800e+00lf, neg);
    }
    var id = -1i;
    if (ix < 0x3fdc0000u) {
        // |x| < 0.4375.
        if (ix < 0x3e400000u) {
            // |x| < 2^-27 (zeros and subnormals included): atan(x) rounds to x.
            return x;
        }
    } else {
        x = abs(x);
        if (ix < 0x3ff30000u) {
            // |x| < 1.1875.
            if (ix < 0x3fe60000u) {
                // 7/16 <= |x| < 11/16.
                x = (2.0lf * x - 1.0lf) / (2.0lf + x);
                id = 0i;
            } else {
                // 11/16 <= |x| < 19/16.
                x = (x - 1.0lf) / (x + 1.0lf);
                id = 1i;
            }
        } else if (ix < 0x40038000u) {
            // |x| < 2.4375.
            x = (x - 1.5lf) / (1.0lf + 1.5lf * x);
            id = 2i;
        } else {
            // 2.4375 <= |x| < 2^66.
            x = -1.0lf / x;
            id = 3i;
        }
    }
    let z = x * x;
    let w = z * z;
    let s1 = z * (3.33333333333329318027e-01lf + w * (1.42857142725034663711e-01lf
        + w * (9.09088713343650656196e-02lf + w * (6.66107313738753120669e-02lf
        + w * (4.97687799461593236017e-02lf + w * 1.62858201153657823623e-02lf)))));
    let s2 = w * (-1.99999999998764832476e-01lf + w * (-1.11111104054623557880e-01lf
        + w * (-7.69187620504482999495e-02lf + w * (-5.83357013379057348645e-02lf
        + w * -3.65315727442169155270e-02lf))));
    if (id < 0i) { return x - x * (s1 + s2); }
    // atan(c) = hi + lo.
    var hi: f64;
    var lo: f64;
    switch id {
        case 0: { hi = 4.63647609000806093515e-01lf; lo = 2.26987774529616870924e-17lf; }
        case 1: { hi = 7.85398163397448278999e-01lf; lo = 3.06161699786838301793e-17lf; }
        case 2: { hi = 9.82793723247329054082e-01lf; lo = 1.39033110312309984516e-17lf; }
        default: { hi = 1.57079632679489655800e+00lf; lo = 6.12323399573676603587e-17lf; }
    }
    let r = hi - ((x * (s1 + s2) - lo) - x);
    return select(r, -r, neg);
}
// |x| = m 2^e with 1 <= m < 2, for the bits of a finite nonzero |x| (a subnormal normalized
// through its integer significand, exact in f64).
struct OxSplit64 { m: f64, e: i32 }
fn ox_split64(a: u64) -> OxSplit64 {
    var b = a;
    var e = i32(a >> 52u) - 1023i;
    if (e == -1023i) {
        b = bitcast<u64>(f64(a));
        e = i32(b >> 52u) - 2097i;
    }
    return OxSplit64(bitcast<f64>((b & 0x000ffffffffffffflu) | 0x3ff0000000000000lu), e);
}
fn ox_atan2_64(y: f64, x: f64) -> f64 {
    let ux = bitcast<u64>(x);
    let uy = bitcast<u64>(y);
    if (ox_isnan64(x) || ox_isnan64(y)) { return ox_nan64(); }
    if (ux == 0x3ff0000000000000lu) { return ox_atan64(y); }
    // 2 sign(x) + sign(y).
    let m = u32(uy >> 63u) | (u32(ux >> 62u) & 2u);
    let ax = ux & 0x7ffffffffffffffflu;
    let ay = uy & 0x7ffffffffffffffflu;
    let ix = u32(ax >> 32u);
    let iy = u32(ay >> 32u);
    let pi = 3.1415926535897931160e+00lf;
    let pio2 = 1.57079632679489655800e+00lf;
    if (ay == 0lu) {
        switch m {
            case 0u, 1u: { return y; }
            case 2u: { return pi; }
            default: { return -pi; }
        }
    }
    if (ax == 0lu) { return select(pio2, -pio2, (m & 1u) != 0u); }
    if (ix == 0x7ff00000u) {
        if (iy == 0x7ff00000u) {
            // +-pi/4, +-3pi/4.
            let q = bitcast<f64>(0x3fe921fb54442d18lu);
            let tq = bitcast<f64>(0x4002d97c7f3321d2lu);
            switch m {
                case 0u: { return q; }
                case 1u: { return -q; }
                case 2u: { return tq; }
                default: { return -tq; }
            }
        }
        switch m {
            case 0u: { return 0.0lf; }
            case 1u: { return -0.0lf; }
            case 2u: { return pi; }
            default: { return -pi; }
        }
    }
    // |y / x| > 2^64.
    if (ix + (64u << 20u) < iy || iy == 0x7ff00000u) { return select(pio2, -pio2, (m & 1u) != 0u); }
    var z: f64;
    if ((m & 2u) != 0u && iy + (64u << 20u) < ix) {
        // |y / x| < 2^-64 and x < 0.
        z = 0.0lf;
    } else {
        // atan(|y / x|), the quotient of the significands scaled by 2^(ey - ex): the same
        // where it is normal, rounded twice (within an ulp) where it is subnormal, so that
        // subnormal operands and results survive a device that flushes them.
        let sy = ox_split64(ay);
        let sx = ox_split64(ax);
        z = ox_atan64(ox_scalbn64(sy.m / sx.m, sy.e - sx.e));
    }
    let pi_lo = 1.2246467991473531772e-16lf;
    switch m {
        case 0u: { return z; }
        case 1u: { return -z; }
        case 2u: { return pi - ox_keep64(z - pi_lo); }
        default: { return ox_keep64(z - pi_lo) - pi; }
    }
}
"#;

/// `ox_cbrt64`: CORE-MATH's correctly rounded `cbrt` (the `libm` crate's `cbrt.rs`), for
/// rounding to nearest, its fused multiply-adds exact in `ox_fma64`.
pub(crate) const CBRT64: &str = r#"// Cube root in f64 after CORE-MATH's cbrt (Alexei Sibidanov's, as the libm crate has it):
// |x| = 2^(3 et + it) z with 1 <= z < 2, a cubic estimate of z^(1/3) refined by a cubic
// Newton step, times 2^(it/3), then a Newton step on the exact error y^3 - zz (from fmas),
// and exact cases (y^3 = zz) rounded right.
fn ox_cbrt64(x: f64) -> f64 {
    let hx = bitcast<u64>(x);
    var mant = hx & 0x000ffffffffffffflu;
    let sign = hx >> 63u;
    var e = i32((hx >> 52u) & 0x7fflu);
    if (e == 0x7ff || (hx << 1u) == 0lu) {
        // Zeros, infinities, NaN.
        if (ox_isnan64(x)) { return ox_nan64(); }
        return x;
    }
    if (e == 0) {
        // Subnormal: normalized in integers.
        let nz = 63u - ox_msb64(mant) - 11u;
        mant = (mant << nz) & 0x000ffffffffffffflu;
        e = 1i - i32(nz);
    }
    let eu = u32(e + 3072i);
    let cvt1 = mant | 0x3ff0000000000000lu;
    let et = eu / 3u;
    let it = eu % 3u;
    // 2^(3 et + it) <= |x| 2^3072 < 2^(3 et + it + 1): zz = +-2^it z.
    let zz = bitcast<f64>((cvt1 + (u64(it) << 52u)) | (sign << 63u));
    var escale = 1.0lf;
    if (it == 1u) { escale = bitcast<f64>(0x3ff428a2f98d728blu); }
    if (it == 2u) { escale = bitcast<f64>(0x3ff965fea53d6e3dlu); }
    let isc = bitcast<f64>(bitcast<u64>(escale) | (sign << 63u));
    let z = bitcast<f64>(cvt1);
    let r = 1.0lf / z;
    // rr = r / zz * z: +-1, +-1/2, +-1/4 times r.
    let rr = bitcast<f64>(bitcast<u64>(r * bitcast<f64>(u64(0x3ffu - it) << 52u)) | (sign << 63u));
    let u0 = bitcast<f64>(0x3fd5555555555555lu);
    let u1 = bitcast<f64>(0x3fcc71c71c71c71clu);
    let z2 = z * z;
    let c0 = bitcast<f64>(0x3fe1b0babccfef9clu) + z * bitcast<f64>(0x3fe2c9a3e94d1da5lu);
    let c2 = bitcast<f64>(0xbfc4dc30b1a1ddbalu) + z * bitcast<f64>(0x3f97a8d3e4ec9b07lu);
    var y = c0 + z2 * c2;
    var y2 = y * y;
    var h = y2 * (y * r) - 1.0lf;
    y = y - (h * y) * (u0 - u1 * h);
    y = y * isc;
    y2 = y * y;
    var y2l = ox_fma64(y, y, -y2);
    var y3 = y2 * y;
    var y3l = ox_fma64(y, y2, -y3) + y * y2l;
    h = ((y3 - zz) + y3l) * rr;
    var dy = h * (y * u0);
    var y1 = ox_keep64(y - dy);
    dy = (y - y1) - dy;
    var ady = abs(dy);
    let tiny = bitcast<f64>(0x3b40000000000000lu);
    if (abs(ady - bitcast<f64>(0x3ca0000000000000lu)) < tiny
        || abs(ady - bitcast<f64>(0x3cb8000000000000lu)) < tiny) {
        // Close to a rounding boundary: another step.
        y2 = y1 * y1;
        y2l = ox_fma64(y1, y1, -y2);
        y3 = y2 * y1;
        y3l = ox_fma64(y1, y2, -y3) + y1 * y2l;
        h = ((y3 - zz) + y3l) * rr;
        dy = h * (y1 * u0);
        y = ox_keep64(y1 - dy);
        dy = (y1 - y) - dy;
        y1 = y;
        ady = abs(dy);
        let tiny2 = bitcast<f64>(0x39d0000000000000lu);
        if (abs(ady - bitcast<f64>(0x3ca0000000000000lu)) < tiny2
            || abs(ady - bitcast<f64>(0x3cb8000000000000lu)) < tiny2) {
            // The two hard cases of rounding to nearest.
            let azz = abs(zz);
            if (azz == bitcast<f64>(0x4009b78223aa307clu)) {
                y1 = bitcast<f64>(0x3ff79d15d0e8d59clu | (sign << 63u));
            }
            if (azz == bitcast<f64>(0x401a202bfc89ddfflu)) {
                y1 = bitcast<f64>(0x3ffde87aa837820flu | (sign << 63u));
            }
        }
    }
    var cvt3 = bitcast<u64>(y1) + (u64(bitcast<u32>(i32(et) - 1365i)) << 52u);
    let m0 = cvt3 << 30u;
    let m1 = m0 >> 63u;
    if ((m0 ^ m1) <= (1lu << 30u)) {
        // The result may be exact: round its last bits off.
        let cvt4 = (bitcast<u64>(y1) + (164lu << 15u)) & 0xffffffffffff0000lu;
        if (abs((bitcast<f64>(cvt4) - y1) - dy) < bitcast<f64>(0x3c30000000000000lu)
            || abs(zz) == 1.0lf) {
            cvt3 = (cvt3 + (1lu << 15u)) & 0xffffffffffff0000lu;
        }
    }
    return bitcast<f64>(cvt3);
}
"#;

/// `ox_erfc64`: fdlibm's `erfc` (`s_erf.c`), on `ERF64`'s `ox_erfc2_64`.
pub(crate) const ERFC64: &str = r#"// erfc in f64 after fdlibm's s_erf.c: 1 - erf from a rational approximation below
// 0.84375, then ox_erfc2_64 (1 - erx - P/Q around 1, e^(-x^2 - 0.5625 + R/S) / x) up to 28,
// where the result falls below the smallest subnormal.
fn ox_erfc64(x: f64) -> f64 {
    let ux = bitcast<u64>(x);
    let ix = u32(ux >> 32u) & 0x7fffffffu;
    let neg = (ux >> 63u) != 0lu;
    if (ix >= 0x7ff00000u) {
        if (ox_isnan64(x)) { return ox_nan64(); }
        return select(0.0lf, 2.0lf, neg);
    }
    if (ix < 0x3feb0000u) {
        // |x| < 0.84375.
        if (ix < 0x3c700000u) {
            // |x| < 2^-56 (zeros and subnormals included): 1 - x rounds to 1.
            return 1.0lf;
        }
        let z = x * x;
        let r = 1.28379167095512558561e-01lf + z * (-3.25042107247001499370e-01lf
            + z * (-2.84817495755985104766e-02lf + z * (-5.77027029648944159157e-03lf
            + z * -2.37630166566501626084e-05lf)));
        let s = 1.0lf + z * (3.97917223959155352819e-01lf + z * (6.50222499887672944485e-02lf
            + z * (5.08130628187576562776e-03lf + z * (1.32494738004321644526e-04lf
            + z * -3.96022827877536812320e-06lf))));
        let y = r / s;
        if (neg || ix < 0x3fd00000u) { return 1.0lf - (x + x * y); }
        return 0.5lf - (x - 0.5lf + x * y);
    }
    if (ix < 0x403c0000u) {
        // 0.84375 <= |x| < 28.
        let e = ox_erfc2_64(ix, abs(x));
        return select(e, 2.0lf - e, neg);
    }
    // 2 - 2^-1022 rounds to 2; 2^-1022 2^-1022 to 0.
    return select(0.0lf, 2.0lf, neg);
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// The f64 written as bit patterns (`bitcast<f64>(0x...lu)`) are the constants they stand
    /// for: fdlibm's computed ones, k_expo2's, CORE-MATH's hex floats.
    #[test]
    fn bit_pattern_constants_are_the_reference_constants() {
        let pi = std::f64::consts::PI;
        let cases: [(&str, u64, f64); 4] = [
            (ATAN64, 0x3fe921fb54442d18, pi / 4.0),
            (ATAN64, 0x4002d97c7f3321d2, 3.0 * pi / 4.0),
            // 2^(0x3ff + 2043/2 - 1023) = 2^1021, k_expo2's scale.
            (HYPERBOLIC64, 0x7fc0000000000000, 2f64.powi(1021)),
            // 2^(1/3), 2^(2/3).
            (CBRT64, 0x3ff428a2f98d728b, 2f64.cbrt()),
        ];
        for (src, bits, value) in cases {
            assert!(
                src.contains(&format!("{bits:#018x}lu")),
                "{bits:#x} is not in its source"
            );
            assert_eq!(value.to_bits(), bits, "{value:e}");
        }
        assert!(CBRT64.contains("0x3ff965fea53d6e3dlu"));
        assert_eq!(4f64.cbrt().to_bits(), 0x3ff965fea53d6e3d);
        // k_expo2's 2043 ln 2.
        let k_ln2 = f64::from_bits(0x40962066151add8b);
        assert!((k_ln2 - 2043.0 * std::f64::consts::LN_2).abs() < 1e-12);
    }

    /// Decimal constants that pieces of a split must parse to exactly.
    #[test]
    fn split_constants_are_fdlibms_bit_patterns() {
        let cases: [(&str, &str, u64); 6] = [
            (EXP64, "6.93147180369123816490e-01", 0x3fe62e42_fee00000),
            (EXPM1_64, "6.93147180369123816490e-01", 0x3fe62e42_fee00000),
            (LOG1P64, "6.93147180369123816490e-01", 0x3fe62e42_fee00000),
            (
                ASIN_ACOS64,
                "1.57079632679489655800e+00",
                0x3ff921fb_54442d18,
            ),
            (
                ASIN_ACOS64,
                "7.85398163397448278999e-01",
                0x3fe921fb_54442d18,
            ),
            (ATAN64, "3.1415926535897931160e+00", 0x400921fb_54442d18),
        ];
        for (src, text, bits) in cases {
            assert!(
                src.contains(&format!("{text}lf")),
                "{text} is not in its source"
            );
            assert_eq!(text.parse::<f64>().unwrap().to_bits(), bits, "{text}");
        }
    }
}
