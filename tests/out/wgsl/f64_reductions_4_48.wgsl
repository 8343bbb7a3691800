// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3

// oxtile kernel `f64_reductions`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<f64>; // `x`: *f64
@group(0) @binding(3) var<storage, read_write> b1: array<f64>; // `out`: *f64
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<i32>>; // `idx`: *i32

var<workgroup> ox_scratch: array<u32, 576>;
var<workgroup> ox_part0: array<u32, 192>;
var<workgroup> ox_part1: array<u32, 192>;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v6: i32 = 48i;
    var v13: array<i32, 3>;
    { let c = 0u; v13[c] = v0; } { let c = 1u; v13[c] = v0; } { let c = 2u; v13[c] = v0; }
    var v14: array<i32, 3>;
    { let c = 0u; v14[c] = (v13[c] + ((i32((((tid + c * 64u) / 48u))) * v6) + i32((((tid + c * 64u) % 48u))))); } { let c = 1u; v14[c] = (v13[c] + ((i32((((tid + c * 64u) / 48u))) * v6) + i32((((tid + c * 64u) % 48u))))); } { let c = 2u; v14[c] = (v13[c] + ((i32((((tid + c * 64u) / 48u))) * v6) + i32((((tid + c * 64u) % 48u))))); }
    var v15: array<f64, 3>;
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) {
            if (true && v14[c] >= 0i && u32(v14[c]) < params[0]) { let o = u32(v14[c]); v15[c] = b0[o]; } else { v15[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v14[c]), bitcast<u32>(v14[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = v1; }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = (v16[c] + i32((tid + c * 64u))); }
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v18: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 48u) {
            let base = (e / 48u) * 192u + (e % 48u);
            var k = 0u;
            let x0 = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u])));
            var acc: f64 = x0;
            for (k = k + 1u; k < 4u; k = k + 1u) { let x = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u]))); let acc_o = x; acc = (acc + acc_o); }
            v18[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 48u && (v17[c] < 0i || u32(v17[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v17[lane / 64u]), bitcast<u32>(v17[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 48u && true) { let o = u32(v17[c]); b1[o] = v18[c]; }
        }
    }
    let v19: i32 = 48i;
    let v20: i32 = (v1 + v19);
    var v21: array<i32, 1>;
    { let c = 0u; v21[c] = v20; }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = (v21[c] + i32((tid + c * 64u))); }
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    if (tid < 64u) {
        let q = tid % 16u;
        let base = (tid / 16u) * 48u + ((tid / 16u) % 1u);
        var k = q;
        let x0 = bitcast<f64>(((u64(ox_scratch[base + k * 1u + 192u]) << 32u) | u64(ox_scratch[base + k * 1u])));
        var acc: f64 = x0;
        for (k = k + 16u; k < 48u; k = k + 16u) { let x = bitcast<f64>(((u64(ox_scratch[base + k * 1u + 192u]) << 32u) | u64(ox_scratch[base + k * 1u]))); let acc_o = x; acc = (acc + acc_o); }
        { let ox_w = acc; ox_scratch[384u + tid * 2u + 0u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[384u + tid * 2u + 0u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
    }
    workgroupBarrier();
    var v23: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 4u) {
            let first = 384u + e * 32;
            var acc: f64 = bitcast<f64>(((u64(ox_scratch[first + 0u + 1u]) << 32u) | u64(ox_scratch[first + 0u])));
            for (var j = 1u; j < 16u; j = j + 1u) {
                let acc_o = bitcast<f64>(((u64(ox_scratch[first + j * 2u + 0u + 1u]) << 32u) | u64(ox_scratch[first + j * 2u + 0u])));
                acc = (acc + acc_o);
            }
            v23[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4u && (v22[c] < 0i || u32(v22[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v22[lane / 64u]), bitcast<u32>(v22[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 4u && true) { let o = u32(v22[c]); b1[o] = v23[c]; }
        }
    }
    let v24: i32 = 48i;
    let v25: i32 = (v1 + v24);
    let v26: i32 = 4i;
    let v27: i32 = (v25 + v26);
    var v28: array<i32, 1>;
    { let c = 0u; v28[c] = v27; }
    var v29: array<i32, 1>;
    { let c = 0u; v29[c] = (v28[c] + i32((tid + c * 64u))); }
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    if (tid < 64u) {
        let q = tid % 16u;
        let base = (tid / 16u) * 48u + ((tid / 16u) % 1u);
        var k = q;
        let x0 = bitcast<f64>(((u64(ox_scratch[base + k * 1u + 192u]) << 32u) | u64(ox_scratch[base + k * 1u])));
        var acc: f64 = x0;
        for (k = k + 16u; k < 48u; k = k + 16u) { let x = bitcast<f64>(((u64(ox_scratch[base + k * 1u + 192u]) << 32u) | u64(ox_scratch[base + k * 1u]))); let acc_o = x; acc = ox_fmax64(acc, acc_o); }
        { let ox_w = acc; ox_scratch[384u + tid * 2u + 0u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[384u + tid * 2u + 0u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
    }
    workgroupBarrier();
    var v30: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 4u) {
            let first = 384u + e * 32;
            var acc: f64 = bitcast<f64>(((u64(ox_scratch[first + 0u + 1u]) << 32u) | u64(ox_scratch[first + 0u])));
            for (var j = 1u; j < 16u; j = j + 1u) {
                let acc_o = bitcast<f64>(((u64(ox_scratch[first + j * 2u + 0u + 1u]) << 32u) | u64(ox_scratch[first + j * 2u + 0u])));
                acc = ox_fmax64(acc, acc_o);
            }
            v30[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4u && (v29[c] < 0i || u32(v29[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v29[lane / 64u]), bitcast<u32>(v29[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 4u && true) { let o = u32(v29[c]); b1[o] = v30[c]; }
        }
    }
    let v31: i32 = 48i;
    let v32: i32 = (v1 + v31);
    let v33: i32 = 2i;
    let v34: i32 = 4i;
    let v35: i32 = (v33 * v34);
    let v36: i32 = (v32 + v35);
    var v37: array<i32, 1>;
    { let c = 0u; v37[c] = v36; }
    var v38: array<i32, 1>;
    { let c = 0u; v38[c] = (v37[c] + i32((tid + c * 64u))); }
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v39: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 48u) {
            let base = (e / 48u) * 192u + (e % 48u);
            var k = 0u;
            let x0 = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u])));
            var acc: f64 = x0;
            for (k = k + 1u; k < 4u; k = k + 1u) { let x = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u]))); let acc_o = x; acc = ox_fmin64(acc, acc_o); }
            v39[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 48u && (v38[c] < 0i || u32(v38[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v38[lane / 64u]), bitcast<u32>(v38[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 48u && true) { let o = u32(v38[c]); b1[o] = v39[c]; }
        }
    }
    let v40: i32 = 2i;
    let v41: i32 = 48i;
    let v42: i32 = (v40 * v41);
    let v43: i32 = (v1 + v42);
    let v44: i32 = 2i;
    let v45: i32 = 4i;
    let v46: i32 = (v44 * v45);
    let v47: i32 = (v43 + v46);
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v48: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 48u) {
            let base = (e / 48u) * 192u + (e % 48u);
            var k = 0u;
            let x0 = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u])));
            var acc: f64 = x0;
            for (k = k + 1u; k < 4u; k = k + 1u) { let x = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u]))); let acc_o = x; acc = (acc + acc_o); }
            v48[c] = acc;
        }
    }
    var v49: f64;
    {
        var acc: f64;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 48u) {
                let acc_o = v48[c];
                if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 3u;
            { let ox_w = acc; ox_part0[at + 0u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_part0[at + 0u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
            ox_part0[at + 2u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 3u;
            let acc_o = bitcast<f64>(((u64(ox_part0[at + 0u + 1u]) << 32u) | u64(ox_part0[at + 0u])));
            if (ox_part0[at + 2u] != 0u) { if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true; }
        }
        v49 = acc;
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v47 < 0i || u32(v47) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v47), bitcast<u32>(v47 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v47); b1[o] = v49; }
    }
    let v50: i32 = 2i;
    let v51: i32 = 48i;
    let v52: i32 = (v50 * v51);
    let v53: i32 = (v1 + v52);
    let v54: i32 = 2i;
    let v55: i32 = 4i;
    let v56: i32 = (v54 * v55);
    let v57: i32 = (v53 + v56);
    let v58: i32 = 1i;
    let v59: i32 = (v57 + v58);
    var v60: array<i32, 3>;
    { let c = 0u; v60[c] = v59; } { let c = 1u; v60[c] = v59; } { let c = 2u; v60[c] = v59; }
    var v61: array<i32, 3>;
    { let c = 0u; v61[c] = (v60[c] + ((i32((((tid + c * 64u) / 48u))) * v6) + i32((((tid + c * 64u) % 48u))))); } { let c = 1u; v61[c] = (v60[c] + ((i32((((tid + c * 64u) / 48u))) * v6) + i32((((tid + c * 64u) % 48u))))); } { let c = 2u; v61[c] = (v60[c] + ((i32((((tid + c * 64u) / 48u))) * v6) + i32((((tid + c * 64u) % 48u))))); }
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    for (var line = tid; line < 4u; line = line + 64u) {
        let base = line * 48u + (line % 1u);
        var acc: f64 = bitcast<f64>(((u64(ox_scratch[base + 192u]) << 32u) | u64(ox_scratch[base])));
        for (var j = 1u; j < 48u; j = j + 1u) {
            let at = base + j * 1u;
            let x = bitcast<f64>(((u64(ox_scratch[at + 192u]) << 32u) | u64(ox_scratch[at])));
            acc = (acc + x);
            { let ox_w = acc; ox_scratch[at] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[at + 192u] = u32(bitcast<u64>(ox_w) >> 32u); }
        }
    }
    workgroupBarrier();
    var v62: array<f64, 3>;
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) {
            v62[c] = bitcast<f64>(((u64(ox_scratch[e + 192u]) << 32u) | u64(ox_scratch[e])));
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 3u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 192u && (v61[c] < 0i || u32(v61[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v61[lane / 64u]), bitcast<u32>(v61[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 3u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 192u && true) { let o = u32(v61[c]); b1[o] = v62[c]; }
        }
    }
    var v63: array<i32, 1>;
    { let c = 0u; v63[c] = v2; }
    var v64: array<i32, 1>;
    { let c = 0u; v64[c] = (v63[c] + i32((tid + c * 64u))); }
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    if (tid < 64u) {
        let q = tid % 16u;
        let base = (tid / 16u) * 48u + ((tid / 16u) % 1u);
        var k = q;
        let x0 = bitcast<f64>(((u64(ox_scratch[base + k * 1u + 192u]) << 32u) | u64(ox_scratch[base + k * 1u])));
        var best: f64 = x0;
        var bi: u32 = k;
        for (k = k + 16u; k < 48u; k = k + 16u) { let x = bitcast<f64>(((u64(ox_scratch[base + k * 1u + 192u]) << 32u) | u64(ox_scratch[base + k * 1u]))); let best_o = x; let bi_o = k; if (!ox_isnan64(best) && (ox_isnan64(best_o) || best_o > best) || ((best_o == best || (ox_isnan64(best_o) && ox_isnan64(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } }
        { let ox_w = best; ox_scratch[384u + tid * 3u + 0u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[384u + tid * 3u + 0u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
        ox_scratch[384u + tid * 3u + 2u] = bi;
    }
    workgroupBarrier();
    var v65: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 4u) {
            let first = 384u + e * 48;
            var best: f64 = bitcast<f64>(((u64(ox_scratch[first + 0u + 1u]) << 32u) | u64(ox_scratch[first + 0u])));
            var bi: u32 = ox_scratch[first + 2u];
            for (var j = 1u; j < 16u; j = j + 1u) {
                let best_o = bitcast<f64>(((u64(ox_scratch[first + j * 3u + 0u + 1u]) << 32u) | u64(ox_scratch[first + j * 3u + 0u])));
                let bi_o = ox_scratch[first + j * 3u + 2u];
                if (!ox_isnan64(best) && (ox_isnan64(best_o) || best_o > best) || ((best_o == best || (ox_isnan64(best_o) && ox_isnan64(best))) && bi_o < bi)) { best = best_o; bi = bi_o; }
            }
            v65[c] = i32(bi);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4u && (v64[c] < 0i || u32(v64[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v64[lane / 64u]), bitcast<u32>(v64[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 4u && true) { let o = u32(v64[c]); b2[o >> 2u][o & 3u] = v65[c]; }
        }
    }
    let v66: i32 = 4i;
    let v67: i32 = (v2 + v66);
    var v68: array<i32, 1>;
    { let c = 0u; v68[c] = v67; }
    var v69: array<i32, 1>;
    { let c = 0u; v69[c] = (v68[c] + i32((tid + c * 64u))); }
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) { { let ox_w = v15[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 192u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v70: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 48u) {
            let base = (e / 48u) * 192u + (e % 48u);
            var k = 0u;
            let x0 = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u])));
            var best: f64 = x0;
            var bi: u32 = k;
            for (k = k + 1u; k < 4u; k = k + 1u) { let x = bitcast<f64>(((u64(ox_scratch[base + k * 48u + 192u]) << 32u) | u64(ox_scratch[base + k * 48u]))); let best_o = x; let bi_o = k; if (!ox_isnan64(best) && (ox_isnan64(best_o) || best_o < best) || ((best_o == best || (ox_isnan64(best_o) && ox_isnan64(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } }
            v70[c] = i32(bi);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 48u && (v69[c] < 0i || u32(v69[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v69[lane / 64u]), bitcast<u32>(v69[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 48u && true) { let o = u32(v69[c]); b2[o >> 2u][o & 3u] = v70[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
