// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2) buffer(binding 4, length word 4) buffer(binding 5, length word 5)
// params words: 6

// oxtile kernel `wide_moves`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<i64>; // `x`: *i64
@group(0) @binding(3) var<storage, read_write> b1: array<f64>; // `y`: *f64
@group(0) @binding(4) var<storage, read_write> b3: array<i64>; // `out`: *i64
@group(0) @binding(5) var<storage, read_write> b4: array<f64>; // `fout`: *f64

var<workgroup> ox_scratch: array<u32, 120>;
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
    _ = arrayLength(&b3);
    _ = arrayLength(&b4);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = bitcast<i64>(((u64(params[3]) << 32u) | u64(params[2])));
    let v3 = 0i;
    let v4 = 0i;
    let v8: i32 = 10i;
    var v15: array<i32, 1>;
    { let c = 0u; v15[c] = v0; }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = (v15[c] + ((i32((((tid + c * 64u) / 10u))) * v8) + i32((((tid + c * 64u) % 10u))))); }
    var v17: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            if (true && v16[c] >= 0i && u32(v16[c]) < params[0]) { let o = u32(v16[c]); v17[c] = b0[o]; } else { v17[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v16[c]), bitcast<u32>(v16[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v19: i32 = 6i;
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v3; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + (i32((tid + c * 64u)) * v19)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) { ox_scratch[e] = bitcast<u32>(v23[c]); }
    }
    workgroupBarrier();
    var v25: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v25[c] = bitcast<i32>(ox_scratch[(e / 6u)]);
        }
    }
    var v27: array<i32, 1>;
    { let c = 0u; v27[c] = (v25[c] + i32((((tid + c * 64u) % 6u)))); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) { { let ox_w = v17[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 60u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v28: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v28[c] = bitcast<i64>(((u64(ox_scratch[(e / 6u) + (e % 6u) * 10u + 60u]) << 32u) | u64(ox_scratch[(e / 6u) + (e % 6u) * 10u])));
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v27[c] < 0i || u32(v27[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v27[lane / 64u]), bitcast<u32>(v27[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v27[c]); b3[o] = v28[c]; }
        }
    }
    var v29: array<i32, 1>;
    { let c = 0u; v29[c] = v0; }
    var v30: array<i32, 1>;
    { let c = 0u; v30[c] = (v29[c] + i32((tid + c * 64u))); }
    var v31: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) {
            if (true && v30[c] >= 0i && u32(v30[c]) < params[0]) { let o = u32(v30[c]); v31[c] = b0[o]; } else { v31[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v30[c]), bitcast<u32>(v30[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v33: i32 = 6i;
    let v34: i32 = 10i;
    let v35: i32 = (v33 * v34);
    let v36: i32 = (v3 + v35);
    var v37: array<i32, 1>;
    { let c = 0u; v37[c] = v36; }
    var v38: array<i32, 1>;
    { let c = 0u; v38[c] = (v37[c] + ((i32((((tid + c * 64u) / 10u))) * v8) + i32((((tid + c * 64u) % 10u))))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) { { let ox_w = v31[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 10u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v39: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v39[c] = bitcast<i64>(((u64(ox_scratch[(e % 10u) + 10u]) << 32u) | u64(ox_scratch[(e % 10u)])));
        }
    }
    var v41: array<i64, 1>;
    { let c = 0u; v41[c] = (v39[c] + v2); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v38[c] < 0i || u32(v38[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v38[lane / 64u]), bitcast<u32>(v38[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v38[c]); b3[o] = v41[c]; }
        }
    }
    var v42: array<i32, 1>;
    { let c = 0u; v42[c] = v1; }
    var v43: array<i32, 1>;
    { let c = 0u; v43[c] = (v42[c] + i32((tid + c * 64u))); }
    var v44: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) {
            if (true && v43[c] >= 0i && u32(v43[c]) < params[1]) { let o = u32(v43[c]); v44[c] = b1[o]; } else { v44[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v43[c]), bitcast<u32>(v43[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v46: array<i32, 1>;
    { let c = 0u; v46[c] = v4; }
    var v47: array<i32, 1>;
    { let c = 0u; v47[c] = (v46[c] + ((i32((((tid + c * 64u) / 10u))) * v8) + i32((((tid + c * 64u) % 10u))))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) { { let ox_w = v44[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 6u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v48: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v48[c] = bitcast<f64>(((u64(ox_scratch[(e / 10u) + 6u]) << 32u) | u64(ox_scratch[(e / 10u)])));
        }
    }
    let v49: f64 = 2.0lf;
    var v50: array<f64, 1>;
    { let c = 0u; v50[c] = v49; }
    var v51: array<f64, 1>;
    { let c = 0u; v51[c] = (v48[c] * v50[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v47[c] < 0i || u32(v47[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v47[lane / 64u]), bitcast<u32>(v47[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v47[c]); b4[o] = v51[c]; }
        }
    }
    let v52: i32 = 10i;
    let v53: i32 = (v0 + v52);
    var v55: array<i32, 1>;
    { let c = 0u; v55[c] = v53; }
    var v56: array<i32, 1>;
    { let c = 0u; v56[c] = (v55[c] + i32((tid + c * 64u))); }
    var v57: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 1u) {
            if (true && v56[c] >= 0i && u32(v56[c]) < params[0]) { let o = u32(v56[c]); v57[c] = b0[o]; } else { v57[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v56[c]), bitcast<u32>(v56[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 1u) { { let ox_w = v57[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 1u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    var v58: i64;
    {
        v58 = bitcast<i64>(((u64(ox_scratch[0u + 1u]) << 32u) | u64(ox_scratch[0u])));
    }
    let v59: i32 = 2i;
    let v60: i32 = 6i;
    let v61: i32 = (v59 * v60);
    let v62: i32 = 10i;
    let v63: i32 = (v61 * v62);
    let v64: i32 = (v3 + v63);
    let v65: i64 = (v58 - v2);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v64 < 0i || u32(v64) >= params[4]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v64), bitcast<u32>(v64 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v64); b3[o] = v65; }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
