// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) scalar(word 3) scalar(word 5) scalar(word 7) buffer(binding 5, length word 9) buffer(binding 6, length word 10) buffer(binding 7, length word 11) buffer(binding 8, length word 12) buffer(binding 9, length word 13) buffer(binding 10, length word 14) buffer(binding 11, length word 15) buffer(binding 12, length word 16) buffer(binding 13, length word 17)
// params words: 18

// oxtile kernel `ops_64_float`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<i64>; // `a`: *i64
@group(0) @binding(3) var<storage, read_write> b1: array<u64>; // `b`: *u64
@group(0) @binding(4) var<storage, read_write> b2: array<f64>; // `f`: *f64
@group(0) @binding(5) var<storage, read_write> b6: array<i64>; // `out_i`: *i64
@group(0) @binding(6) var<storage, read_write> b7: array<u64>; // `out_u`: *u64
@group(0) @binding(7) var<storage, read_write> b8: array<f64>; // `out_f`: *f64
@group(0) @binding(8) var<storage, read_write> b9: array<vec4<i32>>; // `out_w`: *i32
@group(0) @binding(9) var<storage, read_write> b10: array<atomic<u32>>; // `out_h`: *f16
@group(0) @binding(10) var<storage, read_write> b11: array<atomic<u32>>; // `out_m`: *bool
@group(0) @binding(11) var<storage, read_write> b12: array<atomic<u32>>; // `out_s`: *u8
@group(0) @binding(12) var<storage, read_write> b13: array<vec4<f32>>; // `out_g`: *f32
@group(0) @binding(13) var<storage, read_write> b14: array<vec4<u32>>; // `out_v`: *u32

var<workgroup> ox_wg_bad: atomic<u32>;

// Records an error in the status buffer; the first error of the launch wins.
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

// True when the driver ended a loop early (see the backend's docs: llvmpipe's loop budget).
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

// Workgroup vote: returns (uniformly) the largest `bad` of all threads, 0 if none. Callers
// pass `0xffffffff - lane` for a failing lane, so the result names the lowest failing lane.
// The flag is never reset: a nonzero result ends the program.
fn ox_any_bad(bad: u32) -> u32 {
    if (bad != 0u) {
        atomicMax(&ox_wg_bad, bad);
    }
    return workgroupUniformLoad(&ox_wg_bad);
}

// Rounds x to the binary format with `eb` exponent and `mb` mantissa bits (round to nearest
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

// Rounds the 64-bit integer m to p <= 24 significant bits (nearest even), exactly, and
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

fn ox_isnan64(x: f64) -> bool {
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

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(local_invocation_index) tid: u32) {
    // Every binding is statically used, so a derived pipeline layout has them all.
    _ = arrayLength(&params);
    _ = atomicLoad(&status[0]);
    _ = arrayLength(&b0);
    _ = arrayLength(&b1);
    _ = arrayLength(&b2);
    _ = arrayLength(&b6);
    _ = arrayLength(&b7);
    _ = arrayLength(&b8);
    _ = arrayLength(&b9);
    _ = arrayLength(&b10);
    _ = arrayLength(&b11);
    _ = arrayLength(&b12);
    _ = arrayLength(&b13);
    _ = arrayLength(&b14);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = bitcast<i64>(((u64(params[4]) << 32u) | u64(params[3])));
    let v4 = bitcast<f64>(((u64(params[6]) << 32u) | u64(params[5])));
    let v5 = ((u64(params[8]) << 32u) | u64(params[7]));
    let v6 = 0i;
    let v7 = 0i;
    let v8 = 0i;
    let v9 = 0i;
    let v10 = 0i;
    let v11 = 0i;
    let v12 = 0i;
    let v13 = 0i;
    let v14 = 0i;
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = v0; }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = (v16[c] + i32((tid + c * 64u))); }
    var v18: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v17[c] >= 0i && u32(v17[c]) < params[0]) { let o = u32(v17[c]); v18[c] = b0[o]; } else { v18[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v17[c]), bitcast<u32>(v17[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v19: array<i32, 1>;
    { let c = 0u; v19[c] = v1; }
    var v20: array<i32, 1>;
    { let c = 0u; v20[c] = (v19[c] + i32((tid + c * 64u))); }
    var v21: array<u64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v20[c] >= 0i && u32(v20[c]) < params[1]) { let o = u32(v20[c]); v21[c] = b1[o]; } else { v21[c] = 0lu; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v20[c]), bitcast<u32>(v20[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v2; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + i32((tid + c * 64u))); }
    var v24: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v23[c] >= 0i && u32(v23[c]) < params[2]) { let o = u32(v23[c]); v24[c] = b2[o]; } else { v24[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v23[c]), bitcast<u32>(v23[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v25: i64 = 81985529216486895li;
    let v28: i64 = 5li;
    let v31: i64 = 0li;
    let v34: i64 = bitcast<i64>(0x8000000000000000lu);
    var v36: array<i64, 1>;
    { let c = 0u;
        let w33: bool = (v18[c] == v31);
        let w27: i64 = (v18[c] * v25);
        let w30: i64 = (w27 - v28);
        v36[c] = select(w30, v34, w33);
    }
    let v37: i64 = 6li;
    let v39: i64 = 7li;
    let v41: i64 = 9li;
    let v43: i64 = -1li;
    var v49: array<i64, 1>;
    { let c = 0u;
        let w45: bool = (v18[c] < v37);
        let w47: bool = (v18[c] <= v39);
        let w46: i64 = (v18[c] - v41);
        let w48: i64 = select(w46, v31, w47);
        v49[c] = select(w48, v43, w45);
    }
    var v50: array<i64, 1>;
    { let c = 0u; v50[c] = select(select(v36[c] / select(v49[c], 1li, v49[c] == 0li || v49[c] == -1li), -v36[c], v49[c] == -1li), 0li, v49[c] == 0li); }
    var v51: array<i64, 1>;
    { let c = 0u; v51[c] = select(v36[c] % select(v49[c], 1li, v49[c] == 0li || v49[c] == -1li), 0li, v49[c] == 0li || v49[c] == -1li); }
    var v52: array<i64, 1>;
    { let c = 0u; v52[c] = (v36[c] + v49[c]); }
    var v53: array<i64, 1>;
    { let c = 0u; v53[c] = (v36[c] - v49[c]); }
    var v54: array<i64, 1>;
    { let c = 0u; v54[c] = (v36[c] * v49[c]); }
    var v55: array<i64, 1>;
    { let c = 0u; v55[c] = (v36[c] & v49[c]); }
    var v56: array<i64, 1>;
    { let c = 0u; v56[c] = (v36[c] | v49[c]); }
    var v57: array<i64, 1>;
    { let c = 0u; v57[c] = (v36[c] ^ v49[c]); }
    var v58: array<i64, 1>;
    { let c = 0u; v58[c] = select(v49[c], v36[c], v36[c] < v49[c]); }
    var v59: array<i64, 1>;
    { let c = 0u; v59[c] = select(v49[c], v36[c], v36[c] > v49[c]); }
    var v60: array<i64, 1>;
    { let c = 0u; v60[c] = (-v36[c]); }
    var v61: array<i64, 1>;
    { let c = 0u; v61[c] = select(v36[c], -v36[c], v36[c] < 0li); }
    var v62: array<i64, 1>;
    { let c = 0u; v62[c] = (~v36[c]); }
    var v63: array<i64, 1>;
    { let c = 0u; v63[c] = (v18[c] * v28); }
    var v64: array<i64, 1>;
    { let c = 0u; v64[c] = (v36[c] << u32(bitcast<u64>(v63[c]) & 63lu)); }
    var v65: array<i64, 1>;
    { let c = 0u; v65[c] = (v36[c] >> u32(bitcast<u64>(v63[c]) & 63lu)); }
    var v67: array<i64, 1>;
    { let c = 0u; v67[c] = (v36[c] * v3); }
    var v68: array<u64, 1>;
    { let c = 0u; v68[c] = bitcast<u64>(v36[c]); }
    var v69: array<u64, 1>;
    { let c = 0u; v69[c] = bitcast<u64>(v49[c]); }
    var v70: array<u64, 1>;
    { let c = 0u; v70[c] = bitcast<u64>(v63[c]); }
    var v71: array<u64, 1>;
    { let c = 0u; v71[c] = select(v68[c] / select(v69[c], 1lu, v69[c] == 0lu), 0lu, v69[c] == 0lu); }
    var v72: array<u64, 1>;
    { let c = 0u; v72[c] = select(v68[c] % select(v69[c], 1lu, v69[c] == 0lu), 0lu, v69[c] == 0lu); }
    var v73: array<u64, 1>;
    { let c = 0u; v73[c] = select(v69[c], v68[c], v68[c] < v69[c]); }
    var v74: array<u64, 1>;
    { let c = 0u; v74[c] = select(v69[c], v68[c], v68[c] > v69[c]); }
    var v75: array<u64, 1>;
    { let c = 0u; v75[c] = (v68[c] + v69[c]); }
    var v76: array<u64, 1>;
    { let c = 0u; v76[c] = (v68[c] >> u32(v70[c] & 63lu)); }
    var v77: array<u64, 1>;
    { let c = 0u; v77[c] = (v68[c] << u32(v70[c] & 63lu)); }
    var v78: array<u64, 1>;
    { let c = 0u; v78[c] = (0lu - v68[c]); }
    var v80: array<u64, 1>;
    { let c = 0u; v80[c] = (v68[c] ^ v5); }
    var v81: array<u64, 1>;
    { let c = 0u; v81[c] = (v21[c] + v5); }
    var v82: array<bool, 1>;
    { let c = 0u; v82[c] = (v36[c] < v49[c]); }
    var v83: array<bool, 1>;
    { let c = 0u; v83[c] = (v68[c] < v69[c]); }
    var v84: array<bool, 1>;
    { let c = 0u; v84[c] = (v36[c] <= v49[c]); }
    var v85: array<bool, 1>;
    { let c = 0u; v85[c] = (v68[c] <= v69[c]); }
    var v86: array<bool, 1>;
    { let c = 0u; v86[c] = (v36[c] > v49[c]); }
    var v87: array<bool, 1>;
    { let c = 0u; v87[c] = (v68[c] > v69[c]); }
    var v88: array<bool, 1>;
    { let c = 0u; v88[c] = (v36[c] >= v49[c]); }
    var v89: array<bool, 1>;
    { let c = 0u; v89[c] = (v68[c] >= v69[c]); }
    var v90: array<bool, 1>;
    { let c = 0u; v90[c] = (v36[c] == v49[c]); }
    var v91: array<bool, 1>;
    { let c = 0u; v91[c] = (v68[c] == v69[c]); }
    var v92: array<bool, 1>;
    { let c = 0u; v92[c] = (v36[c] != v49[c]); }
    var v93: array<bool, 1>;
    { let c = 0u; v93[c] = (v68[c] != v69[c]); }
    var v94: array<i32, 1>;
    { let c = 0u; v94[c] = bitcast<i32>(u32(bitcast<u64>(v36[c]) & 0xfffffffflu)); }
    var v95: array<i32, 1>;
    { let c = 0u; v95[c] = bitcast<i32>(u32(v68[c] & 0xfffffffflu)); }
    var v96: array<u32, 1>;
    { let c = 0u; v96[c] = (u32(bitcast<u64>(v36[c]) & 0xfffffffflu) & 0xffu); }
    var v97: array<u32, 1>;
    { let c = 0u; v97[c] = (u32(v68[c] & 0xfffffffflu) & 0xffu); }
    var v98: array<f32, 1>;
    { let c = 0u; v98[c] = ox_i64_to_f32_prec(v36[c], 24u); }
    var v99: array<f32, 1>;
    { let c = 0u; v99[c] = ox_u64_to_f32_prec(v68[c], 24u); }
    var v100: array<f32, 1>;
    { let c = 0u; v100[c] = ox_decode(ox_encode(ox_i64_to_f32_prec(v36[c], 11u), 5u, 10u, false), 5u, 10u, false); }
    var v101: array<f32, 1>;
    { let c = 0u; v101[c] = ox_decode(ox_encode(ox_u64_to_f32_prec(v68[c], 11u), 5u, 10u, false), 5u, 10u, false); }
    var v102: array<bool, 1>;
    { let c = 0u; v102[c] = (v36[c] != 0li); }
    var v103: array<bool, 1>;
    { let c = 0u; v103[c] = (v68[c] != 0lu); }
    var v104: array<u32, 1>;
    { let c = 0u; v104[c] = u32(bitcast<u64>(v36[c]) & 0xfffffffflu); }
    var v105: array<u32, 1>;
    { let c = 0u; v105[c] = u32(v68[c] & 0xfffffffflu); }
    var v106: array<f64, 1>;
    { let c = 0u; v106[c] = ox_i64_to_f64(v36[c]); }
    var v107: array<f64, 1>;
    { let c = 0u; v107[c] = ox_u64_to_f64(v68[c]); }
    var v108: array<i64, 1>;
    { let c = 0u; v108[c] = bitcast<i64>(v68[c]); }
    let v109: f64 = 1e30lf;
    var v110: array<f64, 1>;
    { let c = 0u; v110[c] = v109; }
    let v112: f64 = 8.0lf;
    var v113: array<f64, 1>;
    { let c = 0u; v113[c] = v112; }
    var v114: array<f64, 1>;
    { let c = 0u;
        let w111: f64 = ox_i64_to_f64(v18[c]);
        v114[c] = (w111 - v113[c]);
    }
    var v115: array<f64, 1>;
    { let c = 0u; v115[c] = (v114[c] * v114[c]); }
    let v118: f64 = 0.0lf;
    var v119: array<f64, 1>;
    { let c = 0u; v119[c] = v118; }
    let v121: f64 = 1.0lf;
    var v122: array<f64, 1>;
    { let c = 0u; v122[c] = v121; }
    var v123: array<f64, 1>;
    { let c = 0u; v123[c] = (v122[c] / v119[c]); }
    let v124: i64 = 1li;
    let v128: i64 = 2li;
    let v133: i64 = 3li;
    let v137: i64 = 4li;
    let v140: f64 = bitcast<f64>(0x8000000000000000lu);
    var v141: array<f64, 1>;
    { let c = 0u; v141[c] = v140; }
    let v143: i64 = 5li;
    let v146: f64 = 1e30lf;
    var v147: array<f64, 1>;
    { let c = 0u; v147[c] = v146; }
    let v149: i64 = 15li;
    let v152: f64 = -3e19lf;
    var v153: array<f64, 1>;
    { let c = 0u; v153[c] = v152; }
    var v154: array<f64, 1>;
    { let c = 0u;
        let w151: bool = (v18[c] == v149);
        let w145: bool = (v18[c] == v143);
        let w139: bool = (v18[c] == v137);
        let w135: bool = (v18[c] == v133);
        let w132: f64 = (-v123[c]);
        let w130: bool = (v18[c] == v128);
        let w126: bool = (v18[c] == v124);
        let w120: f64 = (v119[c] / v119[c]);
        let w116: f64 = (v115[c] * v115[c]);
        let w117: f64 = (v24[c] * w116);
        let w127: f64 = select(w117, w120, w126);
        let w131: f64 = select(w127, v123[c], w130);
        let w136: f64 = select(w131, w132, w135);
        let w142: f64 = select(w136, v141[c], w139);
        let w148: f64 = select(w142, v147[c], w145);
        v154[c] = select(w148, v153[c], w151);
    }
    var v155: array<i32, 1>;
    { let c = 0u; v155[c] = ox_f64_to_i32(v154[c]); }
    var v156: array<i32, 1>;
    { let c = 0u; v156[c] = v9; }
    var v157: array<i32, 1>;
    { let c = 0u; v157[c] = (v156[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v157[c] < 0i || u32(v157[c]) >= params[12])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 9u, bitcast<u32>(v157[lane / 64u]), bitcast<u32>(v157[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v157[c]); b9[o >> 2u][o & 3u] = v155[c]; }
        }
    }
    var v158: array<u32, 1>;
    { let c = 0u; v158[c] = min(ox_f64_to_u32(v154[c]), 255u); }
    var v159: array<i32, 1>;
    { let c = 0u; v159[c] = v12; }
    var v160: array<i32, 1>;
    { let c = 0u; v160[c] = (v159[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v160[c] < 0i || u32(v160[c]) >= params[15])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 12u, bitcast<u32>(v160[lane / 64u]), bitcast<u32>(v160[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v160[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (v158[c]) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b12[wi]); if (atomicCompareExchangeWeak(&b12[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v161: array<f32, 1>;
    { let c = 0u; v161[c] = f32(v154[c]); }
    var v162: array<i32, 1>;
    { let c = 0u; v162[c] = v13; }
    var v163: array<i32, 1>;
    { let c = 0u; v163[c] = (v162[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v163[c] < 0i || u32(v163[c]) >= params[16])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 13u, bitcast<u32>(v163[lane / 64u]), bitcast<u32>(v163[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v163[c]); b13[o >> 2u][o & 3u] = v161[c]; }
        }
    }
    var v164: array<f32, 1>;
    { let c = 0u; v164[c] = ox_decode(ox_encode(ox_f64_to_f32_odd(v154[c]), 5u, 10u, false), 5u, 10u, false); }
    var v165: array<i32, 1>;
    { let c = 0u; v165[c] = v10; }
    var v166: array<i32, 1>;
    { let c = 0u; v166[c] = (v165[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v166[c] < 0i || u32(v166[c]) >= params[13])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 10u, bitcast<u32>(v166[lane / 64u]), bitcast<u32>(v166[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v166[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v164[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b10[wi]); if (atomicCompareExchangeWeak(&b10[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v167: array<bool, 1>;
    { let c = 0u; v167[c] = (!(v154[c] == 0.0lf)); }
    var v168: array<i32, 1>;
    { let c = 0u; v168[c] = v11; }
    var v169: array<i32, 1>;
    { let c = 0u; v169[c] = (v168[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v169[c] < 0i || u32(v169[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v169[lane / 64u]), bitcast<u32>(v169[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v169[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v167[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v170: array<u32, 1>;
    { let c = 0u; v170[c] = ox_f64_to_u32(v154[c]); }
    var v171: array<i32, 1>;
    { let c = 0u; v171[c] = v14; }
    var v172: array<i32, 1>;
    { let c = 0u; v172[c] = (v171[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v172[c] < 0i || u32(v172[c]) >= params[17])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 14u, bitcast<u32>(v172[lane / 64u]), bitcast<u32>(v172[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v172[c]); b14[o >> 2u][o & 3u] = v170[c]; }
        }
    }
    var v173: array<i64, 1>;
    { let c = 0u; v173[c] = ox_f64_to_i64(v154[c]); }
    var v174: array<i32, 1>;
    { let c = 0u; v174[c] = v6; }
    var v175: array<i32, 1>;
    { let c = 0u; v175[c] = (v174[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v175[c] < 0i || u32(v175[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v175[lane / 64u]), bitcast<u32>(v175[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v175[c]); b6[o] = v173[c]; }
        }
    }
    var v176: array<u64, 1>;
    { let c = 0u; v176[c] = ox_f64_to_u64(v154[c]); }
    var v177: array<i32, 1>;
    { let c = 0u; v177[c] = v7; }
    var v178: array<i32, 1>;
    { let c = 0u; v178[c] = (v177[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v178[c] < 0i || u32(v178[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v178[lane / 64u]), bitcast<u32>(v178[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v178[c]); b7[o] = v176[c]; }
        }
    }
    var v179: array<f32, 1>;
    { let c = 0u; v179[c] = f32(v154[c]); }
    var v180: array<f64, 1>;
    { let c = 0u; v180[c] = f64(v179[c]); }
    var v181: array<i32, 1>;
    { let c = 0u; v181[c] = v8; }
    var v182: array<i32, 1>;
    { let c = 0u; v182[c] = (v181[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v182[c] < 0i || u32(v182[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v182[lane / 64u]), bitcast<u32>(v182[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v182[c]); b8[o] = v180[c]; }
        }
    }
    var v183: array<i64, 1>;
    { let c = 0u; v183[c] = ox_f64_to_i64(f64(v179[c])); }
    var v184: array<i32, 1>;
    { let c = 0u; v184[c] = v6; }
    let v185: i32 = 64i;
    var v188: array<i32, 1>;
    { let c = 0u; v188[c] = (v184[c] + (i32((tid + c * 64u)) + v185)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v188[c] < 0i || u32(v188[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v188[lane / 64u]), bitcast<u32>(v188[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v188[c]); b6[o] = v183[c]; }
        }
    }
    var v189: array<f64, 1>;
    { let c = 0u; v189[c] = v4; }
    var v190: array<f64, 1>;
    { let c = 0u; v190[c] = (v154[c] + v189[c]); }
    var v191: array<i32, 1>;
    { let c = 0u; v191[c] = v8; }
    let v192: i32 = 64i;
    var v195: array<i32, 1>;
    { let c = 0u; v195[c] = (v191[c] + (i32((tid + c * 64u)) + v192)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v195[c] < 0i || u32(v195[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v195[lane / 64u]), bitcast<u32>(v195[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v195[c]); b8[o] = v190[c]; }
        }
    }
    var v196: array<f64, 1>;
    { let c = 0u; v196[c] = (v154[c] - v189[c]); }
    var v197: array<i32, 1>;
    { let c = 0u; v197[c] = v8; }
    let v198: i32 = 128i;
    var v201: array<i32, 1>;
    { let c = 0u; v201[c] = (v197[c] + (i32((tid + c * 64u)) + v198)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v201[c] < 0i || u32(v201[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v201[lane / 64u]), bitcast<u32>(v201[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v201[c]); b8[o] = v196[c]; }
        }
    }
    var v202: array<f64, 1>;
    { let c = 0u; v202[c] = (v154[c] * v189[c]); }
    var v203: array<i32, 1>;
    { let c = 0u; v203[c] = v8; }
    let v204: i32 = 192i;
    var v207: array<i32, 1>;
    { let c = 0u; v207[c] = (v203[c] + (i32((tid + c * 64u)) + v204)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v207[c] < 0i || u32(v207[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v207[lane / 64u]), bitcast<u32>(v207[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v207[c]); b8[o] = v202[c]; }
        }
    }
    var v208: array<f64, 1>;
    { let c = 0u; v208[c] = (v154[c] / v189[c]); }
    var v209: array<i32, 1>;
    { let c = 0u; v209[c] = v8; }
    let v210: i32 = 256i;
    var v213: array<i32, 1>;
    { let c = 0u; v213[c] = (v209[c] + (i32((tid + c * 64u)) + v210)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v213[c] < 0i || u32(v213[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v213[lane / 64u]), bitcast<u32>(v213[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v213[c]); b8[o] = v208[c]; }
        }
    }
    var v214: array<f64, 1>;
    { let c = 0u; v214[c] = ox_fmin64(v154[c], v189[c]); }
    var v215: array<i32, 1>;
    { let c = 0u; v215[c] = v8; }
    let v216: i32 = 320i;
    var v219: array<i32, 1>;
    { let c = 0u; v219[c] = (v215[c] + (i32((tid + c * 64u)) + v216)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v219[c] < 0i || u32(v219[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v219[lane / 64u]), bitcast<u32>(v219[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v219[c]); b8[o] = v214[c]; }
        }
    }
    var v220: array<f64, 1>;
    { let c = 0u; v220[c] = ox_fmax64(v154[c], v189[c]); }
    var v221: array<i32, 1>;
    { let c = 0u; v221[c] = v8; }
    let v222: i32 = 384i;
    var v225: array<i32, 1>;
    { let c = 0u; v225[c] = (v221[c] + (i32((tid + c * 64u)) + v222)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v225[c] < 0i || u32(v225[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v225[lane / 64u]), bitcast<u32>(v225[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v225[c]); b8[o] = v220[c]; }
        }
    }
    var v226: array<f64, 1>;
    { let c = 0u; v226[c] = (-v154[c]); }
    var v227: array<i32, 1>;
    { let c = 0u; v227[c] = v8; }
    let v228: i32 = 448i;
    var v231: array<i32, 1>;
    { let c = 0u; v231[c] = (v227[c] + (i32((tid + c * 64u)) + v228)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v231[c] < 0i || u32(v231[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v231[lane / 64u]), bitcast<u32>(v231[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v231[c]); b8[o] = v226[c]; }
        }
    }
    var v232: array<f64, 1>;
    { let c = 0u; v232[c] = abs(v154[c]); }
    var v233: array<i32, 1>;
    { let c = 0u; v233[c] = v8; }
    let v234: i32 = 512i;
    var v237: array<i32, 1>;
    { let c = 0u; v237[c] = (v233[c] + (i32((tid + c * 64u)) + v234)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v237[c] < 0i || u32(v237[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v237[lane / 64u]), bitcast<u32>(v237[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v237[c]); b8[o] = v232[c]; }
        }
    }
    var v238: array<f64, 1>;
    { let c = 0u; v238[c] = floor(v154[c]); }
    var v239: array<i32, 1>;
    { let c = 0u; v239[c] = v8; }
    let v240: i32 = 576i;
    var v243: array<i32, 1>;
    { let c = 0u; v243[c] = (v239[c] + (i32((tid + c * 64u)) + v240)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v243[c] < 0i || u32(v243[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v243[lane / 64u]), bitcast<u32>(v243[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v243[c]); b8[o] = v238[c]; }
        }
    }
    var v244: array<f64, 1>;
    { let c = 0u; v244[c] = ceil(v154[c]); }
    var v245: array<i32, 1>;
    { let c = 0u; v245[c] = v8; }
    let v246: i32 = 640i;
    var v249: array<i32, 1>;
    { let c = 0u; v249[c] = (v245[c] + (i32((tid + c * 64u)) + v246)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v249[c] < 0i || u32(v249[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v249[lane / 64u]), bitcast<u32>(v249[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v249[c]); b8[o] = v244[c]; }
        }
    }
    var v250: array<f64, 1>;
    { let c = 0u; v250[c] = sqrt(v154[c]); }
    var v251: array<i32, 1>;
    { let c = 0u; v251[c] = v8; }
    let v252: i32 = 704i;
    var v255: array<i32, 1>;
    { let c = 0u; v255[c] = (v251[c] + (i32((tid + c * 64u)) + v252)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v255[c] < 0i || u32(v255[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v255[lane / 64u]), bitcast<u32>(v255[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v255[c]); b8[o] = v250[c]; }
        }
    }
    var v256: array<f64, 1>;
    { let c = 0u; v256[c] = (1.0lf / sqrt(v154[c])); }
    var v257: array<i32, 1>;
    { let c = 0u; v257[c] = v8; }
    let v258: i32 = 768i;
    var v261: array<i32, 1>;
    { let c = 0u; v261[c] = (v257[c] + (i32((tid + c * 64u)) + v258)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v261[c] < 0i || u32(v261[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v261[lane / 64u]), bitcast<u32>(v261[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v261[c]); b8[o] = v256[c]; }
        }
    }
    var v262: array<f64, 1>;
    { let c = 0u; v262[c] = ox_exp64(v154[c]); }
    var v263: array<i32, 1>;
    { let c = 0u; v263[c] = v8; }
    let v264: i32 = 832i;
    var v267: array<i32, 1>;
    { let c = 0u; v267[c] = (v263[c] + (i32((tid + c * 64u)) + v264)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v267[c] < 0i || u32(v267[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v267[lane / 64u]), bitcast<u32>(v267[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v267[c]); b8[o] = v262[c]; }
        }
    }
    var v268: array<f64, 1>;
    { let c = 0u; v268[c] = ox_exp2_64(v154[c]); }
    var v269: array<i32, 1>;
    { let c = 0u; v269[c] = v8; }
    let v270: i32 = 896i;
    var v273: array<i32, 1>;
    { let c = 0u; v273[c] = (v269[c] + (i32((tid + c * 64u)) + v270)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v273[c] < 0i || u32(v273[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v273[lane / 64u]), bitcast<u32>(v273[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v273[c]); b8[o] = v268[c]; }
        }
    }
    var v274: array<f64, 1>;
    { let c = 0u; v274[c] = (1.0lf / (1.0lf + ox_exp64(-v154[c]))); }
    var v275: array<i32, 1>;
    { let c = 0u; v275[c] = v8; }
    let v276: i32 = 960i;
    var v279: array<i32, 1>;
    { let c = 0u; v279[c] = (v275[c] + (i32((tid + c * 64u)) + v276)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v279[c] < 0i || u32(v279[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v279[lane / 64u]), bitcast<u32>(v279[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v279[c]); b8[o] = v274[c]; }
        }
    }
    var v280: array<bool, 1>;
    { let c = 0u; v280[c] = (v154[c] < v189[c]); }
    var v281: array<i32, 1>;
    { let c = 0u; v281[c] = v11; }
    let v282: i32 = 64i;
    var v285: array<i32, 1>;
    { let c = 0u; v285[c] = (v281[c] + (i32((tid + c * 64u)) + v282)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v285[c] < 0i || u32(v285[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v285[lane / 64u]), bitcast<u32>(v285[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v285[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v280[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v286: array<bool, 1>;
    { let c = 0u; v286[c] = (v154[c] >= v189[c]); }
    var v287: array<i32, 1>;
    { let c = 0u; v287[c] = v11; }
    let v288: i32 = 128i;
    var v291: array<i32, 1>;
    { let c = 0u; v291[c] = (v287[c] + (i32((tid + c * 64u)) + v288)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v291[c] < 0i || u32(v291[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v291[lane / 64u]), bitcast<u32>(v291[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v291[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v286[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v292: array<bool, 1>;
    { let c = 0u; v292[c] = (v154[c] == v189[c]); }
    var v293: array<i32, 1>;
    { let c = 0u; v293[c] = v11; }
    let v294: i32 = 192i;
    var v297: array<i32, 1>;
    { let c = 0u; v297[c] = (v293[c] + (i32((tid + c * 64u)) + v294)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v297[c] < 0i || u32(v297[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v297[lane / 64u]), bitcast<u32>(v297[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v297[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v292[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v298: array<bool, 1>;
    { let c = 0u; v298[c] = (!(v154[c] == v189[c])); }
    var v299: array<i32, 1>;
    { let c = 0u; v299[c] = v11; }
    let v300: i32 = 256i;
    var v303: array<i32, 1>;
    { let c = 0u; v303[c] = (v299[c] + (i32((tid + c * 64u)) + v300)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v303[c] < 0i || u32(v303[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v303[lane / 64u]), bitcast<u32>(v303[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v303[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v298[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v304: array<u64, 1>;
    { let c = 0u; v304[c] = bitcast<u64>(v154[c]); }
    var v305: array<i32, 1>;
    { let c = 0u; v305[c] = v7; }
    let v306: i32 = 64i;
    var v309: array<i32, 1>;
    { let c = 0u; v309[c] = (v305[c] + (i32((tid + c * 64u)) + v306)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v309[c] < 0i || u32(v309[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v309[lane / 64u]), bitcast<u32>(v309[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v309[c]); b7[o] = v304[c]; }
        }
    }
    var v311: array<f64, 1>;
    { let c = 0u;
        let w310: bool = (v24[c] < v119[c]);
        v311[c] = select(v189[c], v154[c], w310);
    }
    var v312: array<i32, 1>;
    { let c = 0u; v312[c] = v8; }
    let v313: i32 = 1024i;
    var v316: array<i32, 1>;
    { let c = 0u; v316[c] = (v312[c] + (i32((tid + c * 64u)) + v313)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v316[c] < 0i || u32(v316[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v316[lane / 64u]), bitcast<u32>(v316[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v316[c]); b8[o] = v311[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
