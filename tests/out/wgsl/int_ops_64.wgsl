// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6)
// params words: 7

// oxtile kernel `int_ops`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `a`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `b`: *i32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<i32>>; // `out`: *i32
@group(0) @binding(5) var<storage, read_write> b3: array<u32>; // `bytes`: *i8
@group(0) @binding(6) var<storage, read_write> b4: array<atomic<u32>>; // `bytes_out`: *i8
@group(0) @binding(7) var<storage, read_write> b5: array<vec4<u32>>; // `u`: *u32
@group(0) @binding(8) var<storage, read_write> b6: array<vec4<u32>>; // `u_out`: *u32

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
    _ = arrayLength(&b3);
    _ = arrayLength(&b4);
    _ = arrayLength(&b5);
    _ = arrayLength(&b6);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v6 = 0i;
    var v8: array<i32, 1>;
    { let c = 0u; v8[c] = v0; }
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = (v8[c] + i32((tid + c * 64u))); }
    var v10: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v9[c] >= 0i && u32(v9[c]) < params[0]) { let o = u32(v9[c]); v10[c] = b0[o >> 2u][o & 3u]; } else { v10[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v9[c]), bitcast<u32>(v9[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v11: array<i32, 1>;
    { let c = 0u; v11[c] = v1; }
    var v12: array<i32, 1>;
    { let c = 0u; v12[c] = (v11[c] + i32((tid + c * 64u))); }
    var v13: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v12[c] >= 0i && u32(v12[c]) < params[1]) { let o = u32(v12[c]); v13[c] = b1[o >> 2u][o & 3u]; } else { v13[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v12[c]), bitcast<u32>(v12[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v14: array<i32, 1>;
    { let c = 0u; v14[c] = v2; }
    var v15: array<i32, 1>;
    { let c = 0u; v15[c] = (v14[c] + i32((tid + c * 64u))); }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = (v10[c] + v13[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v15[c] < 0i || u32(v15[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v15[lane / 64u]), bitcast<u32>(v15[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v15[c]); b2[o >> 2u][o & 3u] = v16[c]; }
        }
    }
    let v17: i32 = 64i;
    let v18: i32 = (v2 + v17);
    var v19: array<i32, 1>;
    { let c = 0u; v19[c] = v18; }
    var v20: array<i32, 1>;
    { let c = 0u; v20[c] = (v19[c] + i32((tid + c * 64u))); }
    var v21: array<i32, 1>;
    { let c = 0u; v21[c] = (v10[c] * v13[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v20[c] < 0i || u32(v20[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v20[lane / 64u]), bitcast<u32>(v20[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v20[c]); b2[o >> 2u][o & 3u] = v21[c]; }
        }
    }
    let v22: i32 = 2i;
    let v23: i32 = 64i;
    let v24: i32 = (v22 * v23);
    let v25: i32 = (v2 + v24);
    var v26: array<i32, 1>;
    { let c = 0u; v26[c] = v25; }
    var v27: array<i32, 1>;
    { let c = 0u; v27[c] = (v26[c] + i32((tid + c * 64u))); }
    var v28: array<i32, 1>;
    { let c = 0u; v28[c] = select(v10[c] / v13[c], 0i, v13[c] == 0i); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v27[c] < 0i || u32(v27[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v27[lane / 64u]), bitcast<u32>(v27[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v27[c]); b2[o >> 2u][o & 3u] = v28[c]; }
        }
    }
    let v29: i32 = 3i;
    let v30: i32 = 64i;
    let v31: i32 = (v29 * v30);
    let v32: i32 = (v2 + v31);
    var v33: array<i32, 1>;
    { let c = 0u; v33[c] = v32; }
    var v34: array<i32, 1>;
    { let c = 0u; v34[c] = (v33[c] + i32((tid + c * 64u))); }
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = select(v10[c] % v13[c], 0i, v13[c] == 0i); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v34[c] < 0i || u32(v34[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v34[lane / 64u]), bitcast<u32>(v34[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v34[c]); b2[o >> 2u][o & 3u] = v35[c]; }
        }
    }
    let v36: i32 = 4i;
    let v37: i32 = 64i;
    let v38: i32 = (v36 * v37);
    let v39: i32 = (v2 + v38);
    var v40: array<i32, 1>;
    { let c = 0u; v40[c] = v39; }
    var v41: array<i32, 1>;
    { let c = 0u; v41[c] = (v40[c] + i32((tid + c * 64u))); }
    let v43: i32 = 7i;
    var v46: array<i32, 1>;
    { let c = 0u;
        let w42: i32 = (v10[c] & v13[c]);
        let w45: i32 = (v10[c] ^ v43);
        v46[c] = (w42 | w45);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v41[c] < 0i || u32(v41[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v41[lane / 64u]), bitcast<u32>(v41[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v41[c]); b2[o >> 2u][o & 3u] = v46[c]; }
        }
    }
    let v47: i32 = 5i;
    let v48: i32 = 64i;
    let v49: i32 = (v47 * v48);
    let v50: i32 = (v2 + v49);
    var v51: array<i32, 1>;
    { let c = 0u; v51[c] = v50; }
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = (v51[c] + i32((tid + c * 64u))); }
    let v53: i32 = 15i;
    var v56: array<i32, 1>;
    { let c = 0u;
        let w55: i32 = (v13[c] & v53);
        v56[c] = (v10[c] << (bitcast<u32>(w55) & 31u));
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v52[c] < 0i || u32(v52[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v52[lane / 64u]), bitcast<u32>(v52[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v52[c]); b2[o >> 2u][o & 3u] = v56[c]; }
        }
    }
    let v57: i32 = 6i;
    let v58: i32 = 64i;
    let v59: i32 = (v57 * v58);
    let v60: i32 = (v2 + v59);
    var v61: array<i32, 1>;
    { let c = 0u; v61[c] = v60; }
    var v62: array<i32, 1>;
    { let c = 0u; v62[c] = (v61[c] + i32((tid + c * 64u))); }
    let v63: i32 = 15i;
    var v66: array<i32, 1>;
    { let c = 0u;
        let w65: i32 = (v13[c] & v63);
        v66[c] = (v10[c] >> (bitcast<u32>(w65) & 31u));
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v62[c] < 0i || u32(v62[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v62[lane / 64u]), bitcast<u32>(v62[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v62[c]); b2[o >> 2u][o & 3u] = v66[c]; }
        }
    }
    let v67: i32 = 7i;
    let v68: i32 = 64i;
    let v69: i32 = (v67 * v68);
    let v70: i32 = (v2 + v69);
    var v71: array<i32, 1>;
    { let c = 0u; v71[c] = v70; }
    var v72: array<i32, 1>;
    { let c = 0u; v72[c] = (v71[c] + i32((tid + c * 64u))); }
    var v77: array<i32, 1>;
    { let c = 0u;
        let w73: bool = (v10[c] < v13[c]);
        let w74: i32 = select(v13[c], v10[c], w73);
        let w75: bool = (v10[c] == v13[c]);
        let w76: i32 = select(0i, 1i, w75);
        v77[c] = (w74 + w76);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v72[c] < 0i || u32(v72[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v72[lane / 64u]), bitcast<u32>(v72[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v72[c]); b2[o >> 2u][o & 3u] = v77[c]; }
        }
    }
    let v78: i32 = 8i;
    let v79: i32 = 64i;
    let v80: i32 = (v78 * v79);
    let v81: i32 = (v2 + v80);
    var v82: array<i32, 1>;
    { let c = 0u; v82[c] = v81; }
    var v83: array<i32, 1>;
    { let c = 0u; v83[c] = (v82[c] + i32((tid + c * 64u))); }
    var v84: array<i32, 1>;
    { let c = 0u; v84[c] = (~v10[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v83[c] < 0i || u32(v83[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v83[lane / 64u]), bitcast<u32>(v83[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v83[c]); b2[o >> 2u][o & 3u] = v84[c]; }
        }
    }
    let v85: i32 = 9i;
    let v86: i32 = 64i;
    let v87: i32 = (v85 * v86);
    let v88: i32 = (v2 + v87);
    var v89: array<i32, 1>;
    { let c = 0u; v89[c] = v88; }
    var v90: array<i32, 1>;
    { let c = 0u; v90[c] = (v89[c] + i32((tid + c * 64u))); }
    var v95: array<i32, 1>;
    { let c = 0u;
        let w91: i32 = min(v10[c], v13[c]);
        let w92: i32 = max(v10[c], v13[c]);
        let w93: i32 = (w91 - w92);
        let w94: i32 = abs(v10[c]);
        v95[c] = (w93 + w94);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v90[c] < 0i || u32(v90[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v90[lane / 64u]), bitcast<u32>(v90[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v90[c]); b2[o >> 2u][o & 3u] = v95[c]; }
        }
    }
    let v96: i32 = 10i;
    let v97: i32 = 64i;
    let v98: i32 = (v96 * v97);
    let v99: i32 = (v2 + v98);
    var v100: array<i32, 1>;
    { let c = 0u; v100[c] = v99; }
    var v101: array<i32, 1>;
    { let c = 0u; v101[c] = (v100[c] + i32((tid + c * 64u))); }
    let v103: i32 = 7i;
    let v106: i32 = 1i;
    let v109: i32 = 7i;
    var v111: array<i32, 1>;
    { let c = 0u;
        let w102: i32 = abs(v10[c]);
        let w105: i32 = (w102 + v103);
        let w108: i32 = (w105 - v106);
        v111[c] = select(w108 / v109, 0i, v109 == 0i);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v101[c] < 0i || u32(v101[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v101[lane / 64u]), bitcast<u32>(v101[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v101[c]); b2[o >> 2u][o & 3u] = v111[c]; }
        }
    }
    var v112: array<i32, 1>;
    { let c = 0u; v112[c] = v3; }
    var v113: array<i32, 1>;
    { let c = 0u; v113[c] = (v112[c] + i32((tid + c * 64u))); }
    var v114: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v113[c] >= 0i && u32(v113[c]) < params[3]) { let o = u32(v113[c]); v114[c] = ((bitcast<i32>(((b3[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu)) << 24u) >> 24u); } else { v114[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v113[c]), bitcast<u32>(v113[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v115: array<i32, 1>;
    { let c = 0u; v115[c] = v4; }
    var v116: array<i32, 1>;
    { let c = 0u; v116[c] = (v115[c] + i32((tid + c * 64u))); }
    let v117: i32 = 3i;
    let v120: i32 = 100i;
    var v122: array<i32, 1>;
    { let c = 0u;
        let w119: i32 = (((v114[c] * v117) << 24u) >> 24u);
        v122[c] = (((w119 + v120) << 24u) >> 24u);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v116[c] < 0i || u32(v116[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v116[lane / 64u]), bitcast<u32>(v116[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v116[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = ((bitcast<u32>(v122[c]) & 0xffu)) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b4[wi]); if (atomicCompareExchangeWeak(&b4[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    var v123: array<i32, 1>;
    { let c = 0u; v123[c] = v5; }
    var v124: array<i32, 1>;
    { let c = 0u; v124[c] = (v123[c] + i32((tid + c * 64u))); }
    var v125: array<u32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v124[c] >= 0i && u32(v124[c]) < params[5]) { let o = u32(v124[c]); v125[c] = b5[o >> 2u][o & 3u]; } else { v125[c] = 0u; if (true) { ox_fail = true; ox_record(1u, 5u, bitcast<u32>(v124[c]), bitcast<u32>(v124[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v126: array<i32, 1>;
    { let c = 0u; v126[c] = v6; }
    var v127: array<i32, 1>;
    { let c = 0u; v127[c] = (v126[c] + i32((tid + c * 64u))); }
    let v128: u32 = 3u;
    let v131: u32 = 5u;
    var v133: array<u32, 1>;
    { let c = 0u;
        let w130: u32 = (v125[c] >> (v128 & 31u));
        v133[c] = (w130 - v131);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v127[c] < 0i || u32(v127[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v127[lane / 64u]), bitcast<u32>(v127[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v127[c]); b6[o >> 2u][o & 3u] = v133[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
