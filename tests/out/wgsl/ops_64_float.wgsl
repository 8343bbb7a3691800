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
    var v15: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v15[c] = i32(tid + c * 64u); }
    var v16: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v16[c] = v0; }
    var v17: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v17[c] = (v16[c] + v15[c]); }
    var v18: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v17[c] >= 0i && u32(v17[c]) < params[0]) { let o = u32(v17[c]); v18[c] = b0[o]; } else { v18[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v17[c]), bitcast<u32>(v17[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v19: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v19[c] = v1; }
    var v20: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v20[c] = (v19[c] + v15[c]); }
    var v21: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v20[c] >= 0i && u32(v20[c]) < params[1]) { let o = u32(v20[c]); v21[c] = b1[o]; } else { v21[c] = 0lu; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v20[c]), bitcast<u32>(v20[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v22: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v22[c] = v2; }
    var v23: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v23[c] = (v22[c] + v15[c]); }
    var v24: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v23[c] >= 0i && u32(v23[c]) < params[2]) { let o = u32(v23[c]); v24[c] = b2[o]; } else { v24[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v23[c]), bitcast<u32>(v23[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v25: i64 = 81985529216486895li;
    var v26: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v26[c] = v25; }
    var v27: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v27[c] = (v18[c] * v26[c]); }
    let v28: i64 = 5li;
    var v29: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v29[c] = v28; }
    var v30: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v30[c] = (v27[c] - v29[c]); }
    let v31: i64 = 0li;
    var v32: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v32[c] = v31; }
    var v33: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v33[c] = (v18[c] == v32[c]); }
    let v34: i64 = bitcast<i64>(0x8000000000000000lu);
    var v35: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v35[c] = v34; }
    var v36: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v36[c] = select(v30[c], v35[c], v33[c]); }
    let v37: i64 = 6li;
    var v38: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v38[c] = v37; }
    let v39: i64 = 7li;
    var v40: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v40[c] = v39; }
    let v41: i64 = 9li;
    var v42: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v42[c] = v41; }
    let v43: i64 = -1li;
    var v44: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v44[c] = v43; }
    var v45: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v45[c] = (v18[c] < v38[c]); }
    var v46: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v46[c] = (v18[c] - v42[c]); }
    var v47: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v47[c] = (v18[c] <= v40[c]); }
    var v48: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v48[c] = select(v46[c], v32[c], v47[c]); }
    var v49: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v49[c] = select(v48[c], v44[c], v45[c]); }
    var v50: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v50[c] = select(select(v36[c] / select(v49[c], 1li, v49[c] == 0li || v49[c] == -1li), -v36[c], v49[c] == -1li), 0li, v49[c] == 0li); }
    var v51: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v51[c] = select(v36[c] % select(v49[c], 1li, v49[c] == 0li || v49[c] == -1li), 0li, v49[c] == 0li || v49[c] == -1li); }
    var v52: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v52[c] = (v36[c] + v49[c]); }
    var v53: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v53[c] = (v36[c] - v49[c]); }
    var v54: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v54[c] = (v36[c] * v49[c]); }
    var v55: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v55[c] = (v36[c] & v49[c]); }
    var v56: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v56[c] = (v36[c] | v49[c]); }
    var v57: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v57[c] = (v36[c] ^ v49[c]); }
    var v58: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v58[c] = select(v49[c], v36[c], v36[c] < v49[c]); }
    var v59: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v59[c] = select(v49[c], v36[c], v36[c] > v49[c]); }
    var v60: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v60[c] = (-v36[c]); }
    var v61: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v61[c] = select(v36[c], -v36[c], v36[c] < 0li); }
    var v62: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v62[c] = (~v36[c]); }
    var v63: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v63[c] = (v18[c] * v29[c]); }
    var v64: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v64[c] = (v36[c] << u32(bitcast<u64>(v63[c]) & 63lu)); }
    var v65: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v65[c] = (v36[c] >> u32(bitcast<u64>(v63[c]) & 63lu)); }
    var v66: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v66[c] = v3; }
    var v67: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v67[c] = (v36[c] * v66[c]); }
    var v68: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v68[c] = bitcast<u64>(v36[c]); }
    var v69: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v69[c] = bitcast<u64>(v49[c]); }
    var v70: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v70[c] = bitcast<u64>(v63[c]); }
    var v71: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v71[c] = select(v68[c] / select(v69[c], 1lu, v69[c] == 0lu), 0lu, v69[c] == 0lu); }
    var v72: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v72[c] = select(v68[c] % select(v69[c], 1lu, v69[c] == 0lu), 0lu, v69[c] == 0lu); }
    var v73: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v73[c] = select(v69[c], v68[c], v68[c] < v69[c]); }
    var v74: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v74[c] = select(v69[c], v68[c], v68[c] > v69[c]); }
    var v75: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v75[c] = (v68[c] + v69[c]); }
    var v76: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v76[c] = (v68[c] >> u32(v70[c] & 63lu)); }
    var v77: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v77[c] = (v68[c] << u32(v70[c] & 63lu)); }
    var v78: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v78[c] = (0lu - v68[c]); }
    var v79: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v79[c] = v5; }
    var v80: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v80[c] = (v68[c] ^ v79[c]); }
    var v81: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v81[c] = (v21[c] + v79[c]); }
    var v82: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v82[c] = (v36[c] < v49[c]); }
    var v83: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v83[c] = (v68[c] < v69[c]); }
    var v84: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v84[c] = (v36[c] <= v49[c]); }
    var v85: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v85[c] = (v68[c] <= v69[c]); }
    var v86: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v86[c] = (v36[c] > v49[c]); }
    var v87: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v87[c] = (v68[c] > v69[c]); }
    var v88: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v88[c] = (v36[c] >= v49[c]); }
    var v89: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v89[c] = (v68[c] >= v69[c]); }
    var v90: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v90[c] = (v36[c] == v49[c]); }
    var v91: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v91[c] = (v68[c] == v69[c]); }
    var v92: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v92[c] = (v36[c] != v49[c]); }
    var v93: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v93[c] = (v68[c] != v69[c]); }
    var v94: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v94[c] = bitcast<i32>(u32(bitcast<u64>(v36[c]) & 0xfffffffflu)); }
    var v95: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v95[c] = bitcast<i32>(u32(v68[c] & 0xfffffffflu)); }
    var v96: array<u32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v96[c] = (u32(bitcast<u64>(v36[c]) & 0xfffffffflu) & 0xffu); }
    var v97: array<u32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v97[c] = (u32(v68[c] & 0xfffffffflu) & 0xffu); }
    var v98: array<f32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v98[c] = ox_i64_to_f32_prec(v36[c], 24u); }
    var v99: array<f32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v99[c] = ox_u64_to_f32_prec(v68[c], 24u); }
    var v100: array<f32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v100[c] = ox_decode(ox_encode(ox_i64_to_f32_prec(v36[c], 11u), 5u, 10u, false), 5u, 10u, false); }
    var v101: array<f32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v101[c] = ox_decode(ox_encode(ox_u64_to_f32_prec(v68[c], 11u), 5u, 10u, false), 5u, 10u, false); }
    var v102: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v102[c] = (v36[c] != 0li); }
    var v103: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v103[c] = (v68[c] != 0lu); }
    var v104: array<u32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v104[c] = u32(bitcast<u64>(v36[c]) & 0xfffffffflu); }
    var v105: array<u32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v105[c] = u32(v68[c] & 0xfffffffflu); }
    var v106: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v106[c] = ox_i64_to_f64(v36[c]); }
    var v107: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v107[c] = ox_u64_to_f64(v68[c]); }
    var v108: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v108[c] = bitcast<i64>(v68[c]); }
    let v109: f64 = 1e30lf;
    var v110: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v110[c] = v109; }
    var v111: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v111[c] = ox_i64_to_f64(v18[c]); }
    let v112: f64 = 8.0lf;
    var v113: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v113[c] = v112; }
    var v114: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v114[c] = (v111[c] - v113[c]); }
    var v115: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v115[c] = (v114[c] * v114[c]); }
    var v116: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v116[c] = (v115[c] * v115[c]); }
    var v117: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v117[c] = (v24[c] * v116[c]); }
    let v118: f64 = 0.0lf;
    var v119: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v119[c] = v118; }
    var v120: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v120[c] = (v119[c] / v119[c]); }
    let v121: f64 = 1.0lf;
    var v122: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v122[c] = v121; }
    var v123: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v123[c] = (v122[c] / v119[c]); }
    let v124: i64 = 1li;
    var v125: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v125[c] = v124; }
    var v126: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v126[c] = (v18[c] == v125[c]); }
    var v127: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v127[c] = select(v117[c], v120[c], v126[c]); }
    let v128: i64 = 2li;
    var v129: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v129[c] = v128; }
    var v130: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v130[c] = (v18[c] == v129[c]); }
    var v131: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v131[c] = select(v127[c], v123[c], v130[c]); }
    var v132: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v132[c] = (-v123[c]); }
    let v133: i64 = 3li;
    var v134: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v134[c] = v133; }
    var v135: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v135[c] = (v18[c] == v134[c]); }
    var v136: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v136[c] = select(v131[c], v132[c], v135[c]); }
    let v137: i64 = 4li;
    var v138: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v138[c] = v137; }
    var v139: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v139[c] = (v18[c] == v138[c]); }
    let v140: f64 = bitcast<f64>(0x8000000000000000lu);
    var v141: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v141[c] = v140; }
    var v142: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v142[c] = select(v136[c], v141[c], v139[c]); }
    let v143: i64 = 5li;
    var v144: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v144[c] = v143; }
    var v145: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v145[c] = (v18[c] == v144[c]); }
    let v146: f64 = 1e30lf;
    var v147: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v147[c] = v146; }
    var v148: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v148[c] = select(v142[c], v147[c], v145[c]); }
    let v149: i64 = 15li;
    var v150: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v150[c] = v149; }
    var v151: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v151[c] = (v18[c] == v150[c]); }
    let v152: f64 = -3e19lf;
    var v153: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v153[c] = v152; }
    var v154: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v154[c] = select(v148[c], v153[c], v151[c]); }
    var v155: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v155[c] = ox_f64_to_i32(v154[c]); }
    var v156: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v156[c] = v9; }
    var v157: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v157[c] = (v156[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v157[c]); b9[o >> 2u][o & 3u] = v155[c]; }
        }
    }
    var v158: array<u32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v158[c] = min(ox_f64_to_u32(v154[c]), 255u); }
    var v159: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v159[c] = v12; }
    var v160: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v160[c] = (v159[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v160[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (v158[c]) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b12[wi]); if (atomicCompareExchangeWeak(&b12[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v161: array<f32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v161[c] = f32(v154[c]); }
    var v162: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v162[c] = v13; }
    var v163: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v163[c] = (v162[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v163[c]); b13[o >> 2u][o & 3u] = v161[c]; }
        }
    }
    var v164: array<f32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v164[c] = ox_decode(ox_encode(ox_f64_to_f32_odd(v154[c]), 5u, 10u, false), 5u, 10u, false); }
    var v165: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v165[c] = v10; }
    var v166: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v166[c] = (v165[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v166[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (ox_encode(v164[c], 5u, 10u, false)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b10[wi]); if (atomicCompareExchangeWeak(&b10[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v167: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v167[c] = (!(v154[c] == 0.0lf)); }
    var v168: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v168[c] = v11; }
    var v169: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v169[c] = (v168[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v169[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v167[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v170: array<u32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v170[c] = ox_f64_to_u32(v154[c]); }
    var v171: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v171[c] = v14; }
    var v172: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v172[c] = (v171[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v172[c]); b14[o >> 2u][o & 3u] = v170[c]; }
        }
    }
    var v173: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v173[c] = ox_f64_to_i64(v154[c]); }
    var v174: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v174[c] = v6; }
    var v175: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v175[c] = (v174[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v175[c]); b6[o] = v173[c]; }
        }
    }
    var v176: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v176[c] = ox_f64_to_u64(v154[c]); }
    var v177: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v177[c] = v7; }
    var v178: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v178[c] = (v177[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v178[c]); b7[o] = v176[c]; }
        }
    }
    var v179: array<f32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v179[c] = f32(v154[c]); }
    var v180: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v180[c] = f64(v179[c]); }
    var v181: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v181[c] = v8; }
    var v182: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v182[c] = (v181[c] + v15[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v182[c]); b8[o] = v180[c]; }
        }
    }
    var v183: array<i64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v183[c] = ox_f64_to_i64(f64(v179[c])); }
    var v184: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v184[c] = v6; }
    let v185: i32 = 64i;
    var v186: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v186[c] = v185; }
    var v187: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v187[c] = (v15[c] + v186[c]); }
    var v188: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v188[c] = (v184[c] + v187[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v188[c]); b6[o] = v183[c]; }
        }
    }
    var v189: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v189[c] = v4; }
    var v190: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v190[c] = (v154[c] + v189[c]); }
    var v191: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v191[c] = v8; }
    let v192: i32 = 64i;
    var v193: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v193[c] = v192; }
    var v194: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v194[c] = (v15[c] + v193[c]); }
    var v195: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v195[c] = (v191[c] + v194[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v195[c]); b8[o] = v190[c]; }
        }
    }
    var v196: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v196[c] = (v154[c] - v189[c]); }
    var v197: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v197[c] = v8; }
    let v198: i32 = 128i;
    var v199: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v199[c] = v198; }
    var v200: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v200[c] = (v15[c] + v199[c]); }
    var v201: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v201[c] = (v197[c] + v200[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v201[c]); b8[o] = v196[c]; }
        }
    }
    var v202: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v202[c] = (v154[c] * v189[c]); }
    var v203: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v203[c] = v8; }
    let v204: i32 = 192i;
    var v205: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v205[c] = v204; }
    var v206: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v206[c] = (v15[c] + v205[c]); }
    var v207: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v207[c] = (v203[c] + v206[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v207[c]); b8[o] = v202[c]; }
        }
    }
    var v208: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v208[c] = (v154[c] / v189[c]); }
    var v209: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v209[c] = v8; }
    let v210: i32 = 256i;
    var v211: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v211[c] = v210; }
    var v212: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v212[c] = (v15[c] + v211[c]); }
    var v213: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v213[c] = (v209[c] + v212[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v213[c]); b8[o] = v208[c]; }
        }
    }
    var v214: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v214[c] = ox_fmin64(v154[c], v189[c]); }
    var v215: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v215[c] = v8; }
    let v216: i32 = 320i;
    var v217: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v217[c] = v216; }
    var v218: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v218[c] = (v15[c] + v217[c]); }
    var v219: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v219[c] = (v215[c] + v218[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v219[c]); b8[o] = v214[c]; }
        }
    }
    var v220: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v220[c] = ox_fmax64(v154[c], v189[c]); }
    var v221: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v221[c] = v8; }
    let v222: i32 = 384i;
    var v223: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v223[c] = v222; }
    var v224: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v224[c] = (v15[c] + v223[c]); }
    var v225: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v225[c] = (v221[c] + v224[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v225[c]); b8[o] = v220[c]; }
        }
    }
    var v226: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v226[c] = (-v154[c]); }
    var v227: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v227[c] = v8; }
    let v228: i32 = 448i;
    var v229: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v229[c] = v228; }
    var v230: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v230[c] = (v15[c] + v229[c]); }
    var v231: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v231[c] = (v227[c] + v230[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v231[c]); b8[o] = v226[c]; }
        }
    }
    var v232: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v232[c] = abs(v154[c]); }
    var v233: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v233[c] = v8; }
    let v234: i32 = 512i;
    var v235: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v235[c] = v234; }
    var v236: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v236[c] = (v15[c] + v235[c]); }
    var v237: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v237[c] = (v233[c] + v236[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v237[c]); b8[o] = v232[c]; }
        }
    }
    var v238: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v238[c] = floor(v154[c]); }
    var v239: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v239[c] = v8; }
    let v240: i32 = 576i;
    var v241: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v241[c] = v240; }
    var v242: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v242[c] = (v15[c] + v241[c]); }
    var v243: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v243[c] = (v239[c] + v242[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v243[c]); b8[o] = v238[c]; }
        }
    }
    var v244: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v244[c] = ceil(v154[c]); }
    var v245: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v245[c] = v8; }
    let v246: i32 = 640i;
    var v247: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v247[c] = v246; }
    var v248: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v248[c] = (v15[c] + v247[c]); }
    var v249: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v249[c] = (v245[c] + v248[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v249[c]); b8[o] = v244[c]; }
        }
    }
    var v250: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v250[c] = sqrt(v154[c]); }
    var v251: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v251[c] = v8; }
    let v252: i32 = 704i;
    var v253: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v253[c] = v252; }
    var v254: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v254[c] = (v15[c] + v253[c]); }
    var v255: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v255[c] = (v251[c] + v254[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v255[c]); b8[o] = v250[c]; }
        }
    }
    var v256: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v256[c] = (1.0lf / sqrt(v154[c])); }
    var v257: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v257[c] = v8; }
    let v258: i32 = 768i;
    var v259: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v259[c] = v258; }
    var v260: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v260[c] = (v15[c] + v259[c]); }
    var v261: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v261[c] = (v257[c] + v260[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v261[c]); b8[o] = v256[c]; }
        }
    }
    var v262: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v262[c] = ox_exp64(v154[c]); }
    var v263: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v263[c] = v8; }
    let v264: i32 = 832i;
    var v265: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v265[c] = v264; }
    var v266: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v266[c] = (v15[c] + v265[c]); }
    var v267: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v267[c] = (v263[c] + v266[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v267[c]); b8[o] = v262[c]; }
        }
    }
    var v268: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v268[c] = ox_exp2_64(v154[c]); }
    var v269: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v269[c] = v8; }
    let v270: i32 = 896i;
    var v271: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v271[c] = v270; }
    var v272: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v272[c] = (v15[c] + v271[c]); }
    var v273: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v273[c] = (v269[c] + v272[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v273[c]); b8[o] = v268[c]; }
        }
    }
    var v274: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v274[c] = (1.0lf / (1.0lf + ox_exp64(-v154[c]))); }
    var v275: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v275[c] = v8; }
    let v276: i32 = 960i;
    var v277: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v277[c] = v276; }
    var v278: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v278[c] = (v15[c] + v277[c]); }
    var v279: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v279[c] = (v275[c] + v278[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v279[c]); b8[o] = v274[c]; }
        }
    }
    var v280: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v280[c] = (v154[c] < v189[c]); }
    var v281: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v281[c] = v11; }
    let v282: i32 = 64i;
    var v283: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v283[c] = v282; }
    var v284: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v284[c] = (v15[c] + v283[c]); }
    var v285: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v285[c] = (v281[c] + v284[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v285[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v280[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v286: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v286[c] = (v154[c] >= v189[c]); }
    var v287: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v287[c] = v11; }
    let v288: i32 = 128i;
    var v289: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v289[c] = v288; }
    var v290: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v290[c] = (v15[c] + v289[c]); }
    var v291: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v291[c] = (v287[c] + v290[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v291[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v286[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v292: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v292[c] = (v154[c] == v189[c]); }
    var v293: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v293[c] = v11; }
    let v294: i32 = 192i;
    var v295: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v295[c] = v294; }
    var v296: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v296[c] = (v15[c] + v295[c]); }
    var v297: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v297[c] = (v293[c] + v296[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v297[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v292[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v298: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v298[c] = (!(v154[c] == v189[c])); }
    var v299: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v299[c] = v11; }
    let v300: i32 = 256i;
    var v301: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v301[c] = v300; }
    var v302: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v302[c] = (v15[c] + v301[c]); }
    var v303: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v303[c] = (v299[c] + v302[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v303[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v298[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v304: array<u64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v304[c] = bitcast<u64>(v154[c]); }
    var v305: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v305[c] = v7; }
    let v306: i32 = 64i;
    var v307: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v307[c] = v306; }
    var v308: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v308[c] = (v15[c] + v307[c]); }
    var v309: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v309[c] = (v305[c] + v308[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v309[c]); b7[o] = v304[c]; }
        }
    }
    var v310: array<bool, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v310[c] = (v24[c] < v119[c]); }
    var v311: array<f64, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v311[c] = select(v189[c], v154[c], v310[c]); }
    var v312: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v312[c] = v8; }
    let v313: i32 = 1024i;
    var v314: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v314[c] = v313; }
    var v315: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v315[c] = (v15[c] + v314[c]); }
    var v316: array<i32, 1>;
    for (var c = 0u; c < 1u; c = c + 1u) { v316[c] = (v312[c] + v315[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 1u; c = c + 1u) {
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
        for (var c = 0u; c < 1u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v316[c]); b8[o] = v311[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
