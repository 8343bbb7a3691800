// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5)
// params words: 6
// site 1: tests/lang_tiles.rs:1605:13
// site 2: tests/lang_tiles.rs:1606:13
// site 3: tests/lang_tiles.rs:1607:5
// site 4: tests/lang_tiles.rs:1608:14
// site 5: tests/lang_tiles.rs:1610:14
// site 6: tests/lang_tiles.rs:1611:5

// oxtile kernel `gathers`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `ix`: *i32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(5) var<storage, read_write> b3: array<u32>; // `h`: *bf16
@group(0) @binding(6) var<storage, read_write> b4: array<u32>; // `hix`: *u8
@group(0) @binding(7) var<storage, read_write> b5: array<atomic<u32>>; // `hout`: *bf16

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
    _ = arrayLength(&b2);
    _ = arrayLength(&b3);
    _ = arrayLength(&b4);
    _ = arrayLength(&b5);
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v3 = 0i;
    let v4 = 0i;
    let v5 = 0i;
    let v8: i32 = 16i;
    var v11: array<i32, 1>;
    { let c = 0u; v11[c] = v0; }
    var v12: array<i32, 1>;
    { let c = 0u; v12[c] = (v11[c] + (i32((tid + c * 64u)) * v8)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) { ox_scratch[e] = bitcast<u32>(v12[c]); }
    }
    workgroupBarrier();
    var v15: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            v15[c] = bitcast<i32>(ox_scratch[(e / 16u)]);
        }
    }
    var v17: array<i32, 2>;
    { let c = 0u; v17[c] = (v15[c] + i32((((tid + c * 64u) % 16u)))); } { let c = 1u; v17[c] = (v15[c] + i32((((tid + c * 64u) % 16u)))); }
    var v18: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v17[c] >= 0i && u32(v17[c]) < params[0]) { let o = u32(v17[c]); v18[c] = b0[o >> 2u][o & 3u]; } else { v18[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v17[c]), bitcast<u32>(v17[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    let v19: i32 = 24i;
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = v1; }
    var v23: array<i32, 1>;
    { let c = 0u; v23[c] = (v22[c] + (i32((tid + c * 64u)) * v19)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) { ox_scratch[e] = bitcast<u32>(v23[c]); }
    }
    workgroupBarrier();
    var v26: array<i32, 3>;
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) {
            v26[c] = bitcast<i32>(ox_scratch[(e / 24u)]);
        }
    }
    var v28: array<i32, 3>;
    { let c = 0u; v28[c] = (v26[c] + i32((((tid + c * 64u) % 24u)))); } { let c = 1u; v28[c] = (v26[c] + i32((((tid + c * 64u) % 24u)))); } { let c = 2u; v28[c] = (v26[c] + i32((((tid + c * 64u) % 24u)))); }
    var v29: array<i32, 3>;
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) {
            if (true && v28[c] >= 0i && u32(v28[c]) < params[1]) { let o = u32(v28[c]); v29[c] = b1[o >> 2u][o & 3u]; } else { v29[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v28[c]), bitcast<u32>(v28[c] >> 31u), 0u, 2u, wid); } }
        }
    }
    let v30: i32 = 24i;
    var v33: array<i32, 1>;
    { let c = 0u; v33[c] = v2; }
    var v34: array<i32, 1>;
    { let c = 0u; v34[c] = (v33[c] + (i32((tid + c * 64u)) * v30)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) { ox_scratch[e] = bitcast<u32>(v34[c]); }
    }
    workgroupBarrier();
    var v37: array<i32, 3>;
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) {
            v37[c] = bitcast<i32>(ox_scratch[(e / 24u)]);
        }
    }
    var v39: array<i32, 3>;
    { let c = 0u; v39[c] = (v37[c] + i32((((tid + c * 64u) % 24u)))); } { let c = 1u; v39[c] = (v37[c] + i32((((tid + c * 64u) % 24u)))); } { let c = 2u; v39[c] = (v37[c] + i32((((tid + c * 64u) % 24u)))); }
    let v40: i32 = 0i;
    let v43: i32 = 16i;
    var v46: array<bool, 3>;
    for (var c = 0u; c < 3u; c = c + 1u) {
        let w42: bool = (v29[c] >= v40);
        let w45: bool = (v29[c] < v43);
        v46[c] = (w42 && w45);
    }
    workgroupBarrier();
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v18[c]); }
    }
    workgroupBarrier();
    var v47: array<f32, 3>;
    for (var c = 0u; c < 3u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 192u) {
            v47[c] = bitcast<f32>(ox_scratch[(e / 24u) * 16u + (u32(clamp(i32(v29[c]), 0i, 15i)))]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 3u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 192u && (v39[c] < 0i || u32(v39[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v39[lane / 64u]), bitcast<u32>(v39[lane / 64u] >> 31u), 1u, 3u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 3u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 192u && true) { let o = u32(v39[c]); b2[o >> 2u][o & 3u] = v47[c]; }
        }
    }
    let v48: i32 = 16i;
    var v51: array<i32, 1>;
    { let c = 0u; v51[c] = v3; }
    var v52: array<i32, 1>;
    { let c = 0u; v52[c] = (v51[c] + (i32((tid + c * 64u)) * v48)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) { ox_scratch[e] = bitcast<u32>(v52[c]); }
    }
    workgroupBarrier();
    var v55: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            v55[c] = bitcast<i32>(ox_scratch[(e / 16u)]);
        }
    }
    var v57: array<i32, 2>;
    { let c = 0u; v57[c] = (v55[c] + i32((((tid + c * 64u) % 16u)))); } { let c = 1u; v57[c] = (v55[c] + i32((((tid + c * 64u) % 16u)))); }
    var v58: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v57[c] >= 0i && u32(v57[c]) < params[3]) { let o = u32(v57[c]); v58[c] = bitcast<f32>(((b3[(o >> 1u)] >> ((o & 1u) * 16u)) & 0xffffu) << 16u); } else { v58[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 3u, bitcast<u32>(v57[c]), bitcast<u32>(v57[c] >> 31u), 0u, 4u, wid); } }
        }
    }
    let v61: i32 = 16i;
    var v64: array<i32, 1>;
    { let c = 0u; v64[c] = v4; }
    var v65: array<i32, 1>;
    { let c = 0u; v65[c] = (v64[c] + (i32((tid + c * 64u)) * v61)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 24u) { ox_scratch[e] = bitcast<u32>(v65[c]); }
    }
    workgroupBarrier();
    var v68: array<i32, 6>;
    for (var c = 0u; c < 6u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 384u) {
            v68[c] = bitcast<i32>(ox_scratch[(e / 16u)]);
        }
    }
    var v70: array<i32, 6>;
    for (var c = 0u; c < 6u; c = c + 1u) { v70[c] = (v68[c] + i32((((tid + c * 64u) % 16u)))); }
    var v71: array<u32, 6>;
    for (var c = 0u; c < 6u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 384u) {
            if (true && v70[c] >= 0i && u32(v70[c]) < params[4]) { let o = u32(v70[c]); v71[c] = ((b4[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu); } else { v71[c] = 0u; if (true) { ox_fail = true; ox_record(1u, 4u, bitcast<u32>(v70[c]), bitcast<u32>(v70[c] >> 31u), 0u, 5u, wid); } }
        }
    }
    let v72: i32 = 16i;
    var v75: array<i32, 1>;
    { let c = 0u; v75[c] = v5; }
    var v76: array<i32, 1>;
    { let c = 0u; v76[c] = (v75[c] + (i32((tid + c * 64u)) * v72)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 24u) { ox_scratch[e] = bitcast<u32>(v76[c]); }
    }
    workgroupBarrier();
    var v79: array<i32, 6>;
    for (var c = 0u; c < 6u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 384u) {
            v79[c] = bitcast<i32>(ox_scratch[(e / 16u)]);
        }
    }
    var v81: array<i32, 6>;
    for (var c = 0u; c < 6u; c = c + 1u) { v81[c] = (v79[c] + i32((((tid + c * 64u) % 16u)))); }
    let v82: u32 = 0u;
    let v85: u32 = 8u;
    var v88: array<bool, 6>;
    for (var c = 0u; c < 6u; c = c + 1u) {
        let w84: bool = (v71[c] >= v82);
        let w87: bool = (v71[c] < v85);
        v88[c] = (w84 && w87);
    }
    workgroupBarrier();
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v58[c]); }
    }
    workgroupBarrier();
    var v89: array<f32, 6>;
    for (var c = 0u; c < 6u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 384u) {
            v89[c] = bitcast<f32>(ox_scratch[(min(u32(v71[c]), 7u)) * 16u + (e % 16u)]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 6u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 384u && (v81[c] < 0i || u32(v81[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v81[lane / 64u]), bitcast<u32>(v81[lane / 64u] >> 31u), 1u, 6u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 6u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 384u && true) { let o = u32(v81[c]); { let wi = (o >> 1u); let sh = ((o & 1u) * 16u); let nb = ((bitcast<u32>(v89[c]) >> 16u)) << sh; let keep = ~(0xffffu << sh); loop { let old = atomicLoad(&b5[wi]); if (atomicCompareExchangeWeak(&b5[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
