// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6) buffer(binding 9, length word 7) buffer(binding 10, length word 8) scalar(word 9) scalar(word 10)
// params words: 11

// oxtile kernel `layer_norm_bwd_dx`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `dx`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `dy`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<atomic<u32>>; // `dw_partial`: *f32
@group(0) @binding(5) var<storage, read_write> b3: array<atomic<u32>>; // `db_partial`: *f32
@group(0) @binding(6) var<storage, read_write> b4: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(7) var<storage, read_write> b5: array<vec4<f32>>; // `w`: *f32
@group(0) @binding(8) var<storage, read_write> b6: array<vec4<f32>>; // `mean`: *f32
@group(0) @binding(9) var<storage, read_write> b7: array<vec4<f32>>; // `rstd`: *f32
@group(0) @binding(10) var<storage, read_write> b8: array<atomic<i32>>; // `locks`: *i32

var<workgroup> ox_part0: array<u32, 128>;
var<workgroup> ox_part1: array<u32, 128>;
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
    _ = arrayLength(&b2);
    _ = arrayLength(&b3);
    _ = arrayLength(&b4);
    _ = arrayLength(&b5);
    _ = arrayLength(&b6);
    _ = arrayLength(&b7);
    _ = arrayLength(&b8);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v6 = 0i;
    let v7 = 0i;
    let v8 = 0i;
    let v9 = bitcast<i32>(params[9]);
    let v10 = bitcast<i32>(params[10]);
    var x0: array<f32, 5>;
    var x1: array<f32, 5>;
    let v11 = i32(wid.x);
    let v15: i32 = (v11 * v9);
    let v16: i32 = (v4 + v15);
    var v17: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v17[c] = v16; }
    var v18: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v18[c] = (v17[c] + i32((tid + c * 64u))); }
    let v19: f32 = 0.0f;
    var v20: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v20[c] = v19; }
    var v21: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 304u) {
            if ((i32((tid + c * 64u)) < v10) && v18[c] >= 0i && u32(v18[c]) < params[4]) { let o = u32(v18[c]); v21[c] = b4[o >> 2u][o & 3u]; } else { v21[c] = v20[c]; if ((i32((tid + c * 64u)) < v10)) { ox_fail = true; ox_record(1u, 4u, bitcast<u32>(v18[c]), bitcast<u32>(v18[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v22: i32 = (v11 * v9);
    let v23: i32 = (v1 + v22);
    var v24: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v24[c] = v23; }
    var v25: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v25[c] = (v24[c] + i32((tid + c * 64u))); }
    let v26: f32 = 0.0f;
    var v27: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v27[c] = v26; }
    var v28: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 304u) {
            if ((i32((tid + c * 64u)) < v10) && v25[c] >= 0i && u32(v25[c]) < params[1]) { let o = u32(v25[c]); v28[c] = b1[o >> 2u][o & 3u]; } else { v28[c] = v27[c]; if ((i32((tid + c * 64u)) < v10)) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v25[c]), bitcast<u32>(v25[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v29: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v29[c] = v5; }
    var v30: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v30[c] = (v29[c] + i32((tid + c * 64u))); }
    let v31: f32 = 0.0f;
    var v32: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v32[c] = v31; }
    var v33: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 304u) {
            if ((i32((tid + c * 64u)) < v10) && v30[c] >= 0i && u32(v30[c]) < params[5]) { let o = u32(v30[c]); v33[c] = b5[o >> 2u][o & 3u]; } else { v33[c] = v32[c]; if ((i32((tid + c * 64u)) < v10)) { ox_fail = true; ox_record(1u, 5u, bitcast<u32>(v30[c]), bitcast<u32>(v30[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v34: i32 = (v6 + v11);
    var v35: f32;
    if (true && v34 >= 0i && u32(v34) < params[6]) { let o = u32(v34); v35 = b6[o >> 2u][o & 3u]; } else { v35 = 0.0f; if (true) { ox_fail = true; ox_record(1u, 6u, bitcast<u32>(v34), bitcast<u32>(v34 >> 31u), 0u, 0u, wid); } }
    let v36: i32 = (v7 + v11);
    var v37: f32;
    if (true && v36 >= 0i && u32(v36) < params[7]) { let o = u32(v36); v37 = b7[o >> 2u][o & 3u]; } else { v37 = 0.0f; if (true) { ox_fail = true; ox_record(1u, 7u, bitcast<u32>(v36), bitcast<u32>(v36 >> 31u), 0u, 0u, wid); } }
    var v38: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v38[c] = v35; }
    var v40: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v40[c] = v37; }
    let v42: f32 = 0.0f;
    var v43: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v43[c] = v42; }
    var v44: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let w39: f32 = (v21[c] - v38[c]);
        let w41: f32 = (w39 * v40[c]);
        v44[c] = select(v43[c], w41, (i32((tid + c * 64u)) < v10));
    }
    let v46: f32 = 0.0f;
    var v47: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v47[c] = v46; }
    var v48: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let w45: f32 = (v33[c] * v28[c]);
        v48[c] = select(v47[c], w45, (i32((tid + c * 64u)) < v10));
    }
    var v49: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v49[c] = (v44[c] * v48[c]); }
    var v50: f32;
    {
        var acc: f32;
        var has = false;
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u) {
                let acc_o = v49[c];
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
        v50 = acc;
    }
    let v51: f32 = ox_i2f_prec(v10, 24u);
    let v52: f32 = (v50 / v51);
    var v53: f32;
    {
        var acc: f32;
        var has = false;
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u) {
                let acc_o = v48[c];
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
        v53 = acc;
    }
    let v54: f32 = ox_i2f_prec(v10, 24u);
    let v55: f32 = (v53 / v54);
    let v56: i32 = (v11 * v9);
    let v57: i32 = (v0 + v56);
    var v58: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v58[c] = v57; }
    var v59: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v59[c] = (v58[c] + i32((tid + c * 64u))); }
    var v60: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v60[c] = v52; }
    var v62: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v62[c] = v55; }
    var v65: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v65[c] = v37; }
    var v66: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let w61: f32 = (v44[c] * v60[c]);
        let w63: f32 = (w61 + v62[c]);
        let w64: f32 = (v48[c] - w63);
        v66[c] = (w64 * v65[c]);
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 304u && (i32((tid + c * 64u)) < v10) && (v59[c] < 0i || u32(v59[c]) >= params[0])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 0u, bitcast<u32>(v59[lane / 64u]), bitcast<u32>(v59[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u && (i32((tid + c * 64u)) < v10)) { let o = u32(v59[c]); b0[o >> 2u][o & 3u] = v66[c]; }
        }
    }
    var v67: array<f32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v67[c] = (v28[c] * v44[c]); }
    x0 = v67;
    x1 = v28;
    let v68: i32 = 8i;
    let v69: i32 = select(v11 % v68, 0i, v68 == 0i);
    let v70: i32 = (v8 + v69);
    let v71: i32 = 8i;
    let v72: i32 = (v8 + v71);
    let v73: i32 = (v72 + v69);
    let v74: i32 = (v69 * v10);
    loop {
        let v77: i32 = 0i;
        let v78: i32 = 1i;
        var v79: i32;
        {
            let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v70 < 0i || u32(v70) >= params[8]));
            let worst = ox_any_bad(bad);
            if (worst != 0u) {
                if (tid == 0u && worst != 1u) { ox_record(1u, 8u, bitcast<u32>(v70), bitcast<u32>(v70 >> 31u), 2u, 0u, wid); }
                ox_stop = true;
            }
        }
        if (!ox_stop) {
            {
                var old: i32 = 0i;
                if (tid == 0u && true) {
                    let o = u32(v70); let v = v78;
                    let cv = v77;
                    { let cw = cv; let nw = v; loop { let r = atomicCompareExchangeWeak(&b8[o], cw, nw); if (r.exchanged || r.old_value != cw) { old = r.old_value; break; } } }
                }
                let u1 = bitcast<i32>(ox_uniform(bitcast<u32>(old), tid));
                v79 = u1;
            }
            storageBarrier();
        }
        let v80: i32 = 1i;
        let v81: bool = (v79 == v80);
        if (!v81) { break; }
    }
    var v82: i32;
    if (true && v73 >= 0i && u32(v73) < params[8]) { let o = u32(v73); v82 = atomicLoad(&b8[o]); } else { v82 = 0i; if (true) { ox_fail = true; ox_record(1u, 8u, bitcast<u32>(v73), bitcast<u32>(v73 >> 31u), 0u, 0u, wid); } }
    let v83: i32 = 0i;
    let v84: bool = (v82 == v83);
    let u2 = (ox_uniform(select(0u, 1u, v84), tid) != 0u);
    if (u2) {
        let v85: i32 = 1i;
        var v86: i32;
        {
            let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v73 < 0i || u32(v73) >= params[8]));
            let worst = ox_any_bad(bad);
            if (worst != 0u) {
                if (tid == 0u && worst != 1u) { ox_record(1u, 8u, bitcast<u32>(v73), bitcast<u32>(v73 >> 31u), 2u, 0u, wid); }
                ox_stop = true;
            }
        }
        if (!ox_stop) {
            {
                var old: i32 = 0i;
                if (tid == 0u && true) {
                    let o = u32(v73); let v = v85;
                    old = atomicExchange(&b8[o], v);
                }
                let u3 = bitcast<i32>(ox_uniform(bitcast<u32>(old), tid));
                v86 = u3;
            }
            storageBarrier();
        }
    } else {
        var v87 = x0;
        var v88: array<i32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v88[c] = v2; }
        var v89: array<i32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v89[c] = (v88[c] + (v74 + i32((tid + c * 64u)))); }
        let v90: f32 = 0.0f;
        var v91: array<f32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v91[c] = v90; }
        var v92: array<f32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u) {
                if ((i32((tid + c * 64u)) < v10) && v89[c] >= 0i && u32(v89[c]) < params[2]) { let o = u32(v89[c]); v92[c] = bitcast<f32>(atomicLoad(&b2[o])); } else { v92[c] = v91[c]; if ((i32((tid + c * 64u)) < v10)) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v89[c]), bitcast<u32>(v89[c] >> 31u), 0u, 0u, wid); } }
            }
        }
        var v93: array<f32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v93[c] = (v87[c] + v92[c]); }
        x0 = v93;
        var v94 = x1;
        var v95: array<i32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v95[c] = v3; }
        var v96: array<i32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v96[c] = (v95[c] + (v74 + i32((tid + c * 64u)))); }
        let v97: f32 = 0.0f;
        var v98: array<f32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v98[c] = v97; }
        var v99: array<f32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u) {
                if ((i32((tid + c * 64u)) < v10) && v96[c] >= 0i && u32(v96[c]) < params[3]) { let o = u32(v96[c]); v99[c] = bitcast<f32>(atomicLoad(&b3[o])); } else { v99[c] = v98[c]; if ((i32((tid + c * 64u)) < v10)) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v96[c]), bitcast<u32>(v96[c] >> 31u), 0u, 0u, wid); } }
            }
        }
        var v100: array<f32, 5>;
        for (var c = 0u; c < 5u; c = c + 1u) { v100[c] = (v94[c] + v99[c]); }
        x1 = v100;
    }
    var v101: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v101[c] = v2; }
    var v102: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v102[c] = (v101[c] + (v74 + i32((tid + c * 64u)))); }
    var v103 = x0;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 304u && (i32((tid + c * 64u)) < v10) && (v102[c] < 0i || u32(v102[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v102[lane / 64u]), bitcast<u32>(v102[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u && (i32((tid + c * 64u)) < v10)) { let o = u32(v102[c]); atomicStore(&b2[o], bitcast<u32>(v103[c])); }
        }
        storageBarrier();
    }
    var v104: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v104[c] = v3; }
    var v105: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v105[c] = (v104[c] + (v74 + i32((tid + c * 64u)))); }
    var v106 = x1;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 304u && (i32((tid + c * 64u)) < v10) && (v105[c] < 0i || u32(v105[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v105[lane / 64u]), bitcast<u32>(v105[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 304u && (i32((tid + c * 64u)) < v10)) { let o = u32(v105[c]); atomicStore(&b3[o], bitcast<u32>(v106[c])); }
        }
        storageBarrier();
    }
    let v107: i32 = 0i;
    var v108: i32;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v70 < 0i || u32(v70) >= params[8]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 8u, bitcast<u32>(v70), bitcast<u32>(v70 >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        {
            var old: i32 = 0i;
            if (tid == 0u && true) {
                let o = u32(v70); let v = v107;
                old = atomicExchange(&b8[o], v);
            }
            let u4 = bitcast<i32>(ox_uniform(bitcast<u32>(old), tid));
            v108 = u4;
        }
        storageBarrier();
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
