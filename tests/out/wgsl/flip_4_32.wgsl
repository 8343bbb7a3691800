// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1)
// params words: 2
// site 1: tests/lang_tiles.rs:1687:13
// site 2: tests/lang_tiles.rs:1688:5
// site 3: tests/lang_tiles.rs:1689:5
// site 4: tests/lang_tiles.rs:1690:5

// oxtile kernel `flips`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `x`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `out`: *i32

var<workgroup> ox_scratch: array<u32, 128>;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v4: i32 = 32i;
    var v12: array<i32, 2>;
    { let c = 0u; v12[c] = v0; } { let c = 1u; v12[c] = v0; }
    var v13: array<i32, 2>;
    { let c = 0u; v13[c] = (v12[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v13[c] = (v12[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); }
    var v14: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v13[c] >= 0i && u32(v13[c]) < params[0]) { let o = u32(v13[c]); v14[c] = b0[o >> 2u][o & 3u]; } else { v14[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v13[c]), bitcast<u32>(v13[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    var v15: array<i32, 2>;
    { let c = 0u; v15[c] = v1; } { let c = 1u; v15[c] = v1; }
    var v16: array<i32, 2>;
    { let c = 0u; v16[c] = (v15[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v16[c] = (v15[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); }
    let v18: i32 = 4i;
    let v19: i32 = 1i;
    let v20: i32 = (v18 - v19);
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v14[c]); }
    }
    workgroupBarrier();
    var v25: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            v25[c] = bitcast<i32>(ox_scratch[(u32(clamp(i32((v20 - i32((((tid + c * 64u) / 32u))))), 0i, 3i))) * 32u + (e % 32u)]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v16[c] < 0i || u32(v16[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v16[lane / 64u]), bitcast<u32>(v16[lane / 64u] >> 31u), 1u, 2u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v16[c]); b1[o >> 2u][o & 3u] = v25[c]; }
        }
    }
    let v26: i32 = 4i;
    let v27: i32 = 32i;
    let v28: i32 = (v26 * v27);
    let v29: i32 = (v1 + v28);
    var v30: array<i32, 2>;
    { let c = 0u; v30[c] = v29; } { let c = 1u; v30[c] = v29; }
    var v31: array<i32, 2>;
    { let c = 0u; v31[c] = (v30[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v31[c] = (v30[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); }
    let v33: i32 = 32i;
    let v34: i32 = 1i;
    let v35: i32 = (v33 - v34);
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v14[c]); }
    }
    workgroupBarrier();
    var v40: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            v40[c] = bitcast<i32>(ox_scratch[(e / 32u) * 32u + (u32(clamp(i32((v35 - i32((((tid + c * 64u) % 32u))))), 0i, 31i)))]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v31[c] < 0i || u32(v31[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v31[lane / 64u]), bitcast<u32>(v31[lane / 64u] >> 31u), 1u, 3u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v31[c]); b1[o >> 2u][o & 3u] = v40[c]; }
        }
    }
    let v41: i32 = 2i;
    let v42: i32 = 4i;
    let v43: i32 = (v41 * v42);
    let v44: i32 = 32i;
    let v45: i32 = (v43 * v44);
    let v46: i32 = (v1 + v45);
    var v47: array<i32, 2>;
    { let c = 0u; v47[c] = v46; } { let c = 1u; v47[c] = v46; }
    var v48: array<i32, 2>;
    { let c = 0u; v48[c] = (v47[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v48[c] = (v47[c] + ((i32((((tid + c * 64u) / 32u))) * v4) + i32((((tid + c * 64u) % 32u))))); }
    let v50: i32 = 32i;
    let v51: i32 = 1i;
    let v52: i32 = (v50 - v51);
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v14[c]); }
    }
    workgroupBarrier();
    var v57: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            v57[c] = bitcast<i32>(ox_scratch[(e / 32u) * 32u + (u32(clamp(i32((v52 - i32((((tid + c * 64u) % 32u))))), 0i, 31i)))]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v48[c] < 0i || u32(v48[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v48[lane / 64u]), bitcast<u32>(v48[lane / 64u] >> 31u), 1u, 4u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v48[c]); b1[o >> 2u][o & 3u] = v57[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
