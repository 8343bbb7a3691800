// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6) scalar(word 7) scalar(word 9) scalar(word 11)
// params words: 13

// oxtile kernel `wide_atomics`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<i64>; // `x`: *i64
@group(0) @binding(3) var<storage, read_write> b1: array<u64>; // `u`: *u64
@group(0) @binding(4) var<storage, read_write> b2: array<f64>; // `f`: *f64
@group(0) @binding(5) var<storage, read_write> b3: array<atomic<i64>>; // `acc`: *i64
@group(0) @binding(6) var<storage, read_write> b4: array<atomic<u64>>; // `uacc`: *u64
@group(0) @binding(7) var<storage, read_write> b5: array<atomic<u64>>; // `facc`: *f64
@group(0) @binding(8) var<storage, read_write> b6: array<i64>; // `old`: *i64

var<workgroup> ox_scratch: array<u32, 256>;
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
    let v7 = bitcast<i64>(((u64(params[8]) << 32u) | u64(params[7])));
    let v8 = bitcast<i64>(((u64(params[10]) << 32u) | u64(params[9])));
    let v9 = bitcast<f64>(((u64(params[12]) << 32u) | u64(params[11])));
    let v11: i32 = 0i;
    var v14: array<i32, 1>;
    { let c = 0u; v14[c] = v0; }
    var v15: array<i32, 1>;
    { let c = 0u; v15[c] = (v14[c] + i32((tid + c * 64u))); }
    var v16: array<i64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) {
            if (true && v15[c] >= 0i && u32(v15[c]) < params[0]) { let o = u32(v15[c]); v16[c] = b0[o]; } else { v16[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v15[c]), bitcast<u32>(v15[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = v3; }
    var v18: array<i32, 1>;
    { let c = 0u; v18[c] = (v17[c] + (v11 * i32((tid + c * 64u)))); }
    var v19: array<i64, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v18[c] < 0i || u32(v18[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v18[lane / 64u]), bitcast<u32>(v18[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) {
                var old: i64; let o = u32(v18[c]); let v = v16[c];
                old = atomicAdd(&b3[o], v);
                v19[c] = old;
            }
            else { v19[c] = 0li; }
        }
        storageBarrier();
    }
    let v20: i32 = 1i;
    let v21: i32 = (v3 + v20);
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v21; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + (v11 * i32((tid + c * 64u)))); }
    var v24: array<i64, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v23[c] < 0i || u32(v23[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v23[lane / 64u]), bitcast<u32>(v23[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) {
                var old: i64; let o = u32(v23[c]); let v = v16[c];
                old = atomicMax(&b3[o], v);
                v24[c] = old;
            }
            else { v24[c] = 0li; }
        }
        storageBarrier();
    }
    let v25: i32 = 2i;
    let v26: i32 = (v3 + v25);
    var v27: array<i32, 1>;
    { let c = 0u; v27[c] = v26; }
    var v28: array<i32, 1>;
    { let c = 0u; v28[c] = (v27[c] + (v11 * i32((tid + c * 64u)))); }
    var v29: array<i64, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v28[c] < 0i || u32(v28[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v28[lane / 64u]), bitcast<u32>(v28[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) {
                var old: i64; let o = u32(v28[c]); let v = v16[c];
                old = atomicMin(&b3[o], v);
                v29[c] = old;
            }
            else { v29[c] = 0li; }
        }
        storageBarrier();
    }
    var v30: array<i32, 1>;
    { let c = 0u; v30[c] = v6; }
    var v31: array<i32, 1>;
    { let c = 0u; v31[c] = (v30[c] + i32((tid + c * 64u))); }
    let v32: i32 = 3i;
    let v33: i32 = (v3 + v32);
    var v34: array<i32, 1>;
    { let c = 0u; v34[c] = v33; }
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = (v34[c] + (v11 * i32((tid + c * 64u)))); }
    var v36: array<i64, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v35[c] < 0i || u32(v35[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v35[lane / 64u]), bitcast<u32>(v35[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 32u && true;
            let s = tid * 4u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v35[c]);
            { let ox_w = v16[c]; ox_scratch[s + 2u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[s + 2u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 4u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<i64>(((u64(ox_scratch[st + 2u + 1u]) << 32u) | u64(ox_scratch[st + 2u])));
                        var old: i64;
                        old = atomicExchange(&b3[o], v);
                        { let ox_w = old; ox_scratch[st + 2u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[st + 2u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
                    }
                }
            }
            workgroupBarrier();
            v36[c] = select(0li, bitcast<i64>(((u64(ox_scratch[s + 2u + 1u]) << 32u) | u64(ox_scratch[s + 2u]))), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v31[c] < 0i || u32(v31[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v31[lane / 64u]), bitcast<u32>(v31[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) { let o = u32(v31[c]); b6[o] = v36[c]; }
        }
    }
    let v37: i32 = 32i;
    let v38: i32 = (v6 + v37);
    let v39: i32 = 4i;
    let v40: i32 = (v3 + v39);
    var v41: i64;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v40 < 0i || u32(v40) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v40), bitcast<u32>(v40 >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        {
            var old: i64 = 0li;
            if (tid == 0u && true) {
                let o = u32(v40); let v = v8;
                let cv = v7;
                { let cw = cv; let nw = v; loop { let r = atomicCompareExchangeWeak(&b3[o], cw, nw); if (r.exchanged || r.old_value != cw) { old = r.old_value; break; } } }
            }
            let u1_lo = ox_uniform(u32(bitcast<u64>(old) & 0xfffffffflu), tid);
            let u1_hi = ox_uniform(u32(bitcast<u64>(old) >> 32u), tid);
            let u1 = bitcast<i64>(((u64(u1_hi) << 32u) | u64(u1_lo)));
            v41 = u1;
        }
        storageBarrier();
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v38 < 0i || u32(v38) >= params[6]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 6u, bitcast<u32>(v38), bitcast<u32>(v38 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v38); b6[o] = v41; }
    }
    let v42: i32 = 32i;
    let v43: i32 = (v6 + v42);
    let v44: i32 = 1i;
    let v45: i32 = (v43 + v44);
    let v46: i32 = 5i;
    let v47: i32 = (v3 + v46);
    var v48: i64;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v47 < 0i || u32(v47) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v47), bitcast<u32>(v47 >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        {
            var old: i64 = 0li;
            if (tid == 0u && true) {
                let o = u32(v47); let v = v8;
                let cv = v7;
                { let cw = cv; let nw = v; loop { let r = atomicCompareExchangeWeak(&b3[o], cw, nw); if (r.exchanged || r.old_value != cw) { old = r.old_value; break; } } }
            }
            let u2_lo = ox_uniform(u32(bitcast<u64>(old) & 0xfffffffflu), tid);
            let u2_hi = ox_uniform(u32(bitcast<u64>(old) >> 32u), tid);
            let u2 = bitcast<i64>(((u64(u2_hi) << 32u) | u64(u2_lo)));
            v48 = u2;
        }
        storageBarrier();
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v45 < 0i || u32(v45) >= params[6]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 6u, bitcast<u32>(v45), bitcast<u32>(v45 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v45); b6[o] = v48; }
    }
    var v49: array<i32, 1>;
    { let c = 0u; v49[c] = v1; }
    var v50: array<i32, 1>;
    { let c = 0u; v50[c] = (v49[c] + i32((tid + c * 64u))); }
    var v51: array<u64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) {
            if (true && v50[c] >= 0i && u32(v50[c]) < params[1]) { let o = u32(v50[c]); v51[c] = b1[o]; } else { v51[c] = 0lu; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v50[c]), bitcast<u32>(v50[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = v4; }
    var v53: array<i32, 1>;
    { let c = 0u; v53[c] = (v52[c] + (v11 * i32((tid + c * 64u)))); }
    var v54: array<u64, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v53[c] < 0i || u32(v53[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v53[lane / 64u]), bitcast<u32>(v53[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) {
                var old: u64; let o = u32(v53[c]); let v = v51[c];
                old = atomicMax(&b4[o], v);
                v54[c] = old;
            }
            else { v54[c] = 0lu; }
        }
        storageBarrier();
    }
    let v55: i32 = 1i;
    let v56: i32 = (v4 + v55);
    var v57: array<i32, 1>;
    { let c = 0u; v57[c] = v56; }
    var v58: array<i32, 1>;
    { let c = 0u; v58[c] = (v57[c] + (v11 * i32((tid + c * 64u)))); }
    var v59: array<u64, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v58[c] < 0i || u32(v58[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v58[lane / 64u]), bitcast<u32>(v58[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) {
                var old: u64; let o = u32(v58[c]); let v = v51[c];
                old = atomicXor(&b4[o], v);
                v59[c] = old;
            }
            else { v59[c] = 0lu; }
        }
        storageBarrier();
    }
    var v60: array<i32, 1>;
    { let c = 0u; v60[c] = v5; }
    var v61: array<i32, 1>;
    { let c = 0u; v61[c] = (v60[c] + (v11 * i32((tid + c * 64u)))); }
    var v62: array<i32, 1>;
    { let c = 0u; v62[c] = v2; }
    var v63: array<i32, 1>;
    { let c = 0u; v63[c] = (v62[c] + i32((tid + c * 64u))); }
    var v64: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) {
            if (true && v63[c] >= 0i && u32(v63[c]) < params[2]) { let o = u32(v63[c]); v64[c] = b2[o]; } else { v64[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v63[c]), bitcast<u32>(v63[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v65: array<f64, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v61[c] < 0i || u32(v61[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v61[lane / 64u]), bitcast<u32>(v61[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 32u && true;
            let s = tid * 4u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v61[c]);
            { let ox_w = v64[c]; ox_scratch[s + 2u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[s + 2u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 4u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<f64>(((u64(ox_scratch[st + 2u + 1u]) << 32u) | u64(ox_scratch[st + 2u])));
                        var old: f64;
                        loop { let w = atomicLoad(&b5[o]); let cur = bitcast<f64>(w); if (atomicCompareExchangeWeak(&b5[o], w, bitcast<u64>((cur + v))).exchanged) { old = cur; break; } }
                        { let ox_w = old; ox_scratch[st + 2u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[st + 2u + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
                    }
                }
            }
            workgroupBarrier();
            v65[c] = select(0.0lf, bitcast<f64>(((u64(ox_scratch[s + 2u + 1u]) << 32u) | u64(ox_scratch[s + 2u]))), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    let v66: i32 = 2i;
    let v67: i32 = (v5 + v66);
    let v68: i32 = 1i;
    let v69: i32 = (v5 + v68);
    var v70: f64;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v69 < 0i || u32(v69) >= params[5]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 5u, bitcast<u32>(v69), bitcast<u32>(v69 >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        {
            var old: f64 = 0.0lf;
            if (tid == 0u && true) {
                let o = u32(v69); let v = v9;
                old = bitcast<f64>(atomicExchange(&b5[o], bitcast<u64>(v)));
            }
            let u3_lo = ox_uniform(u32(bitcast<u64>(old) & 0xfffffffflu), tid);
            let u3_hi = ox_uniform(u32(bitcast<u64>(old) >> 32u), tid);
            let u3 = bitcast<f64>(((u64(u3_hi) << 32u) | u64(u3_lo)));
            v70 = u3;
        }
        storageBarrier();
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v67 < 0i || u32(v67) >= params[5]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 5u, bitcast<u32>(v67), bitcast<u32>(v67 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v67); atomicStore(&b5[o], bitcast<u64>(v70)); }
        storageBarrier();
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
