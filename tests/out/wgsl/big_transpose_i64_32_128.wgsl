// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1)
// params words: 2

// oxtile kernel `big_transpose_i64`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<i64>; // `x`: *i64
@group(0) @binding(3) var<storage, read_write> b1: array<i64>; // `out`: *i64

var<workgroup> ox_scratch: array<u32, 2732>;
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
    let v5: i32 = 128i;
    var v8: array<i32, 1>;
    { let c = 0u; v8[c] = v0; }
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = (v8[c] + (i32((tid + c * 64u)) * v5)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 32u) { ox_scratch[e] = bitcast<u32>(v9[c]); }
    }
    workgroupBarrier();
    var v11: array<i32, 64>;
    for (var c = 0u; c < 64u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 4096u) {
            v11[c] = bitcast<i32>(ox_scratch[(e / 128u)]);
        }
    }
    var v13: array<i32, 64>;
    for (var c = 0u; c < 64u; c = c + 1u) { v13[c] = (v11[c] + i32((((tid + c * 64u) % 128u)))); }
    var v14: array<i64, 64>;
    for (var c = 0u; c < 64u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 4096u) {
            if (true && v13[c] >= 0i && u32(v13[c]) < params[0]) { let o = u32(v13[c]); v14[c] = b0[o]; } else { v14[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v13[c]), bitcast<u32>(v13[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    let v16: i32 = 32i;
    var v19: array<i32, 2>;
    { let c = 0u; v19[c] = v1; } { let c = 1u; v19[c] = v1; }
    var v20: array<i32, 2>;
    { let c = 0u; v20[c] = (v19[c] + (i32((tid + c * 64u)) * v16)); } { let c = 1u; v20[c] = (v19[c] + (i32((tid + c * 64u)) * v16)); }
    workgroupBarrier();
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v20[c]); }
    }
    workgroupBarrier();
    var v22: array<i32, 64>;
    for (var c = 0u; c < 64u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 4096u) {
            v22[c] = bitcast<i32>(ox_scratch[(e / 32u)]);
        }
    }
    var v24: array<i32, 64>;
    for (var c = 0u; c < 64u; c = c + 1u) { v24[c] = (v22[c] + i32((((tid + c * 64u) % 32u)))); }
    var v25: array<i64, 64>;
    workgroupBarrier();
    for (var s0 = 0u; s0 < 4096u; s0 = s0 + 1366u) {
        for (var c = 0u; c < 64u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e >= s0 && e < s0 + 1366u) { { let ox_w = v14[c]; ox_scratch[e - s0] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e - s0 + 1366u] = u32(bitcast<u64>(ox_w) >> 32u); } }
        }
        workgroupBarrier();
        for (var c = 0u; c < 64u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 4096u) {
                let i = (e / 32u) + (e % 32u) * 128u;
                if (i >= s0 && i < s0 + 1366u) { v25[c] = bitcast<i64>(((u64(ox_scratch[i - s0 + 1366u]) << 32u) | u64(ox_scratch[i - s0]))); }
            }
        }
        workgroupBarrier();
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 64u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4096u && (v24[c] < 0i || u32(v24[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v24[lane / 64u]), bitcast<u32>(v24[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 64u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 4096u && true) { let o = u32(v24[c]); b1[o] = v25[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
