// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2)
// params words: 3

// oxtile kernel `unary_f32`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `out`: *f32

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

fn ox_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

// erf in f32: the Maclaurin series below 1 (absolute error < 1e-7), above it 1 - erfc with
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

fn ox_rsqrt(x: f32) -> f32 {
    if (x == 0.0f) { return 1.0f / x; }
    return inverseSqrt(x);
}

// Logarithms after musl's logf and log2f (fdlibm): under an ulp, where Vulkan only promises
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

// Sine and cosine after fdlibm's float kernels, with Cody-Waite reduction by pi/2 (three
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

// tanh in f32: 1 - 2 / (e^2|x| + 1) above ln(3)/2 (on ox_expm1), a polynomial below.
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

// e^x - 1 in f32 after musl's expm1f (FreeBSD's s_expm1f.c): x = k ln2 + r, e^r - 1 from a
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

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>, @builtin(local_invocation_index) tid: u32) {
    // Every binding is statically used, so a derived pipeline layout has them all.
    _ = arrayLength(&params);
    _ = atomicLoad(&status[0]);
    _ = arrayLength(&b0);
    _ = arrayLength(&b1);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = bitcast<i32>(params[2]);
    var v6: array<i32, 4>;
    { let c = 0u; v6[c] = v0; } { let c = 1u; v6[c] = v0; } { let c = 2u; v6[c] = v0; } { let c = 3u; v6[c] = v0; }
    var v7: array<i32, 4>;
    { let c = 0u; v7[c] = (v6[c] + i32((tid + c * 64u))); } { let c = 1u; v7[c] = (v6[c] + i32((tid + c * 64u))); } { let c = 2u; v7[c] = (v6[c] + i32((tid + c * 64u))); } { let c = 3u; v7[c] = (v6[c] + i32((tid + c * 64u))); }
    let v8: f32 = 1.0f;
    var v9: array<f32, 4>;
    { let c = 0u; v9[c] = v8; } { let c = 1u; v9[c] = v8; } { let c = 2u; v9[c] = v8; } { let c = 3u; v9[c] = v8; }
    var v10: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            if ((i32((tid + c * 64u)) < v2) && v7[c] >= 0i && u32(v7[c]) < params[0]) { let o = u32(v7[c]); v10[c] = b0[o >> 2u][o & 3u]; } else { v10[c] = v9[c]; if ((i32((tid + c * 64u)) < v2)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v7[c]), bitcast<u32>(v7[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v11: i32 = 0i;
    let v12: i32 = (v11 * v2);
    let v13: i32 = (v1 + v12);
    var v14: array<i32, 4>;
    { let c = 0u; v14[c] = v13; } { let c = 1u; v14[c] = v13; } { let c = 2u; v14[c] = v13; } { let c = 3u; v14[c] = v13; }
    var v15: array<i32, 4>;
    { let c = 0u; v15[c] = (v14[c] + i32((tid + c * 64u))); } { let c = 1u; v15[c] = (v14[c] + i32((tid + c * 64u))); } { let c = 2u; v15[c] = (v14[c] + i32((tid + c * 64u))); } { let c = 3u; v15[c] = (v14[c] + i32((tid + c * 64u))); }
    var v16: array<f32, 4>;
    { let c = 0u; v16[c] = exp(v10[c]); } { let c = 1u; v16[c] = exp(v10[c]); } { let c = 2u; v16[c] = exp(v10[c]); } { let c = 3u; v16[c] = exp(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v15[c] < 0i || u32(v15[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v15[lane / 64u]), bitcast<u32>(v15[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v15[c]); b1[o >> 2u][o & 3u] = v16[c]; }
        }
    }
    let v17: i32 = 1i;
    let v18: i32 = (v17 * v2);
    let v19: i32 = (v1 + v18);
    var v20: array<i32, 4>;
    { let c = 0u; v20[c] = v19; } { let c = 1u; v20[c] = v19; } { let c = 2u; v20[c] = v19; } { let c = 3u; v20[c] = v19; }
    var v21: array<i32, 4>;
    { let c = 0u; v21[c] = (v20[c] + i32((tid + c * 64u))); } { let c = 1u; v21[c] = (v20[c] + i32((tid + c * 64u))); } { let c = 2u; v21[c] = (v20[c] + i32((tid + c * 64u))); } { let c = 3u; v21[c] = (v20[c] + i32((tid + c * 64u))); }
    var v22: array<f32, 4>;
    { let c = 0u; v22[c] = exp2(v10[c]); } { let c = 1u; v22[c] = exp2(v10[c]); } { let c = 2u; v22[c] = exp2(v10[c]); } { let c = 3u; v22[c] = exp2(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v21[c] < 0i || u32(v21[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v21[lane / 64u]), bitcast<u32>(v21[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v21[c]); b1[o >> 2u][o & 3u] = v22[c]; }
        }
    }
    let v23: i32 = 2i;
    let v24: i32 = (v23 * v2);
    let v25: i32 = (v1 + v24);
    var v26: array<i32, 4>;
    { let c = 0u; v26[c] = v25; } { let c = 1u; v26[c] = v25; } { let c = 2u; v26[c] = v25; } { let c = 3u; v26[c] = v25; }
    var v27: array<i32, 4>;
    { let c = 0u; v27[c] = (v26[c] + i32((tid + c * 64u))); } { let c = 1u; v27[c] = (v26[c] + i32((tid + c * 64u))); } { let c = 2u; v27[c] = (v26[c] + i32((tid + c * 64u))); } { let c = 3u; v27[c] = (v26[c] + i32((tid + c * 64u))); }
    var v29: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let w28: f32 = abs(v10[c]);
        v29[c] = ox_log(w28);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v27[c] < 0i || u32(v27[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v27[lane / 64u]), bitcast<u32>(v27[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v27[c]); b1[o >> 2u][o & 3u] = v29[c]; }
        }
    }
    let v30: i32 = 3i;
    let v31: i32 = (v30 * v2);
    let v32: i32 = (v1 + v31);
    var v33: array<i32, 4>;
    { let c = 0u; v33[c] = v32; } { let c = 1u; v33[c] = v32; } { let c = 2u; v33[c] = v32; } { let c = 3u; v33[c] = v32; }
    var v34: array<i32, 4>;
    { let c = 0u; v34[c] = (v33[c] + i32((tid + c * 64u))); } { let c = 1u; v34[c] = (v33[c] + i32((tid + c * 64u))); } { let c = 2u; v34[c] = (v33[c] + i32((tid + c * 64u))); } { let c = 3u; v34[c] = (v33[c] + i32((tid + c * 64u))); }
    var v36: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let w35: f32 = abs(v10[c]);
        v36[c] = ox_log2(w35);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v34[c] < 0i || u32(v34[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v34[lane / 64u]), bitcast<u32>(v34[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v34[c]); b1[o >> 2u][o & 3u] = v36[c]; }
        }
    }
    let v37: i32 = 4i;
    let v38: i32 = (v37 * v2);
    let v39: i32 = (v1 + v38);
    var v40: array<i32, 4>;
    { let c = 0u; v40[c] = v39; } { let c = 1u; v40[c] = v39; } { let c = 2u; v40[c] = v39; } { let c = 3u; v40[c] = v39; }
    var v41: array<i32, 4>;
    { let c = 0u; v41[c] = (v40[c] + i32((tid + c * 64u))); } { let c = 1u; v41[c] = (v40[c] + i32((tid + c * 64u))); } { let c = 2u; v41[c] = (v40[c] + i32((tid + c * 64u))); } { let c = 3u; v41[c] = (v40[c] + i32((tid + c * 64u))); }
    var v43: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let w42: f32 = abs(v10[c]);
        v43[c] = sqrt(w42);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v41[c] < 0i || u32(v41[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v41[lane / 64u]), bitcast<u32>(v41[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v41[c]); b1[o >> 2u][o & 3u] = v43[c]; }
        }
    }
    let v44: i32 = 5i;
    let v45: i32 = (v44 * v2);
    let v46: i32 = (v1 + v45);
    var v47: array<i32, 4>;
    { let c = 0u; v47[c] = v46; } { let c = 1u; v47[c] = v46; } { let c = 2u; v47[c] = v46; } { let c = 3u; v47[c] = v46; }
    var v48: array<i32, 4>;
    { let c = 0u; v48[c] = (v47[c] + i32((tid + c * 64u))); } { let c = 1u; v48[c] = (v47[c] + i32((tid + c * 64u))); } { let c = 2u; v48[c] = (v47[c] + i32((tid + c * 64u))); } { let c = 3u; v48[c] = (v47[c] + i32((tid + c * 64u))); }
    var v50: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let w49: f32 = abs(v10[c]);
        v50[c] = ox_rsqrt(w49);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v48[c] < 0i || u32(v48[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v48[lane / 64u]), bitcast<u32>(v48[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v48[c]); b1[o >> 2u][o & 3u] = v50[c]; }
        }
    }
    let v51: i32 = 6i;
    let v52: i32 = (v51 * v2);
    let v53: i32 = (v1 + v52);
    var v54: array<i32, 4>;
    { let c = 0u; v54[c] = v53; } { let c = 1u; v54[c] = v53; } { let c = 2u; v54[c] = v53; } { let c = 3u; v54[c] = v53; }
    var v55: array<i32, 4>;
    { let c = 0u; v55[c] = (v54[c] + i32((tid + c * 64u))); } { let c = 1u; v55[c] = (v54[c] + i32((tid + c * 64u))); } { let c = 2u; v55[c] = (v54[c] + i32((tid + c * 64u))); } { let c = 3u; v55[c] = (v54[c] + i32((tid + c * 64u))); }
    var v56: array<f32, 4>;
    { let c = 0u; v56[c] = ox_sin(v10[c]); } { let c = 1u; v56[c] = ox_sin(v10[c]); } { let c = 2u; v56[c] = ox_sin(v10[c]); } { let c = 3u; v56[c] = ox_sin(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v55[c] < 0i || u32(v55[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v55[lane / 64u]), bitcast<u32>(v55[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v55[c]); b1[o >> 2u][o & 3u] = v56[c]; }
        }
    }
    let v57: i32 = 7i;
    let v58: i32 = (v57 * v2);
    let v59: i32 = (v1 + v58);
    var v60: array<i32, 4>;
    { let c = 0u; v60[c] = v59; } { let c = 1u; v60[c] = v59; } { let c = 2u; v60[c] = v59; } { let c = 3u; v60[c] = v59; }
    var v61: array<i32, 4>;
    { let c = 0u; v61[c] = (v60[c] + i32((tid + c * 64u))); } { let c = 1u; v61[c] = (v60[c] + i32((tid + c * 64u))); } { let c = 2u; v61[c] = (v60[c] + i32((tid + c * 64u))); } { let c = 3u; v61[c] = (v60[c] + i32((tid + c * 64u))); }
    var v62: array<f32, 4>;
    { let c = 0u; v62[c] = ox_cos(v10[c]); } { let c = 1u; v62[c] = ox_cos(v10[c]); } { let c = 2u; v62[c] = ox_cos(v10[c]); } { let c = 3u; v62[c] = ox_cos(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v61[c] < 0i || u32(v61[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v61[lane / 64u]), bitcast<u32>(v61[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v61[c]); b1[o >> 2u][o & 3u] = v62[c]; }
        }
    }
    let v63: i32 = 8i;
    let v64: i32 = (v63 * v2);
    let v65: i32 = (v1 + v64);
    var v66: array<i32, 4>;
    { let c = 0u; v66[c] = v65; } { let c = 1u; v66[c] = v65; } { let c = 2u; v66[c] = v65; } { let c = 3u; v66[c] = v65; }
    var v67: array<i32, 4>;
    { let c = 0u; v67[c] = (v66[c] + i32((tid + c * 64u))); } { let c = 1u; v67[c] = (v66[c] + i32((tid + c * 64u))); } { let c = 2u; v67[c] = (v66[c] + i32((tid + c * 64u))); } { let c = 3u; v67[c] = (v66[c] + i32((tid + c * 64u))); }
    var v68: array<f32, 4>;
    { let c = 0u; v68[c] = ox_tanh(v10[c]); } { let c = 1u; v68[c] = ox_tanh(v10[c]); } { let c = 2u; v68[c] = ox_tanh(v10[c]); } { let c = 3u; v68[c] = ox_tanh(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v67[c] < 0i || u32(v67[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v67[lane / 64u]), bitcast<u32>(v67[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v67[c]); b1[o >> 2u][o & 3u] = v68[c]; }
        }
    }
    let v69: i32 = 9i;
    let v70: i32 = (v69 * v2);
    let v71: i32 = (v1 + v70);
    var v72: array<i32, 4>;
    { let c = 0u; v72[c] = v71; } { let c = 1u; v72[c] = v71; } { let c = 2u; v72[c] = v71; } { let c = 3u; v72[c] = v71; }
    var v73: array<i32, 4>;
    { let c = 0u; v73[c] = (v72[c] + i32((tid + c * 64u))); } { let c = 1u; v73[c] = (v72[c] + i32((tid + c * 64u))); } { let c = 2u; v73[c] = (v72[c] + i32((tid + c * 64u))); } { let c = 3u; v73[c] = (v72[c] + i32((tid + c * 64u))); }
    var v74: array<f32, 4>;
    { let c = 0u; v74[c] = abs(v10[c]); } { let c = 1u; v74[c] = abs(v10[c]); } { let c = 2u; v74[c] = abs(v10[c]); } { let c = 3u; v74[c] = abs(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v73[c] < 0i || u32(v73[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v73[lane / 64u]), bitcast<u32>(v73[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v73[c]); b1[o >> 2u][o & 3u] = v74[c]; }
        }
    }
    let v75: i32 = 10i;
    let v76: i32 = (v75 * v2);
    let v77: i32 = (v1 + v76);
    var v78: array<i32, 4>;
    { let c = 0u; v78[c] = v77; } { let c = 1u; v78[c] = v77; } { let c = 2u; v78[c] = v77; } { let c = 3u; v78[c] = v77; }
    var v79: array<i32, 4>;
    { let c = 0u; v79[c] = (v78[c] + i32((tid + c * 64u))); } { let c = 1u; v79[c] = (v78[c] + i32((tid + c * 64u))); } { let c = 2u; v79[c] = (v78[c] + i32((tid + c * 64u))); } { let c = 3u; v79[c] = (v78[c] + i32((tid + c * 64u))); }
    var v80: array<f32, 4>;
    { let c = 0u; v80[c] = floor(v10[c]); } { let c = 1u; v80[c] = floor(v10[c]); } { let c = 2u; v80[c] = floor(v10[c]); } { let c = 3u; v80[c] = floor(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v79[c] < 0i || u32(v79[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v79[lane / 64u]), bitcast<u32>(v79[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v79[c]); b1[o >> 2u][o & 3u] = v80[c]; }
        }
    }
    let v81: i32 = 11i;
    let v82: i32 = (v81 * v2);
    let v83: i32 = (v1 + v82);
    var v84: array<i32, 4>;
    { let c = 0u; v84[c] = v83; } { let c = 1u; v84[c] = v83; } { let c = 2u; v84[c] = v83; } { let c = 3u; v84[c] = v83; }
    var v85: array<i32, 4>;
    { let c = 0u; v85[c] = (v84[c] + i32((tid + c * 64u))); } { let c = 1u; v85[c] = (v84[c] + i32((tid + c * 64u))); } { let c = 2u; v85[c] = (v84[c] + i32((tid + c * 64u))); } { let c = 3u; v85[c] = (v84[c] + i32((tid + c * 64u))); }
    var v86: array<f32, 4>;
    { let c = 0u; v86[c] = ceil(v10[c]); } { let c = 1u; v86[c] = ceil(v10[c]); } { let c = 2u; v86[c] = ceil(v10[c]); } { let c = 3u; v86[c] = ceil(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v85[c] < 0i || u32(v85[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v85[lane / 64u]), bitcast<u32>(v85[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v85[c]); b1[o >> 2u][o & 3u] = v86[c]; }
        }
    }
    let v87: i32 = 12i;
    let v88: i32 = (v87 * v2);
    let v89: i32 = (v1 + v88);
    var v90: array<i32, 4>;
    { let c = 0u; v90[c] = v89; } { let c = 1u; v90[c] = v89; } { let c = 2u; v90[c] = v89; } { let c = 3u; v90[c] = v89; }
    var v91: array<i32, 4>;
    { let c = 0u; v91[c] = (v90[c] + i32((tid + c * 64u))); } { let c = 1u; v91[c] = (v90[c] + i32((tid + c * 64u))); } { let c = 2u; v91[c] = (v90[c] + i32((tid + c * 64u))); } { let c = 3u; v91[c] = (v90[c] + i32((tid + c * 64u))); }
    var v92: array<f32, 4>;
    { let c = 0u; v92[c] = (1.0f / (1.0f + exp(-v10[c]))); } { let c = 1u; v92[c] = (1.0f / (1.0f + exp(-v10[c]))); } { let c = 2u; v92[c] = (1.0f / (1.0f + exp(-v10[c]))); } { let c = 3u; v92[c] = (1.0f / (1.0f + exp(-v10[c]))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v91[c] < 0i || u32(v91[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v91[lane / 64u]), bitcast<u32>(v91[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v91[c]); b1[o >> 2u][o & 3u] = v92[c]; }
        }
    }
    let v93: i32 = 13i;
    let v94: i32 = (v93 * v2);
    let v95: i32 = (v1 + v94);
    var v96: array<i32, 4>;
    { let c = 0u; v96[c] = v95; } { let c = 1u; v96[c] = v95; } { let c = 2u; v96[c] = v95; } { let c = 3u; v96[c] = v95; }
    var v97: array<i32, 4>;
    { let c = 0u; v97[c] = (v96[c] + i32((tid + c * 64u))); } { let c = 1u; v97[c] = (v96[c] + i32((tid + c * 64u))); } { let c = 2u; v97[c] = (v96[c] + i32((tid + c * 64u))); } { let c = 3u; v97[c] = (v96[c] + i32((tid + c * 64u))); }
    var v98: array<f32, 4>;
    { let c = 0u; v98[c] = ox_erf(v10[c]); } { let c = 1u; v98[c] = ox_erf(v10[c]); } { let c = 2u; v98[c] = ox_erf(v10[c]); } { let c = 3u; v98[c] = ox_erf(v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v97[c] < 0i || u32(v97[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v97[lane / 64u]), bitcast<u32>(v97[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v97[c]); b1[o >> 2u][o & 3u] = v98[c]; }
        }
    }
    let v99: i32 = 14i;
    let v100: i32 = (v99 * v2);
    let v101: i32 = (v1 + v100);
    var v102: array<i32, 4>;
    { let c = 0u; v102[c] = v101; } { let c = 1u; v102[c] = v101; } { let c = 2u; v102[c] = v101; } { let c = 3u; v102[c] = v101; }
    var v103: array<i32, 4>;
    { let c = 0u; v103[c] = (v102[c] + i32((tid + c * 64u))); } { let c = 1u; v103[c] = (v102[c] + i32((tid + c * 64u))); } { let c = 2u; v103[c] = (v102[c] + i32((tid + c * 64u))); } { let c = 3u; v103[c] = (v102[c] + i32((tid + c * 64u))); }
    var v104: array<f32, 4>;
    { let c = 0u; v104[c] = (-v10[c]); } { let c = 1u; v104[c] = (-v10[c]); } { let c = 2u; v104[c] = (-v10[c]); } { let c = 3u; v104[c] = (-v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v103[c] < 0i || u32(v103[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v103[lane / 64u]), bitcast<u32>(v103[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v103[c]); b1[o >> 2u][o & 3u] = v104[c]; }
        }
    }
    let v105: i32 = 15i;
    let v106: i32 = (v105 * v2);
    let v107: i32 = (v1 + v106);
    var v108: array<i32, 4>;
    { let c = 0u; v108[c] = v107; } { let c = 1u; v108[c] = v107; } { let c = 2u; v108[c] = v107; } { let c = 3u; v108[c] = v107; }
    var v109: array<i32, 4>;
    { let c = 0u; v109[c] = (v108[c] + i32((tid + c * 64u))); } { let c = 1u; v109[c] = (v108[c] + i32((tid + c * 64u))); } { let c = 2u; v109[c] = (v108[c] + i32((tid + c * 64u))); } { let c = 3u; v109[c] = (v108[c] + i32((tid + c * 64u))); }
    var v111: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let w110: f32 = exp(v10[c]);
        v111[c] = sqrt(w110);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (i32((tid + c * 64u)) < v2) && (v109[c] < 0i || u32(v109[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v109[lane / 64u]), bitcast<u32>(v109[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && (i32((tid + c * 64u)) < v2)) { let o = u32(v109[c]); b1[o >> 2u][o & 3u] = v111[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
