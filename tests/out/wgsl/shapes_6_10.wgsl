// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1)
// params words: 2

// oxtile kernel `shapes`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `out`: *f32

var<workgroup> ox_scratch: array<u32, 60>;
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
    let v5: i32 = 10i;
    var v8: array<i32, 1>;
    { let c = 0u; v8[c] = v0; }
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = (v8[c] + (i32((tid + c * 64u)) * v5)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) { ox_scratch[e] = bitcast<u32>(v9[c]); }
    }
    workgroupBarrier();
    var v11: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v11[c] = bitcast<i32>(ox_scratch[(e / 10u)]);
        }
    }
    var v13: array<i32, 1>;
    { let c = 0u; v13[c] = (v11[c] + i32((((tid + c * 64u) % 10u)))); }
    var v14: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            if (true && v13[c] >= 0i && u32(v13[c]) < params[0]) { let o = u32(v13[c]); v14[c] = b0[o >> 2u][o & 3u]; } else { v14[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v13[c]), bitcast<u32>(v13[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) { ox_scratch[e] = bitcast<u32>(v14[c]); }
    }
    workgroupBarrier();
    var v15: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v15[c] = bitcast<f32>(ox_scratch[(e / 6u) + (e % 6u) * 10u]);
        }
    }
    let v17: i32 = 6i;
    var v20: array<i32, 1>;
    { let c = 0u; v20[c] = v1; }
    var v21: array<i32, 1>;
    { let c = 0u; v21[c] = (v20[c] + (i32((tid + c * 64u)) * v17)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) { ox_scratch[e] = bitcast<u32>(v21[c]); }
    }
    workgroupBarrier();
    var v23: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v23[c] = bitcast<i32>(ox_scratch[(e / 6u)]);
        }
    }
    var v25: array<i32, 1>;
    { let c = 0u; v25[c] = (v23[c] + i32((((tid + c * 64u) % 6u)))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v25[c] < 0i || u32(v25[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v25[lane / 64u]), bitcast<u32>(v25[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v25[c]); b1[o >> 2u][o & 3u] = v15[c]; }
        }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) { ox_scratch[e] = bitcast<u32>(v14[c]); }
    }
    workgroupBarrier();
    var v26: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v26[c] = bitcast<f32>(ox_scratch[(e / 6u) + (e % 6u) * 10u]);
        }
    }
    let v27: i32 = 6i;
    let v28: i32 = 10i;
    let v29: i32 = (v27 * v28);
    let v30: i32 = (v1 + v29);
    let v32: i32 = 6i;
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = v30; }
    var v36: array<i32, 1>;
    { let c = 0u; v36[c] = (v35[c] + (i32((tid + c * 64u)) * v32)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) { ox_scratch[e] = bitcast<u32>(v36[c]); }
    }
    workgroupBarrier();
    var v38: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v38[c] = bitcast<i32>(ox_scratch[(e / 6u)]);
        }
    }
    var v40: array<i32, 1>;
    { let c = 0u; v40[c] = (v38[c] + i32((((tid + c * 64u) % 6u)))); }
    let v41: f32 = 2.0f;
    var v42: array<f32, 1>;
    { let c = 0u; v42[c] = v41; }
    var v43: array<f32, 1>;
    { let c = 0u; v43[c] = (v26[c] * v42[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v40[c] < 0i || u32(v40[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v40[lane / 64u]), bitcast<u32>(v40[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v40[c]); b1[o >> 2u][o & 3u] = v43[c]; }
        }
    }
    let v45: i32 = 2i;
    let v46: i32 = 6i;
    let v47: i32 = (v45 * v46);
    let v48: i32 = 10i;
    let v49: i32 = (v47 * v48);
    let v50: i32 = (v1 + v49);
    let v52: i32 = 6i;
    var v55: array<i32, 1>;
    { let c = 0u; v55[c] = v50; }
    var v56: array<i32, 1>;
    { let c = 0u; v56[c] = (v55[c] + (i32((tid + c * 64u)) * v52)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) { ox_scratch[e] = bitcast<u32>(v56[c]); }
    }
    workgroupBarrier();
    var v58: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v58[c] = bitcast<i32>(ox_scratch[(e / 6u)]);
        }
    }
    var v60: array<i32, 1>;
    { let c = 0u; v60[c] = (v58[c] + i32((((tid + c * 64u) % 6u)))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v60[c] < 0i || u32(v60[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v60[lane / 64u]), bitcast<u32>(v60[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v60[c]); b1[o >> 2u][o & 3u] = v14[c]; }
        }
    }
    let v61: i32 = 10i;
    var v64: array<i32, 1>;
    { let c = 0u; v64[c] = v0; }
    var v65: array<i32, 1>;
    { let c = 0u; v65[c] = (v64[c] + (i32((tid + c * 64u)) * v61)); }
    var v66: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) {
            if (true && v65[c] >= 0i && u32(v65[c]) < params[0]) { let o = u32(v65[c]); v66[c] = b0[o >> 2u][o & 3u]; } else { v66[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v65[c]), bitcast<u32>(v65[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v68: array<i32, 1>;
    { let c = 0u; v68[c] = v0; }
    var v69: array<i32, 1>;
    { let c = 0u; v69[c] = (v68[c] + i32((tid + c * 64u))); }
    var v70: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) {
            if (true && v69[c] >= 0i && u32(v69[c]) < params[0]) { let o = u32(v69[c]); v70[c] = b0[o >> 2u][o & 3u]; } else { v70[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v69[c]), bitcast<u32>(v69[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v72: i32 = 3i;
    let v73: i32 = 6i;
    let v74: i32 = (v72 * v73);
    let v75: i32 = 10i;
    let v76: i32 = (v74 * v75);
    let v77: i32 = (v1 + v76);
    let v79: i32 = 10i;
    var v82: array<i32, 1>;
    { let c = 0u; v82[c] = v77; }
    var v83: array<i32, 1>;
    { let c = 0u; v83[c] = (v82[c] + (i32((tid + c * 64u)) * v79)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) { ox_scratch[e] = bitcast<u32>(v83[c]); }
    }
    workgroupBarrier();
    var v85: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v85[c] = bitcast<i32>(ox_scratch[(e / 10u)]);
        }
    }
    var v87: array<i32, 1>;
    { let c = 0u; v87[c] = (v85[c] + i32((((tid + c * 64u) % 10u)))); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) { ox_scratch[e] = bitcast<u32>(v66[c]); }
    }
    workgroupBarrier();
    var v88: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v88[c] = bitcast<f32>(ox_scratch[(e / 10u)]);
        }
    }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) { ox_scratch[e] = bitcast<u32>(v70[c]); }
    }
    workgroupBarrier();
    var v89: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v89[c] = bitcast<f32>(ox_scratch[(e % 10u)]);
        }
    }
    var v90: array<f32, 1>;
    { let c = 0u; v90[c] = (v88[c] + v89[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v87[c] < 0i || u32(v87[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v87[lane / 64u]), bitcast<u32>(v87[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v87[c]); b1[o >> 2u][o & 3u] = v90[c]; }
        }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) { ox_scratch[e] = bitcast<u32>(v66[c]); }
    }
    workgroupBarrier();
    var v91: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v91[c] = bitcast<f32>(ox_scratch[(e / 10u)]);
        }
    }
    let v92: i32 = 4i;
    let v93: i32 = 6i;
    let v94: i32 = (v92 * v93);
    let v95: i32 = 10i;
    let v96: i32 = (v94 * v95);
    let v97: i32 = (v1 + v96);
    let v99: i32 = 10i;
    var v102: array<i32, 1>;
    { let c = 0u; v102[c] = v97; }
    var v103: array<i32, 1>;
    { let c = 0u; v103[c] = (v102[c] + (i32((tid + c * 64u)) * v99)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) { ox_scratch[e] = bitcast<u32>(v103[c]); }
    }
    workgroupBarrier();
    var v105: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v105[c] = bitcast<i32>(ox_scratch[(e / 10u)]);
        }
    }
    var v107: array<i32, 1>;
    { let c = 0u; v107[c] = (v105[c] + i32((((tid + c * 64u) % 10u)))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v107[c] < 0i || u32(v107[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v107[lane / 64u]), bitcast<u32>(v107[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v107[c]); b1[o >> 2u][o & 3u] = v91[c]; }
        }
    }
    let v108: f32 = 1.5f;
    var v109: array<f32, 1>;
    { let c = 0u; v109[c] = v108; }
    let v110: f32 = 0.0f;
    var v111: array<f32, 1>;
    { let c = 0u; v111[c] = v110; }
    var v112: array<f32, 1>;
    { let c = 0u; v112[c] = (v109[c] + v111[c]); }
    let v113: i32 = 5i;
    let v114: i32 = 6i;
    let v115: i32 = (v113 * v114);
    let v116: i32 = 10i;
    let v117: i32 = (v115 * v116);
    let v118: i32 = (v1 + v117);
    let v120: i32 = 10i;
    var v123: array<i32, 1>;
    { let c = 0u; v123[c] = v118; }
    var v124: array<i32, 1>;
    { let c = 0u; v124[c] = (v123[c] + (i32((tid + c * 64u)) * v120)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 6u) { ox_scratch[e] = bitcast<u32>(v124[c]); }
    }
    workgroupBarrier();
    var v126: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 60u) {
            v126[c] = bitcast<i32>(ox_scratch[(e / 10u)]);
        }
    }
    var v128: array<i32, 1>;
    { let c = 0u; v128[c] = (v126[c] + i32((((tid + c * 64u) % 10u)))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 60u && (v128[c] < 0i || u32(v128[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v128[lane / 64u]), bitcast<u32>(v128[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 60u && true) { let o = u32(v128[c]); b1[o >> 2u][o & 3u] = v112[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
