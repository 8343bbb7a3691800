// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) scalar(word 6) scalar(word 7) scalar(word 8)
// params words: 9

// oxtile kernel `layer_norm_fwd`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `y`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `w`: *f32
@group(0) @binding(5) var<storage, read_write> b3: array<vec4<f32>>; // `b`: *f32
@group(0) @binding(6) var<storage, read_write> b4: array<vec4<f32>>; // `mean`: *f32
@group(0) @binding(7) var<storage, read_write> b5: array<vec4<f32>>; // `rstd`: *f32

var<workgroup> ox_part0: array<u32, 128>;
var<workgroup> ox_part1: array<u32, 128>;
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

fn ox_rsqrt(x: f32) -> f32 {
    if (x == 0.0f) { return 1.0f / x; }
    return inverseSqrt(x);
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
    _ = arrayLength(&b2);
    _ = arrayLength(&b3);
    _ = arrayLength(&b4);
    _ = arrayLength(&b5);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v6 = bitcast<i32>(params[6]);
    let v7 = bitcast<i32>(params[7]);
    let v8 = bitcast<f32>(params[8]);
    let v9 = i32(wid.x);
    let v13: i32 = (v9 * v6);
    let v14: i32 = (v0 + v13);
    var v15: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v15[c] = v14; }
    var v16: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v16[c] = (v15[c] + i32((tid + c * 64u))); }
    let v17: f32 = 0.0f;
    var v18: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v18[c] = v17; }
    var v19: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 304u) {
            if ((i32((tid + c * 64u)) < v7) && v16[c] >= 0i && u32(v16[c]) < params[0]) { let o = u32(v16[c]); v19[c] = b0[o >> 2u][o & 3u]; } else { v19[c] = v18[c]; if ((i32((tid + c * 64u)) < v7)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v16[c]), bitcast<u32>(v16[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v20: f32;
    {
        var acc: f32;
        var has = false;
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u) {
                let acc_o = v19[c];
                if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 2u;
            ox_part0[at + 0u] = bitcast<u32>(acc);
            ox_part0[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = bitcast<f32>(ox_part0[at + 0u]);
            if (ox_part0[at + 1u] != 0u) { if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true; }
        }
        v20 = acc;
    }
    let v21: f32 = ox_i2f_prec(v7, 24u);
    let v22: f32 = (v20 / v21);
    var v23: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v23[c] = v22; }
    let v25: f32 = 0.0f;
    var v26: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v26[c] = v25; }
    var v27: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let w24: f32 = (v19[c] - v23[c]);
        v27[c] = select(v26[c], w24, (i32((tid + c * 64u)) < v7));
    }
    var v28: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v28[c] = (v27[c] * v27[c]); }
    var v29: f32;
    {
        var acc: f32;
        var has = false;
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u) {
                let acc_o = v28[c];
                if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 2u;
            ox_part1[at + 0u] = bitcast<u32>(acc);
            ox_part1[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = bitcast<f32>(ox_part1[at + 0u]);
            if (ox_part1[at + 1u] != 0u) { if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true; }
        }
        v29 = acc;
    }
    let v30: f32 = ox_i2f_prec(v7, 24u);
    let v31: f32 = (v29 / v30);
    let v32: f32 = (v31 + v8);
    let v33: f32 = ox_rsqrt(v32);
    let v34: i32 = (v4 + v9);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v34 < 0i || u32(v34) >= params[4]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 4u, bitcast<u32>(v34), bitcast<u32>(v34 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v34); b4[o >> 2u][o & 3u] = v22; }
    }
    let v35: i32 = (v5 + v9);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v35 < 0i || u32(v35) >= params[5]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 5u, bitcast<u32>(v35), bitcast<u32>(v35 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v35); b5[o >> 2u][o & 3u] = v33; }
    }
    var v36: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v36[c] = v2; }
    var v37: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v37[c] = (v36[c] + i32((tid + c * 64u))); }
    let v38: f32 = 0.0f;
    var v39: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v39[c] = v38; }
    var v40: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 304u) {
            if ((i32((tid + c * 64u)) < v7) && v37[c] >= 0i && u32(v37[c]) < params[2]) { let o = u32(v37[c]); v40[c] = b2[o >> 2u][o & 3u]; } else { v40[c] = v39[c]; if ((i32((tid + c * 64u)) < v7)) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v37[c]), bitcast<u32>(v37[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v41: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v41[c] = v3; }
    var v42: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v42[c] = (v41[c] + i32((tid + c * 64u))); }
    let v43: f32 = 0.0f;
    var v44: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v44[c] = v43; }
    var v45: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 304u) {
            if ((i32((tid + c * 64u)) < v7) && v42[c] >= 0i && u32(v42[c]) < params[3]) { let o = u32(v42[c]); v45[c] = b3[o >> 2u][o & 3u]; } else { v45[c] = v44[c]; if ((i32((tid + c * 64u)) < v7)) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v42[c]), bitcast<u32>(v42[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v46: i32 = (v9 * v6);
    let v47: i32 = (v1 + v46);
    var v48: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v48[c] = v47; }
    var v49: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v49[c] = (v48[c] + i32((tid + c * 64u))); }
    var v50: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v50[c] = v33; }
    var v53: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let w51: f32 = (v27[c] * v50[c]);
        let w52: f32 = (w51 * v40[c]);
        v53[c] = (w52 + v45[c]);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 304u && (i32((tid + c * 64u)) < v7) && (v49[c] < 0i || u32(v49[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v49[lane / 64u]), bitcast<u32>(v49[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u && (i32((tid + c * 64u)) < v7)) { let o = u32(v49[c]); b1[o >> 2u][o & 3u] = v53[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
