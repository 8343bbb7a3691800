// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2) scalar(word 3) scalar(word 4)
// params words: 5

// oxtile kernel `seeded_dropout`: one workgroup of 64 threads per program.

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
    let v3 = bitcast<f32>(params[3]);
    let v4 = bitcast<i32>(params[4]);
    let v5 = i32(wid.x);
    let v6: i32 = 1024i;
    let v7: i32 = (v5 * v6);
    var v13: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v13[c] = v0; }
    var v14: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v14[c] = (v13[c] + (v7 + i32((tid + c * 64u)))); }
    let v15: f32 = 0.0f;
    var v16: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v16[c] = v15; }
    var v17: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (((v7 + i32((tid + c * 64u))) < v2) && v14[c] >= 0i && u32(v14[c]) < params[0]) { let o = u32(v14[c]); v17[c] = b0[o >> 2u][o & 3u]; } else { v17[c] = v16[c]; if (((v7 + i32((tid + c * 64u))) < v2)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v14[c]), bitcast<u32>(v14[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let key1 = vec2<u32>(bitcast<u32>(v4), select(0u, 0xffffffffu, v4 < 0i));
    var v18: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v18[c] = ox_u2uniform(ox_philox(vec4<u32>(bitcast<u32>((v7 + i32((tid + c * 64u)))), 0u, 0u, 0u), key1).x); }
    var v19: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v19[c] = v3; }
    var v21: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v21[c] = v1; }
    var v22: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v22[c] = (v21[c] + (v7 + i32((tid + c * 64u)))); }
    let v23: f32 = 1.0f;
    let v24: f32 = (v23 - v3);
    var v25: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v25[c] = v24; }
    let v27: f32 = 0.0f;
    var v28: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v28[c] = v27; }
    var v29: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let w20: bool = (v18[c] > v19[c]);
        let w26: f32 = (v17[c] / v25[c]);
        v29[c] = select(v28[c], w26, w20);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && ((v7 + i32((tid + c * 64u))) < v2) && (v22[c] < 0i || u32(v22[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v22[lane / 64u]), bitcast<u32>(v22[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && ((v7 + i32((tid + c * 64u))) < v2)) { let o = u32(v22[c]); b1[o >> 2u][o & 3u] = v29[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
