// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2)
// params words: 3
// site 1: tests/lang_combine.rs:46:13
// site 2: tests/lang_combine.rs:47:5
// site 3: tests/lang_combine.rs:49:5

// oxtile kernel `ema_scan`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `out`: *f32

var<workgroup> ox_scratch: array<u32, 128>;
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
    let v2 = bitcast<f32>(params[2]);
    let v6: i32 = 32i;
    var v13: array<i32, 2>;
    { let c = 0u; v13[c] = v0; } { let c = 1u; v13[c] = v0; }
    var v14: array<i32, 2>;
    { let c = 0u; v14[c] = (v13[c] + ((i32((((tid + c * 64u) / 32u))) * v6) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v14[c] = (v13[c] + ((i32((((tid + c * 64u) / 32u))) * v6) + i32((((tid + c * 64u) % 32u))))); }
    var v15: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v14[c] >= 0i && u32(v14[c]) < params[0]) { let o = u32(v14[c]); v15[c] = b0[o >> 2u][o & 3u]; } else { v15[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v14[c]), bitcast<u32>(v14[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    var v16: array<f32, 2>;
    { let c = 0u; v16[c] = v2; } { let c = 1u; v16[c] = v2; }
    var v17: array<f32, 2>;
    { let c = 0u; v17[c] = (v15[c] * v16[c]); } { let c = 1u; v17[c] = (v15[c] * v16[c]); }
    var v18: array<i32, 2>;
    { let c = 0u; v18[c] = v1; } { let c = 1u; v18[c] = v1; }
    var v19: array<i32, 2>;
    { let c = 0u; v19[c] = (v18[c] + ((i32((((tid + c * 64u) / 32u))) * v6) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v19[c] = (v18[c] + ((i32((((tid + c * 64u) / 32u))) * v6) + i32((((tid + c * 64u) % 32u))))); }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v17[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 4u; line = line + 64u) {
        let base = line * 32u + (line % 1u);
        var fa0: f32 = bitcast<f32>(ox_scratch[0u + base]);
        for (var k = 1u; k < 32u; k = k + 1u) {
            let at = base + k * 1u;
            let fb0: f32 = bitcast<f32>(ox_scratch[0u + at]);
            {
                let fv22: f32 = 0.5f;
                let fv23: f32 = (fa0 * fv22);
                let fv24: f32 = (fv23 + fb0);
                let fy0: f32 = fv24;
                fa0 = fy0;
            }
            ox_scratch[0u + at] = bitcast<u32>(fa0);
        }
    }
    workgroupBarrier();
    var v25: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            v25[c] = bitcast<f32>(ox_scratch[0u + e]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v19[c] < 0i || u32(v19[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v19[lane / 64u]), bitcast<u32>(v19[lane / 64u] >> 31u), 1u, 2u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v19[c]); b1[o >> 2u][o & 3u] = v25[c]; }
        }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v17[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 32u; line = line + 64u) {
        let base = (line / 32u) * 128u + (line % 32u);
        var fa0: f32 = bitcast<f32>(ox_scratch[0u + base]);
        for (var k = 1u; k < 4u; k = k + 1u) {
            let at = base + k * 32u;
            let fb0: f32 = bitcast<f32>(ox_scratch[0u + at]);
            {
                let fv28: bool = (fb0 > fa0);
                let fv29: f32 = select(fa0, fb0, fv28);
                let fy0: f32 = fv29;
                fa0 = fy0;
            }
            ox_scratch[0u + at] = bitcast<u32>(fa0);
        }
    }
    workgroupBarrier();
    var v30: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            v30[c] = bitcast<f32>(ox_scratch[0u + e]);
        }
    }
    let v31: i32 = 4i;
    let v32: i32 = 32i;
    let v33: i32 = (v31 * v32);
    let v34: i32 = (v1 + v33);
    var v35: array<i32, 2>;
    { let c = 0u; v35[c] = v34; } { let c = 1u; v35[c] = v34; }
    var v36: array<i32, 2>;
    { let c = 0u; v36[c] = (v35[c] + ((i32((((tid + c * 64u) / 32u))) * v6) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v36[c] = (v35[c] + ((i32((((tid + c * 64u) / 32u))) * v6) + i32((((tid + c * 64u) % 32u))))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v36[c] < 0i || u32(v36[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v36[lane / 64u]), bitcast<u32>(v36[lane / 64u] >> 31u), 1u, 3u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v36[c]); b1[o >> 2u][o & 3u] = v30[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
