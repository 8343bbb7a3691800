// params: buffer(binding 2, length word 0)
// params words: 1

// oxtile kernel `grid3`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `out`: *i32

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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = i32(wid.x);
    let v2 = i32(wid.y);
    let v3 = i32(wid.z);
    let v4 = i32(nwg.x);
    let v5 = i32(nwg.y);
    let v6 = i32(nwg.z);
    let v7: i32 = (v3 * v5);
    let v8: i32 = (v7 + v2);
    let v9: i32 = (v8 * v4);
    let v10: i32 = (v9 + v1);
    let v11: i32 = 2i;
    let v12: i32 = (v11 * v10);
    let v13: i32 = (v0 + v12);
    let v14: i32 = 1000i;
    let v15: i32 = (v10 * v14);
    let v16: i32 = 100i;
    let v17: i32 = (v1 * v16);
    let v18: i32 = (v15 + v17);
    let v19: i32 = 10i;
    let v20: i32 = (v2 * v19);
    let v21: i32 = (v18 + v20);
    let v22: i32 = (v21 + v3);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v13 < 0i || u32(v13) >= params[0]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 0u, bitcast<u32>(v13), bitcast<u32>(v13 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v13); b0[o >> 2u][o & 3u] = v22; }
    }
    let v23: i32 = 2i;
    let v24: i32 = (v23 * v10);
    let v25: i32 = (v0 + v24);
    let v26: i32 = 1i;
    let v27: i32 = (v25 + v26);
    let v28: i32 = 100i;
    let v29: i32 = (v4 * v28);
    let v30: i32 = 10i;
    let v31: i32 = (v5 * v30);
    let v32: i32 = (v29 + v31);
    let v33: i32 = (v32 + v6);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v27 < 0i || u32(v27) >= params[0]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 0u, bitcast<u32>(v27), bitcast<u32>(v27 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v27); b0[o >> 2u][o & 3u] = v33; }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
