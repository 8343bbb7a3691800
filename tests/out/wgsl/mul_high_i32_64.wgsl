// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3
// site 1: tests/lang_elementwise.rs:1359:30
// site 2: tests/lang_elementwise.rs:1359:46
// site 3: tests/lang_elementwise.rs:1359:5

// oxtile kernel `mul_high`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `a`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `b`: *i32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<i32>>; // `out`: *i32

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

// (high, low) words of the 64-bit product a * b, from 16-bit halves.
fn ox_mulhilo(a: u32, b: u32) -> vec2<u32> {
    let a0 = a & 0xffffu;
    let a1 = a >> 16u;
    let b0 = b & 0xffffu;
    let b1 = b >> 16u;
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 16u) + (p01 & 0xffffu) + (p10 & 0xffffu);
    let hi = p11 + (p01 >> 16u) + (p10 >> 16u) + (mid >> 16u);
    return vec2<u32>(hi, a * b);
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
    { let c = 0u; v4[c] = v2; }
    var v5: array<i32, 1>;
    { let c = 0u; v5[c] = (v4[c] + i32((tid + c * 64u))); }
    var v6: array<i32, 1>;
    { let c = 0u; v6[c] = v0; }
    var v7: array<i32, 1>;
    { let c = 0u; v7[c] = (v6[c] + i32((tid + c * 64u))); }
    var v8: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v7[c] >= 0i && u32(v7[c]) < params[0]) { let o = u32(v7[c]); v8[c] = b0[o >> 2u][o & 3u]; } else { v8[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v7[c]), bitcast<u32>(v7[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = v1; }
    var v10: array<i32, 1>;
    { let c = 0u; v10[c] = (v9[c] + i32((tid + c * 64u))); }
    var v11: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (true && v10[c] >= 0i && u32(v10[c]) < params[1]) { let o = u32(v10[c]); v11[c] = b1[o >> 2u][o & 3u]; } else { v11[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v10[c]), bitcast<u32>(v10[c] >> 31u), 0u, 2u, wid); } }
        }
    }
    var v12: array<i32, 1>;
    { let c = 0u; v12[c] = bitcast<i32>(ox_mulhilo(bitcast<u32>(v8[c]), bitcast<u32>(v11[c])).x - select(0u, bitcast<u32>(v11[c]), v8[c] < 0i) - select(0u, bitcast<u32>(v8[c]), v11[c] < 0i)); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && (v5[c] < 0i || u32(v5[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v5[lane / 64u]), bitcast<u32>(v5[lane / 64u] >> 31u), 1u, 3u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && true) { let o = u32(v5[c]); b2[o >> 2u][o & 3u] = v12[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
