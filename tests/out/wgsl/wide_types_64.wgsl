// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6) buffer(binding 9, length word 7) buffer(binding 10, length word 8) buffer(binding 11, length word 9) buffer(binding 12, length word 10) buffer(binding 13, length word 11)
// params words: 12

// oxtile kernel `wide_types`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<i64>; // `a`: *i64
@group(0) @binding(3) var<storage, read_write> b1: array<u64>; // `b`: *u64
@group(0) @binding(4) var<storage, read_write> b2: array<u32>; // `c`: *i16
@group(0) @binding(5) var<storage, read_write> b3: array<u32>; // `d`: *u16
@group(0) @binding(6) var<storage, read_write> b4: array<f64>; // `e`: *f64
@group(0) @binding(7) var<storage, read_write> b5: array<u32>; // `f`: *bool
@group(0) @binding(8) var<storage, read_write> b6: array<i64>; // `out_a`: *i64
@group(0) @binding(9) var<storage, read_write> b7: array<u64>; // `out_b`: *u64
@group(0) @binding(10) var<storage, read_write> b8: array<atomic<u32>>; // `out_c`: *i16
@group(0) @binding(11) var<storage, read_write> b9: array<atomic<u32>>; // `out_d`: *u16
@group(0) @binding(12) var<storage, read_write> b10: array<f64>; // `out_e`: *f64
@group(0) @binding(13) var<storage, read_write> b11: array<atomic<u32>>; // `out_f`: *bool

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
    _ = arrayLength(&b3);
    _ = arrayLength(&b4);
    _ = arrayLength(&b5);
    _ = arrayLength(&b6);
    _ = arrayLength(&b7);
    _ = arrayLength(&b8);
    _ = arrayLength(&b9);
    _ = arrayLength(&b10);
    _ = arrayLength(&b11);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v6 = 0i;
    let v7 = 0i;
    let v8 = 0i;
    let v9 = 0i;
    let v10 = 0i;
    let v11 = 0i;
    var v13: array<i32, 1>;
    { let c = 0u; v13[c] = v6; }
    var v14: array<i32, 1>;
    { let c = 0u; v14[c] = (v13[c] + i32((tid + c * 64u))); }
    var v15: array<i32, 1>;
    { let c = 0u; v15[c] = v0; }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = (v15[c] + i32((tid + c * 64u))); }
    var v17: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v16[c] >= 0i && u32(v16[c]) < params[0]) { let o = u32(v16[c]); v17[c] = b0[o]; } else { v17[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v16[c]), bitcast<u32>(v16[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v18: i64 = 3li;
    let v21: i64 = 1li;
    var v23: array<i64, 1>;
    { let c = 0u;
        let w20: i64 = (v17[c] * v18);
        v23[c] = (w20 - v21);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v14[c] < 0i || u32(v14[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v14[lane / 64u]), bitcast<u32>(v14[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v14[c]); b6[o] = v23[c]; }
        }
    }
    var v24: array<i32, 1>;
    { let c = 0u; v24[c] = v7; }
    var v25: array<i32, 1>;
    { let c = 0u; v25[c] = (v24[c] + i32((tid + c * 64u))); }
    var v26: array<i32, 1>;
    { let c = 0u; v26[c] = v1; }
    var v27: array<i32, 1>;
    { let c = 0u; v27[c] = (v26[c] + i32((tid + c * 64u))); }
    var v28: array<u64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v27[c] >= 0i && u32(v27[c]) < params[1]) { let o = u32(v27[c]); v28[c] = b1[o]; } else { v28[c] = 0lu; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v27[c]), bitcast<u32>(v27[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v29: u64 = 255lu;
    let v32: u64 = 1lu;
    var v34: array<u64, 1>;
    { let c = 0u;
        let w31: u64 = (v28[c] ^ v29);
        v34[c] = (w31 + v32);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v25[c] < 0i || u32(v25[c]) >= params[7])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 7u, bitcast<u32>(v25[lane / 64u]), bitcast<u32>(v25[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v25[c]); b7[o] = v34[c]; }
        }
    }
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = v8; }
    var v36: array<i32, 1>;
    { let c = 0u; v36[c] = (v35[c] + i32((tid + c * 64u))); }
    var v37: array<i32, 1>;
    { let c = 0u; v37[c] = v2; }
    var v38: array<i32, 1>;
    { let c = 0u; v38[c] = (v37[c] + i32((tid + c * 64u))); }
    var v39: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v38[c] >= 0i && u32(v38[c]) < params[2]) { let o = u32(v38[c]); v39[c] = ((bitcast<i32>(((b2[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu)) << 16u) >> 16u); } else { v39[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v38[c]), bitcast<u32>(v38[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v40: i32 = 7i;
    var v42: array<i32, 1>;
    { let c = 0u; v42[c] = (((v39[c] * v40) << 16u) >> 16u); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v36[c] < 0i || u32(v36[c]) >= params[8])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 8u, bitcast<u32>(v36[lane / 64u]), bitcast<u32>(v36[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v36[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = ((bitcast<u32>(v42[c]) & 0xffffu)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b8[wi]); if (atomicCompareExchangeWeak(&b8[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v43: array<i32, 1>;
    { let c = 0u; v43[c] = v9; }
    var v44: array<i32, 1>;
    { let c = 0u; v44[c] = (v43[c] + i32((tid + c * 64u))); }
    var v45: array<i32, 1>;
    { let c = 0u; v45[c] = v3; }
    var v46: array<i32, 1>;
    { let c = 0u; v46[c] = (v45[c] + i32((tid + c * 64u))); }
    var v47: array<u32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v46[c] >= 0i && u32(v46[c]) < params[3]) { let o = u32(v46[c]); v47[c] = ((b3[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu); } else { v47[c] = 0u; if (true) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v46[c]), bitcast<u32>(v46[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v48: u32 = 2u;
    var v50: array<u32, 1>;
    { let c = 0u; v50[c] = ((v47[c] >> (v48 & 15u)) & 0xffffu); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v44[c] < 0i || u32(v44[c]) >= params[9])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 9u, bitcast<u32>(v44[lane / 64u]), bitcast<u32>(v44[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v44[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = (v50[c]) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b9[wi]); if (atomicCompareExchangeWeak(&b9[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v51: array<i32, 1>;
    { let c = 0u; v51[c] = v4; }
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = (v51[c] + i32((tid + c * 64u))); }
    var v53: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v52[c] >= 0i && u32(v52[c]) < params[4]) { let o = u32(v52[c]); v53[c] = b4[o]; } else { v53[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 4u, bitcast<u32>(v52[c]), bitcast<u32>(v52[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v54: array<i32, 1>;
    { let c = 0u; v54[c] = v10; }
    var v55: array<i32, 1>;
    { let c = 0u; v55[c] = (v54[c] + i32((tid + c * 64u))); }
    let v57: f64 = 1.5lf;
    var v58: array<f64, 1>;
    { let c = 0u; v58[c] = v57; }
    let v60: f64 = 10.0lf;
    var v61: array<f64, 1>;
    { let c = 0u; v61[c] = v60; }
    var v64: array<f64, 1>;
    { let c = 0u;
        let w56: f64 = sqrt(v53[c]);
        let w59: f64 = (w56 * v58[c]);
        let w62: f64 = (v53[c] - v61[c]);
        let w63: f64 = ox_exp64(w62);
        v64[c] = (w59 + w63);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v55[c] < 0i || u32(v55[c]) >= params[10])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 10u, bitcast<u32>(v55[lane / 64u]), bitcast<u32>(v55[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v55[c]); b10[o] = v64[c]; }
        }
    }
    var v65: array<i32, 1>;
    { let c = 0u; v65[c] = v5; }
    var v66: array<i32, 1>;
    { let c = 0u; v66[c] = (v65[c] + i32((tid + c * 64u))); }
    var v67: array<bool, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v66[c] >= 0i && u32(v66[c]) < params[5]) { let o = u32(v66[c]); v67[c] = (((b5[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu) != 0u); } else { v67[c] = false; if (true) { ox_fail = true; ox_record(1u, 5u, bitcast<u32>(v66[c]), bitcast<u32>(v66[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v68: array<i32, 1>;
    { let c = 0u; v68[c] = v11; }
    var v69: array<i32, 1>;
    { let c = 0u; v69[c] = (v68[c] + i32((tid + c * 64u))); }
    let v71: f64 = 50.0lf;
    var v72: array<f64, 1>;
    { let c = 0u; v72[c] = v71; }
    var v74: array<bool, 1>;
    { let c = 0u;
        let w70: bool = (!v67[c]);
        let w73: bool = (v53[c] > v72[c]);
        v74[c] = (w70 || w73);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v69[c] < 0i || u32(v69[c]) >= params[11])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 11u, bitcast<u32>(v69[lane / 64u]), bitcast<u32>(v69[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v69[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (select(0u, 1u, v74[c])) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b11[wi]); if (atomicCompareExchangeWeak(&b11[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
