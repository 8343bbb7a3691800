// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) scalar(word 3) scalar(word 4)
// params words: 5

// oxtile kernel `random`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `u`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `g`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<u32>>; // `i`: *u32

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

// Rounds the integer m to p significant bits (nearest even), exactly, and returns it as f32:
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

// fma(a, b, c) rounded once, to nearest even, computed on integer significands: the
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

// (high, low) words of the 64-bit product a * b, from 16-bit halves.
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

// Philox4x32-10 as kernel_core::numeric::philox4x32_10 (and Triton's philox_impl).
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

// Triton's uint_to_uniform_float: a u32 word to [0, 1).
fn ox_u2uniform(x: u32) -> f32 {
    var i = bitcast<i32>(x);
    if (i < 0i) { i = ~i; }
    return ox_i2f_prec(i, 24u) * bitcast<f32>(0x2fffffffu);
}

// Triton's randn: Box-Muller on the first two Philox words.
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
    let v3 = bitcast<i32>(params[3]);
    let v4 = bitcast<i32>(params[4]);
    let v5 = i32(wid.x);
    let v6: i32 = 1024i;
    let v7: i32 = (v5 * v6);
    var v13: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v13[c] = v0; }
    var v14: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v14[c] = (v13[c] + (v7 + i32((tid + c * 64u)))); }
    let key1 = vec2<u32>(bitcast<u32>(v3), select(0u, 0xffffffffu, v3 < 0i));
    var v15: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v15[c] = ox_u2uniform(ox_philox(vec4<u32>(bitcast<u32>((v7 + i32((tid + c * 64u)))), 0u, 0u, 0u), key1).x); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && ((v7 + i32((tid + c * 64u))) < v4) && (v14[c] < 0i || u32(v14[c]) >= params[0])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 0u, bitcast<u32>(v14[lane / 64u]), bitcast<u32>(v14[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && ((v7 + i32((tid + c * 64u))) < v4)) { let o = u32(v14[c]); b0[o >> 2u][o & 3u] = v15[c]; }
        }
    }
    var v16: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v16[c] = v1; }
    var v17: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v17[c] = (v16[c] + (v7 + i32((tid + c * 64u)))); }
    let key2 = vec2<u32>(bitcast<u32>(v3), select(0u, 0xffffffffu, v3 < 0i));
    var v18: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v18[c] = ox_randn(bitcast<u32>((v7 + i32((tid + c * 64u)))), key2); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && ((v7 + i32((tid + c * 64u))) < v4) && (v17[c] < 0i || u32(v17[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v17[lane / 64u]), bitcast<u32>(v17[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && ((v7 + i32((tid + c * 64u))) < v4)) { let o = u32(v17[c]); b1[o >> 2u][o & 3u] = v18[c]; }
        }
    }
    var v19: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v19[c] = v2; }
    var v20: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v20[c] = (v19[c] + (v7 + i32((tid + c * 64u)))); }
    let key3 = vec2<u32>(bitcast<u32>(v3), select(0u, 0xffffffffu, v3 < 0i));
    var v21: array<u32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v21[c] = ox_philox(vec4<u32>(bitcast<u32>((v7 + i32((tid + c * 64u)))), 0u, 0u, 0u), key3).x; }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && ((v7 + i32((tid + c * 64u))) < v4) && (v20[c] < 0i || u32(v20[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v20[lane / 64u]), bitcast<u32>(v20[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && ((v7 + i32((tid + c * 64u))) < v4)) { let o = u32(v20[c]); b2[o >> 2u][o & 3u] = v21[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
