//! WGSL sources of the f64 math helpers that Vulkan does not have: GLSL.std.450's `Log`,
//! `Sin`, `Tanh`, `Pow`... take only 16- and 32-bit floats, WGSL's `%` on floats is
//! `x - y * trunc(x / y)` (not `fmod`), and Vulkan's `fma` need not be fused (lavapipe's is
//! not). See [`super::math::Helper`] for which helper is which.
//!
//! The transcendental functions are transliterations of fdlibm (FreeBSD's msun, as musl and
//! the `libm` crate have them): the same reductions, polynomials and constants, so that they
//! are within an ulp of the C library the interpreter calls (`tanh`: within 3, see
//! [`TANH64`]); the `accuracy` unit tests measure it. Huge arguments of `sin` and `cos` get an
//! exact Payne–Hanek reduction in integer arithmetic. `fmod` and `fma` are exact, computed on
//! the integer significands.
//!
//! What sets a Vulkan driver apart from a C compiler shapes the code:
//! - It may flush subnormals to zero in float arithmetic (and then compare a subnormal equal
//!   to zero), so every test of a special value is on the bits, subnormal inputs are scaled
//!   by an integer conversion (`f64(bits)` is exact) rather than a multiplication, and
//!   results that may be subnormal are assembled from integers.
//! - It may assume there are no NaNs or infinities (`x - x` may fold to 0), so NaN and
//!   infinite results are constants, never computed.
//! - It may reassociate and simplify float arithmetic (SPIR-V allows it where an operation
//!   is not marked `NoContraction`, and naga never marks one): lavapipe lost the error terms
//!   of fdlibm's compensated steps (`(1 - v) - hz` with `v = 1 - hz`) and moved constants
//!   across sums. The value such a step must see rounded goes through `ox_keep64` (see
//!   `math`'s `FLOAT64`).
//! - lavapipe's f64 `round` and `trunc`, and so `f64(i32(x))`, return `x` unchanged for
//!   `|x| >= 2^24` (llvmpipe of Mesa 22.3.6, LLVM 15): conversions back to float use `floor`
//!   of non-negative values, and `round` only sees values below 2^20.
//!
//! Decimal constants are fdlibm's, which its comments give as the exact values of the hex
//! patterns noted there; the unit tests below check that those whose trailing zeros make
//! products exact parse to their patterns.

/// `ox_fmod64`: exact `fmod` (the remainder with the sign of `x`, as Rust's `%`): long
/// division of the integer significands, 11 bits per step (`(r << 11) % m` fits 64 bits
/// since `r < m < 2^53`), so at most 186 steps; the result is assembled from its bits, so a
/// subnormal remainder is exact too.
pub(crate) const FMOD64: &str = r#"// Exact fmod on f64 (the remainder of |x| / |y| with the sign of x), after musl's fmod.
fn ox_fmod64(x: f64, y: f64) -> f64 {
    let ux = bitcast<u64>(x);
    let uy = bitcast<u64>(y);
    let sx = ux & 0x8000000000000000lu;
    let ax = ux ^ sx;
    let ay = uy & 0x7ffffffffffffffflu;
    if (ax >= 0x7ff0000000000000lu || ay > 0x7ff0000000000000lu || ay == 0lu) {
        return ox_nan64();
    }
    if (ax < ay) { return x; }
    if (ax == ay) { return bitcast<f64>(sx); }
    // |x| = mx 2^(ex - 1075) and |y| = my 2^(ey - 1075), subnormals with exponent 1; ex >= ey.
    var ex = u32(ax >> 52u);
    var ey = u32(ay >> 52u);
    var mx = ax & 0x000ffffffffffffflu;
    var my = ay & 0x000ffffffffffffflu;
    if (ex == 0u) { ex = 1u; } else { mx = mx | 0x0010000000000000lu; }
    if (ey == 0u) { ey = 1u; } else { my = my | 0x0010000000000000lu; }
    var r = mx % my;
    var d = ex - ey;
    loop {
        if (d == 0u || r == 0lu) { break; }
        let s = min(d, 11u);
        r = (r << s) % my;
        d = d - s;
    }
    if (r == 0lu) { return bitcast<f64>(sx); }
    // |result| = r 2^(ey - 1075) with r < 2^53: normalized, or subnormal.
    let k = 52u - ox_msb64(r);
    if (ey > k) {
        return bitcast<f64>(sx | ((u64(ey - k - 1u) << 52u) + (r << k)));
    }
    return bitcast<f64>(sx | (r << (ey - 1u)));
}
"#;

/// `ox_fma64`: `fma` rounded once, to nearest even, on integer significands: the 106-bit
/// product and the addend in 128-bit integers (`OxU128`), the smaller operand shifted with
/// a sticky bit, one rounding at the end (after the `ox_fma` of f32, and musl's `fma`).
pub(crate) const FMA64: &str = r#"struct OxU128 { hi: u64, lo: u64 }
fn ox_u128_clz(v: OxU128) -> u32 {
    if (v.hi != 0lu) { return 63u - ox_msb64(v.hi); }
    return 127u - ox_msb64(v.lo);
}
fn ox_u128_shl(v: OxU128, n: u32) -> OxU128 {
    if (n == 0u) { return v; }
    if (n >= 64u) { return OxU128(v.lo << (n - 64u), 0lu); }
    return OxU128((v.hi << n) | (v.lo >> (64u - n)), v.lo << n);
}
// v >> n, with the bits shifted out ORed into the lowest bit (sticky).
fn ox_u128_shr_jam(v: OxU128, n: u32) -> OxU128 {
    if (n == 0u) { return v; }
    if (n >= 128u) { return OxU128(0lu, select(0lu, 1lu, (v.hi | v.lo) != 0lu)); }
    if (n >= 64u) {
        let m = n - 64u;
        if (m == 0u) { return OxU128(0lu, v.hi | select(0lu, 1lu, v.lo != 0lu)); }
        let lost = v.lo | (v.hi & ((1lu << m) - 1lu));
        return OxU128(0lu, (v.hi >> m) | select(0lu, 1lu, lost != 0lu));
    }
    let lost = v.lo & ((1lu << n) - 1lu);
    return OxU128(v.hi >> n, (v.lo >> n) | (v.hi << (64u - n)) | select(0lu, 1lu, lost != 0lu));
}
fn ox_u128_lt(a: OxU128, b: OxU128) -> bool {
    return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
}
// The 128-bit product of two u64, from 32-bit halves.
fn ox_mul_u64(a: u64, b: u64) -> OxU128 {
    let a0 = a & 0xfffffffflu;
    let a1 = a >> 32u;
    let b0 = b & 0xfffffffflu;
    let b1 = b >> 32u;
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let mid = (p00 >> 32u) + (p01 & 0xfffffffflu) + (p10 & 0xfffffffflu);
    return OxU128(a1 * b1 + (p01 >> 32u) + (p10 >> 32u) + (mid >> 32u),
                  (mid << 32u) | (p00 & 0xfffffffflu));
}
// |x| = ox_sig64(bits) * 2^ox_exp64(bits) for the bits of a finite nonzero f64.
fn ox_sig64(a: u64) -> u64 {
    let m = a & 0x000ffffffffffffflu;
    return select(m | 0x0010000000000000lu, m, (a & 0x7ff0000000000000lu) == 0lu);
}
fn ox_exp64_of(a: u64) -> i32 {
    let e = i32((a >> 52u) & 0x7fflu);
    return select(e, 1i, e == 0i) - 1075i;
}
fn ox_fma64(a: f64, b: f64, c: f64) -> f64 {
    let ua = bitcast<u64>(a);
    let ub = bitcast<u64>(b);
    let uc = bitcast<u64>(c);
    let sign = 0x8000000000000000lu;
    let inf = 0x7ff0000000000000lu;
    let aa = ua & ~sign;
    let ab = ub & ~sign;
    let ac = uc & ~sign;
    let sp = (ua ^ ub) & sign;
    let sc = uc & sign;
    if (aa > inf || ab > inf || ac > inf) { return ox_nan64(); }
    if (aa == inf || ab == inf) {
        if (aa == 0lu || ab == 0lu || (ac == inf && sc != sp)) { return ox_nan64(); }
        return bitcast<f64>(sp | inf);
    }
    if (ac == inf) { return c; }
    if (aa == 0lu || ab == 0lu) {
        // An exact zero product: c, or a zero that is -0 only if both are.
        if (ac != 0lu) { return c; }
        return bitcast<f64>(sp & sc);
    }
    // The exact product, normalized so that bit 127 is set: x * 2^ex.
    var x = ox_mul_u64(ox_sig64(aa), ox_sig64(ab));
    var ex = ox_exp64_of(aa) + ox_exp64_of(ab);
    let zx = ox_u128_clz(x);
    x = ox_u128_shl(x, zx);
    ex = ex - i32(zx);
    var r = x;
    var er = ex;
    var sr = sp;
    if (ac != 0lu) {
        var y = OxU128(0lu, ox_sig64(ac));
        let zy = ox_u128_clz(y);
        y = ox_u128_shl(y, zy);
        let ey = ox_exp64_of(ac) - i32(zy);
        // l: the larger magnitude, s: the smaller, aligned to l with a sticky bit.
        var l = x;
        var el = ex;
        var sl = sp;
        var sm = y;
        var es = ey;
        if (ey > ex || (ey == ex && ox_u128_lt(x, y))) {
            l = y;
            el = ey;
            sl = sc;
            sm = x;
            es = ex;
        }
        let s = ox_u128_shr_jam(sm, u32(el - es));
        er = el;
        sr = sl;
        if (sp == sc) {
            let lo = l.lo + s.lo;
            let hi1 = l.hi + s.hi;
            let hi = hi1 + select(0lu, 1lu, lo < l.lo);
            r = OxU128(hi, lo);
            if (hi1 < l.hi || hi < hi1) {
                // Carry out of bit 127.
                r = ox_u128_shr_jam(r, 1u);
                r.hi = r.hi | sign;
                er = er + 1i;
            }
        } else {
            let borrow = select(0lu, 1lu, l.lo < s.lo);
            r = OxU128(l.hi - s.hi - borrow, l.lo - s.lo);
            // Exact cancellation is +0 when rounding to nearest.
            if ((r.hi | r.lo) == 0lu) { return 0.0lf; }
            let z = ox_u128_clz(r);
            r = ox_u128_shl(r, z);
            er = er - i32(z);
        }
    }
    // Round r * 2^er (bit 127 set, so the leading bit has exponent e) to 53 bits, or to the
    // subnormal grid 2^-1074.
    let e = er + 127i;
    if (e > 1023i) { return bitcast<f64>(sr | inf); }
    var shift = 75u;
    if (e < -1022i) { shift = u32(75i - 1022i - e); }
    var mant = 0lu;
    var up = false;
    if (shift >= 128u) {
        // Below the smallest subnormal: at shift 128, r * 2^er is in [2^-1075, 2^-1074) and
        // rounds up unless it is the midpoint exactly.
        up = shift == 128u && (r.hi > sign || r.lo != 0lu);
    } else {
        // shift >= 75: the kept bits all come from the high word.
        let m = shift - 64u;
        mant = r.hi >> m;
        let rem = r.hi & ((1lu << m) - 1lu);
        let half = 1lu << (m - 1u);
        up = rem > half || (rem == half && (r.lo != 0lu || (mant & 1lu) == 1lu));
    }
    if (up) { mant = mant + 1lu; }
    if (shift > 75u) {
        // Subnormal (a carry into bit 52 makes it the smallest normal).
        return bitcast<f64>(sr | mant);
    }
    // A carry into bit 53 moves into the exponent (and to infinity past the largest).
    return bitcast<f64>(sr | ((u64(u32(e + 1022i)) << 52u) + mant));
}
"#;

/// `ox_log64`/`ox_log2_64`: fdlibm's `e_log.c` and `e_log2.c` (below an ulp).
pub(crate) const LOG64: &str = r#"// log and log2 in f64 after fdlibm's e_log.c and e_log2.c: x = 2^k (1 + f) with
// sqrt(2)/2 < 1 + f < sqrt(2), log(1 + f) = f - f^2/2 + s (f^2/2 + R(s^2)), s = f / (2 + f).
struct OxLogRed64 { special: bool, value: f64, k: f64, f: f64 }
fn ox_log_reduce64(x: f64) -> OxLogRed64 {
    var ui = bitcast<u64>(x);
    var hx = u32(ui >> 32u);
    var k = 0i;
    if (hx < 0x00100000u || (hx >> 31u) != 0u) {
        if ((ui << 1u) == 0lu) { return OxLogRed64(true, -ox_inf64(), 0.0lf, 0.0lf); }
        if ((hx >> 31u) != 0u) { return OxLogRed64(true, ox_nan64(), 0.0lf, 0.0lf); }
        // Subnormal: x = ui 2^-1074, and f64(ui) is exact.
        ui = bitcast<u64>(f64(ui));
        hx = u32(ui >> 32u);
        k = -1074i;
    } else if (hx >= 0x7ff00000u) {
        return OxLogRed64(true, x, 0.0lf, 0.0lf);
    } else if (hx == 0x3ff00000u && (ui << 32u) == 0lu) {
        return OxLogRed64(true, 0.0lf, 0.0lf, 0.0lf);
    }
    hx = hx + (0x3ff00000u - 0x3fe6a09eu);
    k = k + i32(hx >> 20u) - 0x3ffi;
    hx = (hx & 0x000fffffu) + 0x3fe6a09eu;
    let xr = bitcast<f64>((u64(hx) << 32u) | (ui & 0xfffffffflu));
    return OxLogRed64(false, 0.0lf, f64(k), xr - 1.0lf);
}
// s (f^2/2 + R(s^2)) of log(1 + f) (fdlibm's Lg1..Lg7: error below 2^-58.45).
fn ox_log_poly64(f: f64, hfsq: f64) -> f64 {
    let s = f / (2.0lf + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (3.999999999940941908e-01lf + w * (2.222219843214978396e-01lf
        + w * 1.531383769920937332e-01lf));
    let t2 = z * (6.666666666666735130e-01lf + w * (2.857142874366239149e-01lf
        + w * (1.818357216161805012e-01lf + w * 1.479819860511658591e-01lf)));
    return s * (hfsq + t2 + t1);
}
fn ox_log64(x: f64) -> f64 {
    let red = ox_log_reduce64(x);
    if (red.special) { return red.value; }
    let f = red.f;
    let dk = red.k;
    let hfsq = 0.5lf * f * f;
    // ln2 = ln2_hi + ln2_lo, with k * ln2_hi exact.
    return ox_log_poly64(f, hfsq) + dk * 1.90821492927058770002e-10lf - hfsq + f
        + dk * 6.93147180369123816490e-01lf;
}
fn ox_log2_64(x: f64) -> f64 {
    let red = ox_log_reduce64(x);
    if (red.special) { return red.value; }
    let f = red.f;
    let hfsq = 0.5lf * f * f;
    // hi + lo = f - hfsq + s (hfsq + R) ~ log(1 + f), hi with 21 bits.
    let hi = bitcast<f64>(bitcast<u64>(f - hfsq) & 0xffffffff00000000lu);
    let lo = f - hi - hfsq + ox_log_poly64(f, hfsq);
    // 1/ln2 = ivln2hi + ivln2lo.
    let val_hi = hi * 1.44269504072144627571e+00lf;
    var val_lo = (lo + hi) * 1.67517131648865118353e-10lf + lo * 1.44269504072144627571e+00lf;
    let y = red.k;
    let w = ox_keep64(y + val_hi);
    val_lo = val_lo + ((y - w) + val_hi);
    return val_lo + w;
}
"#;

/// `ox_sin64`/`ox_cos64`: fdlibm's `k_sin.c`, `k_cos.c` and `e_rem_pio2.c` (Cody–Waite
/// reduction by π/2 in up to three 33-bit pieces) below 2^20·π/2; above it a Payne–Hanek
/// reduction in integers (the bits of 2/π that matter times the significand, then the
/// fraction times π/2), exact to about 2^-107 for every double. fdlibm's `k_rem_pio2.c` does
/// the same in floating point, but its loops over dynamically indexed arrays took lavapipe
/// twice as long to compile.
pub(crate) const SIN_COS64: &str = r#"// sin and cos in f64 after fdlibm (k_sin.c, k_cos.c, e_rem_pio2.c), with an integer
// Payne-Hanek reduction for huge arguments.
fn ox_ksin64(x: f64, y: f64, iy: bool) -> f64 {
    let z = x * x;
    let w = z * z;
    let r = 8.33333333332248946124e-03lf + z * (-1.98412698298579493134e-04lf
        + z * 2.75573137070700676789e-06lf) + z * w * (-2.50507602534068634195e-08lf
        + z * 1.58969099521155010221e-10lf);
    let v = z * x;
    let s1 = -1.66666666666666324348e-01lf;
    if (!iy) { return x + v * (s1 + z * r); }
    return x - ((z * (0.5lf * y - v * r) - y) - v * s1);
}
fn ox_kcos64(x: f64, y: f64) -> f64 {
    let z = x * x;
    let w = z * z;
    let r = z * (4.16666666666666019037e-02lf + z * (-1.38888888888741095749e-03lf
        + z * 2.48015872894767294178e-05lf)) + w * w * (-2.75573143513906633035e-07lf
        + z * (2.08757232129817482790e-09lf + z * -1.13596475577881948265e-11lf));
    let hz = 0.5lf * z;
    let v = ox_keep64(1.0lf - hz);
    return v + (((1.0lf - v) - hz) + (z * r - x * y));
}
// x - n pi/2 = y0 + y1 and n (only its low two bits are right for huge x).
struct OxRem64 { n: i32, y0: f64, y1: f64 }
fn ox_rem_pio2_64(x: f64) -> OxRem64 {
    let ix = ox_hi64(x) & 0x7fffffffu;
    if (ix < 0x413921fbu) {
        // |x| < 2^20 pi/2: n = rint(x 2/pi), pi/2 in 33-bit pieces (n * piece exact). An n
        // within 0.5 + 2^-25 of x 2/pi does as well (|y0| <= pi/4 + 2^-24): lavapipe's f64
        // round sends ties, and values up to 2^-25 above them, toward zero.
        let fnv = round(x * 6.36619772367581382433e-01lf);
        let n = i32(fnv);
        var r = x - fnv * 1.57079632673412561417e+00lf;
        var w = fnv * 6.07710050650619224932e-11lf;
        var y0 = ox_keep64(r - w);
        let ex = i32(ix >> 20u);
        if (ex - i32((ox_hi64(y0) >> 20u) & 0x7ffu) > 16i) {
            // Second round, good to 118 bits.
            let t = r;
            w = fnv * 6.07710050630396597660e-11lf;
            r = ox_keep64(t - w);
            w = fnv * 2.02226624879595063154e-21lf - ((t - r) - w);
            y0 = ox_keep64(r - w);
            if (ex - i32((ox_hi64(y0) >> 20u) & 0x7ffu) > 49i) {
                // Third round, good to 151 bits: covers all cases.
                let t2 = r;
                w = fnv * 2.02226624871116645580e-21lf;
                r = ox_keep64(t2 - w);
                w = fnv * 8.47842766036889956997e-32lf - ((t2 - r) - w);
                y0 = ox_keep64(r - w);
            }
        }
        return OxRem64(n, y0, (r - y0) - w);
    }
    return ox_rem_pio2_large64(x);
}
// The first 1280 bits of 2/pi after the point, 32 to a word (fdlibm's ipio2 table, regrouped).
const OX_2_OVER_PI = array<u32, 40>(
    0xa2f9836eu, 0x4e441529u, 0xfc2757d1u, 0xf534ddc0u, 0xdb629599u, 0x3c439041u, 0xfe5163abu,
    0xdebbc561u, 0xb7246e3au, 0x424dd2e0u, 0x06492eeau, 0x09d1921cu, 0xfe1deb1cu, 0xb129a73eu,
    0xe88235f5u, 0x2ebb4484u, 0xe99c7026u, 0xb45f7e41u, 0x3991d639u, 0x835339f4u, 0x9c845f8bu,
    0xbdf9283bu, 0x1ff897ffu, 0xde05980fu, 0xef2f118bu, 0x5a0a6d1fu, 0x6d367ecfu, 0x27cb09b7u,
    0x4f463f66u, 0x9e5fea2du, 0x7527bac7u, 0xebe5f17bu, 0x3d0739f7u, 0x8a5292eau, 0x6bfb5fb1u,
    0x1f8d5d08u, 0x56033046u, 0xfc7b6babu, 0xf0cfbc20u, 0x9af4361du);
// Payne-Hanek reduction for |x| >= 2^20 pi/2, in integers: with |x| = m 2^e (m < 2^53), the
// bits of 2/pi before 2^(1-e) only add multiples of 4 to x 2/pi, so x 2/pi mod 4 is the low
// 224 bits of m times the next 224 bits of 2/pi (W), over 2^222: 2 bits of quadrant and 222
// of fraction, of which at most 63 cancel (the closest a double comes to a multiple of
// pi/2). The fraction, normalized, times pi/2 (128 bits) gives y0 + y1 to about 2^-107.
// Multiword integers are arrays of 32-bit words, least significant first, multiplied in
// u64 (in loops: lavapipe compiles the unrolled form ten times slower).
fn ox_rem_pio2_large64(x: f64) -> OxRem64 {
    let u = bitcast<u64>(x);
    let m = (u & 0x000ffffffffffffflu) | 0x0010000000000000lu;
    let mw = array<u32, 2>(u32(m & 0xfffffffflu), u32(m >> 32u));
    // W starts at bit e - 2 of 2/pi (e = exponent - 1075 >= -32 here).
    let p = i32((u >> 52u) & 0x7fflu) - 1077;
    // Bits p.. of 2/pi: words w0.. of the table (0 before it), shifted left by s.
    let w0 = p >> 5u;
    let s = u32(p & 31);
    var tw: array<u32, 8>;
    for (var k = 0; k < 8; k = k + 1) {
        tw[k] = select(OX_2_OVER_PI[clamp(w0 + k, 0, 39)], 0u, w0 + k < 0);
    }
    var v: array<u32, 7>;
    for (var k = 0; k < 7; k = k + 1) {
        v[6 - k] = select((tw[k] << s) | (tw[k + 1] >> (32u - s)), tw[k], s == 0u);
    }
    // r = m W mod 2^224.
    var r: array<u32, 7>;
    for (var i = 0; i < 2; i = i + 1) {
        var c = 0lu;
        for (var k = 0; k + i < 7; k = k + 1) {
            let t = u64(mw[i]) * u64(v[k]) + u64(r[k + i]) + c;
            r[k + i] = u32(t & 0xfffffffflu);
            c = t >> 32u;
        }
    }
    // Quadrant and fraction; a fraction of 1/2 or more rounds the quadrant up and is
    // negated (2^222 - fraction).
    var n = i32(r[6] >> 30u);
    r[6] = r[6] & 0x3fffffffu;
    let upper = (r[6] >> 29u) != 0u;
    if (upper) {
        n = n + 1;
        var c = 1u;
        for (var k = 0; k < 7; k = k + 1) {
            let t = ~r[k] + c;
            c = select(0u, 1u, t < c);
            r[k] = t;
        }
        r[6] = r[6] & 0x3fffffffu;
    }
    // Normalize: a[3], a[2], a[1], a[0] are the top 128 bits of the fraction, shifted left by
    // lz bits.
    var f = array<u32, 7>(r[6], r[5], r[4], r[3], r[2], r[1], r[0]);
    var lz = 0;
    if ((f[0] | f[1]) == 0u) {
        f = array<u32, 7>(f[2], f[3], f[4], f[5], f[6], 0u, 0u);
        lz = 64;
    }
    if (f[0] == 0u) {
        f = array<u32, 7>(f[1], f[2], f[3], f[4], f[5], f[6], 0u);
        lz = lz + 32;
    }
    let bs = countLeadingZeros(f[0]);
    lz = lz + i32(bs);
    var a: array<u32, 4>;
    for (var k = 0; k < 4; k = k + 1) {
        a[3 - k] = select((f[k] << bs) | (f[k + 1] >> (32u - bs)), f[k], bs == 0u);
    }
    // q = a times pi/2 in 128 bits (C = 0xc90fdaa2_2168c234_c4c6628b_80dc1cd1, pi/2 =
    // C 2^-127): 256 bits.
    let cw = array<u32, 4>(0x80dc1cd1u, 0xc4c6628bu, 0x2168c234u, 0xc90fdaa2u);
    var q: array<u32, 8>;
    for (var i = 0; i < 4; i = i + 1) {
        var c = 0lu;
        for (var j = 0; j < 4; j = j + 1) {
            let t = u64(a[i]) * u64(cw[j]) + u64(q[i + j]) + c;
            q[i + j] = u32(t & 0xfffffffflu);
            c = t >> 32u;
        }
        q[i + 4] = u32(c);
    }
    // |r| = q 2^(-253 - lz): round to 53 bits (y0), the next 64 bits give y1.
    var hi = (u64(q[7]) << 32u) | u64(q[6]);
    var mid = (u64(q[5]) << 32u) | u64(q[4]);
    var s1 = 0;
    if ((hi >> 63u) == 0lu) {
        hi = (hi << 1u) | (mid >> 63u);
        mid = (mid << 1u) | u64(q[3] >> 31u);
        s1 = 1;
    }
    var q53 = hi >> 11u;
    var t = ((hi & 0x7fflu) << 53u) | (mid >> 11u);
    let round_up = (t >> 63u) != 0lu;
    if (round_up) {
        q53 = q53 + 1lu;
        t = 0lu - t;
    }
    var y0 = ldexp(f64(q53), -50 - lz - s1);
    var y1 = ldexp(ox_u64_to_f64(t), -114 - lz - s1);
    if (round_up) { y1 = -y1; }
    if (upper) {
        y0 = -y0;
        y1 = -y1;
    }
    if ((u >> 63u) != 0lu) {
        return OxRem64(-n, -y0, -y1);
    }
    return OxRem64(n, y0, y1);
}
fn ox_sin64(x: f64) -> f64 {
    let ix = ox_hi64(x) & 0x7fffffffu;
    if (ix <= 0x3fe921fbu) {
        // |x| < 2^-26 (zeros and subnormals included): sin(x) rounds to x.
        if (ix < 0x3e500000u) { return x; }
        return ox_ksin64(x, 0.0lf, false);
    }
    if (ix >= 0x7ff00000u) { return ox_nan64(); }
    let r = ox_rem_pio2_64(x);
    switch (r.n & 3) {
        case 0: { return ox_ksin64(r.y0, r.y1, true); }
        case 1: { return ox_kcos64(r.y0, r.y1); }
        case 2: { return -ox_ksin64(r.y0, r.y1, true); }
        default: { return -ox_kcos64(r.y0, r.y1); }
    }
}
fn ox_cos64(x: f64) -> f64 {
    let ix = ox_hi64(x) & 0x7fffffffu;
    if (ix <= 0x3fe921fbu) {
        // |x| < 2^-27 sqrt(2): cos(x) rounds to 1.
        if (ix < 0x3e46a09eu) { return 1.0lf; }
        return ox_kcos64(x, 0.0lf);
    }
    if (ix >= 0x7ff00000u) { return ox_nan64(); }
    let r = ox_rem_pio2_64(x);
    switch (r.n & 3) {
        case 0: { return ox_kcos64(r.y0, r.y1); }
        case 1: { return -ox_ksin64(r.y0, r.y1, true); }
        case 2: { return -ox_kcos64(r.y0, r.y1); }
        default: { return ox_ksin64(r.y0, r.y1, true); }
    }
}
"#;

/// `ox_tanh64`: fdlibm's `s_tanh.c` (glibc's too) on fdlibm's `s_expm1.c` (`libm64`'s
/// `ox_expm1_64`). The algorithm is up to 2 ulps from the exact value (below 1,
/// `-t / (t + 2)` with `t = expm1(-2|x|)` amplifies `t`'s error 1.75 times), and so is
/// glibc's, whose `expm1` is built with FMA contractions here: the two can be 3 ulps apart
/// (measured, 262,144 arguments); an implementation within an ulp of glibc's would have to
/// reproduce its rounding errors.
pub(crate) const TANH64: &str = r#"// tanh in f64 after fdlibm's s_tanh.c: -t / (t + 2) with t = e^(-2|x|) - 1 below 1,
// 1 - 2 / (t + 2) with t = e^(2|x|) - 1 from 1 to 22, 1 beyond.
fn ox_tanh64(x: f64) -> f64 {
    let ux = bitcast<u64>(x);
    let ix = u32(ux >> 32u) & 0x7fffffffu;
    let neg = (ux >> 63u) != 0lu;
    if (ix >= 0x7ff00000u) {
        if ((ux & 0x7ffffffffffffffflu) > 0x7ff0000000000000lu) { return ox_nan64(); }
        return select(1.0lf, -1.0lf, neg);
    }
    var z: f64;
    if (ix < 0x40360000u) {
        // |x| < 2^-55 (zeros and subnormals included): tanh(x) rounds to x.
        if (ix < 0x3c800000u) { return x; }
        if (ix >= 0x3ff00000u) {
            let t = ox_expm1_64(2.0lf * abs(x));
            z = 1.0lf - 2.0lf / (t + 2.0lf);
        } else {
            let t = ox_expm1_64(-2.0lf * abs(x));
            z = -t / (t + 2.0lf);
        }
    } else {
        z = 1.0lf;
    }
    return select(z, -z, neg);
}
"#;

/// `ox_erf64` (and `ox_erfc2_64`, erfc from 0.84375 to 28, which `libm64`'s `ox_erfc64`
/// calls): fdlibm's `s_erf.c`, as the `libm` crate has it (the interpreter's `erf`), on
/// fdlibm's `exp` (`libm64`'s `ox_exp_fdlibm64`).
pub(crate) const ERF64: &str = r#"// erf in f64 after fdlibm's s_erf.c: rational approximations on [0, 0.84375),
// [0.84375, 1.25), and erfc = e^(-x^2 - 0.5625 + R/S) / x on [1.25, 6); 1 beyond.
fn ox_erf64(x: f64) -> f64 {
    let ux = bitcast<u64>(x);
    let ix = u32(ux >> 32u) & 0x7fffffffu;
    let neg = (ux >> 63u) != 0lu;
    if (ix >= 0x7ff00000u) {
        if ((ux & 0x7ffffffffffffffflu) > 0x7ff0000000000000lu) { return ox_nan64(); }
        return select(1.0lf, -1.0lf, neg);
    }
    if (ix < 0x3feb0000u) {
        // |x| < 0.84375.
        if (ix < 0x3e300000u) {
            // |x| < 2^-28: x + x 2/sqrt(pi) - x (scaled by 8 to avoid underflow).
            if (ix < 0x00200000u) { return ox_erf_tiny64(x); }
            return 0.125lf * (8.0lf * x + 1.02703333676410069053e+00lf * x);
        }
        let z = x * x;
        let r = 1.28379167095512558561e-01lf + z * (-3.25042107247001499370e-01lf
            + z * (-2.84817495755985104766e-02lf + z * (-5.77027029648944159157e-03lf
            + z * -2.37630166566501626084e-05lf)));
        let s = 1.0lf + z * (3.97917223959155352819e-01lf + z * (6.50222499887672944485e-02lf
            + z * (5.08130628187576562776e-03lf + z * (1.32494738004321644526e-04lf
            + z * -3.96022827877536812320e-06lf))));
        return x + x * (r / s);
    }
    var y: f64;
    if (ix < 0x40180000u) {
        // 0.84375 <= |x| < 6.
        y = 1.0lf - ox_erfc2_64(ix, abs(x));
    } else {
        // 1 - 2^-1022 rounds to 1.
        y = 1.0lf;
    }
    return select(y, -y, neg);
}
// erf(x) for |x| < 2^-1021, where fdlibm's 0.125 (8 x + efx8 x) has subnormal operands or
// results, which a device may flush to zero: the same three roundings, each an exact fma.
// (A product is an fma with -0 added: exact and with the product's sign, zeros included.)
fn ox_erf_tiny64(x: f64) -> f64 {
    let mz = bitcast<f64>(0x8000000000000000lu);
    let t = ox_fma64(1.02703333676410069053e+00lf, x, mz);
    return ox_fma64(0.125lf, ox_fma64(8.0lf, x, t), mz);
}
// erfc(x) for 0.84375 <= x < 28 (fdlibm's erfc1 and erfc2; erf asks below 6).
fn ox_erfc2_64(ix: u32, x: f64) -> f64 {
    if (ix < 0x3ff40000u) {
        // x < 1.25: erfc = 1 - erx - P/Q in s = x - 1.
        // (s kept: lavapipe otherwise rewrote the polynomials in x, an ulp or two off.)
        let s = ox_keep64(x - 1.0lf);
        let p = -2.36211856075265944077e-03lf + s * (4.14856118683748331666e-01lf
            + s * (-3.72207876035701323847e-01lf + s * (3.18346619901161753674e-01lf
            + s * (-1.10894694282396677476e-01lf + s * (3.54783043256182359371e-02lf
            + s * -2.16637559486879084300e-03lf)))));
        let q = 1.0lf + s * (1.06420880400844228286e-01lf + s * (5.40397917702171048937e-01lf
            + s * (7.18286544141962662868e-02lf + s * (1.26171219808761642112e-01lf
            + s * (1.36370839120290507362e-02lf + s * 1.19844998467991074170e-02lf)))));
        return 1.0lf - 8.45062911510467529297e-01lf - p / q;
    }
    let s = 1.0lf / (x * x);
    var r: f64;
    var big_s: f64;
    if (ix < 0x4006db6du) {
        // x < 1/0.35.
        r = -9.86494403484714822705e-03lf + s * (-6.93858572707181764372e-01lf
            + s * (-1.05586262253232909814e+01lf + s * (-6.23753324503260060396e+01lf
            + s * (-1.62396669462573470355e+02lf + s * (-1.84605092906711035994e+02lf
            + s * (-8.12874355063065934246e+01lf + s * -9.81432934416914548592e+00lf))))));
        big_s = 1.0lf + s * (1.96512716674392571292e+01lf + s * (1.37657754143519042600e+02lf
            + s * (4.34565877475229228821e+02lf + s * (6.45387271733267880336e+02lf
            + s * (4.29008140027567833386e+02lf + s * (1.08635005541779435134e+02lf
            + s * (6.57024977031928170135e+00lf + s * -6.04244152148580987438e-02lf)))))));
    } else {
        r = -9.86494292470009928597e-03lf + s * (-7.99283237680523006574e-01lf
            + s * (-1.77579549177547519889e+01lf + s * (-1.60636384855821916062e+02lf
            + s * (-6.37566443368389627722e+02lf + s * (-1.02509513161107724954e+03lf
            + s * -4.83519191608651397019e+02lf)))));
        big_s = 1.0lf + s * (3.03380607434824582924e+01lf + s * (3.25792512996573918826e+02lf
            + s * (1.53672958608443695994e+03lf + s * (3.19985821950859553908e+03lf
            + s * (2.55305040643316442583e+03lf + s * (4.74528541206955367215e+02lf
            + s * -2.24409524465858183362e+01lf))))));
    }
    // z: x with its low word cleared, so that z * z is exact.
    let z = bitcast<f64>(bitcast<u64>(x) & 0xffffffff00000000lu);
    let a = -z * z - 0.5625lf;
    let b = (z - x) * (z + x) + r / big_s;
    if (a < -7.08396418532264106224e+02lf) {
        // e^a is subnormal (x > 26.5, erfc's own tail): e^a = 2^k y, and the result is
        // scaled by 2^k in integers, rounded once rather than three times (within an ulp).
        let p = ox_exp_parts64(a);
        return ox_scalbn64(p.y * ox_exp_fdlibm64(b) / x, p.k);
    }
    return ox_exp_fdlibm64(a) * ox_exp_fdlibm64(b) / x;
}
"#;

/// `ox_pow64`: fdlibm's `e_pow.c` (as the `libm` crate has it): log2(x) in two pieces, y
/// times it in simulated extra precision, 2^(n + y') by a rational approximation.
pub(crate) const POW64: &str = r#"// pow in f64 after fdlibm's e_pow.c, with C99's special cases.
fn ox_with_hi64(x: f64, hi: u32) -> f64 {
    return bitcast<f64>((bitcast<u64>(x) & 0xfffffffflu) | (u64(hi) << 32u));
}
fn ox_clear_lo64(x: f64) -> f64 {
    return bitcast<f64>(bitcast<u64>(x) & 0xffffffff00000000lu);
}
// |z| 2^n for a normal z whose result is subnormal, rounded once (nearest even) in integers.
fn ox_scale_to_subnormal64(z: f64, n: i32) -> f64 {
    let u = bitcast<u64>(z);
    let sh = 1i - i32((u >> 52u) & 0x7fflu) - n;
    if (sh > 54i) { return 0.0lf; }
    let m = (u & 0x000ffffffffffffflu) | 0x0010000000000000lu;
    let q = m >> u32(sh);
    let rem = m & ((1lu << u32(sh)) - 1lu);
    let half = 1lu << u32(sh - 1i);
    return bitcast<f64>(q + select(0lu, 1lu, rem > half || (rem == half && (q & 1lu) == 1lu)));
}
// z with the sign bit `neg` (a bit operation: exact for subnormals and zeros too).
fn ox_signed64(z: f64, neg: bool) -> f64 {
    return bitcast<f64>(bitcast<u64>(z) | select(0lu, 0x8000000000000000lu, neg));
}
fn ox_pow64(x: f64, y: f64) -> f64 {
    let ux = bitcast<u64>(x);
    let uy = bitcast<u64>(y);
    let hx = bitcast<i32>(u32(ux >> 32u));
    let lx = u32(ux & 0xfffffffflu);
    let hy = bitcast<i32>(u32(uy >> 32u));
    let ly = u32(uy & 0xfffffffflu);
    var ix = hx & 0x7fffffff;
    let iy = hy & 0x7fffffff;
    let inf = ox_inf64();
    // x^0 = 1 and 1^y = 1, even for NaN.
    if ((u32(iy) | ly) == 0u) { return 1.0lf; }
    if (hx == 0x3ff00000 && lx == 0u) { return 1.0lf; }
    if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0u) || iy > 0x7ff00000
        || (iy == 0x7ff00000 && ly != 0u)) {
        return ox_nan64();
    }
    // yisint: 0 if y is not an integer, 1 if it is odd, 2 if even (only asked for x < 0).
    var yisint = 0;
    if (hx < 0) {
        if (iy >= 0x43400000) {
            yisint = 2;
        } else if (iy >= 0x3ff00000) {
            let k = (iy >> 20u) - 0x3ff;
            if (k > 20) {
                let j = ly >> u32(52 - k);
                if ((j << u32(52 - k)) == ly) { yisint = 2 - i32(j & 1u); }
            } else if (ly == 0u) {
                let j = iy >> u32(20 - k);
                if ((j << u32(20 - k)) == iy) { yisint = 2 - (j & 1); }
            }
        }
    }
    if (ly == 0u) {
        if (iy == 0x7ff00000) {
            // y = +-inf.
            if (((ix - 0x3ff00000) | bitcast<i32>(lx)) == 0) { return 1.0lf; }
            if (ix >= 0x3ff00000) { return select(0.0lf, inf, hy >= 0); }
            return select(inf, 0.0lf, hy >= 0);
        }
        // y = -1, 2, 1/2 where neither operand nor result is subnormal (a device may flush
        // those); elsewhere the general case below is within an ulp too.
        if (iy == 0x3ff00000) {
            if (hy >= 0) { return x; }
            if (ix >= 0x00100000 && ix < 0x7fd00000) { return 1.0lf / x; }
        }
        if (hy == 0x40000000 && ix >= 0x20000000) { return x * x; }
        if (hy == 0x3fe00000 && hx >= 0x00100000) { return sqrt(x); }
    }
    if (lx == 0u && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
        // x = +-0, +-inf, +-1.
        var z = bitcast<f64>(ux & 0x7ffffffffffffffflu);
        if (hy < 0) {
            if (ix == 0) { z = inf; } else if (ix == 0x7ff00000) { z = 0.0lf; }
        }
        if (hx < 0) {
            if (((ix - 0x3ff00000) | yisint) == 0) { return ox_nan64(); }
            if (yisint == 1) { z = -z; }
        }
        return z;
    }
    // The sign of the result.
    var neg = false;
    if (hx < 0) {
        if (yisint == 0) { return ox_nan64(); }
        neg = yisint == 1;
    }
    var ax = bitcast<f64>(ux & 0x7ffffffffffffffflu);
    // log2(|x|) = t1 + t2, t1 with 21 bits.
    var t1: f64;
    var t2: f64;
    if (iy > 0x41e00000) {
        // |y| > 2^31.
        if (iy > 0x43f00000) {
            // |y| > 2^64: overflow or underflow.
            if (ix <= 0x3fefffff) { return select(0.0lf, inf, hy < 0); }
            if (ix >= 0x3ff00000) { return select(0.0lf, inf, hy > 0); }
        }
        // Overflow or underflow if x is not close to one.
        if (ix < 0x3fefffff) { return ox_signed64(select(0.0lf, inf, hy < 0), neg); }
        if (ix > 0x3ff00000) { return ox_signed64(select(0.0lf, inf, hy > 0), neg); }
        // |1 - x| <= 2^-20: log(x) = t - t^2/2 + t^3/3 - t^4/4.
        let t = ax - 1.0lf;
        let w = (t * t) * (0.5lf - t * (0.3333333333333333333333lf - t * 0.25lf));
        let u = 1.44269502162933349609e+00lf * t;
        let v = t * 1.92596299112661746887e-08lf - w * 1.44269504088896338700e+00lf;
        t1 = ox_clear_lo64(u + v);
        t2 = v - (t1 - u);
    } else {
        var n = 0;
        if (ix < 0x00100000) {
            // Subnormal x: its significand as an integer is exact in f64.
            ax = f64(ux & 0x000ffffffffffffflu);
            n = n - 1074;
            ix = bitcast<i32>(ox_hi64(ax));
        }
        n = n + ((ix >> 20u) - 0x3ff);
        let j = ix & 0x000fffff;
        // Normalize |x| into [sqrt(2)/2... sqrt(3)): k = 1 around 1.5.
        var k = 0;
        ix = j | 0x3ff00000;
        if (j <= 0x3988e) {
            k = 0;
        } else if (j < 0xbb67a) {
            k = 1;
        } else {
            k = 0;
            n = n + 1;
            ix = ix - 0x00100000;
        }
        ax = ox_with_hi64(ax, u32(ix));
        let bp = select(1.0lf, 1.5lf, k == 1);
        let dp_h = select(0.0lf, 5.84962487220764160156e-01lf, k == 1);
        let dp_l = select(0.0lf, 1.35003920212974897128e-08lf, k == 1);
        // ss = s_h + s_l = (x - bp) / (x + bp).
        let u = ax - bp;
        let v = 1.0lf / (ax + bp);
        let ss = u * v;
        let s_h = ox_clear_lo64(ss);
        let t_h = bitcast<f64>(u64(((u32(ix) >> 1u) | 0x20000000u) + 0x00080000u
            + (u32(k) << 18u)) << 32u);
        let t_l = ax - (t_h - bp);
        let s_l = v * ((u - s_h * t_h) - s_h * t_l);
        // log(|x|).
        let s2 = ss * ss;
        var r = s2 * s2 * (5.99999999999994648725e-01lf + s2 * (4.28571428578550184252e-01lf
            + s2 * (3.33333329818377432918e-01lf + s2 * (2.72728123808534006489e-01lf
            + s2 * (2.30660745775561754067e-01lf + s2 * 2.06975017800338417784e-01lf)))));
        r = r + s_l * (s_h + ss);
        let s2h = s_h * s_h;
        let t_h2 = ox_clear_lo64(3.0lf + s2h + r);
        let t_l2 = r - (ox_keep64(t_h2 - 3.0lf) - s2h);
        // u2 + v2 = ss (1 + ...).
        let u2 = s_h * t_h2;
        let v2 = s_l * t_h2 + t_l2 * ss;
        // 2/(3 log2) (ss + ...).
        let p_h = ox_clear_lo64(u2 + v2);
        let p_l = v2 - (p_h - u2);
        let z_h = 9.61796700954437255859e-01lf * p_h;
        let z_l = -7.02846165095275826516e-09lf * p_h + p_l * 9.61796693925975554329e-01lf + dp_l;
        // log2(|x|) = n + dp_h + z_h + z_l.
        let t = f64(n);
        t1 = ox_clear_lo64(((z_h + z_l) + dp_h) + t);
        t2 = z_l - (((t1 - t) - dp_h) - z_h);
    }
    // (y1 + y2) (t1 + t2) = p_h + p_l.
    let y1 = ox_clear_lo64(y);
    let p_l = (y - y1) * t1 + y * t2;
    var p_h = y1 * t1;
    let z = p_l + p_h;
    var j = bitcast<i32>(ox_hi64(z));
    let i = bitcast<i32>(u32(bitcast<u64>(z) & 0xfffffffflu));
    if (j >= 0x40900000) {
        // z >= 1024.
        if (((j - 0x40900000) | i) != 0 || p_l + 8.0085662595372944372e-17lf > z - p_h) {
            return ox_signed64(inf, neg);
        }
    } else if ((j & 0x7fffffff) >= 0x4090cc00) {
        // z <= -1075.
        if (((u32(j) - 0xc090cc00u) | u32(i)) != 0u || p_l <= z - p_h) {
            return ox_signed64(0.0lf, neg);
        }
    }
    // 2^(p_h + p_l) = 2^n 2^(p_h + p_l - n), n = [z + 0.5].
    let i2 = j & 0x7fffffff;
    var k = (i2 >> 20u) - 0x3ff;
    var n = 0;
    if (i2 > 0x3fe00000) {
        n = j + (0x00100000 >> u32(k + 1));
        k = ((n & 0x7fffffff) >> 20u) - 0x3ff;
        let tn = bitcast<f64>(u64(u32(n & ~(0x000fffff >> u32(k)))) << 32u);
        n = ((n & 0x000fffff) | 0x00100000) >> u32(20 - k);
        if (j < 0) { n = -n; }
        p_h = p_h - tn;
    }
    let t = ox_clear_lo64(p_l + p_h);
    let u = t * 6.93147182464599609375e-01lf;
    let v = (p_l - (t - p_h)) * 6.93147180559945286227e-01lf + t * -1.90465429995776804525e-09lf;
    var zz = ox_keep64(u + v);
    let w = v - (zz - u);
    let tt = zz * zz;
    let t1b = zz - tt * (1.66666666666666019037e-01lf + tt * (-2.77777777770155933842e-03lf
        + tt * (6.61375632143793436117e-05lf + tt * (-1.65339022054652515390e-06lf
        + tt * 4.13813679705723846039e-08lf))));
    let r = (zz * t1b) / (t1b - 2.0lf) - (w + zz * w);
    zz = 1.0lf - (r - zz);
    j = bitcast<i32>(ox_hi64(zz)) + (n << 20u);
    if ((j >> 20u) <= 0) {
        // Subnormal result.
        zz = ox_scale_to_subnormal64(zz, n);
    } else {
        zz = ox_with_hi64(zz, bitcast<u32>(j));
    }
    return ox_signed64(zz, neg);
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// The decimal constants whose exact bits matter (trailing zeros that make products with
    /// them exact, or splits of a constant into pieces) parse to fdlibm's hex patterns, and
    /// appear in the sources as written here.
    #[test]
    fn split_constants_are_fdlibms_bit_patterns() {
        let cases: [(&str, &str, u64); 12] = [
            // ln 2 and 1/ln 2, high parts (log, log2).
            (LOG64, "6.93147180369123816490e-01", 0x3fe62e42_fee00000),
            (LOG64, "1.44269504072144627571e+00", 0x3ff71547_65200000),
            // pi/2 in 33-bit pieces (sin, cos).
            (SIN_COS64, "1.57079632673412561417e+00", 0x3ff921fb_54400000),
            (SIN_COS64, "6.07710050630396597660e-11", 0x3dd0b461_1a600000),
            (SIN_COS64, "2.02226624871116645580e-21", 0x3ba3198a_2e000000),
            // erx (erf).
            (ERF64, "8.45062911510467529297e-01", 0x3feb0ac1_60000000),
            // pow: dp_h, ln2 high, 2/(3 ln 2) and 1/ln 2 high parts.
            (POW64, "5.84962487220764160156e-01", 0x3fe2b803_40000000),
            (POW64, "6.93147182464599609375e-01", 0x3fe62e43_00000000),
            (POW64, "9.61796700954437255859e-01", 0x3feec709_e0000000),
            (POW64, "1.44269502162933349609e+00", 0x3ff71547_60000000),
            // pow: the tails of those.
            (POW64, "-7.02846165095275826516e-09", 0xbe3e2fe0_145b01f5),
            (POW64, "-1.90465429995776804525e-09", 0xbe205c61_0ca86c39),
        ];
        for (src, text, bits) in cases {
            assert!(
                src.contains(&format!("{text}lf")),
                "{text} is not in its source"
            );
            assert_eq!(text.parse::<f64>().unwrap().to_bits(), bits, "{text}");
        }
    }

    /// The words of 2/π are fdlibm's `ipio2` (24-bit chunks of the same bits, from
    /// `k_rem_pio2.c`), and the words of π/2 are the 128 bits after its point, rounded.
    #[test]
    fn payne_hanek_tables_are_the_bits_of_two_over_pi_and_pi_over_two() {
        const IPIO2: [u32; 54] = [
            0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041,
            0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C,
            0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
            0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F,
            0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
            0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
            0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        ];
        let table = SIN_COS64
            .split("array<u32, 40>(")
            .nth(1)
            .and_then(|t| t.split(')').next())
            .expect("the 2/pi table");
        let words: Vec<u32> = table
            .split(',')
            .map(|w| {
                let w = w.trim().trim_start_matches("0x").trim_end_matches('u');
                u32::from_str_radix(w, 16).unwrap()
            })
            .collect();
        assert_eq!(words.len(), 40);
        // Bit i of the 2/pi fraction (i = 0: the first after the point), from each table.
        let word_bit = |i: usize| (words[i / 32] >> (31 - i % 32)) & 1;
        let chunk_bit = |i: usize| (IPIO2[i / 24] >> (23 - i % 24)) & 1;
        for i in 0..1280 {
            assert_eq!(word_bit(i), chunk_bit(i), "bit {i} of 2/pi");
        }
        // The hex digits of pi 2^126 (those of RFC 3526's primes): the first 32 are pi/2 2^127,
        // and the next digit (2) is below 8, so they are pi/2 rounded to 128 bits.
        let pi_digits = "C90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74";
        let c = u128::from_str_radix(&pi_digits[..32], 16).unwrap();
        assert!(u8::from_str_radix(&pi_digits[32..33], 16).unwrap() < 8);
        assert_eq!(c, 0xc90fdaa2_2168c234_c4c6628b_80dc1cd1);
        assert_eq!(
            (c >> 75) as f64 * 2f64.powi(-52),
            std::f64::consts::FRAC_PI_2
        );
        assert!(SIN_COS64.contains("0xc90fdaa2_2168c234_c4c6628b_80dc1cd1"));
        assert!(
            SIN_COS64.contains("array<u32, 4>(0x80dc1cd1u, 0xc4c6628bu, 0x2168c234u, 0xc90fdaa2u)")
        );
    }
}
