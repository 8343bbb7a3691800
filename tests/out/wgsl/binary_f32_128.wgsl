// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3

// oxtile kernel `binary_f32`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `a`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `b`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `out`: *f32

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

// IEEE minNum/maxNum: a single NaN operand is ignored.
fn ox_fmin(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a < b);
}
fn ox_fmax(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a > b);
}

// Exact fmod (the remainder with the sign of x), after musl's fmodf: long division on the
// integer significands, so no rounding happens at all.
fn ox_fmod(x: f32, y: f32) -> f32 {
    let ux = bitcast<u32>(x);
    let uy = bitcast<u32>(y);
    var ex = i32((ux >> 23u) & 0xffu);
    var ey = i32((uy >> 23u) & 0xffu);
    let sx = ux & 0x80000000u;
    if ((uy << 1u) == 0u || ox_isnan(y) || ex == 0xff) {
        return bitcast<f32>(0x7fc00000u);
    }
    if ((ux << 1u) <= (uy << 1u)) {
        if ((ux << 1u) == (uy << 1u)) { return bitcast<f32>(sx); }
        return x;
    }
    var mx: u32;
    var my: u32;
    if (ex == 0) {
        var i = ux << 9u;
        loop {
            if ((i >> 31u) != 0u) { break; }
            ex = ex - 1;
            i = i << 1u;
        }
        mx = ux << u32(1 - ex);
    } else {
        mx = (ux & 0x007fffffu) | 0x00800000u;
    }
    if (ey == 0) {
        var i = uy << 9u;
        loop {
            if ((i >> 31u) != 0u) { break; }
            ey = ey - 1;
            i = i << 1u;
        }
        my = uy << u32(1 - ey);
    } else {
        my = (uy & 0x007fffffu) | 0x00800000u;
    }
    loop {
        if (ex <= ey) { break; }
        let i = mx - my;
        if ((i >> 31u) == 0u) {
            if (i == 0u) { return bitcast<f32>(sx); }
            mx = i;
        }
        mx = mx << 1u;
        ex = ex - 1;
    }
    let i = mx - my;
    if ((i >> 31u) == 0u) {
        if (i == 0u) { return bitcast<f32>(sx); }
        mx = i;
    }
    loop {
        if ((mx >> 23u) != 0u) { break; }
        mx = mx << 1u;
        ex = ex - 1;
    }
    if (ex > 0) {
        mx = (mx - 0x00800000u) | (u32(ex) << 23u);
    } else {
        mx = mx >> u32(1 - ex);
    }
    return bitcast<f32>(mx | sx);
}

// powf with C99's special cases (WGSL's pow is undefined for x < 0 and x == 0).
fn ox_pow(x: f32, y: f32) -> f32 {
    if (y == 0.0f || x == 1.0f) { return 1.0f; }
    if (ox_isnan(x) || ox_isnan(y)) { return bitcast<f32>(0x7fc00000u); }
    let inf = bitcast<f32>(0x7f800000u);
    let ay = abs(y);
    let ax = abs(x);
    let y_int = floor(y) == y;
    let y_odd = y_int && ay < 16777216.0f && floor(y * 0.5f) != y * 0.5f;
    if (ay == inf) {
        if (ax == 1.0f) { return 1.0f; }
        if ((ax < 1.0f) == (y > 0.0f)) { return 0.0f; }
        return inf;
    }
    if (x == 0.0f) {
        if (y < 0.0f) { return select(inf, 1.0f / x, y_odd); }
        return select(0.0f, x, y_odd);
    }
    if (ax == inf) {
        var r = select(0.0f, inf, y > 0.0f);
        if (x < 0.0f && y_odd) { r = -r; }
        return r;
    }
    if (x < 0.0f) {
        if (!y_int) { return bitcast<f32>(0x7fc00000u); }
        let r = ox_pow_pos(ax, y);
        return select(r, -r, y_odd);
    }
    return ox_pow_pos(x, y);
}
// 2^f for |f| <= 0.5: the Taylor series of e^(f ln 2), about an ulp.
fn ox_exp2_small(f: f32) -> f32 {
    let u = f * 0.6931471805599453f;
    var p = 1.0f / 362880.0f;
    p = p * u + 1.0f / 40320.0f;
    p = p * u + 1.0f / 5040.0f;
    p = p * u + 1.0f / 720.0f;
    p = p * u + 1.0f / 120.0f;
    p = p * u + 1.0f / 24.0f;
    p = p * u + 1.0f / 6.0f;
    p = p * u + 0.5f;
    p = p * u + 1.0f;
    return p * u + 1.0f;
}
// x^y for finite x > 0 and finite y, within a few ulps. exp2(y log2 x) loses |y log2 x|
// ulps when computed naively (and Vulkan's log2 is only 2^-21-accurate near 1), so log2 x
// is taken as k + lh + ll (k an integer, lh with 24 bits, ll tiny, as musl's log2f has them)
// and y * (k + lh) is formed from exact products of 12-bit halves, whose integer parts are
// split off before any rounding.
fn ox_split12(x: f32) -> vec2<f32> {
    let h = bitcast<f32>(bitcast<u32>(x) & 0xfffff000u);
    return vec2<f32>(h, x - h);
}
fn ox_pow_pos(x: f32, y: f32) -> f32 {
    let red = ox_log_reduce(x);
    let f = red.x;
    let k = red.y;
    let hfsq = 0.5f * f * f;
    let hi = bitcast<f32>(bitcast<u32>(f - hfsq) & 0xfffff000u);
    let lo = f - hi - hfsq + ox_log_series(f, hfsq);
    let ivln2hi = bitcast<f32>(0x3fb8b000u);
    let ivln2lo = bitcast<f32>(0xb9389ad4u);
    let lh = hi * ivln2hi;
    let ll = (lo + hi) * ivln2lo + lo * ivln2hi;
    let ys = ox_split12(y);
    let ls = ox_split12(lh);
    let t1 = ys.x * k;
    let a1 = ys.x * ls.x;
    let n1 = round(t1);
    let n2 = round(a1);
    let small = ys.y * k + (ys.x * ls.y + ys.y * ls.x) + ys.y * ls.y + y * ll;
    let fr = ((t1 - n1) + (a1 - n2)) + small;
    let n3 = round(fr);
    let n = n1 + n2 + n3;
    if (n > 200.0f) { return bitcast<f32>(0x7f800000u); }
    if (n < -200.0f) { return 0.0f; }
    let ni = i32(n);
    return ldexp(ldexp(ox_exp2_small(fr - n3), ni / 2), ni - ni / 2);
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
    var v4: array<i32, 2>;
    { let c = 0u; v4[c] = v0; } { let c = 1u; v4[c] = v0; }
    var v5: array<i32, 2>;
    { let c = 0u; v5[c] = (v4[c] + i32((tid + c * 64u))); } { let c = 1u; v5[c] = (v4[c] + i32((tid + c * 64u))); }
    var v6: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v5[c] >= 0i && u32(v5[c]) < params[0]) { let o = u32(v5[c]); v6[c] = b0[o >> 2u][o & 3u]; } else { v6[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v5[c]), bitcast<u32>(v5[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v7: array<i32, 2>;
    { let c = 0u; v7[c] = v1; } { let c = 1u; v7[c] = v1; }
    var v8: array<i32, 2>;
    { let c = 0u; v8[c] = (v7[c] + i32((tid + c * 64u))); } { let c = 1u; v8[c] = (v7[c] + i32((tid + c * 64u))); }
    var v9: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v8[c] >= 0i && u32(v8[c]) < params[1]) { let o = u32(v8[c]); v9[c] = b1[o >> 2u][o & 3u]; } else { v9[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v8[c]), bitcast<u32>(v8[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v10: array<i32, 2>;
    { let c = 0u; v10[c] = v2; } { let c = 1u; v10[c] = v2; }
    var v11: array<i32, 2>;
    { let c = 0u; v11[c] = (v10[c] + i32((tid + c * 64u))); } { let c = 1u; v11[c] = (v10[c] + i32((tid + c * 64u))); }
    var v12: array<f32, 2>;
    { let c = 0u; v12[c] = (v6[c] + v9[c]); } { let c = 1u; v12[c] = (v6[c] + v9[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v11[c] < 0i || u32(v11[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v11[lane / 64u]), bitcast<u32>(v11[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v11[c]); b2[o >> 2u][o & 3u] = v12[c]; }
        }
    }
    let v13: i32 = 128i;
    let v14: i32 = (v2 + v13);
    var v15: array<i32, 2>;
    { let c = 0u; v15[c] = v14; } { let c = 1u; v15[c] = v14; }
    var v16: array<i32, 2>;
    { let c = 0u; v16[c] = (v15[c] + i32((tid + c * 64u))); } { let c = 1u; v16[c] = (v15[c] + i32((tid + c * 64u))); }
    var v17: array<f32, 2>;
    { let c = 0u; v17[c] = (v6[c] - v9[c]); } { let c = 1u; v17[c] = (v6[c] - v9[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v16[c] < 0i || u32(v16[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v16[lane / 64u]), bitcast<u32>(v16[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v16[c]); b2[o >> 2u][o & 3u] = v17[c]; }
        }
    }
    let v18: i32 = 2i;
    let v19: i32 = 128i;
    let v20: i32 = (v18 * v19);
    let v21: i32 = (v2 + v20);
    var v22: array<i32, 2>;
    { let c = 0u; v22[c] = v21; } { let c = 1u; v22[c] = v21; }
    var v23: array<i32, 2>;
    { let c = 0u; v23[c] = (v22[c] + i32((tid + c * 64u))); } { let c = 1u; v23[c] = (v22[c] + i32((tid + c * 64u))); }
    var v24: array<f32, 2>;
    { let c = 0u; v24[c] = (v6[c] * v9[c]); } { let c = 1u; v24[c] = (v6[c] * v9[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v23[c] < 0i || u32(v23[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v23[lane / 64u]), bitcast<u32>(v23[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v23[c]); b2[o >> 2u][o & 3u] = v24[c]; }
        }
    }
    let v25: i32 = 3i;
    let v26: i32 = 128i;
    let v27: i32 = (v25 * v26);
    let v28: i32 = (v2 + v27);
    var v29: array<i32, 2>;
    { let c = 0u; v29[c] = v28; } { let c = 1u; v29[c] = v28; }
    var v30: array<i32, 2>;
    { let c = 0u; v30[c] = (v29[c] + i32((tid + c * 64u))); } { let c = 1u; v30[c] = (v29[c] + i32((tid + c * 64u))); }
    var v31: array<f32, 2>;
    { let c = 0u; v31[c] = (v6[c] / v9[c]); } { let c = 1u; v31[c] = (v6[c] / v9[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v30[c] < 0i || u32(v30[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v30[lane / 64u]), bitcast<u32>(v30[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v30[c]); b2[o >> 2u][o & 3u] = v31[c]; }
        }
    }
    let v32: i32 = 4i;
    let v33: i32 = 128i;
    let v34: i32 = (v32 * v33);
    let v35: i32 = (v2 + v34);
    var v36: array<i32, 2>;
    { let c = 0u; v36[c] = v35; } { let c = 1u; v36[c] = v35; }
    var v37: array<i32, 2>;
    { let c = 0u; v37[c] = (v36[c] + i32((tid + c * 64u))); } { let c = 1u; v37[c] = (v36[c] + i32((tid + c * 64u))); }
    var v38: array<f32, 2>;
    { let c = 0u; v38[c] = ox_fmod(v6[c], v9[c]); } { let c = 1u; v38[c] = ox_fmod(v6[c], v9[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v37[c] < 0i || u32(v37[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v37[lane / 64u]), bitcast<u32>(v37[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v37[c]); b2[o >> 2u][o & 3u] = v38[c]; }
        }
    }
    let v39: i32 = 5i;
    let v40: i32 = 128i;
    let v41: i32 = (v39 * v40);
    let v42: i32 = (v2 + v41);
    var v43: array<i32, 2>;
    { let c = 0u; v43[c] = v42; } { let c = 1u; v43[c] = v42; }
    var v44: array<i32, 2>;
    { let c = 0u; v44[c] = (v43[c] + i32((tid + c * 64u))); } { let c = 1u; v44[c] = (v43[c] + i32((tid + c * 64u))); }
    var v45: array<f32, 2>;
    { let c = 0u; v45[c] = ox_fmin(v6[c], v9[c]); } { let c = 1u; v45[c] = ox_fmin(v6[c], v9[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v44[c] < 0i || u32(v44[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v44[lane / 64u]), bitcast<u32>(v44[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v44[c]); b2[o >> 2u][o & 3u] = v45[c]; }
        }
    }
    let v46: i32 = 6i;
    let v47: i32 = 128i;
    let v48: i32 = (v46 * v47);
    let v49: i32 = (v2 + v48);
    var v50: array<i32, 2>;
    { let c = 0u; v50[c] = v49; } { let c = 1u; v50[c] = v49; }
    var v51: array<i32, 2>;
    { let c = 0u; v51[c] = (v50[c] + i32((tid + c * 64u))); } { let c = 1u; v51[c] = (v50[c] + i32((tid + c * 64u))); }
    var v52: array<f32, 2>;
    { let c = 0u; v52[c] = ox_fmax(v6[c], v9[c]); } { let c = 1u; v52[c] = ox_fmax(v6[c], v9[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v51[c] < 0i || u32(v51[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v51[lane / 64u]), bitcast<u32>(v51[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v51[c]); b2[o >> 2u][o & 3u] = v52[c]; }
        }
    }
    let v53: i32 = 7i;
    let v54: i32 = 128i;
    let v55: i32 = (v53 * v54);
    let v56: i32 = (v2 + v55);
    var v57: array<i32, 2>;
    { let c = 0u; v57[c] = v56; } { let c = 1u; v57[c] = v56; }
    var v58: array<i32, 2>;
    { let c = 0u; v58[c] = (v57[c] + i32((tid + c * 64u))); } { let c = 1u; v58[c] = (v57[c] + i32((tid + c * 64u))); }
    var v60: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let w59: f32 = abs(v6[c]);
        v60[c] = ox_pow(w59, v9[c]);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v58[c] < 0i || u32(v58[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v58[lane / 64u]), bitcast<u32>(v58[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v58[c]); b2[o >> 2u][o & 3u] = v60[c]; }
        }
    }
    let v61: i32 = 8i;
    let v62: i32 = 128i;
    let v63: i32 = (v61 * v62);
    let v64: i32 = (v2 + v63);
    var v65: array<i32, 2>;
    { let c = 0u; v65[c] = v64; } { let c = 1u; v65[c] = v64; }
    var v66: array<i32, 2>;
    { let c = 0u; v66[c] = (v65[c] + i32((tid + c * 64u))); } { let c = 1u; v66[c] = (v65[c] + i32((tid + c * 64u))); }
    let v67: f32 = 0.25f;
    var v68: array<f32, 2>;
    { let c = 0u; v68[c] = v67; } { let c = 1u; v68[c] = v67; }
    var v69: array<f32, 2>;
    { let c = 0u; v69[c] = ox_fma(v6[c], v9[c], v68[c]); } { let c = 1u; v69[c] = ox_fma(v6[c], v9[c], v68[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v66[c] < 0i || u32(v66[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v66[lane / 64u]), bitcast<u32>(v66[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v66[c]); b2[o >> 2u][o & 3u] = v69[c]; }
        }
    }
    let v70: i32 = 9i;
    let v71: i32 = 128i;
    let v72: i32 = (v70 * v71);
    let v73: i32 = (v2 + v72);
    var v74: array<i32, 2>;
    { let c = 0u; v74[c] = v73; } { let c = 1u; v74[c] = v73; }
    var v75: array<i32, 2>;
    { let c = 0u; v75[c] = (v74[c] + i32((tid + c * 64u))); } { let c = 1u; v75[c] = (v74[c] + i32((tid + c * 64u))); }
    let v76: f32 = -0.5f;
    var v77: array<f32, 2>;
    { let c = 0u; v77[c] = v76; } { let c = 1u; v77[c] = v76; }
    let v79: f32 = 0.5f;
    var v80: array<f32, 2>;
    { let c = 0u; v80[c] = v79; } { let c = 1u; v80[c] = v79; }
    var v81: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let w78: f32 = ox_fmax(v6[c], v77[c]);
        v81[c] = ox_fmin(w78, v80[c]);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v75[c] < 0i || u32(v75[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v75[lane / 64u]), bitcast<u32>(v75[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v75[c]); b2[o >> 2u][o & 3u] = v81[c]; }
        }
    }
    let v82: i32 = 10i;
    let v83: i32 = 128i;
    let v84: i32 = (v82 * v83);
    let v85: i32 = (v2 + v84);
    var v86: array<i32, 2>;
    { let c = 0u; v86[c] = v85; } { let c = 1u; v86[c] = v85; }
    var v87: array<i32, 2>;
    { let c = 0u; v87[c] = (v86[c] + i32((tid + c * 64u))); } { let c = 1u; v87[c] = (v86[c] + i32((tid + c * 64u))); }
    let v88: f32 = 2.0f;
    var v89: array<f32, 2>;
    { let c = 0u; v89[c] = v88; } { let c = 1u; v89[c] = v88; }
    let v91: f32 = 1.0f;
    var v92: array<f32, 2>;
    { let c = 0u; v92[c] = v91; } { let c = 1u; v92[c] = v91; }
    var v93: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let w90: f32 = (v89[c] * v6[c]);
        v93[c] = (w90 - v92[c]);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v87[c] < 0i || u32(v87[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v87[lane / 64u]), bitcast<u32>(v87[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v87[c]); b2[o >> 2u][o & 3u] = v93[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
