// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2) scalar(word 3)
// params words: 4

// oxtile kernel `loops`: one workgroup of 64 threads per program.

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
    let v3 = bitcast<i32>(params[3]);
    var x0: array<f32, 1>;
    var x1: f32;
    var x2: i32;
    var x3: i32;
    var x4: i32;
    var x5: i32;
    let v5: f32 = 0.0f;
    var v6: array<f32, 1>;
    { let c = 0u; v6[c] = v5; }
    x0 = v6;
    let v7: i32 = 0i;
    let v8: i32 = 16i;
    {
        let u1 = bitcast<i32>(ox_uniform(bitcast<u32>(v2), tid));
        if (v8 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v8), select(0u, 0xffffffffu, v8 < 0i), 0u, 0u, wid); } return; }
        var i2 = v7;
        loop {
            if (!(i2 < u1)) { break; }
            let v9 = i2;
            var v12 = x0;
            var v13: array<i32, 1>;
            { let c = 0u; v13[c] = v0; }
            var v14: array<i32, 1>;
            { let c = 0u; v14[c] = (v13[c] + (v9 + i32((tid + c * 64u)))); }
            let v17: f32 = 0.0f;
            var v18: array<f32, 1>;
            { let c = 0u; v18[c] = v17; }
            var v19: array<f32, 1>;
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 16u) {
                    if (((v9 + i32((tid + c * 64u))) < v2) && v14[c] >= 0i && u32(v14[c]) < params[0]) { let o = u32(v14[c]); v19[c] = b0[o >> 2u][o & 3u]; } else { v19[c] = v18[c]; if (((v9 + i32((tid + c * 64u))) < v2)) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v14[c]), bitcast<u32>(v14[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            var v20: array<f32, 1>;
            { let c = 0u; v20[c] = (v12[c] + v19[c]); }
            x0 = v20;
            continuing {
                let left = bitcast<u32>(u1) - bitcast<u32>(i2);
                i2 = i2 + v8;
                break if left <= bitcast<u32>(v8);
            }
        }
    }
    var v21: array<i32, 1>;
    { let c = 0u; v21[c] = v1; }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = (v21[c] + i32((tid + c * 64u))); }
    var v23 = x0;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v22[c] < 0i || u32(v22[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v22[lane / 64u]), bitcast<u32>(v22[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u && true) { let o = u32(v22[c]); b1[o >> 2u][o & 3u] = v23[c]; }
        }
    }
    let v24: f32 = 0.0f;
    x1 = v24;
    let v25: i32 = 0i;
    let v26: i32 = 4i;
    let v27: i32 = 1i;
    {
        if (v27 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v27), select(0u, 0xffffffffu, v27 < 0i), 0u, 0u, wid); } return; }
        var i3 = v25;
        loop {
            if (!(i3 < v26)) { break; }
            let v28 = i3;
            var v29 = x1;
            let v30: f32 = ox_i2f_prec(v28, 24u);
            let v31: f32 = 0.5f;
            let v32: f32 = (v30 * v31);
            let v33: f32 = (v29 + v32);
            x1 = v33;
            continuing {
                let left = bitcast<u32>(v26) - bitcast<u32>(i3);
                i3 = i3 + v27;
                break if left <= bitcast<u32>(v27);
            }
        }
    }
    let v34: i32 = 0i;
    x2 = v34;
    let v35: i32 = 0i;
    x3 = v35;
    let v36: i32 = 0i;
    x4 = v36;
    loop {
        var v37 = x2;
        let v38: bool = (v37 < v3);
        let u4 = (ox_uniform(select(0u, 1u, v38), tid) != 0u);
        if (!u4) { break; }
        var v39 = x2;
        let v40: i32 = 2i;
        let v41: i32 = select(v39 % v40, 0i, v40 == 0i);
        let v42: i32 = 0i;
        let v43: bool = (v41 == v42);
        if (v43) {
            var v44 = x3;
            let v45: i32 = 1i;
            let v46: i32 = (v44 + v45);
            x3 = v46;
        } else {
            var v47 = x2;
            let v48: i32 = 3i;
            let v49: i32 = select(v47 % v48, 0i, v48 == 0i);
            let v50: i32 = 0i;
            let v51: bool = (v49 == v50);
            if (v51) {
                var v52 = x4;
                let v53: i32 = 100i;
                let v54: i32 = (v52 + v53);
                x4 = v54;
            } else {
                var v55 = x4;
                let v56: i32 = 1i;
                let v57: i32 = (v55 + v56);
                x4 = v57;
            }
        }
        var v58 = x2;
        let v59: i32 = 1i;
        let v60: i32 = (v58 + v59);
        x2 = v60;
    }
    let v61: i32 = 16i;
    let v62: i32 = (v1 + v61);
    var v63 = x1;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v62 < 0i || u32(v62) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v62), bitcast<u32>(v62 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v62); b1[o >> 2u][o & 3u] = v63; }
    }
    let v64: i32 = 16i;
    let v65: i32 = (v1 + v64);
    let v66: i32 = 1i;
    let v67: i32 = (v65 + v66);
    var v68 = x3;
    let v69: f32 = ox_i2f_prec(v68, 24u);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v67 < 0i || u32(v67) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v67), bitcast<u32>(v67 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v67); b1[o >> 2u][o & 3u] = v69; }
    }
    let v70: i32 = 16i;
    let v71: i32 = (v1 + v70);
    let v72: i32 = 2i;
    let v73: i32 = (v71 + v72);
    var v74 = x4;
    let v75: f32 = ox_i2f_prec(v74, 24u);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v73 < 0i || u32(v73) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v73), bitcast<u32>(v73 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v73); b1[o >> 2u][o & 3u] = v75; }
    }
    let v76: i32 = 0i;
    x5 = v76;
    let v77: i32 = 1i;
    let v78: i32 = 6i;
    let v79: i32 = 1i;
    {
        if (v79 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v79), select(0u, 0xffffffffu, v79 < 0i), 0u, 0u, wid); } return; }
        var i5 = v77;
        loop {
            if (!(i5 < v78)) { break; }
            let v80 = i5;
            var v81 = x5;
            let v82: i32 = (v81 + v80);
            x5 = v82;
            continuing {
                let left = bitcast<u32>(v78) - bitcast<u32>(i5);
                i5 = i5 + v79;
                break if left <= bitcast<u32>(v79);
            }
        }
    }
    let v83: i32 = 5i;
    let v84: i32 = 5i;
    let v85: i32 = 1i;
    {
        if (v85 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v85), select(0u, 0xffffffffu, v85 < 0i), 0u, 0u, wid); } return; }
        var i6 = v83;
        loop {
            if (!(i6 < v84)) { break; }
            let v86 = i6;
            var v87 = x5;
            let v88: i32 = 1000i;
            let v89: i32 = (v87 + v88);
            x5 = v89;
            continuing {
                let left = bitcast<u32>(v84) - bitcast<u32>(i6);
                i6 = i6 + v85;
                break if left <= bitcast<u32>(v85);
            }
        }
    }
    let v90: i32 = 16i;
    let v91: i32 = (v1 + v90);
    let v92: i32 = 3i;
    let v93: i32 = (v91 + v92);
    var v94 = x5;
    let v95: f32 = ox_i2f_prec(v94, 24u);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v93 < 0i || u32(v93) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v93), bitcast<u32>(v93 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v93); b1[o >> 2u][o & 3u] = v95; }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
