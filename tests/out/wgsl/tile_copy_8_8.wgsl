// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2) scalar(word 3)
// params words: 4

// oxtile kernel `tile_copy`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `src`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `dst`: *f32

var<workgroup> ox_scratch: array<u32, 8>;
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
    let v2 = bitcast<i32>(params[2]);
    let v3 = bitcast<i32>(params[3]);
    let v4 = i32(wid.x);
    let v5: i32 = 8i;
    let v6: i32 = (v4 * v5);
    let v7 = i32(wid.y);
    let v8: i32 = 8i;
    let v9: i32 = (v7 * v8);
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = v0; }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = (v16[c] + ((v6 + i32((tid + c * 64u))) * v3)); }
    let v18: i32 = 0i;
    let v28: i32 = 1i;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) { ox_scratch[e] = bitcast<u32>(v17[c]); }
    }
    workgroupBarrier();
    var v31: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            v31[c] = bitcast<i32>(ox_scratch[(e / 8u)]);
        }
    }
    var v33: array<i32, 1>;
    { let c = 0u; v33[c] = (v31[c] + ((v9 + i32((((tid + c * 64u) % 8u)))) * v28)); }
    let v34: i32 = 0i;
    var v43: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (((((v6 + i32((((tid + c * 64u) / 8u)))) >= v18) && ((v6 + i32((((tid + c * 64u) / 8u)))) < v2)) && (((v9 + i32((((tid + c * 64u) % 8u)))) >= v34) && ((v9 + i32((((tid + c * 64u) % 8u)))) < v3))) && v33[c] >= 0i && u32(v33[c]) < params[0]) { let o = u32(v33[c]); v43[c] = b0[o >> 2u][o & 3u]; } else { v43[c] = 0.0f; if (((((v6 + i32((((tid + c * 64u) / 8u)))) >= v18) && ((v6 + i32((((tid + c * 64u) / 8u)))) < v2)) && (((v9 + i32((((tid + c * 64u) % 8u)))) >= v34) && ((v9 + i32((((tid + c * 64u) % 8u)))) < v3)))) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v33[c]), bitcast<u32>(v33[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v50: array<i32, 1>;
    { let c = 0u; v50[c] = v1; }
    var v51: array<i32, 1>;
    { let c = 0u; v51[c] = (v50[c] + ((v6 + i32((tid + c * 64u))) * v3)); }
    let v52: i32 = 0i;
    let v62: i32 = 1i;
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) { ox_scratch[e] = bitcast<u32>(v51[c]); }
    }
    workgroupBarrier();
    var v65: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            v65[c] = bitcast<i32>(ox_scratch[(e / 8u)]);
        }
    }
    var v67: array<i32, 1>;
    { let c = 0u; v67[c] = (v65[c] + ((v9 + i32((((tid + c * 64u) % 8u)))) * v62)); }
    let v68: i32 = 0i;
    let v77: f32 = 1.0f;
    var v78: array<f32, 1>;
    { let c = 0u; v78[c] = v77; }
    var v79: array<f32, 1>;
    { let c = 0u; v79[c] = (v43[c] + v78[c]); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && ((((v6 + i32((((tid + c * 64u) / 8u)))) >= v52) && ((v6 + i32((((tid + c * 64u) / 8u)))) < v2)) && (((v9 + i32((((tid + c * 64u) % 8u)))) >= v68) && ((v9 + i32((((tid + c * 64u) % 8u)))) < v3))) && (v67[c] < 0i || u32(v67[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v67[lane / 64u]), bitcast<u32>(v67[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && ((((v6 + i32((((tid + c * 64u) / 8u)))) >= v52) && ((v6 + i32((((tid + c * 64u) / 8u)))) < v2)) && (((v9 + i32((((tid + c * 64u) % 8u)))) >= v68) && ((v9 + i32((((tid + c * 64u) % 8u)))) < v3)))) { let o = u32(v67[c]); b1[o >> 2u][o & 3u] = v79[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
