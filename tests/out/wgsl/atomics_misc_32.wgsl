// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5) buffer(binding 8, length word 6)
// params words: 7

// oxtile kernel `atomics_misc`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<atomic<u32>>; // `sum`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<i32>>; // `ix`: *i32
@group(0) @binding(5) var<storage, read_write> b3: array<atomic<i32>>; // `mx`: *i32
@group(0) @binding(6) var<storage, read_write> b4: array<atomic<i32>>; // `mn`: *i32
@group(0) @binding(7) var<storage, read_write> b5: array<atomic<i32>>; // `slot`: *i32
@group(0) @binding(8) var<storage, read_write> b6: array<vec4<i32>>; // `old`: *i32

var<workgroup> ox_scratch: array<u32, 192>;
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
    var v8: array<i32, 1>;
    { let c = 0u; v8[c] = v0; }
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = (v8[c] + i32((tid + c * 64u))); }
    var v10: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) {
            if (true && v9[c] >= 0i && u32(v9[c]) < params[0]) { let o = u32(v9[c]); v10[c] = b0[o >> 2u][o & 3u]; } else { v10[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v9[c]), bitcast<u32>(v9[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v11: i32 = 0i;
    var v14: array<i32, 1>;
    { let c = 0u; v14[c] = v1; }
    var v15: array<i32, 1>;
    { let c = 0u; v15[c] = (v14[c] + (v11 * i32((tid + c * 64u)))); }
    var v16: array<f32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v15[c] < 0i || u32(v15[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v15[lane / 64u]), bitcast<u32>(v15[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 32u && true;
            let s = tid * 3u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v15[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v10[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 3u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<f32>(ox_scratch[st + 2u]);
                        var old: f32;
                        loop { let w = atomicLoad(&b1[o]); let cur = bitcast<f32>(w); if (atomicCompareExchangeWeak(&b1[o], w, bitcast<u32>((cur + v))).exchanged) { old = cur; break; } }
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v16[c] = select(0.0f, bitcast<f32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = v2; }
    var v18: array<i32, 1>;
    { let c = 0u; v18[c] = (v17[c] + i32((tid + c * 64u))); }
    var v19: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) {
            if (true && v18[c] >= 0i && u32(v18[c]) < params[2]) { let o = u32(v18[c]); v19[c] = b2[o >> 2u][o & 3u]; } else { v19[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v18[c]), bitcast<u32>(v18[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v20: i32 = 0i;
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = v3; }
    var v24: array<i32, 1>;
    { let c = 0u; v24[c] = (v23[c] + (v20 * i32((tid + c * 64u)))); }
    var v25: array<i32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v24[c] < 0i || u32(v24[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v24[lane / 64u]), bitcast<u32>(v24[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) {
                var old: i32; let o = u32(v24[c]); let v = v19[c];
                old = atomicMax(&b3[o], v);
                v25[c] = old;
            }
            else { v25[c] = 0i; }
        }
        storageBarrier();
    }
    let v26: i32 = 0i;
    var v29: array<i32, 1>;
    { let c = 0u; v29[c] = v4; }
    var v30: array<i32, 1>;
    { let c = 0u; v30[c] = (v29[c] + (v26 * i32((tid + c * 64u)))); }
    var v31: array<i32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v30[c] < 0i || u32(v30[c]) >= params[4])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 4u, bitcast<u32>(v30[lane / 64u]), bitcast<u32>(v30[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) {
                var old: i32; let o = u32(v30[c]); let v = v19[c];
                old = atomicMin(&b4[o], v);
                v31[c] = old;
            }
            else { v31[c] = 0i; }
        }
        storageBarrier();
    }
    let v32: i32 = 0i;
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = v5; }
    var v36: array<i32, 1>;
    { let c = 0u; v36[c] = (v35[c] + (v32 * i32((tid + c * 64u)))); }
    var v37: array<i32, 1>;
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v36[c] < 0i || u32(v36[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v36[lane / 64u]), bitcast<u32>(v36[lane / 64u] >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            let act = e < 32u && true;
            let s = tid * 3u;
            ox_scratch[s] = select(0u, 1u, act);
            ox_scratch[s + 1u] = bitcast<u32>(v36[c]);
            ox_scratch[s + 2u] = bitcast<u32>(v19[c]);
            workgroupBarrier();
            if (tid == 0u) {
                for (var t = 0u; t < 64u; t = t + 1u) {
                    let st = t * 3u;
                    if (ox_scratch[st] != 0u) {
                        let o = ox_scratch[st + 1u];
                        let v = bitcast<i32>(ox_scratch[st + 2u]);
                        var old: i32;
                        old = atomicExchange(&b5[o], v);
                        ox_scratch[st + 2u] = bitcast<u32>(old);
                    }
                }
            }
            workgroupBarrier();
            v37[c] = select(0i, bitcast<i32>(ox_scratch[s + 2u]), act);
            workgroupBarrier();
        }
        storageBarrier();
    }
    var v38: array<i32, 1>;
    { let c = 0u; v38[c] = v6; }
    var v39: array<i32, 1>;
    { let c = 0u; v39[c] = (v38[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 32u && (v39[c] < 0i || u32(v39[c]) >= params[6])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 6u, bitcast<u32>(v39[lane / 64u]), bitcast<u32>(v39[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 32u && true) { let o = u32(v39[c]); b6[o >> 2u][o & 3u] = v37[c]; }
        }
    }
    let v40: i32 = 1i;
    let v41: i32 = (v5 + v40);
    let v42: i32 = 5i;
    let v43: i32 = 6i;
    var v44: i32;
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v41 < 0i || u32(v41) >= params[5]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 5u, bitcast<u32>(v41), bitcast<u32>(v41 >> 31u), 2u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        {
            var old: i32 = 0i;
            if (tid == 0u && true) {
                let o = u32(v41); let v = v43;
                let cv = v42;
                { let cw = cv; let nw = v; loop { let r = atomicCompareExchangeWeak(&b5[o], cw, nw); if (r.exchanged || r.old_value != cw) { old = r.old_value; break; } } }
            }
            let u1 = bitcast<i32>(ox_uniform(bitcast<u32>(old), tid));
            v44 = u1;
        }
        storageBarrier();
    }
    let v45: i32 = 32i;
    let v46: i32 = (v6 + v45);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v46 < 0i || u32(v46) >= params[6]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 6u, bitcast<u32>(v46), bitcast<u32>(v46 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v46); b6[o >> 2u][o & 3u] = v44; }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
