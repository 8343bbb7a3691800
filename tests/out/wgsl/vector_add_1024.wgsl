// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) scalar(word 3)
// params words: 4

// oxtile kernel `vector_add`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `y`: *f32
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
    let v4 = i32(wid.x);
    let v5: i32 = 1024i;
    let v6: i32 = (v4 * v5);
    var v12: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v12[c] = v0; }
    var v13: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v13[c] = (v12[c] + (v6 + i32((tid + c * 64u)))); }
    let v14: f32 = 0.0f;
    var v15: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v15[c] = v14; }
    var v16: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (((v6 + i32((tid + c * 64u))) < v3) && v13[c] >= 0i && u32(v13[c]) < params[0]) { let o = u32(v13[c]); v16[c] = b0[o >> 2u][o & 3u]; } else { v16[c] = v15[c]; if (((v6 + i32((tid + c * 64u))) < v3)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v13[c]), bitcast<u32>(v13[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v17: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v17[c] = v1; }
    var v18: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v18[c] = (v17[c] + (v6 + i32((tid + c * 64u)))); }
    let v19: f32 = 0.0f;
    var v20: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v20[c] = v19; }
    var v21: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 1024u) {
            if (((v6 + i32((tid + c * 64u))) < v3) && v18[c] >= 0i && u32(v18[c]) < params[1]) { let o = u32(v18[c]); v21[c] = b1[o >> 2u][o & 3u]; } else { v21[c] = v20[c]; if (((v6 + i32((tid + c * 64u))) < v3)) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v18[c]), bitcast<u32>(v18[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v22: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v22[c] = v2; }
    var v23: array<i32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v23[c] = (v22[c] + (v6 + i32((tid + c * 64u)))); }
    var v24: array<f32, 16>;
    for (var c = 0u; c < 16u; c = c + 1u) { v24[c] = (v16[c] + v21[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 1024u && ((v6 + i32((tid + c * 64u))) < v3) && (v23[c] < 0i || u32(v23[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v23[lane / 64u]), bitcast<u32>(v23[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 16u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 1024u && ((v6 + i32((tid + c * 64u))) < v3)) { let o = u32(v23[c]); b2[o >> 2u][o & 3u] = v24[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
