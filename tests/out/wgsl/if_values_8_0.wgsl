// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2)
// params words: 3

// oxtile kernel `if_values`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `out`: *f32

var<workgroup> ox_wg_bad: atomic<u32>;
var<workgroup> ox_wg_u: u32;

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

// Thread 0's `x`, as a value the uniformity analysis knows is uniform. workgroupUniformLoad
// is a barrier, a load and a barrier, so the next call may overwrite the word safely.
fn ox_uniform(x: u32, tid: u32) -> u32 {
    if (tid == 0u) {
        ox_wg_u = x;
    }
    return workgroupUniformLoad(&ox_wg_u);
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
    var x0: f32;
    var x1: f32;
    var x2: array<f32, 1>;
    var x3: array<f32, 1>;
    var v4: array<i32, 1>;
    { let c = 0u; v4[c] = v0; }
    var v5: array<i32, 1>;
    { let c = 0u; v5[c] = (v4[c] + i32((tid + c * 64u))); }
    var v6: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) {
            if (true && v5[c] >= 0i && u32(v5[c]) < params[0]) { let o = u32(v5[c]); v6[c] = b0[o >> 2u][o & 3u]; } else { v6[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v5[c]), bitcast<u32>(v5[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v7: i32 = 0i;
    let v8: bool = (v2 < v7);
    let u1 = (ox_uniform(select(0u, 1u, v8), tid) != 0u);
    if (u1) {
        let v18: f32 = -1.0f;
        x1 = v18;
    } else {
        let v9: i32 = 0i;
        let v10: bool = (v2 == v9);
        let u2 = (ox_uniform(select(0u, 1u, v10), tid) != 0u);
        if (u2) {
            let v16: f32 = 0.0f;
            x0 = v16;
        } else {
            let v11: f32 = ox_i2f_prec(v2, 24u);
            let v12: f32 = 0.5f;
            let v13: f32 = (v11 * v12);
            let v14: f32 = 1.0f;
            let v15: f32 = (v13 + v14);
            x0 = v15;
        }
        var v17 = x0;
        x1 = v17;
    }
    var v19 = x1;
    let v20: bool = false;
    if (v20) {
        var v21: array<f32, 1>;
        { let c = 0u; v21[c] = v19; }
        var v22: array<f32, 1>;
        { let c = 0u; v22[c] = (v6[c] * v21[c]); }
        x2 = v22;
    } else {
        var v23: array<f32, 1>;
        { let c = 0u; v23[c] = v19; }
        var v24: array<f32, 1>;
        { let c = 0u; v24[c] = (v6[c] + v23[c]); }
        x2 = v24;
    }
    var v25 = x2;
    let v26: i32 = 10i;
    let v27: bool = (v2 > v26);
    let u3 = (ox_uniform(select(0u, 1u, v27), tid) != 0u);
    if (u3) {
        x3 = v6;
    } else {
        let v28: f32 = 7.0f;
        var v29: array<f32, 1>;
        { let c = 0u; v29[c] = v28; }
        x3 = v29;
    }
    var v30 = x3;
    var v31: array<i32, 1>;
    { let c = 0u; v31[c] = v1; }
    var v32: array<i32, 1>;
    { let c = 0u; v32[c] = (v31[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 8u && (v32[c] < 0i || u32(v32[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v32[lane / 64u]), bitcast<u32>(v32[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 8u && true) { let o = u32(v32[c]); b1[o >> 2u][o & 3u] = v25[c]; }
        }
    }
    let v33: i32 = 8i;
    let v34: i32 = (v1 + v33);
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = v34; }
    var v36: array<i32, 1>;
    { let c = 0u; v36[c] = (v35[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 8u && (v36[c] < 0i || u32(v36[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v36[lane / 64u]), bitcast<u32>(v36[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 8u && true) { let o = u32(v36[c]); b1[o >> 2u][o & 3u] = v30[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
