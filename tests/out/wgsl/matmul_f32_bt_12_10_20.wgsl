// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3

// oxtile kernel `matmul_f32_bt`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `a`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `b`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `c`: *f32

var<workgroup> ox_scratch: array<u32, 440>;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v7: i32 = 20i;
    var v10: array<i32, 1>;
    { let c = 0u; v10[c] = v0; }
    var v11: array<i32, 1>;
    { let c = 0u; v11[c] = (v10[c] + (i32((tid + c * 64u)) * v7)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 12u) { ox_scratch[e] = bitcast<u32>(v11[c]); }
    }
    workgroupBarrier();
    var v13: array<i32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 240u) {
            v13[c] = bitcast<i32>(ox_scratch[(e / 20u)]);
        }
    }
    var v15: array<i32, 4>;
    { let c = 0u; v15[c] = (v13[c] + i32((((tid + c * 64u) % 20u)))); } { let c = 1u; v15[c] = (v13[c] + i32((((tid + c * 64u) % 20u)))); } { let c = 2u; v15[c] = (v13[c] + i32((((tid + c * 64u) % 20u)))); } { let c = 3u; v15[c] = (v13[c] + i32((((tid + c * 64u) % 20u)))); }
    var v16: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 240u) {
            if (true && v15[c] >= 0i && u32(v15[c]) < params[0]) { let o = u32(v15[c]); v16[c] = b0[o >> 2u][o & 3u]; } else { v16[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v15[c]), bitcast<u32>(v15[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v18: i32 = 20i;
    var v21: array<i32, 1>;
    { let c = 0u; v21[c] = v1; }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = (v21[c] + (i32((tid + c * 64u)) * v18)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 10u) { ox_scratch[e] = bitcast<u32>(v22[c]); }
    }
    workgroupBarrier();
    var v24: array<i32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 200u) {
            v24[c] = bitcast<i32>(ox_scratch[(e / 20u)]);
        }
    }
    var v26: array<i32, 4>;
    { let c = 0u; v26[c] = (v24[c] + i32((((tid + c * 64u) % 20u)))); } { let c = 1u; v26[c] = (v24[c] + i32((((tid + c * 64u) % 20u)))); } { let c = 2u; v26[c] = (v24[c] + i32((((tid + c * 64u) % 20u)))); } { let c = 3u; v26[c] = (v24[c] + i32((((tid + c * 64u) % 20u)))); }
    var v27: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 200u) {
            if (true && v26[c] >= 0i && u32(v26[c]) < params[1]) { let o = u32(v26[c]); v27[c] = b1[o >> 2u][o & 3u]; } else { v27[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v26[c]), bitcast<u32>(v26[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v29: i32 = 10i;
    var v32: array<i32, 1>;
    { let c = 0u; v32[c] = v2; }
    var v33: array<i32, 1>;
    { let c = 0u; v33[c] = (v32[c] + (i32((tid + c * 64u)) * v29)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 12u) { ox_scratch[e] = bitcast<u32>(v33[c]); }
    }
    workgroupBarrier();
    var v35: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 120u) {
            v35[c] = bitcast<i32>(ox_scratch[(e / 10u)]);
        }
    }
    var v37: array<i32, 2>;
    { let c = 0u; v37[c] = (v35[c] + i32((((tid + c * 64u) % 10u)))); } { let c = 1u; v37[c] = (v35[c] + i32((((tid + c * 64u) % 10u)))); }
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 200u) { ox_scratch[e] = bitcast<u32>(v27[c]); }
    }
    workgroupBarrier();
    var v38: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 200u) {
            v38[c] = bitcast<f32>(ox_scratch[(e / 10u) + (e % 10u) * 20u]);
        }
    }
    let v39: f32 = 0.0f;
    var v40: array<f32, 2>;
    { let c = 0u; v40[c] = v39; } { let c = 1u; v40[c] = v39; }
    var v41: array<f32, 2>;
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 20u);
        let cc = (e % 20u);
        if (e < 240u) { ox_scratch[rr * 20u + cc] = bitcast<u32>(v16[c]); }
    }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        let rr = (e / 10u);
        let cc = (e % 10u);
        if (e < 200u) { ox_scratch[240u + rr * 10u + cc] = bitcast<u32>(v38[c]); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 120u) {
            let i = (e / 10u);
            let j = (e % 10u);
            var acc: f32 = v40[c];
            for (var kk = 0u; kk < 20u; kk = kk + 4u) {
                {
                    let kl = kk;
                    acc = fma(bitcast<f32>(ox_scratch[i * 20u + kl]), bitcast<f32>(ox_scratch[240u + kl * 10u + j]), acc);
                }
                {
                    let kl = kk + 1u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 20u + kl]), bitcast<f32>(ox_scratch[240u + kl * 10u + j]), acc);
                }
                {
                    let kl = kk + 2u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 20u + kl]), bitcast<f32>(ox_scratch[240u + kl * 10u + j]), acc);
                }
                {
                    let kl = kk + 3u;
                    acc = fma(bitcast<f32>(ox_scratch[i * 20u + kl]), bitcast<f32>(ox_scratch[240u + kl * 10u + j]), acc);
                }
            }
            v41[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 120u && (v37[c] < 0i || u32(v37[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v37[lane / 64u]), bitcast<u32>(v37[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 120u && true) { let o = u32(v37[c]); b2[o >> 2u][o & 3u] = v41[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
