// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3)
// params words: 4
// site 1: tests/lang_tiles.rs:1722:13
// site 2: tests/lang_tiles.rs:1724:5
// site 3: tests/lang_tiles.rs:1725:46
// site 4: tests/lang_tiles.rs:1725:5
// site 5: tests/lang_tiles.rs:1726:31
// site 6: tests/lang_tiles.rs:1726:5

// oxtile kernel `histograms`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `x`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<u32>; // `m`: *bool
@group(0) @binding(4) var<storage, read_write> b2: array<u32>; // `small`: *u8
@group(0) @binding(5) var<storage, read_write> b3: array<vec4<i32>>; // `out`: *i32

var<workgroup> ox_scratch: array<u32, 256>;
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
    _ = arrayLength(&b3);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    var v5: array<i32, 2>;
    { let c = 0u; v5[c] = v0; } { let c = 1u; v5[c] = v0; }
    var v6: array<i32, 2>;
    { let c = 0u; v6[c] = (v5[c] + i32((tid + c * 64u))); } { let c = 1u; v6[c] = (v5[c] + i32((tid + c * 64u))); }
    var v7: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v6[c] >= 0i && u32(v6[c]) < params[0]) { let o = u32(v6[c]); v7[c] = b0[o >> 2u][o & 3u]; } else { v7[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v6[c]), bitcast<u32>(v6[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    var v9: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v9[c] = v3; }
    var v10: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v10[c] = (v9[c] + i32((tid + c * 64u))); }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v7[c]); }
    }
    workgroupBarrier();
    var v11: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 300u) {
            var ox_k = 0i;
            for (var ox_i = 0u; ox_i < 128u; ox_i = ox_i + 1u) { if (bitcast<i32>(ox_scratch[ox_i]) == i32(e)) { ox_k = ox_k + 1i; } }
            v11[c] = ox_k;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 300u && (v10[c] < 0i || u32(v10[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v10[lane / 64u]), bitcast<u32>(v10[lane / 64u] >> 31u), 1u, 2u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 300u && true) { let o = u32(v10[c]); b3[o >> 2u][o & 3u] = v11[c]; }
        }
    }
    let v12: i32 = 300i;
    let v13: i32 = (v3 + v12);
    var v14: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v14[c] = v13; }
    var v15: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v15[c] = (v14[c] + i32((tid + c * 64u))); }
    var v16: array<i32, 2>;
    { let c = 0u; v16[c] = v1; } { let c = 1u; v16[c] = v1; }
    var v17: array<i32, 2>;
    { let c = 0u; v17[c] = (v16[c] + i32((tid + c * 64u))); } { let c = 1u; v17[c] = (v16[c] + i32((tid + c * 64u))); }
    var v18: array<bool, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v17[c] >= 0i && u32(v17[c]) < params[1]) { let o = u32(v17[c]); v18[c] = (((b1[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu) != 0u); } else { v18[c] = false; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v17[c]), bitcast<u32>(v17[c] >> 31u), 0u, 3u, wid); } }
        }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v7[c]); }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[128u + e] = select(0u, 1u, v18[c]); }
    }
    workgroupBarrier();
    var v19: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 300u) {
            var ox_k = 0i;
            for (var ox_i = 0u; ox_i < 128u; ox_i = ox_i + 1u) { if (bitcast<i32>(ox_scratch[ox_i]) == i32(e) && (ox_scratch[128u + ox_i] != 0u)) { ox_k = ox_k + 1i; } }
            v19[c] = ox_k;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 300u && (v15[c] < 0i || u32(v15[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v15[lane / 64u]), bitcast<u32>(v15[lane / 64u] >> 31u), 1u, 4u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 300u && true) { let o = u32(v15[c]); b3[o >> 2u][o & 3u] = v19[c]; }
        }
    }
    let v20: i32 = 2i;
    let v21: i32 = 300i;
    let v22: i32 = (v20 * v21);
    let v23: i32 = (v3 + v22);
    var v24: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v24[c] = v23; }
    var v25: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) { v25[c] = (v24[c] + i32((tid + c * 64u))); }
    var v26: array<i32, 2>;
    { let c = 0u; v26[c] = v2; } { let c = 1u; v26[c] = v2; }
    var v27: array<i32, 2>;
    { let c = 0u; v27[c] = (v26[c] + i32((tid + c * 64u))); } { let c = 1u; v27[c] = (v26[c] + i32((tid + c * 64u))); }
    var v28: array<u32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v27[c] >= 0i && u32(v27[c]) < params[2]) { let o = u32(v27[c]); v28[c] = ((b2[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu); } else { v28[c] = 0u; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v27[c]), bitcast<u32>(v27[c] >> 31u), 0u, 5u, wid); } }
        }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = v28[c]; }
    }
    workgroupBarrier();
    var v29: array<i32, 5>;
    for (var c = 0u; c < 5u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 300u) {
            var ox_k = 0i;
            for (var ox_i = 0u; ox_i < 128u; ox_i = ox_i + 1u) { if (ox_scratch[ox_i] == u32(e)) { ox_k = ox_k + 1i; } }
            v29[c] = ox_k;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 300u && (v25[c] < 0i || u32(v25[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v25[lane / 64u]), bitcast<u32>(v25[lane / 64u] >> 31u), 1u, 6u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 5u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 300u && true) { let o = u32(v25[c]); b3[o >> 2u][o & 3u] = v29[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
