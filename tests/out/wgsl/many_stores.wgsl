// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1)
// params words: 2

// oxtile kernel `many_stores`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `x`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `out`: *i32

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
    var v3: array<i32, 1>;
    { let c = 0u; v3[c] = v0; }
    var v4: array<i32, 1>;
    { let c = 0u; v4[c] = (v3[c] + i32((tid + c * 64u))); }
    var v5: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v4[c] >= 0i && u32(v4[c]) < params[0]) { let o = u32(v4[c]); v5[c] = b0[o >> 2u][o & 3u]; } else { v5[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v4[c]), bitcast<u32>(v4[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v6: i32 = 0i;
    let v7: i32 = (v1 + v6);
    var v8: array<i32, 1>;
    { let c = 0u; v8[c] = v7; }
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = (v8[c] + i32((tid + c * 64u))); }
    let v10: i32 = 1i;
    var v12: array<i32, 1>;
    { let c = 0u; v12[c] = (v5[c] + v10); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v9[c] < 0i || u32(v9[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v9[lane / 64u]), bitcast<u32>(v9[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v9[c]); b1[o >> 2u][o & 3u] = v12[c]; }
        }
    }
    let v13: i32 = 64i;
    let v14: i32 = (v1 + v13);
    var v15: array<i32, 1>;
    { let c = 0u; v15[c] = v14; }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = (v15[c] + i32((tid + c * 64u))); }
    let v17: i32 = 2i;
    var v19: array<i32, 1>;
    { let c = 0u; v19[c] = (v5[c] + v17); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v16[c] < 0i || u32(v16[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v16[lane / 64u]), bitcast<u32>(v16[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v16[c]); b1[o >> 2u][o & 3u] = v19[c]; }
        }
    }
    let v20: i32 = 128i;
    let v21: i32 = (v1 + v20);
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v21; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + i32((tid + c * 64u))); }
    let v24: i32 = 3i;
    var v26: array<i32, 1>;
    { let c = 0u; v26[c] = (v5[c] + v24); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v23[c] < 0i || u32(v23[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v23[lane / 64u]), bitcast<u32>(v23[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v23[c]); b1[o >> 2u][o & 3u] = v26[c]; }
        }
    }
    let v27: i32 = 192i;
    let v28: i32 = (v1 + v27);
    var v29: array<i32, 1>;
    { let c = 0u; v29[c] = v28; }
    var v30: array<i32, 1>;
    { let c = 0u; v30[c] = (v29[c] + i32((tid + c * 64u))); }
    let v31: i32 = 4i;
    var v33: array<i32, 1>;
    { let c = 0u; v33[c] = (v5[c] + v31); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v30[c] < 0i || u32(v30[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v30[lane / 64u]), bitcast<u32>(v30[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v30[c]); b1[o >> 2u][o & 3u] = v33[c]; }
        }
    }
    let v34: i32 = 256i;
    let v35: i32 = (v1 + v34);
    var v36: array<i32, 1>;
    { let c = 0u; v36[c] = v35; }
    var v37: array<i32, 1>;
    { let c = 0u; v37[c] = (v36[c] + i32((tid + c * 64u))); }
    let v38: i32 = 5i;
    var v40: array<i32, 1>;
    { let c = 0u; v40[c] = (v5[c] + v38); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v37[c] < 0i || u32(v37[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v37[lane / 64u]), bitcast<u32>(v37[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v37[c]); b1[o >> 2u][o & 3u] = v40[c]; }
        }
    }
    let v41: i32 = 320i;
    let v42: i32 = (v1 + v41);
    var v43: array<i32, 1>;
    { let c = 0u; v43[c] = v42; }
    var v44: array<i32, 1>;
    { let c = 0u; v44[c] = (v43[c] + i32((tid + c * 64u))); }
    let v45: i32 = 6i;
    var v47: array<i32, 1>;
    { let c = 0u; v47[c] = (v5[c] + v45); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v44[c] < 0i || u32(v44[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v44[lane / 64u]), bitcast<u32>(v44[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v44[c]); b1[o >> 2u][o & 3u] = v47[c]; }
        }
    }
    let v48: i32 = 384i;
    let v49: i32 = (v1 + v48);
    var v50: array<i32, 1>;
    { let c = 0u; v50[c] = v49; }
    var v51: array<i32, 1>;
    { let c = 0u; v51[c] = (v50[c] + i32((tid + c * 64u))); }
    let v52: i32 = 7i;
    var v54: array<i32, 1>;
    { let c = 0u; v54[c] = (v5[c] + v52); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v51[c] < 0i || u32(v51[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v51[lane / 64u]), bitcast<u32>(v51[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v51[c]); b1[o >> 2u][o & 3u] = v54[c]; }
        }
    }
    let v55: i32 = 448i;
    let v56: i32 = (v1 + v55);
    var v57: array<i32, 1>;
    { let c = 0u; v57[c] = v56; }
    var v58: array<i32, 1>;
    { let c = 0u; v58[c] = (v57[c] + i32((tid + c * 64u))); }
    let v59: i32 = 8i;
    var v61: array<i32, 1>;
    { let c = 0u; v61[c] = (v5[c] + v59); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v58[c] < 0i || u32(v58[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v58[lane / 64u]), bitcast<u32>(v58[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v58[c]); b1[o >> 2u][o & 3u] = v61[c]; }
        }
    }
    let v62: i32 = 512i;
    let v63: i32 = (v1 + v62);
    var v64: array<i32, 1>;
    { let c = 0u; v64[c] = v63; }
    var v65: array<i32, 1>;
    { let c = 0u; v65[c] = (v64[c] + i32((tid + c * 64u))); }
    let v66: i32 = 9i;
    var v68: array<i32, 1>;
    { let c = 0u; v68[c] = (v5[c] + v66); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v65[c] < 0i || u32(v65[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v65[lane / 64u]), bitcast<u32>(v65[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v65[c]); b1[o >> 2u][o & 3u] = v68[c]; }
        }
    }
    let v69: i32 = 576i;
    let v70: i32 = (v1 + v69);
    var v71: array<i32, 1>;
    { let c = 0u; v71[c] = v70; }
    var v72: array<i32, 1>;
    { let c = 0u; v72[c] = (v71[c] + i32((tid + c * 64u))); }
    let v73: i32 = 10i;
    var v75: array<i32, 1>;
    { let c = 0u; v75[c] = (v5[c] + v73); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v72[c] < 0i || u32(v72[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v72[lane / 64u]), bitcast<u32>(v72[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v72[c]); b1[o >> 2u][o & 3u] = v75[c]; }
        }
    }
    let v76: i32 = 640i;
    let v77: i32 = (v1 + v76);
    var v78: array<i32, 1>;
    { let c = 0u; v78[c] = v77; }
    var v79: array<i32, 1>;
    { let c = 0u; v79[c] = (v78[c] + i32((tid + c * 64u))); }
    let v80: i32 = 11i;
    var v82: array<i32, 1>;
    { let c = 0u; v82[c] = (v5[c] + v80); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v79[c] < 0i || u32(v79[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v79[lane / 64u]), bitcast<u32>(v79[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v79[c]); b1[o >> 2u][o & 3u] = v82[c]; }
        }
    }
    let v83: i32 = 704i;
    let v84: i32 = (v1 + v83);
    var v85: array<i32, 1>;
    { let c = 0u; v85[c] = v84; }
    var v86: array<i32, 1>;
    { let c = 0u; v86[c] = (v85[c] + i32((tid + c * 64u))); }
    let v87: i32 = 12i;
    var v89: array<i32, 1>;
    { let c = 0u; v89[c] = (v5[c] + v87); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v86[c] < 0i || u32(v86[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v86[lane / 64u]), bitcast<u32>(v86[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v86[c]); b1[o >> 2u][o & 3u] = v89[c]; }
        }
    }
    let v90: i32 = 768i;
    let v91: i32 = (v1 + v90);
    var v92: array<i32, 1>;
    { let c = 0u; v92[c] = v91; }
    var v93: array<i32, 1>;
    { let c = 0u; v93[c] = (v92[c] + i32((tid + c * 64u))); }
    let v94: i32 = 13i;
    var v96: array<i32, 1>;
    { let c = 0u; v96[c] = (v5[c] + v94); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v93[c] < 0i || u32(v93[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v93[lane / 64u]), bitcast<u32>(v93[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v93[c]); b1[o >> 2u][o & 3u] = v96[c]; }
        }
    }
    let v97: i32 = 832i;
    let v98: i32 = (v1 + v97);
    var v99: array<i32, 1>;
    { let c = 0u; v99[c] = v98; }
    var v100: array<i32, 1>;
    { let c = 0u; v100[c] = (v99[c] + i32((tid + c * 64u))); }
    let v101: i32 = 14i;
    var v103: array<i32, 1>;
    { let c = 0u; v103[c] = (v5[c] + v101); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v100[c] < 0i || u32(v100[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v100[lane / 64u]), bitcast<u32>(v100[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v100[c]); b1[o >> 2u][o & 3u] = v103[c]; }
        }
    }
    let v104: i32 = 896i;
    let v105: i32 = (v1 + v104);
    var v106: array<i32, 1>;
    { let c = 0u; v106[c] = v105; }
    var v107: array<i32, 1>;
    { let c = 0u; v107[c] = (v106[c] + i32((tid + c * 64u))); }
    let v108: i32 = 15i;
    var v110: array<i32, 1>;
    { let c = 0u; v110[c] = (v5[c] + v108); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v107[c] < 0i || u32(v107[c]) >= params[1])) { bad = 0xffffffffu - e; }
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
            if (e < 64u && true) { let o = u32(v107[c]); b1[o >> 2u][o & 3u] = v110[c]; }
        }
    }
    let v111: i32 = 960i;
    let v112: i32 = (v1 + v111);
    var v113: array<i32, 1>;
    { let c = 0u; v113[c] = v112; }
    var v114: array<i32, 1>;
    { let c = 0u; v114[c] = (v113[c] + i32((tid + c * 64u))); }
    let v115: i32 = 16i;
    var v117: array<i32, 1>;
    { let c = 0u; v117[c] = (v5[c] + v115); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v114[c] < 0i || u32(v114[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v114[lane / 64u]), bitcast<u32>(v114[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v114[c]); b1[o >> 2u][o & 3u] = v117[c]; }
        }
    }
    let v118: i32 = 1024i;
    let v119: i32 = (v1 + v118);
    var v120: array<i32, 1>;
    { let c = 0u; v120[c] = v119; }
    var v121: array<i32, 1>;
    { let c = 0u; v121[c] = (v120[c] + i32((tid + c * 64u))); }
    let v122: i32 = 17i;
    var v124: array<i32, 1>;
    { let c = 0u; v124[c] = (v5[c] + v122); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v121[c] < 0i || u32(v121[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v121[lane / 64u]), bitcast<u32>(v121[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v121[c]); b1[o >> 2u][o & 3u] = v124[c]; }
        }
    }
    let v125: i32 = 1088i;
    let v126: i32 = (v1 + v125);
    var v127: array<i32, 1>;
    { let c = 0u; v127[c] = v126; }
    var v128: array<i32, 1>;
    { let c = 0u; v128[c] = (v127[c] + i32((tid + c * 64u))); }
    let v129: i32 = 18i;
    var v131: array<i32, 1>;
    { let c = 0u; v131[c] = (v5[c] + v129); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v128[c] < 0i || u32(v128[c]) >= params[1])) { bad = 0xffffffffu - e; }
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
            if (e < 64u && true) { let o = u32(v128[c]); b1[o >> 2u][o & 3u] = v131[c]; }
        }
    }
    let v132: i32 = 1152i;
    let v133: i32 = (v1 + v132);
    var v134: array<i32, 1>;
    { let c = 0u; v134[c] = v133; }
    var v135: array<i32, 1>;
    { let c = 0u; v135[c] = (v134[c] + i32((tid + c * 64u))); }
    let v136: i32 = 19i;
    var v138: array<i32, 1>;
    { let c = 0u; v138[c] = (v5[c] + v136); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v135[c] < 0i || u32(v135[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v135[lane / 64u]), bitcast<u32>(v135[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v135[c]); b1[o >> 2u][o & 3u] = v138[c]; }
        }
    }
    let v139: i32 = 1216i;
    let v140: i32 = (v1 + v139);
    var v141: array<i32, 1>;
    { let c = 0u; v141[c] = v140; }
    var v142: array<i32, 1>;
    { let c = 0u; v142[c] = (v141[c] + i32((tid + c * 64u))); }
    let v143: i32 = 20i;
    var v145: array<i32, 1>;
    { let c = 0u; v145[c] = (v5[c] + v143); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v142[c] < 0i || u32(v142[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v142[lane / 64u]), bitcast<u32>(v142[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v142[c]); b1[o >> 2u][o & 3u] = v145[c]; }
        }
    }
    let v146: i32 = 1280i;
    let v147: i32 = (v1 + v146);
    var v148: array<i32, 1>;
    { let c = 0u; v148[c] = v147; }
    var v149: array<i32, 1>;
    { let c = 0u; v149[c] = (v148[c] + i32((tid + c * 64u))); }
    let v150: i32 = 21i;
    var v152: array<i32, 1>;
    { let c = 0u; v152[c] = (v5[c] + v150); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v149[c] < 0i || u32(v149[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v149[lane / 64u]), bitcast<u32>(v149[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v149[c]); b1[o >> 2u][o & 3u] = v152[c]; }
        }
    }
    let v153: i32 = 1344i;
    let v154: i32 = (v1 + v153);
    var v155: array<i32, 1>;
    { let c = 0u; v155[c] = v154; }
    var v156: array<i32, 1>;
    { let c = 0u; v156[c] = (v155[c] + i32((tid + c * 64u))); }
    let v157: i32 = 22i;
    var v159: array<i32, 1>;
    { let c = 0u; v159[c] = (v5[c] + v157); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v156[c] < 0i || u32(v156[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v156[lane / 64u]), bitcast<u32>(v156[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v156[c]); b1[o >> 2u][o & 3u] = v159[c]; }
        }
    }
    let v160: i32 = 1408i;
    let v161: i32 = (v1 + v160);
    var v162: array<i32, 1>;
    { let c = 0u; v162[c] = v161; }
    var v163: array<i32, 1>;
    { let c = 0u; v163[c] = (v162[c] + i32((tid + c * 64u))); }
    let v164: i32 = 23i;
    var v166: array<i32, 1>;
    { let c = 0u; v166[c] = (v5[c] + v164); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v163[c] < 0i || u32(v163[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v163[lane / 64u]), bitcast<u32>(v163[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v163[c]); b1[o >> 2u][o & 3u] = v166[c]; }
        }
    }
    let v167: i32 = 1472i;
    let v168: i32 = (v1 + v167);
    var v169: array<i32, 1>;
    { let c = 0u; v169[c] = v168; }
    var v170: array<i32, 1>;
    { let c = 0u; v170[c] = (v169[c] + i32((tid + c * 64u))); }
    let v171: i32 = 24i;
    var v173: array<i32, 1>;
    { let c = 0u; v173[c] = (v5[c] + v171); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v170[c] < 0i || u32(v170[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v170[lane / 64u]), bitcast<u32>(v170[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v170[c]); b1[o >> 2u][o & 3u] = v173[c]; }
        }
    }
    let v174: i32 = 1536i;
    let v175: i32 = (v1 + v174);
    var v176: array<i32, 1>;
    { let c = 0u; v176[c] = v175; }
    var v177: array<i32, 1>;
    { let c = 0u; v177[c] = (v176[c] + i32((tid + c * 64u))); }
    let v178: i32 = 25i;
    var v180: array<i32, 1>;
    { let c = 0u; v180[c] = (v5[c] + v178); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v177[c] < 0i || u32(v177[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v177[lane / 64u]), bitcast<u32>(v177[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v177[c]); b1[o >> 2u][o & 3u] = v180[c]; }
        }
    }
    let v181: i32 = 1600i;
    let v182: i32 = (v1 + v181);
    var v183: array<i32, 1>;
    { let c = 0u; v183[c] = v182; }
    var v184: array<i32, 1>;
    { let c = 0u; v184[c] = (v183[c] + i32((tid + c * 64u))); }
    let v185: i32 = 26i;
    var v187: array<i32, 1>;
    { let c = 0u; v187[c] = (v5[c] + v185); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v184[c] < 0i || u32(v184[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v184[lane / 64u]), bitcast<u32>(v184[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v184[c]); b1[o >> 2u][o & 3u] = v187[c]; }
        }
    }
    let v188: i32 = 1664i;
    let v189: i32 = (v1 + v188);
    var v190: array<i32, 1>;
    { let c = 0u; v190[c] = v189; }
    var v191: array<i32, 1>;
    { let c = 0u; v191[c] = (v190[c] + i32((tid + c * 64u))); }
    let v192: i32 = 27i;
    var v194: array<i32, 1>;
    { let c = 0u; v194[c] = (v5[c] + v192); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v191[c] < 0i || u32(v191[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v191[lane / 64u]), bitcast<u32>(v191[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v191[c]); b1[o >> 2u][o & 3u] = v194[c]; }
        }
    }
    let v195: i32 = 1728i;
    let v196: i32 = (v1 + v195);
    var v197: array<i32, 1>;
    { let c = 0u; v197[c] = v196; }
    var v198: array<i32, 1>;
    { let c = 0u; v198[c] = (v197[c] + i32((tid + c * 64u))); }
    let v199: i32 = 28i;
    var v201: array<i32, 1>;
    { let c = 0u; v201[c] = (v5[c] + v199); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v198[c] < 0i || u32(v198[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v198[lane / 64u]), bitcast<u32>(v198[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v198[c]); b1[o >> 2u][o & 3u] = v201[c]; }
        }
    }
    let v202: i32 = 1792i;
    let v203: i32 = (v1 + v202);
    var v204: array<i32, 1>;
    { let c = 0u; v204[c] = v203; }
    var v205: array<i32, 1>;
    { let c = 0u; v205[c] = (v204[c] + i32((tid + c * 64u))); }
    let v206: i32 = 29i;
    var v208: array<i32, 1>;
    { let c = 0u; v208[c] = (v5[c] + v206); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v205[c] < 0i || u32(v205[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v205[lane / 64u]), bitcast<u32>(v205[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v205[c]); b1[o >> 2u][o & 3u] = v208[c]; }
        }
    }
    let v209: i32 = 1856i;
    let v210: i32 = (v1 + v209);
    var v211: array<i32, 1>;
    { let c = 0u; v211[c] = v210; }
    var v212: array<i32, 1>;
    { let c = 0u; v212[c] = (v211[c] + i32((tid + c * 64u))); }
    let v213: i32 = 30i;
    var v215: array<i32, 1>;
    { let c = 0u; v215[c] = (v5[c] + v213); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v212[c] < 0i || u32(v212[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v212[lane / 64u]), bitcast<u32>(v212[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v212[c]); b1[o >> 2u][o & 3u] = v215[c]; }
        }
    }
    let v216: i32 = 1920i;
    let v217: i32 = (v1 + v216);
    var v218: array<i32, 1>;
    { let c = 0u; v218[c] = v217; }
    var v219: array<i32, 1>;
    { let c = 0u; v219[c] = (v218[c] + i32((tid + c * 64u))); }
    let v220: i32 = 31i;
    var v222: array<i32, 1>;
    { let c = 0u; v222[c] = (v5[c] + v220); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v219[c] < 0i || u32(v219[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v219[lane / 64u]), bitcast<u32>(v219[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v219[c]); b1[o >> 2u][o & 3u] = v222[c]; }
        }
    }
    let v223: i32 = 1984i;
    let v224: i32 = (v1 + v223);
    var v225: array<i32, 1>;
    { let c = 0u; v225[c] = v224; }
    var v226: array<i32, 1>;
    { let c = 0u; v226[c] = (v225[c] + i32((tid + c * 64u))); }
    let v227: i32 = 32i;
    var v229: array<i32, 1>;
    { let c = 0u; v229[c] = (v5[c] + v227); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v226[c] < 0i || u32(v226[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v226[lane / 64u]), bitcast<u32>(v226[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v226[c]); b1[o >> 2u][o & 3u] = v229[c]; }
        }
    }
    let v230: i32 = 2048i;
    let v231: i32 = (v1 + v230);
    var v232: array<i32, 1>;
    { let c = 0u; v232[c] = v231; }
    var v233: array<i32, 1>;
    { let c = 0u; v233[c] = (v232[c] + i32((tid + c * 64u))); }
    let v234: i32 = 33i;
    var v236: array<i32, 1>;
    { let c = 0u; v236[c] = (v5[c] + v234); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v233[c] < 0i || u32(v233[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v233[lane / 64u]), bitcast<u32>(v233[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v233[c]); b1[o >> 2u][o & 3u] = v236[c]; }
        }
    }
    let v237: i32 = 2112i;
    let v238: i32 = (v1 + v237);
    var v239: array<i32, 1>;
    { let c = 0u; v239[c] = v238; }
    var v240: array<i32, 1>;
    { let c = 0u; v240[c] = (v239[c] + i32((tid + c * 64u))); }
    let v241: i32 = 34i;
    var v243: array<i32, 1>;
    { let c = 0u; v243[c] = (v5[c] + v241); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v240[c] < 0i || u32(v240[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v240[lane / 64u]), bitcast<u32>(v240[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v240[c]); b1[o >> 2u][o & 3u] = v243[c]; }
        }
    }
    let v244: i32 = 2176i;
    let v245: i32 = (v1 + v244);
    var v246: array<i32, 1>;
    { let c = 0u; v246[c] = v245; }
    var v247: array<i32, 1>;
    { let c = 0u; v247[c] = (v246[c] + i32((tid + c * 64u))); }
    let v248: i32 = 35i;
    var v250: array<i32, 1>;
    { let c = 0u; v250[c] = (v5[c] + v248); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v247[c] < 0i || u32(v247[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v247[lane / 64u]), bitcast<u32>(v247[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v247[c]); b1[o >> 2u][o & 3u] = v250[c]; }
        }
    }
    let v251: i32 = 2240i;
    let v252: i32 = (v1 + v251);
    var v253: array<i32, 1>;
    { let c = 0u; v253[c] = v252; }
    var v254: array<i32, 1>;
    { let c = 0u; v254[c] = (v253[c] + i32((tid + c * 64u))); }
    let v255: i32 = 36i;
    var v257: array<i32, 1>;
    { let c = 0u; v257[c] = (v5[c] + v255); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v254[c] < 0i || u32(v254[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v254[lane / 64u]), bitcast<u32>(v254[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v254[c]); b1[o >> 2u][o & 3u] = v257[c]; }
        }
    }
    let v258: i32 = 2304i;
    let v259: i32 = (v1 + v258);
    var v260: array<i32, 1>;
    { let c = 0u; v260[c] = v259; }
    var v261: array<i32, 1>;
    { let c = 0u; v261[c] = (v260[c] + i32((tid + c * 64u))); }
    let v262: i32 = 37i;
    var v264: array<i32, 1>;
    { let c = 0u; v264[c] = (v5[c] + v262); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v261[c] < 0i || u32(v261[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v261[lane / 64u]), bitcast<u32>(v261[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v261[c]); b1[o >> 2u][o & 3u] = v264[c]; }
        }
    }
    let v265: i32 = 2368i;
    let v266: i32 = (v1 + v265);
    var v267: array<i32, 1>;
    { let c = 0u; v267[c] = v266; }
    var v268: array<i32, 1>;
    { let c = 0u; v268[c] = (v267[c] + i32((tid + c * 64u))); }
    let v269: i32 = 38i;
    var v271: array<i32, 1>;
    { let c = 0u; v271[c] = (v5[c] + v269); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v268[c] < 0i || u32(v268[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v268[lane / 64u]), bitcast<u32>(v268[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v268[c]); b1[o >> 2u][o & 3u] = v271[c]; }
        }
    }
    let v272: i32 = 2432i;
    let v273: i32 = (v1 + v272);
    var v274: array<i32, 1>;
    { let c = 0u; v274[c] = v273; }
    var v275: array<i32, 1>;
    { let c = 0u; v275[c] = (v274[c] + i32((tid + c * 64u))); }
    let v276: i32 = 39i;
    var v278: array<i32, 1>;
    { let c = 0u; v278[c] = (v5[c] + v276); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v275[c] < 0i || u32(v275[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v275[lane / 64u]), bitcast<u32>(v275[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v275[c]); b1[o >> 2u][o & 3u] = v278[c]; }
        }
    }
    let v279: i32 = 2496i;
    let v280: i32 = (v1 + v279);
    var v281: array<i32, 1>;
    { let c = 0u; v281[c] = v280; }
    var v282: array<i32, 1>;
    { let c = 0u; v282[c] = (v281[c] + i32((tid + c * 64u))); }
    let v283: i32 = 40i;
    var v285: array<i32, 1>;
    { let c = 0u; v285[c] = (v5[c] + v283); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v282[c] < 0i || u32(v282[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v282[lane / 64u]), bitcast<u32>(v282[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v282[c]); b1[o >> 2u][o & 3u] = v285[c]; }
        }
    }
    let v286: i32 = 2560i;
    let v287: i32 = (v1 + v286);
    var v288: array<i32, 1>;
    { let c = 0u; v288[c] = v287; }
    var v289: array<i32, 1>;
    { let c = 0u; v289[c] = (v288[c] + i32((tid + c * 64u))); }
    let v290: i32 = 41i;
    var v292: array<i32, 1>;
    { let c = 0u; v292[c] = (v5[c] + v290); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v289[c] < 0i || u32(v289[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v289[lane / 64u]), bitcast<u32>(v289[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v289[c]); b1[o >> 2u][o & 3u] = v292[c]; }
        }
    }
    let v293: i32 = 2624i;
    let v294: i32 = (v1 + v293);
    var v295: array<i32, 1>;
    { let c = 0u; v295[c] = v294; }
    var v296: array<i32, 1>;
    { let c = 0u; v296[c] = (v295[c] + i32((tid + c * 64u))); }
    let v297: i32 = 42i;
    var v299: array<i32, 1>;
    { let c = 0u; v299[c] = (v5[c] + v297); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v296[c] < 0i || u32(v296[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v296[lane / 64u]), bitcast<u32>(v296[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v296[c]); b1[o >> 2u][o & 3u] = v299[c]; }
        }
    }
    let v300: i32 = 2688i;
    let v301: i32 = (v1 + v300);
    var v302: array<i32, 1>;
    { let c = 0u; v302[c] = v301; }
    var v303: array<i32, 1>;
    { let c = 0u; v303[c] = (v302[c] + i32((tid + c * 64u))); }
    let v304: i32 = 43i;
    var v306: array<i32, 1>;
    { let c = 0u; v306[c] = (v5[c] + v304); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v303[c] < 0i || u32(v303[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v303[lane / 64u]), bitcast<u32>(v303[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v303[c]); b1[o >> 2u][o & 3u] = v306[c]; }
        }
    }
    let v307: i32 = 2752i;
    let v308: i32 = (v1 + v307);
    var v309: array<i32, 1>;
    { let c = 0u; v309[c] = v308; }
    var v310: array<i32, 1>;
    { let c = 0u; v310[c] = (v309[c] + i32((tid + c * 64u))); }
    let v311: i32 = 44i;
    var v313: array<i32, 1>;
    { let c = 0u; v313[c] = (v5[c] + v311); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v310[c] < 0i || u32(v310[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v310[lane / 64u]), bitcast<u32>(v310[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v310[c]); b1[o >> 2u][o & 3u] = v313[c]; }
        }
    }
    let v314: i32 = 2816i;
    let v315: i32 = (v1 + v314);
    var v316: array<i32, 1>;
    { let c = 0u; v316[c] = v315; }
    var v317: array<i32, 1>;
    { let c = 0u; v317[c] = (v316[c] + i32((tid + c * 64u))); }
    let v318: i32 = 45i;
    var v320: array<i32, 1>;
    { let c = 0u; v320[c] = (v5[c] + v318); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v317[c] < 0i || u32(v317[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v317[lane / 64u]), bitcast<u32>(v317[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v317[c]); b1[o >> 2u][o & 3u] = v320[c]; }
        }
    }
    let v321: i32 = 2880i;
    let v322: i32 = (v1 + v321);
    var v323: array<i32, 1>;
    { let c = 0u; v323[c] = v322; }
    var v324: array<i32, 1>;
    { let c = 0u; v324[c] = (v323[c] + i32((tid + c * 64u))); }
    let v325: i32 = 46i;
    var v327: array<i32, 1>;
    { let c = 0u; v327[c] = (v5[c] + v325); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v324[c] < 0i || u32(v324[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v324[lane / 64u]), bitcast<u32>(v324[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v324[c]); b1[o >> 2u][o & 3u] = v327[c]; }
        }
    }
    let v328: i32 = 2944i;
    let v329: i32 = (v1 + v328);
    var v330: array<i32, 1>;
    { let c = 0u; v330[c] = v329; }
    var v331: array<i32, 1>;
    { let c = 0u; v331[c] = (v330[c] + i32((tid + c * 64u))); }
    let v332: i32 = 47i;
    var v334: array<i32, 1>;
    { let c = 0u; v334[c] = (v5[c] + v332); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v331[c] < 0i || u32(v331[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v331[lane / 64u]), bitcast<u32>(v331[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v331[c]); b1[o >> 2u][o & 3u] = v334[c]; }
        }
    }
    let v335: i32 = 3008i;
    let v336: i32 = (v1 + v335);
    var v337: array<i32, 1>;
    { let c = 0u; v337[c] = v336; }
    var v338: array<i32, 1>;
    { let c = 0u; v338[c] = (v337[c] + i32((tid + c * 64u))); }
    let v339: i32 = 48i;
    var v341: array<i32, 1>;
    { let c = 0u; v341[c] = (v5[c] + v339); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v338[c] < 0i || u32(v338[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v338[lane / 64u]), bitcast<u32>(v338[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v338[c]); b1[o >> 2u][o & 3u] = v341[c]; }
        }
    }
    let v342: i32 = 3072i;
    let v343: i32 = (v1 + v342);
    var v344: array<i32, 1>;
    { let c = 0u; v344[c] = v343; }
    var v345: array<i32, 1>;
    { let c = 0u; v345[c] = (v344[c] + i32((tid + c * 64u))); }
    let v346: i32 = 49i;
    var v348: array<i32, 1>;
    { let c = 0u; v348[c] = (v5[c] + v346); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v345[c] < 0i || u32(v345[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v345[lane / 64u]), bitcast<u32>(v345[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v345[c]); b1[o >> 2u][o & 3u] = v348[c]; }
        }
    }
    let v349: i32 = 3136i;
    let v350: i32 = (v1 + v349);
    var v351: array<i32, 1>;
    { let c = 0u; v351[c] = v350; }
    var v352: array<i32, 1>;
    { let c = 0u; v352[c] = (v351[c] + i32((tid + c * 64u))); }
    let v353: i32 = 50i;
    var v355: array<i32, 1>;
    { let c = 0u; v355[c] = (v5[c] + v353); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v352[c] < 0i || u32(v352[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v352[lane / 64u]), bitcast<u32>(v352[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v352[c]); b1[o >> 2u][o & 3u] = v355[c]; }
        }
    }
    let v356: i32 = 3200i;
    let v357: i32 = (v1 + v356);
    var v358: array<i32, 1>;
    { let c = 0u; v358[c] = v357; }
    var v359: array<i32, 1>;
    { let c = 0u; v359[c] = (v358[c] + i32((tid + c * 64u))); }
    let v360: i32 = 51i;
    var v362: array<i32, 1>;
    { let c = 0u; v362[c] = (v5[c] + v360); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v359[c] < 0i || u32(v359[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v359[lane / 64u]), bitcast<u32>(v359[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v359[c]); b1[o >> 2u][o & 3u] = v362[c]; }
        }
    }
    let v363: i32 = 3264i;
    let v364: i32 = (v1 + v363);
    var v365: array<i32, 1>;
    { let c = 0u; v365[c] = v364; }
    var v366: array<i32, 1>;
    { let c = 0u; v366[c] = (v365[c] + i32((tid + c * 64u))); }
    let v367: i32 = 52i;
    var v369: array<i32, 1>;
    { let c = 0u; v369[c] = (v5[c] + v367); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v366[c] < 0i || u32(v366[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v366[lane / 64u]), bitcast<u32>(v366[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v366[c]); b1[o >> 2u][o & 3u] = v369[c]; }
        }
    }
    let v370: i32 = 3328i;
    let v371: i32 = (v1 + v370);
    var v372: array<i32, 1>;
    { let c = 0u; v372[c] = v371; }
    var v373: array<i32, 1>;
    { let c = 0u; v373[c] = (v372[c] + i32((tid + c * 64u))); }
    let v374: i32 = 53i;
    var v376: array<i32, 1>;
    { let c = 0u; v376[c] = (v5[c] + v374); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v373[c] < 0i || u32(v373[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v373[lane / 64u]), bitcast<u32>(v373[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v373[c]); b1[o >> 2u][o & 3u] = v376[c]; }
        }
    }
    let v377: i32 = 3392i;
    let v378: i32 = (v1 + v377);
    var v379: array<i32, 1>;
    { let c = 0u; v379[c] = v378; }
    var v380: array<i32, 1>;
    { let c = 0u; v380[c] = (v379[c] + i32((tid + c * 64u))); }
    let v381: i32 = 54i;
    var v383: array<i32, 1>;
    { let c = 0u; v383[c] = (v5[c] + v381); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v380[c] < 0i || u32(v380[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v380[lane / 64u]), bitcast<u32>(v380[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v380[c]); b1[o >> 2u][o & 3u] = v383[c]; }
        }
    }
    let v384: i32 = 3456i;
    let v385: i32 = (v1 + v384);
    var v386: array<i32, 1>;
    { let c = 0u; v386[c] = v385; }
    var v387: array<i32, 1>;
    { let c = 0u; v387[c] = (v386[c] + i32((tid + c * 64u))); }
    let v388: i32 = 55i;
    var v390: array<i32, 1>;
    { let c = 0u; v390[c] = (v5[c] + v388); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v387[c] < 0i || u32(v387[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v387[lane / 64u]), bitcast<u32>(v387[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v387[c]); b1[o >> 2u][o & 3u] = v390[c]; }
        }
    }
    let v391: i32 = 3520i;
    let v392: i32 = (v1 + v391);
    var v393: array<i32, 1>;
    { let c = 0u; v393[c] = v392; }
    var v394: array<i32, 1>;
    { let c = 0u; v394[c] = (v393[c] + i32((tid + c * 64u))); }
    let v395: i32 = 56i;
    var v397: array<i32, 1>;
    { let c = 0u; v397[c] = (v5[c] + v395); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v394[c] < 0i || u32(v394[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v394[lane / 64u]), bitcast<u32>(v394[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v394[c]); b1[o >> 2u][o & 3u] = v397[c]; }
        }
    }
    let v398: i32 = 3584i;
    let v399: i32 = (v1 + v398);
    var v400: array<i32, 1>;
    { let c = 0u; v400[c] = v399; }
    var v401: array<i32, 1>;
    { let c = 0u; v401[c] = (v400[c] + i32((tid + c * 64u))); }
    let v402: i32 = 57i;
    var v404: array<i32, 1>;
    { let c = 0u; v404[c] = (v5[c] + v402); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v401[c] < 0i || u32(v401[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v401[lane / 64u]), bitcast<u32>(v401[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v401[c]); b1[o >> 2u][o & 3u] = v404[c]; }
        }
    }
    let v405: i32 = 3648i;
    let v406: i32 = (v1 + v405);
    var v407: array<i32, 1>;
    { let c = 0u; v407[c] = v406; }
    var v408: array<i32, 1>;
    { let c = 0u; v408[c] = (v407[c] + i32((tid + c * 64u))); }
    let v409: i32 = 58i;
    var v411: array<i32, 1>;
    { let c = 0u; v411[c] = (v5[c] + v409); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v408[c] < 0i || u32(v408[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v408[lane / 64u]), bitcast<u32>(v408[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v408[c]); b1[o >> 2u][o & 3u] = v411[c]; }
        }
    }
    let v412: i32 = 3712i;
    let v413: i32 = (v1 + v412);
    var v414: array<i32, 1>;
    { let c = 0u; v414[c] = v413; }
    var v415: array<i32, 1>;
    { let c = 0u; v415[c] = (v414[c] + i32((tid + c * 64u))); }
    let v416: i32 = 59i;
    var v418: array<i32, 1>;
    { let c = 0u; v418[c] = (v5[c] + v416); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v415[c] < 0i || u32(v415[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v415[lane / 64u]), bitcast<u32>(v415[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v415[c]); b1[o >> 2u][o & 3u] = v418[c]; }
        }
    }
    let v419: i32 = 3776i;
    let v420: i32 = (v1 + v419);
    var v421: array<i32, 1>;
    { let c = 0u; v421[c] = v420; }
    var v422: array<i32, 1>;
    { let c = 0u; v422[c] = (v421[c] + i32((tid + c * 64u))); }
    let v423: i32 = 60i;
    var v425: array<i32, 1>;
    { let c = 0u; v425[c] = (v5[c] + v423); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v422[c] < 0i || u32(v422[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v422[lane / 64u]), bitcast<u32>(v422[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v422[c]); b1[o >> 2u][o & 3u] = v425[c]; }
        }
    }
    let v426: i32 = 3840i;
    let v427: i32 = (v1 + v426);
    var v428: array<i32, 1>;
    { let c = 0u; v428[c] = v427; }
    var v429: array<i32, 1>;
    { let c = 0u; v429[c] = (v428[c] + i32((tid + c * 64u))); }
    let v430: i32 = 61i;
    var v432: array<i32, 1>;
    { let c = 0u; v432[c] = (v5[c] + v430); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v429[c] < 0i || u32(v429[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v429[lane / 64u]), bitcast<u32>(v429[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v429[c]); b1[o >> 2u][o & 3u] = v432[c]; }
        }
    }
    let v433: i32 = 3904i;
    let v434: i32 = (v1 + v433);
    var v435: array<i32, 1>;
    { let c = 0u; v435[c] = v434; }
    var v436: array<i32, 1>;
    { let c = 0u; v436[c] = (v435[c] + i32((tid + c * 64u))); }
    let v437: i32 = 62i;
    var v439: array<i32, 1>;
    { let c = 0u; v439[c] = (v5[c] + v437); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v436[c] < 0i || u32(v436[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v436[lane / 64u]), bitcast<u32>(v436[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v436[c]); b1[o >> 2u][o & 3u] = v439[c]; }
        }
    }
    let v440: i32 = 3968i;
    let v441: i32 = (v1 + v440);
    var v442: array<i32, 1>;
    { let c = 0u; v442[c] = v441; }
    var v443: array<i32, 1>;
    { let c = 0u; v443[c] = (v442[c] + i32((tid + c * 64u))); }
    let v444: i32 = 63i;
    var v446: array<i32, 1>;
    { let c = 0u; v446[c] = (v5[c] + v444); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v443[c] < 0i || u32(v443[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v443[lane / 64u]), bitcast<u32>(v443[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v443[c]); b1[o >> 2u][o & 3u] = v446[c]; }
        }
    }
    let v447: i32 = 4032i;
    let v448: i32 = (v1 + v447);
    var v449: array<i32, 1>;
    { let c = 0u; v449[c] = v448; }
    var v450: array<i32, 1>;
    { let c = 0u; v450[c] = (v449[c] + i32((tid + c * 64u))); }
    let v451: i32 = 64i;
    var v453: array<i32, 1>;
    { let c = 0u; v453[c] = (v5[c] + v451); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v450[c] < 0i || u32(v450[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v450[lane / 64u]), bitcast<u32>(v450[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v450[c]); b1[o >> 2u][o & 3u] = v453[c]; }
        }
    }
    let v454: i32 = 4096i;
    let v455: i32 = (v1 + v454);
    var v456: array<i32, 1>;
    { let c = 0u; v456[c] = v455; }
    var v457: array<i32, 1>;
    { let c = 0u; v457[c] = (v456[c] + i32((tid + c * 64u))); }
    let v458: i32 = 65i;
    var v460: array<i32, 1>;
    { let c = 0u; v460[c] = (v5[c] + v458); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v457[c] < 0i || u32(v457[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v457[lane / 64u]), bitcast<u32>(v457[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v457[c]); b1[o >> 2u][o & 3u] = v460[c]; }
        }
    }
    let v461: i32 = 4160i;
    let v462: i32 = (v1 + v461);
    var v463: array<i32, 1>;
    { let c = 0u; v463[c] = v462; }
    var v464: array<i32, 1>;
    { let c = 0u; v464[c] = (v463[c] + i32((tid + c * 64u))); }
    let v465: i32 = 66i;
    var v467: array<i32, 1>;
    { let c = 0u; v467[c] = (v5[c] + v465); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v464[c] < 0i || u32(v464[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v464[lane / 64u]), bitcast<u32>(v464[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v464[c]); b1[o >> 2u][o & 3u] = v467[c]; }
        }
    }
    let v468: i32 = 4224i;
    let v469: i32 = (v1 + v468);
    var v470: array<i32, 1>;
    { let c = 0u; v470[c] = v469; }
    var v471: array<i32, 1>;
    { let c = 0u; v471[c] = (v470[c] + i32((tid + c * 64u))); }
    let v472: i32 = 67i;
    var v474: array<i32, 1>;
    { let c = 0u; v474[c] = (v5[c] + v472); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v471[c] < 0i || u32(v471[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v471[lane / 64u]), bitcast<u32>(v471[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v471[c]); b1[o >> 2u][o & 3u] = v474[c]; }
        }
    }
    let v475: i32 = 4288i;
    let v476: i32 = (v1 + v475);
    var v477: array<i32, 1>;
    { let c = 0u; v477[c] = v476; }
    var v478: array<i32, 1>;
    { let c = 0u; v478[c] = (v477[c] + i32((tid + c * 64u))); }
    let v479: i32 = 68i;
    var v481: array<i32, 1>;
    { let c = 0u; v481[c] = (v5[c] + v479); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v478[c] < 0i || u32(v478[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v478[lane / 64u]), bitcast<u32>(v478[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v478[c]); b1[o >> 2u][o & 3u] = v481[c]; }
        }
    }
    let v482: i32 = 4352i;
    let v483: i32 = (v1 + v482);
    var v484: array<i32, 1>;
    { let c = 0u; v484[c] = v483; }
    var v485: array<i32, 1>;
    { let c = 0u; v485[c] = (v484[c] + i32((tid + c * 64u))); }
    let v486: i32 = 69i;
    var v488: array<i32, 1>;
    { let c = 0u; v488[c] = (v5[c] + v486); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v485[c] < 0i || u32(v485[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v485[lane / 64u]), bitcast<u32>(v485[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v485[c]); b1[o >> 2u][o & 3u] = v488[c]; }
        }
    }
    let v489: i32 = 4416i;
    let v490: i32 = (v1 + v489);
    var v491: array<i32, 1>;
    { let c = 0u; v491[c] = v490; }
    var v492: array<i32, 1>;
    { let c = 0u; v492[c] = (v491[c] + i32((tid + c * 64u))); }
    let v493: i32 = 70i;
    var v495: array<i32, 1>;
    { let c = 0u; v495[c] = (v5[c] + v493); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v492[c] < 0i || u32(v492[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v492[lane / 64u]), bitcast<u32>(v492[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v492[c]); b1[o >> 2u][o & 3u] = v495[c]; }
        }
    }
    let v496: i32 = 4480i;
    let v497: i32 = (v1 + v496);
    var v498: array<i32, 1>;
    { let c = 0u; v498[c] = v497; }
    var v499: array<i32, 1>;
    { let c = 0u; v499[c] = (v498[c] + i32((tid + c * 64u))); }
    let v500: i32 = 71i;
    var v502: array<i32, 1>;
    { let c = 0u; v502[c] = (v5[c] + v500); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v499[c] < 0i || u32(v499[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v499[lane / 64u]), bitcast<u32>(v499[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v499[c]); b1[o >> 2u][o & 3u] = v502[c]; }
        }
    }
    let v503: i32 = 4544i;
    let v504: i32 = (v1 + v503);
    var v505: array<i32, 1>;
    { let c = 0u; v505[c] = v504; }
    var v506: array<i32, 1>;
    { let c = 0u; v506[c] = (v505[c] + i32((tid + c * 64u))); }
    let v507: i32 = 72i;
    var v509: array<i32, 1>;
    { let c = 0u; v509[c] = (v5[c] + v507); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v506[c] < 0i || u32(v506[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v506[lane / 64u]), bitcast<u32>(v506[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v506[c]); b1[o >> 2u][o & 3u] = v509[c]; }
        }
    }
    let v510: i32 = 4608i;
    let v511: i32 = (v1 + v510);
    var v512: array<i32, 1>;
    { let c = 0u; v512[c] = v511; }
    var v513: array<i32, 1>;
    { let c = 0u; v513[c] = (v512[c] + i32((tid + c * 64u))); }
    let v514: i32 = 73i;
    var v516: array<i32, 1>;
    { let c = 0u; v516[c] = (v5[c] + v514); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v513[c] < 0i || u32(v513[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v513[lane / 64u]), bitcast<u32>(v513[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v513[c]); b1[o >> 2u][o & 3u] = v516[c]; }
        }
    }
    let v517: i32 = 4672i;
    let v518: i32 = (v1 + v517);
    var v519: array<i32, 1>;
    { let c = 0u; v519[c] = v518; }
    var v520: array<i32, 1>;
    { let c = 0u; v520[c] = (v519[c] + i32((tid + c * 64u))); }
    let v521: i32 = 74i;
    var v523: array<i32, 1>;
    { let c = 0u; v523[c] = (v5[c] + v521); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v520[c] < 0i || u32(v520[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v520[lane / 64u]), bitcast<u32>(v520[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v520[c]); b1[o >> 2u][o & 3u] = v523[c]; }
        }
    }
    let v524: i32 = 4736i;
    let v525: i32 = (v1 + v524);
    var v526: array<i32, 1>;
    { let c = 0u; v526[c] = v525; }
    var v527: array<i32, 1>;
    { let c = 0u; v527[c] = (v526[c] + i32((tid + c * 64u))); }
    let v528: i32 = 75i;
    var v530: array<i32, 1>;
    { let c = 0u; v530[c] = (v5[c] + v528); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v527[c] < 0i || u32(v527[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v527[lane / 64u]), bitcast<u32>(v527[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v527[c]); b1[o >> 2u][o & 3u] = v530[c]; }
        }
    }
    let v531: i32 = 4800i;
    let v532: i32 = (v1 + v531);
    var v533: array<i32, 1>;
    { let c = 0u; v533[c] = v532; }
    var v534: array<i32, 1>;
    { let c = 0u; v534[c] = (v533[c] + i32((tid + c * 64u))); }
    let v535: i32 = 76i;
    var v537: array<i32, 1>;
    { let c = 0u; v537[c] = (v5[c] + v535); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v534[c] < 0i || u32(v534[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v534[lane / 64u]), bitcast<u32>(v534[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v534[c]); b1[o >> 2u][o & 3u] = v537[c]; }
        }
    }
    let v538: i32 = 4864i;
    let v539: i32 = (v1 + v538);
    var v540: array<i32, 1>;
    { let c = 0u; v540[c] = v539; }
    var v541: array<i32, 1>;
    { let c = 0u; v541[c] = (v540[c] + i32((tid + c * 64u))); }
    let v542: i32 = 77i;
    var v544: array<i32, 1>;
    { let c = 0u; v544[c] = (v5[c] + v542); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v541[c] < 0i || u32(v541[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v541[lane / 64u]), bitcast<u32>(v541[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v541[c]); b1[o >> 2u][o & 3u] = v544[c]; }
        }
    }
    let v545: i32 = 4928i;
    let v546: i32 = (v1 + v545);
    var v547: array<i32, 1>;
    { let c = 0u; v547[c] = v546; }
    var v548: array<i32, 1>;
    { let c = 0u; v548[c] = (v547[c] + i32((tid + c * 64u))); }
    let v549: i32 = 78i;
    var v551: array<i32, 1>;
    { let c = 0u; v551[c] = (v5[c] + v549); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v548[c] < 0i || u32(v548[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v548[lane / 64u]), bitcast<u32>(v548[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v548[c]); b1[o >> 2u][o & 3u] = v551[c]; }
        }
    }
    let v552: i32 = 4992i;
    let v553: i32 = (v1 + v552);
    var v554: array<i32, 1>;
    { let c = 0u; v554[c] = v553; }
    var v555: array<i32, 1>;
    { let c = 0u; v555[c] = (v554[c] + i32((tid + c * 64u))); }
    let v556: i32 = 79i;
    var v558: array<i32, 1>;
    { let c = 0u; v558[c] = (v5[c] + v556); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v555[c] < 0i || u32(v555[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v555[lane / 64u]), bitcast<u32>(v555[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v555[c]); b1[o >> 2u][o & 3u] = v558[c]; }
        }
    }
    let v559: i32 = 5056i;
    let v560: i32 = (v1 + v559);
    var v561: array<i32, 1>;
    { let c = 0u; v561[c] = v560; }
    var v562: array<i32, 1>;
    { let c = 0u; v562[c] = (v561[c] + i32((tid + c * 64u))); }
    let v563: i32 = 80i;
    var v565: array<i32, 1>;
    { let c = 0u; v565[c] = (v5[c] + v563); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v562[c] < 0i || u32(v562[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v562[lane / 64u]), bitcast<u32>(v562[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v562[c]); b1[o >> 2u][o & 3u] = v565[c]; }
        }
    }
    let v566: i32 = 5120i;
    let v567: i32 = (v1 + v566);
    var v568: array<i32, 1>;
    { let c = 0u; v568[c] = v567; }
    var v569: array<i32, 1>;
    { let c = 0u; v569[c] = (v568[c] + i32((tid + c * 64u))); }
    let v570: i32 = 81i;
    var v572: array<i32, 1>;
    { let c = 0u; v572[c] = (v5[c] + v570); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v569[c] < 0i || u32(v569[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v569[lane / 64u]), bitcast<u32>(v569[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v569[c]); b1[o >> 2u][o & 3u] = v572[c]; }
        }
    }
    let v573: i32 = 5184i;
    let v574: i32 = (v1 + v573);
    var v575: array<i32, 1>;
    { let c = 0u; v575[c] = v574; }
    var v576: array<i32, 1>;
    { let c = 0u; v576[c] = (v575[c] + i32((tid + c * 64u))); }
    let v577: i32 = 82i;
    var v579: array<i32, 1>;
    { let c = 0u; v579[c] = (v5[c] + v577); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v576[c] < 0i || u32(v576[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v576[lane / 64u]), bitcast<u32>(v576[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v576[c]); b1[o >> 2u][o & 3u] = v579[c]; }
        }
    }
    let v580: i32 = 5248i;
    let v581: i32 = (v1 + v580);
    var v582: array<i32, 1>;
    { let c = 0u; v582[c] = v581; }
    var v583: array<i32, 1>;
    { let c = 0u; v583[c] = (v582[c] + i32((tid + c * 64u))); }
    let v584: i32 = 83i;
    var v586: array<i32, 1>;
    { let c = 0u; v586[c] = (v5[c] + v584); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v583[c] < 0i || u32(v583[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v583[lane / 64u]), bitcast<u32>(v583[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v583[c]); b1[o >> 2u][o & 3u] = v586[c]; }
        }
    }
    let v587: i32 = 5312i;
    let v588: i32 = (v1 + v587);
    var v589: array<i32, 1>;
    { let c = 0u; v589[c] = v588; }
    var v590: array<i32, 1>;
    { let c = 0u; v590[c] = (v589[c] + i32((tid + c * 64u))); }
    let v591: i32 = 84i;
    var v593: array<i32, 1>;
    { let c = 0u; v593[c] = (v5[c] + v591); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v590[c] < 0i || u32(v590[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v590[lane / 64u]), bitcast<u32>(v590[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v590[c]); b1[o >> 2u][o & 3u] = v593[c]; }
        }
    }
    let v594: i32 = 5376i;
    let v595: i32 = (v1 + v594);
    var v596: array<i32, 1>;
    { let c = 0u; v596[c] = v595; }
    var v597: array<i32, 1>;
    { let c = 0u; v597[c] = (v596[c] + i32((tid + c * 64u))); }
    let v598: i32 = 85i;
    var v600: array<i32, 1>;
    { let c = 0u; v600[c] = (v5[c] + v598); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v597[c] < 0i || u32(v597[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v597[lane / 64u]), bitcast<u32>(v597[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v597[c]); b1[o >> 2u][o & 3u] = v600[c]; }
        }
    }
    let v601: i32 = 5440i;
    let v602: i32 = (v1 + v601);
    var v603: array<i32, 1>;
    { let c = 0u; v603[c] = v602; }
    var v604: array<i32, 1>;
    { let c = 0u; v604[c] = (v603[c] + i32((tid + c * 64u))); }
    let v605: i32 = 86i;
    var v607: array<i32, 1>;
    { let c = 0u; v607[c] = (v5[c] + v605); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v604[c] < 0i || u32(v604[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v604[lane / 64u]), bitcast<u32>(v604[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v604[c]); b1[o >> 2u][o & 3u] = v607[c]; }
        }
    }
    let v608: i32 = 5504i;
    let v609: i32 = (v1 + v608);
    var v610: array<i32, 1>;
    { let c = 0u; v610[c] = v609; }
    var v611: array<i32, 1>;
    { let c = 0u; v611[c] = (v610[c] + i32((tid + c * 64u))); }
    let v612: i32 = 87i;
    var v614: array<i32, 1>;
    { let c = 0u; v614[c] = (v5[c] + v612); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v611[c] < 0i || u32(v611[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v611[lane / 64u]), bitcast<u32>(v611[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v611[c]); b1[o >> 2u][o & 3u] = v614[c]; }
        }
    }
    let v615: i32 = 5568i;
    let v616: i32 = (v1 + v615);
    var v617: array<i32, 1>;
    { let c = 0u; v617[c] = v616; }
    var v618: array<i32, 1>;
    { let c = 0u; v618[c] = (v617[c] + i32((tid + c * 64u))); }
    let v619: i32 = 88i;
    var v621: array<i32, 1>;
    { let c = 0u; v621[c] = (v5[c] + v619); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v618[c] < 0i || u32(v618[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v618[lane / 64u]), bitcast<u32>(v618[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v618[c]); b1[o >> 2u][o & 3u] = v621[c]; }
        }
    }
    let v622: i32 = 5632i;
    let v623: i32 = (v1 + v622);
    var v624: array<i32, 1>;
    { let c = 0u; v624[c] = v623; }
    var v625: array<i32, 1>;
    { let c = 0u; v625[c] = (v624[c] + i32((tid + c * 64u))); }
    let v626: i32 = 89i;
    var v628: array<i32, 1>;
    { let c = 0u; v628[c] = (v5[c] + v626); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v625[c] < 0i || u32(v625[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v625[lane / 64u]), bitcast<u32>(v625[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v625[c]); b1[o >> 2u][o & 3u] = v628[c]; }
        }
    }
    let v629: i32 = 5696i;
    let v630: i32 = (v1 + v629);
    var v631: array<i32, 1>;
    { let c = 0u; v631[c] = v630; }
    var v632: array<i32, 1>;
    { let c = 0u; v632[c] = (v631[c] + i32((tid + c * 64u))); }
    let v633: i32 = 90i;
    var v635: array<i32, 1>;
    { let c = 0u; v635[c] = (v5[c] + v633); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v632[c] < 0i || u32(v632[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v632[lane / 64u]), bitcast<u32>(v632[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v632[c]); b1[o >> 2u][o & 3u] = v635[c]; }
        }
    }
    let v636: i32 = 5760i;
    let v637: i32 = (v1 + v636);
    var v638: array<i32, 1>;
    { let c = 0u; v638[c] = v637; }
    var v639: array<i32, 1>;
    { let c = 0u; v639[c] = (v638[c] + i32((tid + c * 64u))); }
    let v640: i32 = 91i;
    var v642: array<i32, 1>;
    { let c = 0u; v642[c] = (v5[c] + v640); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v639[c] < 0i || u32(v639[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v639[lane / 64u]), bitcast<u32>(v639[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v639[c]); b1[o >> 2u][o & 3u] = v642[c]; }
        }
    }
    let v643: i32 = 5824i;
    let v644: i32 = (v1 + v643);
    var v645: array<i32, 1>;
    { let c = 0u; v645[c] = v644; }
    var v646: array<i32, 1>;
    { let c = 0u; v646[c] = (v645[c] + i32((tid + c * 64u))); }
    let v647: i32 = 92i;
    var v649: array<i32, 1>;
    { let c = 0u; v649[c] = (v5[c] + v647); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v646[c] < 0i || u32(v646[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v646[lane / 64u]), bitcast<u32>(v646[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v646[c]); b1[o >> 2u][o & 3u] = v649[c]; }
        }
    }
    let v650: i32 = 5888i;
    let v651: i32 = (v1 + v650);
    var v652: array<i32, 1>;
    { let c = 0u; v652[c] = v651; }
    var v653: array<i32, 1>;
    { let c = 0u; v653[c] = (v652[c] + i32((tid + c * 64u))); }
    let v654: i32 = 93i;
    var v656: array<i32, 1>;
    { let c = 0u; v656[c] = (v5[c] + v654); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v653[c] < 0i || u32(v653[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v653[lane / 64u]), bitcast<u32>(v653[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v653[c]); b1[o >> 2u][o & 3u] = v656[c]; }
        }
    }
    let v657: i32 = 5952i;
    let v658: i32 = (v1 + v657);
    var v659: array<i32, 1>;
    { let c = 0u; v659[c] = v658; }
    var v660: array<i32, 1>;
    { let c = 0u; v660[c] = (v659[c] + i32((tid + c * 64u))); }
    let v661: i32 = 94i;
    var v663: array<i32, 1>;
    { let c = 0u; v663[c] = (v5[c] + v661); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v660[c] < 0i || u32(v660[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v660[lane / 64u]), bitcast<u32>(v660[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v660[c]); b1[o >> 2u][o & 3u] = v663[c]; }
        }
    }
    let v664: i32 = 6016i;
    let v665: i32 = (v1 + v664);
    var v666: array<i32, 1>;
    { let c = 0u; v666[c] = v665; }
    var v667: array<i32, 1>;
    { let c = 0u; v667[c] = (v666[c] + i32((tid + c * 64u))); }
    let v668: i32 = 95i;
    var v670: array<i32, 1>;
    { let c = 0u; v670[c] = (v5[c] + v668); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v667[c] < 0i || u32(v667[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v667[lane / 64u]), bitcast<u32>(v667[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v667[c]); b1[o >> 2u][o & 3u] = v670[c]; }
        }
    }
    let v671: i32 = 6080i;
    let v672: i32 = (v1 + v671);
    var v673: array<i32, 1>;
    { let c = 0u; v673[c] = v672; }
    var v674: array<i32, 1>;
    { let c = 0u; v674[c] = (v673[c] + i32((tid + c * 64u))); }
    let v675: i32 = 96i;
    var v677: array<i32, 1>;
    { let c = 0u; v677[c] = (v5[c] + v675); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v674[c] < 0i || u32(v674[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v674[lane / 64u]), bitcast<u32>(v674[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v674[c]); b1[o >> 2u][o & 3u] = v677[c]; }
        }
    }
    let v678: i32 = 6144i;
    let v679: i32 = (v1 + v678);
    var v680: array<i32, 1>;
    { let c = 0u; v680[c] = v679; }
    var v681: array<i32, 1>;
    { let c = 0u; v681[c] = (v680[c] + i32((tid + c * 64u))); }
    let v682: i32 = 97i;
    var v684: array<i32, 1>;
    { let c = 0u; v684[c] = (v5[c] + v682); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v681[c] < 0i || u32(v681[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v681[lane / 64u]), bitcast<u32>(v681[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v681[c]); b1[o >> 2u][o & 3u] = v684[c]; }
        }
    }
    let v685: i32 = 6208i;
    let v686: i32 = (v1 + v685);
    var v687: array<i32, 1>;
    { let c = 0u; v687[c] = v686; }
    var v688: array<i32, 1>;
    { let c = 0u; v688[c] = (v687[c] + i32((tid + c * 64u))); }
    let v689: i32 = 98i;
    var v691: array<i32, 1>;
    { let c = 0u; v691[c] = (v5[c] + v689); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v688[c] < 0i || u32(v688[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v688[lane / 64u]), bitcast<u32>(v688[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v688[c]); b1[o >> 2u][o & 3u] = v691[c]; }
        }
    }
    let v692: i32 = 6272i;
    let v693: i32 = (v1 + v692);
    var v694: array<i32, 1>;
    { let c = 0u; v694[c] = v693; }
    var v695: array<i32, 1>;
    { let c = 0u; v695[c] = (v694[c] + i32((tid + c * 64u))); }
    let v696: i32 = 99i;
    var v698: array<i32, 1>;
    { let c = 0u; v698[c] = (v5[c] + v696); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v695[c] < 0i || u32(v695[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v695[lane / 64u]), bitcast<u32>(v695[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v695[c]); b1[o >> 2u][o & 3u] = v698[c]; }
        }
    }
    let v699: i32 = 6336i;
    let v700: i32 = (v1 + v699);
    var v701: array<i32, 1>;
    { let c = 0u; v701[c] = v700; }
    var v702: array<i32, 1>;
    { let c = 0u; v702[c] = (v701[c] + i32((tid + c * 64u))); }
    let v703: i32 = 100i;
    var v705: array<i32, 1>;
    { let c = 0u; v705[c] = (v5[c] + v703); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v702[c] < 0i || u32(v702[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v702[lane / 64u]), bitcast<u32>(v702[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v702[c]); b1[o >> 2u][o & 3u] = v705[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
