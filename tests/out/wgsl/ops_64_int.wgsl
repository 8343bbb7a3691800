// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) scalar(word 3) scalar(word 5) scalar(word 7) buffer(binding 5, length word 9) buffer(binding 6, length word 10) buffer(binding 7, length word 11) buffer(binding 8, length word 12) buffer(binding 9, length word 13) buffer(binding 10, length word 14) buffer(binding 11, length word 15) buffer(binding 12, length word 16) buffer(binding 13, length word 17)
// params words: 18

// oxtile kernel `ops_64_int`: one workgroup of 64 threads per program.

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
    var v51: array<i32, 1>;
    { let c = 0u; v51[c] = v6; }
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = (v51[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v52[c] < 0i || u32(v52[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v52[lane / 64u]), bitcast<u32>(v52[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v52[c]); b6[o] = v50[c]; }
        }
    }
    var v53: array<i64, 1>;
    { let c = 0u; v53[c] = select(v36[c] % select(v49[c], 1li, v49[c] == 0li || v49[c] == -1li), 0li, v49[c] == 0li || v49[c] == -1li); }
    var v54: array<i32, 1>;
    { let c = 0u; v54[c] = v6; }
    let v55: i32 = 64i;
    var v58: array<i32, 1>;
    { let c = 0u; v58[c] = (v54[c] + (i32((tid + c * 64u)) + v55)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v58[c] < 0i || u32(v58[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v58[lane / 64u]), bitcast<u32>(v58[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v58[c]); b6[o] = v53[c]; }
        }
    }
    var v59: array<i64, 1>;
    { let c = 0u; v59[c] = (v36[c] + v49[c]); }
    var v60: array<i32, 1>;
    { let c = 0u; v60[c] = v6; }
    let v61: i32 = 128i;
    var v64: array<i32, 1>;
    { let c = 0u; v64[c] = (v60[c] + (i32((tid + c * 64u)) + v61)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v64[c] < 0i || u32(v64[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v64[lane / 64u]), bitcast<u32>(v64[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v64[c]); b6[o] = v59[c]; }
        }
    }
    var v65: array<i64, 1>;
    { let c = 0u; v65[c] = (v36[c] - v49[c]); }
    var v66: array<i32, 1>;
    { let c = 0u; v66[c] = v6; }
    let v67: i32 = 192i;
    var v70: array<i32, 1>;
    { let c = 0u; v70[c] = (v66[c] + (i32((tid + c * 64u)) + v67)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v70[c] < 0i || u32(v70[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v70[lane / 64u]), bitcast<u32>(v70[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v70[c]); b6[o] = v65[c]; }
        }
    }
    var v71: array<i64, 1>;
    { let c = 0u; v71[c] = (v36[c] * v49[c]); }
    var v72: array<i32, 1>;
    { let c = 0u; v72[c] = v6; }
    let v73: i32 = 256i;
    var v76: array<i32, 1>;
    { let c = 0u; v76[c] = (v72[c] + (i32((tid + c * 64u)) + v73)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v76[c] < 0i || u32(v76[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v76[lane / 64u]), bitcast<u32>(v76[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v76[c]); b6[o] = v71[c]; }
        }
    }
    var v77: array<i64, 1>;
    { let c = 0u; v77[c] = (v36[c] & v49[c]); }
    var v78: array<i32, 1>;
    { let c = 0u; v78[c] = v6; }
    let v79: i32 = 320i;
    var v82: array<i32, 1>;
    { let c = 0u; v82[c] = (v78[c] + (i32((tid + c * 64u)) + v79)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v82[c] < 0i || u32(v82[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v82[lane / 64u]), bitcast<u32>(v82[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v82[c]); b6[o] = v77[c]; }
        }
    }
    var v83: array<i64, 1>;
    { let c = 0u; v83[c] = (v36[c] | v49[c]); }
    var v84: array<i32, 1>;
    { let c = 0u; v84[c] = v6; }
    let v85: i32 = 384i;
    var v88: array<i32, 1>;
    { let c = 0u; v88[c] = (v84[c] + (i32((tid + c * 64u)) + v85)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v88[c] < 0i || u32(v88[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v88[lane / 64u]), bitcast<u32>(v88[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v88[c]); b6[o] = v83[c]; }
        }
    }
    var v89: array<i64, 1>;
    { let c = 0u; v89[c] = (v36[c] ^ v49[c]); }
    var v90: array<i32, 1>;
    { let c = 0u; v90[c] = v6; }
    let v91: i32 = 448i;
    var v94: array<i32, 1>;
    { let c = 0u; v94[c] = (v90[c] + (i32((tid + c * 64u)) + v91)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v94[c] < 0i || u32(v94[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v94[lane / 64u]), bitcast<u32>(v94[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v94[c]); b6[o] = v89[c]; }
        }
    }
    var v95: array<i64, 1>;
    { let c = 0u; v95[c] = select(v49[c], v36[c], v36[c] < v49[c]); }
    var v96: array<i32, 1>;
    { let c = 0u; v96[c] = v6; }
    let v97: i32 = 512i;
    var v100: array<i32, 1>;
    { let c = 0u; v100[c] = (v96[c] + (i32((tid + c * 64u)) + v97)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v100[c] < 0i || u32(v100[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v100[lane / 64u]), bitcast<u32>(v100[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v100[c]); b6[o] = v95[c]; }
        }
    }
    var v101: array<i64, 1>;
    { let c = 0u; v101[c] = select(v49[c], v36[c], v36[c] > v49[c]); }
    var v102: array<i32, 1>;
    { let c = 0u; v102[c] = v6; }
    let v103: i32 = 576i;
    var v106: array<i32, 1>;
    { let c = 0u; v106[c] = (v102[c] + (i32((tid + c * 64u)) + v103)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v106[c] < 0i || u32(v106[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v106[lane / 64u]), bitcast<u32>(v106[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v106[c]); b6[o] = v101[c]; }
        }
    }
    var v107: array<i64, 1>;
    { let c = 0u; v107[c] = (-v36[c]); }
    var v108: array<i32, 1>;
    { let c = 0u; v108[c] = v6; }
    let v109: i32 = 640i;
    var v112: array<i32, 1>;
    { let c = 0u; v112[c] = (v108[c] + (i32((tid + c * 64u)) + v109)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v112[c] < 0i || u32(v112[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v112[lane / 64u]), bitcast<u32>(v112[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v112[c]); b6[o] = v107[c]; }
        }
    }
    var v113: array<i64, 1>;
    { let c = 0u; v113[c] = select(v36[c], -v36[c], v36[c] < 0li); }
    var v114: array<i32, 1>;
    { let c = 0u; v114[c] = v6; }
    let v115: i32 = 704i;
    var v118: array<i32, 1>;
    { let c = 0u; v118[c] = (v114[c] + (i32((tid + c * 64u)) + v115)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v118[c] < 0i || u32(v118[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v118[lane / 64u]), bitcast<u32>(v118[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v118[c]); b6[o] = v113[c]; }
        }
    }
    var v119: array<i64, 1>;
    { let c = 0u; v119[c] = (~v36[c]); }
    var v120: array<i32, 1>;
    { let c = 0u; v120[c] = v6; }
    let v121: i32 = 768i;
    var v124: array<i32, 1>;
    { let c = 0u; v124[c] = (v120[c] + (i32((tid + c * 64u)) + v121)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v124[c] < 0i || u32(v124[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v124[lane / 64u]), bitcast<u32>(v124[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v124[c]); b6[o] = v119[c]; }
        }
    }
    var v125: array<i64, 1>;
    { let c = 0u; v125[c] = (v18[c] * v28); }
    var v126: array<i64, 1>;
    { let c = 0u; v126[c] = (v36[c] << u32(bitcast<u64>(v125[c]) & 63lu)); }
    var v127: array<i32, 1>;
    { let c = 0u; v127[c] = v6; }
    let v128: i32 = 832i;
    var v131: array<i32, 1>;
    { let c = 0u; v131[c] = (v127[c] + (i32((tid + c * 64u)) + v128)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v131[c] < 0i || u32(v131[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v131[lane / 64u]), bitcast<u32>(v131[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v131[c]); b6[o] = v126[c]; }
        }
    }
    var v132: array<i64, 1>;
    { let c = 0u; v132[c] = (v36[c] >> u32(bitcast<u64>(v125[c]) & 63lu)); }
    var v133: array<i32, 1>;
    { let c = 0u; v133[c] = v6; }
    let v134: i32 = 896i;
    var v137: array<i32, 1>;
    { let c = 0u; v137[c] = (v133[c] + (i32((tid + c * 64u)) + v134)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v137[c] < 0i || u32(v137[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v137[lane / 64u]), bitcast<u32>(v137[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v137[c]); b6[o] = v132[c]; }
        }
    }
    var v139: array<i64, 1>;
    { let c = 0u; v139[c] = (v36[c] * v3); }
    var v140: array<i32, 1>;
    { let c = 0u; v140[c] = v6; }
    let v141: i32 = 960i;
    var v144: array<i32, 1>;
    { let c = 0u; v144[c] = (v140[c] + (i32((tid + c * 64u)) + v141)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v144[c] < 0i || u32(v144[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v144[lane / 64u]), bitcast<u32>(v144[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v144[c]); b6[o] = v139[c]; }
        }
    }
    var v145: array<u64, 1>;
    { let c = 0u; v145[c] = bitcast<u64>(v36[c]); }
    var v146: array<u64, 1>;
    { let c = 0u; v146[c] = bitcast<u64>(v49[c]); }
    var v147: array<u64, 1>;
    { let c = 0u; v147[c] = bitcast<u64>(v125[c]); }
    var v148: array<u64, 1>;
    { let c = 0u; v148[c] = select(v145[c] / select(v146[c], 1lu, v146[c] == 0lu), 0lu, v146[c] == 0lu); }
    var v149: array<i32, 1>;
    { let c = 0u; v149[c] = v7; }
    var v150: array<i32, 1>;
    { let c = 0u; v150[c] = (v149[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v150[c] < 0i || u32(v150[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v150[lane / 64u]), bitcast<u32>(v150[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v150[c]); b7[o] = v148[c]; }
        }
    }
    var v151: array<u64, 1>;
    { let c = 0u; v151[c] = select(v145[c] % select(v146[c], 1lu, v146[c] == 0lu), 0lu, v146[c] == 0lu); }
    var v152: array<i32, 1>;
    { let c = 0u; v152[c] = v7; }
    let v153: i32 = 64i;
    var v156: array<i32, 1>;
    { let c = 0u; v156[c] = (v152[c] + (i32((tid + c * 64u)) + v153)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v156[c] < 0i || u32(v156[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v156[lane / 64u]), bitcast<u32>(v156[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v156[c]); b7[o] = v151[c]; }
        }
    }
    var v157: array<u64, 1>;
    { let c = 0u; v157[c] = select(v146[c], v145[c], v145[c] < v146[c]); }
    var v158: array<i32, 1>;
    { let c = 0u; v158[c] = v7; }
    let v159: i32 = 128i;
    var v162: array<i32, 1>;
    { let c = 0u; v162[c] = (v158[c] + (i32((tid + c * 64u)) + v159)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v162[c] < 0i || u32(v162[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v162[lane / 64u]), bitcast<u32>(v162[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v162[c]); b7[o] = v157[c]; }
        }
    }
    var v163: array<u64, 1>;
    { let c = 0u; v163[c] = select(v146[c], v145[c], v145[c] > v146[c]); }
    var v164: array<i32, 1>;
    { let c = 0u; v164[c] = v7; }
    let v165: i32 = 192i;
    var v168: array<i32, 1>;
    { let c = 0u; v168[c] = (v164[c] + (i32((tid + c * 64u)) + v165)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v168[c] < 0i || u32(v168[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v168[lane / 64u]), bitcast<u32>(v168[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v168[c]); b7[o] = v163[c]; }
        }
    }
    var v169: array<u64, 1>;
    { let c = 0u; v169[c] = (v145[c] + v146[c]); }
    var v170: array<i32, 1>;
    { let c = 0u; v170[c] = v7; }
    let v171: i32 = 256i;
    var v174: array<i32, 1>;
    { let c = 0u; v174[c] = (v170[c] + (i32((tid + c * 64u)) + v171)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v174[c] < 0i || u32(v174[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v174[lane / 64u]), bitcast<u32>(v174[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v174[c]); b7[o] = v169[c]; }
        }
    }
    var v175: array<u64, 1>;
    { let c = 0u; v175[c] = (v145[c] >> u32(v147[c] & 63lu)); }
    var v176: array<i32, 1>;
    { let c = 0u; v176[c] = v7; }
    let v177: i32 = 320i;
    var v180: array<i32, 1>;
    { let c = 0u; v180[c] = (v176[c] + (i32((tid + c * 64u)) + v177)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v180[c] < 0i || u32(v180[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v180[lane / 64u]), bitcast<u32>(v180[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v180[c]); b7[o] = v175[c]; }
        }
    }
    var v181: array<u64, 1>;
    { let c = 0u; v181[c] = (v145[c] << u32(v147[c] & 63lu)); }
    var v182: array<i32, 1>;
    { let c = 0u; v182[c] = v7; }
    let v183: i32 = 384i;
    var v186: array<i32, 1>;
    { let c = 0u; v186[c] = (v182[c] + (i32((tid + c * 64u)) + v183)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v186[c] < 0i || u32(v186[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v186[lane / 64u]), bitcast<u32>(v186[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v186[c]); b7[o] = v181[c]; }
        }
    }
    var v187: array<u64, 1>;
    { let c = 0u; v187[c] = (0lu - v145[c]); }
    var v188: array<i32, 1>;
    { let c = 0u; v188[c] = v7; }
    let v189: i32 = 448i;
    var v192: array<i32, 1>;
    { let c = 0u; v192[c] = (v188[c] + (i32((tid + c * 64u)) + v189)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v192[c] < 0i || u32(v192[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v192[lane / 64u]), bitcast<u32>(v192[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v192[c]); b7[o] = v187[c]; }
        }
    }
    var v194: array<u64, 1>;
    { let c = 0u; v194[c] = (v145[c] ^ v5); }
    var v195: array<i32, 1>;
    { let c = 0u; v195[c] = v7; }
    let v196: i32 = 512i;
    var v199: array<i32, 1>;
    { let c = 0u; v199[c] = (v195[c] + (i32((tid + c * 64u)) + v196)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v199[c] < 0i || u32(v199[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v199[lane / 64u]), bitcast<u32>(v199[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v199[c]); b7[o] = v194[c]; }
        }
    }
    var v200: array<u64, 1>;
    { let c = 0u; v200[c] = (v21[c] + v5); }
    var v201: array<i32, 1>;
    { let c = 0u; v201[c] = v7; }
    let v202: i32 = 576i;
    var v205: array<i32, 1>;
    { let c = 0u; v205[c] = (v201[c] + (i32((tid + c * 64u)) + v202)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v205[c] < 0i || u32(v205[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v205[lane / 64u]), bitcast<u32>(v205[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v205[c]); b7[o] = v200[c]; }
        }
    }
    var v206: array<bool, 1>;
    { let c = 0u; v206[c] = (v36[c] < v49[c]); }
    var v207: array<i32, 1>;
    { let c = 0u; v207[c] = v11; }
    var v208: array<i32, 1>;
    { let c = 0u; v208[c] = (v207[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v208[c] < 0i || u32(v208[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v208[lane / 64u]), bitcast<u32>(v208[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v208[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v206[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v209: array<bool, 1>;
    { let c = 0u; v209[c] = (v145[c] < v146[c]); }
    var v210: array<i32, 1>;
    { let c = 0u; v210[c] = v11; }
    let v211: i32 = 64i;
    var v214: array<i32, 1>;
    { let c = 0u; v214[c] = (v210[c] + (i32((tid + c * 64u)) + v211)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v214[c] < 0i || u32(v214[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v214[lane / 64u]), bitcast<u32>(v214[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v214[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v209[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v215: array<bool, 1>;
    { let c = 0u; v215[c] = (v36[c] <= v49[c]); }
    var v216: array<i32, 1>;
    { let c = 0u; v216[c] = v11; }
    let v217: i32 = 128i;
    var v220: array<i32, 1>;
    { let c = 0u; v220[c] = (v216[c] + (i32((tid + c * 64u)) + v217)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v220[c] < 0i || u32(v220[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v220[lane / 64u]), bitcast<u32>(v220[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v220[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v215[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v221: array<bool, 1>;
    { let c = 0u; v221[c] = (v145[c] <= v146[c]); }
    var v222: array<i32, 1>;
    { let c = 0u; v222[c] = v11; }
    let v223: i32 = 192i;
    var v226: array<i32, 1>;
    { let c = 0u; v226[c] = (v222[c] + (i32((tid + c * 64u)) + v223)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v226[c] < 0i || u32(v226[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v226[lane / 64u]), bitcast<u32>(v226[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v226[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v221[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v227: array<bool, 1>;
    { let c = 0u; v227[c] = (v36[c] > v49[c]); }
    var v228: array<i32, 1>;
    { let c = 0u; v228[c] = v11; }
    let v229: i32 = 256i;
    var v232: array<i32, 1>;
    { let c = 0u; v232[c] = (v228[c] + (i32((tid + c * 64u)) + v229)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v232[c] < 0i || u32(v232[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v232[lane / 64u]), bitcast<u32>(v232[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v232[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v227[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v233: array<bool, 1>;
    { let c = 0u; v233[c] = (v145[c] > v146[c]); }
    var v234: array<i32, 1>;
    { let c = 0u; v234[c] = v11; }
    let v235: i32 = 320i;
    var v238: array<i32, 1>;
    { let c = 0u; v238[c] = (v234[c] + (i32((tid + c * 64u)) + v235)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v238[c] < 0i || u32(v238[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v238[lane / 64u]), bitcast<u32>(v238[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v238[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v233[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v239: array<bool, 1>;
    { let c = 0u; v239[c] = (v36[c] >= v49[c]); }
    var v240: array<i32, 1>;
    { let c = 0u; v240[c] = v11; }
    let v241: i32 = 384i;
    var v244: array<i32, 1>;
    { let c = 0u; v244[c] = (v240[c] + (i32((tid + c * 64u)) + v241)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v244[c] < 0i || u32(v244[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v244[lane / 64u]), bitcast<u32>(v244[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v244[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v239[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v245: array<bool, 1>;
    { let c = 0u; v245[c] = (v145[c] >= v146[c]); }
    var v246: array<i32, 1>;
    { let c = 0u; v246[c] = v11; }
    let v247: i32 = 448i;
    var v250: array<i32, 1>;
    { let c = 0u; v250[c] = (v246[c] + (i32((tid + c * 64u)) + v247)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v250[c] < 0i || u32(v250[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v250[lane / 64u]), bitcast<u32>(v250[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v250[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v245[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v251: array<bool, 1>;
    { let c = 0u; v251[c] = (v36[c] == v49[c]); }
    var v252: array<i32, 1>;
    { let c = 0u; v252[c] = v11; }
    let v253: i32 = 512i;
    var v256: array<i32, 1>;
    { let c = 0u; v256[c] = (v252[c] + (i32((tid + c * 64u)) + v253)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v256[c] < 0i || u32(v256[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v256[lane / 64u]), bitcast<u32>(v256[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v256[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v251[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v257: array<bool, 1>;
    { let c = 0u; v257[c] = (v145[c] == v146[c]); }
    var v258: array<i32, 1>;
    { let c = 0u; v258[c] = v11; }
    let v259: i32 = 576i;
    var v262: array<i32, 1>;
    { let c = 0u; v262[c] = (v258[c] + (i32((tid + c * 64u)) + v259)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v262[c] < 0i || u32(v262[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v262[lane / 64u]), bitcast<u32>(v262[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v262[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v257[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v263: array<bool, 1>;
    { let c = 0u; v263[c] = (v36[c] != v49[c]); }
    var v264: array<i32, 1>;
    { let c = 0u; v264[c] = v11; }
    let v265: i32 = 640i;
    var v268: array<i32, 1>;
    { let c = 0u; v268[c] = (v264[c] + (i32((tid + c * 64u)) + v265)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v268[c] < 0i || u32(v268[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v268[lane / 64u]), bitcast<u32>(v268[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v268[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v263[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v269: array<bool, 1>;
    { let c = 0u; v269[c] = (v145[c] != v146[c]); }
    var v270: array<i32, 1>;
    { let c = 0u; v270[c] = v11; }
    let v271: i32 = 704i;
    var v274: array<i32, 1>;
    { let c = 0u; v274[c] = (v270[c] + (i32((tid + c * 64u)) + v271)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v274[c] < 0i || u32(v274[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v274[lane / 64u]), bitcast<u32>(v274[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v274[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v269[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v275: array<i32, 1>;
    { let c = 0u; v275[c] = bitcast<i32>(u32(bitcast<u64>(v36[c]) & 0xfffffffflu)); }
    var v276: array<i32, 1>;
    { let c = 0u; v276[c] = v9; }
    var v277: array<i32, 1>;
    { let c = 0u; v277[c] = (v276[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v277[c] < 0i || u32(v277[c]) >= params[12])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 9u, bitcast<u32>(v277[lane / 64u]), bitcast<u32>(v277[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v277[c]); b9[o >> 2u][o & 3u] = v275[c]; }
        }
    }
    var v278: array<i32, 1>;
    { let c = 0u; v278[c] = bitcast<i32>(u32(v145[c] & 0xfffffffflu)); }
    var v279: array<i32, 1>;
    { let c = 0u; v279[c] = v9; }
    let v280: i32 = 64i;
    var v283: array<i32, 1>;
    { let c = 0u; v283[c] = (v279[c] + (i32((tid + c * 64u)) + v280)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v283[c] < 0i || u32(v283[c]) >= params[12])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 9u, bitcast<u32>(v283[lane / 64u]), bitcast<u32>(v283[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v283[c]); b9[o >> 2u][o & 3u] = v278[c]; }
        }
    }
    var v284: array<u32, 1>;
    { let c = 0u; v284[c] = (u32(bitcast<u64>(v36[c]) & 0xfffffffflu) & 0xffu); }
    var v285: array<i32, 1>;
    { let c = 0u; v285[c] = v12; }
    var v286: array<i32, 1>;
    { let c = 0u; v286[c] = (v285[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v286[c] < 0i || u32(v286[c]) >= params[15])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 12u, bitcast<u32>(v286[lane / 64u]), bitcast<u32>(v286[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v286[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (v284[c]) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b12[wi]); if (atomicCompareExchangeWeak(&b12[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v287: array<u32, 1>;
    { let c = 0u; v287[c] = (u32(v145[c] & 0xfffffffflu) & 0xffu); }
    var v288: array<i32, 1>;
    { let c = 0u; v288[c] = v12; }
    let v289: i32 = 64i;
    var v292: array<i32, 1>;
    { let c = 0u; v292[c] = (v288[c] + (i32((tid + c * 64u)) + v289)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v292[c] < 0i || u32(v292[c]) >= params[15])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 12u, bitcast<u32>(v292[lane / 64u]), bitcast<u32>(v292[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v292[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (v287[c]) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b12[wi]); if (atomicCompareExchangeWeak(&b12[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v293: array<f32, 1>;
    { let c = 0u; v293[c] = ox_i64_to_f32_prec(v36[c], 24u); }
    var v294: array<i32, 1>;
    { let c = 0u; v294[c] = v13; }
    var v295: array<i32, 1>;
    { let c = 0u; v295[c] = (v294[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v295[c] < 0i || u32(v295[c]) >= params[16])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 13u, bitcast<u32>(v295[lane / 64u]), bitcast<u32>(v295[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v295[c]); b13[o >> 2u][o & 3u] = v293[c]; }
        }
    }
    var v296: array<f32, 1>;
    { let c = 0u; v296[c] = ox_u64_to_f32_prec(v145[c], 24u); }
    var v297: array<i32, 1>;
    { let c = 0u; v297[c] = v13; }
    let v298: i32 = 64i;
    var v301: array<i32, 1>;
    { let c = 0u; v301[c] = (v297[c] + (i32((tid + c * 64u)) + v298)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v301[c] < 0i || u32(v301[c]) >= params[16])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 13u, bitcast<u32>(v301[lane / 64u]), bitcast<u32>(v301[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v301[c]); b13[o >> 2u][o & 3u] = v296[c]; }
        }
    }
    var v302: array<f32, 1>;
    { let c = 0u; v302[c] = ox_decode(ox_encode(ox_i64_to_f32_prec(v36[c], 11u), 5u, 10u, false), 5u, 10u, false); }
    var v303: array<i32, 1>;
    { let c = 0u; v303[c] = v10; }
    var v304: array<i32, 1>;
    { let c = 0u; v304[c] = (v303[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v304[c] < 0i || u32(v304[c]) >= params[13])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 10u, bitcast<u32>(v304[lane / 64u]), bitcast<u32>(v304[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v304[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v302[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b10[wi]); if (atomicCompareExchangeWeak(&b10[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v305: array<f32, 1>;
    { let c = 0u; v305[c] = ox_decode(ox_encode(ox_u64_to_f32_prec(v145[c], 11u), 5u, 10u, false), 5u, 10u, false); }
    var v306: array<i32, 1>;
    { let c = 0u; v306[c] = v10; }
    let v307: i32 = 64i;
    var v310: array<i32, 1>;
    { let c = 0u; v310[c] = (v306[c] + (i32((tid + c * 64u)) + v307)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v310[c] < 0i || u32(v310[c]) >= params[13])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 10u, bitcast<u32>(v310[lane / 64u]), bitcast<u32>(v310[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v310[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v305[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b10[wi]); if (atomicCompareExchangeWeak(&b10[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v311: array<bool, 1>;
    { let c = 0u; v311[c] = (v36[c] != 0li); }
    var v312: array<i32, 1>;
    { let c = 0u; v312[c] = v11; }
    let v313: i32 = 768i;
    var v316: array<i32, 1>;
    { let c = 0u; v316[c] = (v312[c] + (i32((tid + c * 64u)) + v313)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v316[c] < 0i || u32(v316[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v316[lane / 64u]), bitcast<u32>(v316[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v316[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v311[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v317: array<bool, 1>;
    { let c = 0u; v317[c] = (v145[c] != 0lu); }
    var v318: array<i32, 1>;
    { let c = 0u; v318[c] = v11; }
    let v319: i32 = 832i;
    var v322: array<i32, 1>;
    { let c = 0u; v322[c] = (v318[c] + (i32((tid + c * 64u)) + v319)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v322[c] < 0i || u32(v322[c]) >= params[14])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v322[lane / 64u]), bitcast<u32>(v322[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v322[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v317[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v323: array<u32, 1>;
    { let c = 0u; v323[c] = u32(bitcast<u64>(v36[c]) & 0xfffffffflu); }
    var v324: array<i32, 1>;
    { let c = 0u; v324[c] = v14; }
    var v325: array<i32, 1>;
    { let c = 0u; v325[c] = (v324[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v325[c] < 0i || u32(v325[c]) >= params[17])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 14u, bitcast<u32>(v325[lane / 64u]), bitcast<u32>(v325[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v325[c]); b14[o >> 2u][o & 3u] = v323[c]; }
        }
    }
    var v326: array<u32, 1>;
    { let c = 0u; v326[c] = u32(v145[c] & 0xfffffffflu); }
    var v327: array<i32, 1>;
    { let c = 0u; v327[c] = v14; }
    let v328: i32 = 64i;
    var v331: array<i32, 1>;
    { let c = 0u; v331[c] = (v327[c] + (i32((tid + c * 64u)) + v328)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v331[c] < 0i || u32(v331[c]) >= params[17])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 14u, bitcast<u32>(v331[lane / 64u]), bitcast<u32>(v331[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v331[c]); b14[o >> 2u][o & 3u] = v326[c]; }
        }
    }
    var v332: array<f64, 1>;
    { let c = 0u; v332[c] = ox_i64_to_f64(v36[c]); }
    var v333: array<i32, 1>;
    { let c = 0u; v333[c] = v8; }
    var v334: array<i32, 1>;
    { let c = 0u; v334[c] = (v333[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v334[c] < 0i || u32(v334[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v334[lane / 64u]), bitcast<u32>(v334[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v334[c]); b8[o] = v332[c]; }
        }
    }
    var v335: array<f64, 1>;
    { let c = 0u; v335[c] = ox_u64_to_f64(v145[c]); }
    var v336: array<i32, 1>;
    { let c = 0u; v336[c] = v8; }
    let v337: i32 = 64i;
    var v340: array<i32, 1>;
    { let c = 0u; v340[c] = (v336[c] + (i32((tid + c * 64u)) + v337)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v340[c] < 0i || u32(v340[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v340[lane / 64u]), bitcast<u32>(v340[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v340[c]); b8[o] = v335[c]; }
        }
    }
    var v341: array<i64, 1>;
    { let c = 0u; v341[c] = bitcast<i64>(v145[c]); }
    var v342: array<i32, 1>;
    { let c = 0u; v342[c] = v6; }
    let v343: i32 = 1024i;
    var v346: array<i32, 1>;
    { let c = 0u; v346[c] = (v342[c] + (i32((tid + c * 64u)) + v343)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v346[c] < 0i || u32(v346[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v346[lane / 64u]), bitcast<u32>(v346[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v346[c]); b6[o] = v341[c]; }
        }
    }
    let v347: f64 = 1e30lf;
    var v348: array<f64, 1>;
    { let c = 0u; v348[c] = v347; }
    let v350: f64 = 8.0lf;
    var v351: array<f64, 1>;
    { let c = 0u; v351[c] = v350; }
    var v352: array<f64, 1>;
    { let c = 0u;
        let w349: f64 = ox_i64_to_f64(v18[c]);
        v352[c] = (w349 - v351[c]);
    }
    var v353: array<f64, 1>;
    { let c = 0u; v353[c] = (v352[c] * v352[c]); }
    let v356: f64 = 0.0lf;
    var v357: array<f64, 1>;
    { let c = 0u; v357[c] = v356; }
    let v359: f64 = 1.0lf;
    var v360: array<f64, 1>;
    { let c = 0u; v360[c] = v359; }
    var v361: array<f64, 1>;
    { let c = 0u; v361[c] = (v360[c] / v357[c]); }
    let v362: i64 = 1li;
    let v366: i64 = 2li;
    let v371: i64 = 3li;
    let v375: i64 = 4li;
    let v378: f64 = bitcast<f64>(0x8000000000000000lu);
    var v379: array<f64, 1>;
    { let c = 0u; v379[c] = v378; }
    let v381: i64 = 5li;
    let v384: f64 = 1e30lf;
    var v385: array<f64, 1>;
    { let c = 0u; v385[c] = v384; }
    let v387: i64 = 15li;
    let v390: f64 = -3e19lf;
    var v391: array<f64, 1>;
    { let c = 0u; v391[c] = v390; }
    var v392: array<f64, 1>;
    { let c = 0u;
        let w389: bool = (v18[c] == v387);
        let w383: bool = (v18[c] == v381);
        let w377: bool = (v18[c] == v375);
        let w373: bool = (v18[c] == v371);
        let w370: f64 = (-v361[c]);
        let w368: bool = (v18[c] == v366);
        let w364: bool = (v18[c] == v362);
        let w358: f64 = (v357[c] / v357[c]);
        let w354: f64 = (v353[c] * v353[c]);
        let w355: f64 = (v24[c] * w354);
        let w365: f64 = select(w355, w358, w364);
        let w369: f64 = select(w365, v361[c], w368);
        let w374: f64 = select(w369, w370, w373);
        let w380: f64 = select(w374, v379[c], w377);
        let w386: f64 = select(w380, v385[c], w383);
        v392[c] = select(w386, v391[c], w389);
    }
    var v393: array<i32, 1>;
    { let c = 0u; v393[c] = ox_f64_to_i32(v392[c]); }
    var v394: array<u32, 1>;
    { let c = 0u; v394[c] = min(ox_f64_to_u32(v392[c]), 255u); }
    var v395: array<f32, 1>;
    { let c = 0u; v395[c] = f32(v392[c]); }
    var v396: array<f32, 1>;
    { let c = 0u; v396[c] = ox_decode(ox_encode(ox_f64_to_f32_odd(v392[c]), 5u, 10u, false), 5u, 10u, false); }
    var v397: array<bool, 1>;
    { let c = 0u; v397[c] = (!(v392[c] == 0.0lf)); }
    var v398: array<u32, 1>;
    { let c = 0u; v398[c] = ox_f64_to_u32(v392[c]); }
    var v399: array<i64, 1>;
    { let c = 0u; v399[c] = ox_f64_to_i64(v392[c]); }
    var v400: array<u64, 1>;
    { let c = 0u; v400[c] = ox_f64_to_u64(v392[c]); }
    var v401: array<f32, 1>;
    { let c = 0u; v401[c] = f32(v392[c]); }
    var v402: array<f64, 1>;
    { let c = 0u; v402[c] = f64(v401[c]); }
    var v403: array<i64, 1>;
    { let c = 0u; v403[c] = ox_f64_to_i64(f64(v401[c])); }
    var v404: array<f64, 1>;
    { let c = 0u; v404[c] = v4; }
    var v405: array<f64, 1>;
    { let c = 0u; v405[c] = (v392[c] + v404[c]); }
    var v406: array<f64, 1>;
    { let c = 0u; v406[c] = (v392[c] - v404[c]); }
    var v407: array<f64, 1>;
    { let c = 0u; v407[c] = (v392[c] * v404[c]); }
    var v408: array<f64, 1>;
    { let c = 0u; v408[c] = (v392[c] / v404[c]); }
    var v409: array<f64, 1>;
    { let c = 0u; v409[c] = ox_fmin64(v392[c], v404[c]); }
    var v410: array<f64, 1>;
    { let c = 0u; v410[c] = ox_fmax64(v392[c], v404[c]); }
    var v411: array<f64, 1>;
    { let c = 0u; v411[c] = (-v392[c]); }
    var v412: array<f64, 1>;
    { let c = 0u; v412[c] = abs(v392[c]); }
    var v413: array<f64, 1>;
    { let c = 0u; v413[c] = floor(v392[c]); }
    var v414: array<f64, 1>;
    { let c = 0u; v414[c] = ceil(v392[c]); }
    var v415: array<f64, 1>;
    { let c = 0u; v415[c] = sqrt(v392[c]); }
    var v416: array<f64, 1>;
    { let c = 0u; v416[c] = (1.0lf / sqrt(v392[c])); }
    var v417: array<f64, 1>;
    { let c = 0u; v417[c] = ox_exp64(v392[c]); }
    var v418: array<f64, 1>;
    { let c = 0u; v418[c] = ox_exp2_64(v392[c]); }
    var v419: array<f64, 1>;
    { let c = 0u; v419[c] = (1.0lf / (1.0lf + ox_exp64(-v392[c]))); }
    var v420: array<bool, 1>;
    { let c = 0u; v420[c] = (v392[c] < v404[c]); }
    var v421: array<bool, 1>;
    { let c = 0u; v421[c] = (v392[c] >= v404[c]); }
    var v422: array<bool, 1>;
    { let c = 0u; v422[c] = (v392[c] == v404[c]); }
    var v423: array<bool, 1>;
    { let c = 0u; v423[c] = (!(v392[c] == v404[c])); }
    var v424: array<u64, 1>;
    { let c = 0u; v424[c] = bitcast<u64>(v392[c]); }
    var v426: array<f64, 1>;
    { let c = 0u;
        let w425: bool = (v24[c] < v357[c]);
        v426[c] = select(v404[c], v392[c], w425);
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
