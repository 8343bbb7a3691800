// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3
// site 1: tests/lang_combine.rs:57:13
// site 2: tests/lang_combine.rs:60:5
// site 3: tests/lang_combine.rs:61:5

// oxtile kernel `tuple_closure`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<f64>; // `x`: *f64
@group(0) @binding(3) var<storage, read_write> b1: array<f64>; // `out`: *f64
@group(0) @binding(4) var<storage, read_write> b2: array<i64>; // `neg`: *i64

var<workgroup> ox_scratch: array<u32, 260>;
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
    var v4: array<i32, 1>;
    { let c = 0u; v4[c] = v0; }
    var v5: array<i32, 1>;
    { let c = 0u; v5[c] = (v4[c] + i32((tid + c * 64u))); }
    var v6: array<f64, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v5[c] >= 0i && u32(v5[c]) < params[0]) { let o = u32(v5[c]); v6[c] = b0[o]; } else { v6[c] = 0.0lf; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v5[c]), bitcast<u32>(v5[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    let v7: f64 = 0.0lf;
    var v8: array<f64, 1>;
    { let c = 0u; v8[c] = v7; }
    let v10: i32 = 1i;
    let v11: i32 = 0i;
    var v15: array<i64, 1>;
    { let c = 0u;
        let w9: bool = (v6[c] < v8[c]);
        let w14: i32 = select(v11, v10, w9);
        v15[c] = i64(w14);
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) { { let ox_w = v6[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 64u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) { { let ox_w = v15[c]; ox_scratch[128u + e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[128u + e + 64u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    for (var line = tid; line < 1u; line = line + 64u) {
        let base = line * 64u + (line % 1u);
        var fa0: f64 = bitcast<f64>(((u64(ox_scratch[0u + base + 64u]) << 32u) | u64(ox_scratch[0u + base])));
        var fa1: i64 = bitcast<i64>(((u64(ox_scratch[128u + base + 64u]) << 32u) | u64(ox_scratch[128u + base])));
        for (var k = 1u; k < 64u; k = k + 1u) {
            let at = base + k * 1u;
            let fb0: f64 = bitcast<f64>(((u64(ox_scratch[0u + at + 64u]) << 32u) | u64(ox_scratch[0u + at])));
            let fb1: i64 = bitcast<i64>(((u64(ox_scratch[128u + at + 64u]) << 32u) | u64(ox_scratch[128u + at])));
            {
                let fv20: f64 = (fa0 * fb0);
                let fv21: i64 = (fa1 + fb1);
                let fy0: f64 = fv20;
                let fy1: i64 = fv21;
                fa0 = fy0;
                fa1 = fy1;
            }
        }
        { let ox_w = fa0; ox_scratch[256u + line] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[256u + line + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
        { let ox_w = fa1; ox_scratch[258u + line] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[258u + line + 1u] = u32(bitcast<u64>(ox_w) >> 32u); }
    }
    workgroupBarrier();
    var v22: f64;
    {
        v22 = bitcast<f64>(((u64(ox_scratch[256u + 0u + 1u]) << 32u) | u64(ox_scratch[256u + 0u])));
    }
    var v23: i64;
    {
        v23 = bitcast<i64>(((u64(ox_scratch[258u + 0u + 1u]) << 32u) | u64(ox_scratch[258u + 0u])));
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v1 < 0i || u32(v1) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v1), bitcast<u32>(v1 >> 31u), 1u, 2u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v1); b1[o] = v22; }
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v2 < 0i || u32(v2) >= params[2]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 2u, bitcast<u32>(v2), bitcast<u32>(v2 >> 31u), 1u, 3u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v2); b2[o] = v23; }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
