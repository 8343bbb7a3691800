// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) scalar(word 4) scalar(word 5)
// params words: 6

// oxtile kernel `layer_norm_bwd_dwdb`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `dw_partial`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `db_partial`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `dw`: *f32
@group(0) @binding(5) var<storage, read_write> b3: array<vec4<f32>>; // `db`: *f32

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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = bitcast<i32>(params[4]);
    let v5 = bitcast<i32>(params[5]);
    var x0: array<f32, 4>;
    var x1: array<f32, 4>;
    let v6 = i32(wid.x);
    let v7: i32 = 64i;
    let v8: i32 = (v6 * v7);
    let v12: f32 = 0.0f;
    var v13: array<f32, 4>;
    { let c = 0u; v13[c] = v12; } { let c = 1u; v13[c] = v12; } { let c = 2u; v13[c] = v12; } { let c = 3u; v13[c] = v12; }
    x0 = v13;
    let v14: f32 = 0.0f;
    var v15: array<f32, 4>;
    { let c = 0u; v15[c] = v14; } { let c = 1u; v15[c] = v14; } { let c = 2u; v15[c] = v14; } { let c = 3u; v15[c] = v14; }
    x1 = v15;
    let v16: i32 = 0i;
    let v17: i32 = 4i;
    {
        let u1 = bitcast<i32>(ox_uniform(bitcast<u32>(v4), tid));
        if (v17 <= 0i) { if (tid == 0u) { ox_record(3u, 0u, bitcast<u32>(v17), select(0u, 0xffffffffu, v17 < 0i), 0u, 0u, wid); } return; }
        var i2 = v16;
        loop {
            if (!(i2 < u1)) { break; }
            let v18 = i2;
            var v38 = x0;
            var v39: array<i32, 4>;
            { let c = 0u; v39[c] = v0; } { let c = 1u; v39[c] = v0; } { let c = 2u; v39[c] = v0; } { let c = 3u; v39[c] = v0; }
            var v40: array<i32, 4>;
            { let c = 0u; v40[c] = (v39[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); } { let c = 1u; v40[c] = (v39[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); } { let c = 2u; v40[c] = (v39[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); } { let c = 3u; v40[c] = (v39[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); }
            let v41: f32 = 0.0f;
            var v42: array<f32, 4>;
            { let c = 0u; v42[c] = v41; } { let c = 1u; v42[c] = v41; } { let c = 2u; v42[c] = v41; } { let c = 3u; v42[c] = v41; }
            var v43: array<f32, 4>;
            for (var c = 0u; c < 4u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 256u) {
                    if ((((v18 + i32((((tid + c * 64u) / 64u)))) < v4) && ((v8 + i32((((tid + c * 64u) % 64u)))) < v5)) && v40[c] >= 0i && u32(v40[c]) < params[0]) { let o = u32(v40[c]); v43[c] = b0[o >> 2u][o & 3u]; } else { v43[c] = v42[c]; if ((((v18 + i32((((tid + c * 64u) / 64u)))) < v4) && ((v8 + i32((((tid + c * 64u) % 64u)))) < v5))) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v40[c]), bitcast<u32>(v40[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            var v44: array<f32, 4>;
            { let c = 0u; v44[c] = (v38[c] + v43[c]); } { let c = 1u; v44[c] = (v38[c] + v43[c]); } { let c = 2u; v44[c] = (v38[c] + v43[c]); } { let c = 3u; v44[c] = (v38[c] + v43[c]); }
            x0 = v44;
            var v45 = x1;
            var v46: array<i32, 4>;
            { let c = 0u; v46[c] = v1; } { let c = 1u; v46[c] = v1; } { let c = 2u; v46[c] = v1; } { let c = 3u; v46[c] = v1; }
            var v47: array<i32, 4>;
            { let c = 0u; v47[c] = (v46[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); } { let c = 1u; v47[c] = (v46[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); } { let c = 2u; v47[c] = (v46[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); } { let c = 3u; v47[c] = (v46[c] + (((v18 + i32((((tid + c * 64u) / 64u)))) * v5) + (v8 + i32((((tid + c * 64u) % 64u)))))); }
            let v48: f32 = 0.0f;
            var v49: array<f32, 4>;
            { let c = 0u; v49[c] = v48; } { let c = 1u; v49[c] = v48; } { let c = 2u; v49[c] = v48; } { let c = 3u; v49[c] = v48; }
            var v50: array<f32, 4>;
            for (var c = 0u; c < 4u; c = c + 1u) {
                let e = tid + c * 64u;
                if (e < 256u) {
                    if ((((v18 + i32((((tid + c * 64u) / 64u)))) < v4) && ((v8 + i32((((tid + c * 64u) % 64u)))) < v5)) && v47[c] >= 0i && u32(v47[c]) < params[1]) { let o = u32(v47[c]); v50[c] = b1[o >> 2u][o & 3u]; } else { v50[c] = v49[c]; if ((((v18 + i32((((tid + c * 64u) / 64u)))) < v4) && ((v8 + i32((((tid + c * 64u) % 64u)))) < v5))) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v47[c]), bitcast<u32>(v47[c] >> 31u), 0u, 0u, wid); } }
                }
            }
            var v51: array<f32, 4>;
            { let c = 0u; v51[c] = (v45[c] + v50[c]); } { let c = 1u; v51[c] = (v45[c] + v50[c]); } { let c = 2u; v51[c] = (v45[c] + v50[c]); } { let c = 3u; v51[c] = (v45[c] + v50[c]); }
            x1 = v51;
            continuing {
                let left = bitcast<u32>(u1) - bitcast<u32>(i2);
                i2 = i2 + v17;
                break if left <= bitcast<u32>(v17);
            }
        }
    }
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = v2; }
    var v53: array<i32, 1>;
    { let c = 0u; v53[c] = (v52[c] + (v8 + i32((tid + c * 64u)))); }
    var v54 = x0;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { ox_scratch[e] = bitcast<u32>(v54[c]); }
    }
    workgroupBarrier();
    var v55: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            let base = (e / 64u) * 256u + (e % 64u);
            var k = 0u;
            let x0 = bitcast<f32>(ox_scratch[base + k * 64u]);
            var acc: f32 = x0;
            for (k = k + 1u; k < 4u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 64u]); let acc_o = x; acc = (acc + acc_o); }
            v55[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && ((v8 + i32((tid + c * 64u))) < v5) && (v53[c] < 0i || u32(v53[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v53[lane / 64u]), bitcast<u32>(v53[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && ((v8 + i32((tid + c * 64u))) < v5)) { let o = u32(v53[c]); b2[o >> 2u][o & 3u] = v55[c]; }
        }
    }
    var v58: array<i32, 1>;
    { let c = 0u; v58[c] = v3; }
    var v59: array<i32, 1>;
    { let c = 0u; v59[c] = (v58[c] + (v8 + i32((tid + c * 64u)))); }
    var v60 = x1;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { ox_scratch[e] = bitcast<u32>(v60[c]); }
    }
    workgroupBarrier();
    var v61: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            let base = (e / 64u) * 256u + (e % 64u);
            var k = 0u;
            let x0 = bitcast<f32>(ox_scratch[base + k * 64u]);
            var acc: f32 = x0;
            for (k = k + 1u; k < 4u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 64u]); let acc_o = x; acc = (acc + acc_o); }
            v61[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && ((v8 + i32((tid + c * 64u))) < v5) && (v59[c] < 0i || u32(v59[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v59[lane / 64u]), bitcast<u32>(v59[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && ((v8 + i32((tid + c * 64u))) < v5)) { let o = u32(v59[c]); b3[o >> 2u][o & 3u] = v61[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
