// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3) buffer(binding 6, length word 4) buffer(binding 7, length word 5)
// params words: 6
// site 1: tests/lang_tiles.rs:1781:13
// site 2: tests/lang_tiles.rs:1782:5
// site 3: tests/lang_tiles.rs:1783:5
// site 4: tests/lang_tiles.rs:1784:5
// site 5: tests/lang_tiles.rs:1785:5
// site 6: tests/lang_tiles.rs:1786:27
// site 7: tests/lang_tiles.rs:1786:5
// site 8: tests/lang_tiles.rs:1787:38
// site 9: tests/lang_tiles.rs:1787:5

// oxtile kernel `sorts`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<i64>; // `i`: *i64
@group(0) @binding(5) var<storage, read_write> b3: array<i64>; // `iout`: *i64
@group(0) @binding(6) var<storage, read_write> b4: array<u32>; // `b`: *u8
@group(0) @binding(7) var<storage, read_write> b5: array<atomic<u32>>; // `bout`: *u8

var<workgroup> ox_scratch: array<u32, 1024>;
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

fn ox_isnan(x: f32) -> bool {
    return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
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
    let v8: i32 = 32i;
    var v16: array<i32, 4>;
    { let c = 0u; v16[c] = v0; } { let c = 1u; v16[c] = v0; } { let c = 2u; v16[c] = v0; } { let c = 3u; v16[c] = v0; }
    var v17: array<i32, 4>;
    { let c = 0u; v17[c] = (v16[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v17[c] = (v16[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v17[c] = (v16[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v17[c] = (v16[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    var v18: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            if (true && v17[c] >= 0i && u32(v17[c]) < params[0]) { let o = u32(v17[c]); v18[c] = b0[o >> 2u][o & 3u]; } else { v18[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v17[c]), bitcast<u32>(v17[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    var v19: array<i32, 4>;
    { let c = 0u; v19[c] = v1; } { let c = 1u; v19[c] = v1; } { let c = 2u; v19[c] = v1; } { let c = 3u; v19[c] = v1; }
    var v20: array<i32, 4>;
    { let c = 0u; v20[c] = (v19[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v20[c] = (v19[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v20[c] = (v19[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v20[c] = (v19[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { ox_scratch[e] = bitcast<u32>(v18[c]); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            let oi = (e / 1u) % 32u; let ob = e - oi * 1u;
            let ox_xe = v18[c];
            let ox_keb = bitcast<u32>(select(ox_xe, abs(ox_xe), ox_isnan(ox_xe)));                      let ox_ke = select(ox_keb | 0x80000000u, ~ox_keb, (ox_keb >> 31u) == 1u);
            var rk = 0u;
            for (var j = 0u; j < 32u; j = j + 1u) {
                let ox_xj = bitcast<f32>(ox_scratch[ob + j * 1u]);
                let ox_kjb = bitcast<u32>(select(ox_xj, abs(ox_xj), ox_isnan(ox_xj)));                      let ox_kj = select(ox_kjb | 0x80000000u, ~ox_kjb, (ox_kjb >> 31u) == 1u);
                if (ox_kj < ox_ke || (ox_kj == ox_ke && j < oi)) { rk = rk + 1u; }
            }
            ox_scratch[256u + ob + rk * 1u] = bitcast<u32>(ox_xe);
        }
    }
    workgroupBarrier();
    var v21: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            v21[c] = bitcast<f32>(ox_scratch[256u + e]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (v20[c] < 0i || u32(v20[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v20[lane / 64u]), bitcast<u32>(v20[lane / 64u] >> 31u), 1u, 2u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && true) { let o = u32(v20[c]); b1[o >> 2u][o & 3u] = v21[c]; }
        }
    }
    let v22: i32 = 8i;
    let v23: i32 = 32i;
    let v24: i32 = (v22 * v23);
    let v25: i32 = (v1 + v24);
    var v26: array<i32, 4>;
    { let c = 0u; v26[c] = v25; } { let c = 1u; v26[c] = v25; } { let c = 2u; v26[c] = v25; } { let c = 3u; v26[c] = v25; }
    var v27: array<i32, 4>;
    { let c = 0u; v27[c] = (v26[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v27[c] = (v26[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v27[c] = (v26[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v27[c] = (v26[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { ox_scratch[e] = bitcast<u32>(v18[c]); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            let oi = (e / 1u) % 32u; let ob = e - oi * 1u;
            let ox_xe = v18[c];
            let ox_keb = bitcast<u32>(select(ox_xe, abs(ox_xe), ox_isnan(ox_xe)));                      let ox_ke = select(ox_keb | 0x80000000u, ~ox_keb, (ox_keb >> 31u) == 1u);
            var rk = 0u;
            for (var j = 0u; j < 32u; j = j + 1u) {
                let ox_xj = bitcast<f32>(ox_scratch[ob + j * 1u]);
                let ox_kjb = bitcast<u32>(select(ox_xj, abs(ox_xj), ox_isnan(ox_xj)));                      let ox_kj = select(ox_kjb | 0x80000000u, ~ox_kjb, (ox_kjb >> 31u) == 1u);
                if (ox_kj > ox_ke || (ox_kj == ox_ke && j < oi)) { rk = rk + 1u; }
            }
            ox_scratch[256u + ob + rk * 1u] = bitcast<u32>(ox_xe);
        }
    }
    workgroupBarrier();
    var v28: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            v28[c] = bitcast<f32>(ox_scratch[256u + e]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (v27[c] < 0i || u32(v27[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v27[lane / 64u]), bitcast<u32>(v27[lane / 64u] >> 31u), 1u, 3u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && true) { let o = u32(v27[c]); b1[o >> 2u][o & 3u] = v28[c]; }
        }
    }
    let v29: i32 = 2i;
    let v30: i32 = 8i;
    let v31: i32 = (v29 * v30);
    let v32: i32 = 32i;
    let v33: i32 = (v31 * v32);
    let v34: i32 = (v1 + v33);
    var v35: array<i32, 4>;
    { let c = 0u; v35[c] = v34; } { let c = 1u; v35[c] = v34; } { let c = 2u; v35[c] = v34; } { let c = 3u; v35[c] = v34; }
    var v36: array<i32, 4>;
    { let c = 0u; v36[c] = (v35[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v36[c] = (v35[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v36[c] = (v35[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v36[c] = (v35[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { ox_scratch[e] = bitcast<u32>(v18[c]); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            let oi = (e / 32u) % 8u; let ob = e - oi * 32u;
            let ox_xe = v18[c];
            let ox_keb = bitcast<u32>(select(ox_xe, abs(ox_xe), ox_isnan(ox_xe)));                      let ox_ke = select(ox_keb | 0x80000000u, ~ox_keb, (ox_keb >> 31u) == 1u);
            var rk = 0u;
            for (var j = 0u; j < 8u; j = j + 1u) {
                let ox_xj = bitcast<f32>(ox_scratch[ob + j * 32u]);
                let ox_kjb = bitcast<u32>(select(ox_xj, abs(ox_xj), ox_isnan(ox_xj)));                      let ox_kj = select(ox_kjb | 0x80000000u, ~ox_kjb, (ox_kjb >> 31u) == 1u);
                if (ox_kj < ox_ke || (ox_kj == ox_ke && j < oi)) { rk = rk + 1u; }
            }
            ox_scratch[256u + ob + rk * 32u] = bitcast<u32>(ox_xe);
        }
    }
    workgroupBarrier();
    var v37: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            v37[c] = bitcast<f32>(ox_scratch[256u + e]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (v36[c] < 0i || u32(v36[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v36[lane / 64u]), bitcast<u32>(v36[lane / 64u] >> 31u), 1u, 4u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && true) { let o = u32(v36[c]); b1[o >> 2u][o & 3u] = v37[c]; }
        }
    }
    let v38: i32 = 3i;
    let v39: i32 = 8i;
    let v40: i32 = (v38 * v39);
    let v41: i32 = 32i;
    let v42: i32 = (v40 * v41);
    let v43: i32 = (v1 + v42);
    var v44: array<i32, 4>;
    { let c = 0u; v44[c] = v43; } { let c = 1u; v44[c] = v43; } { let c = 2u; v44[c] = v43; } { let c = 3u; v44[c] = v43; }
    var v45: array<i32, 4>;
    { let c = 0u; v45[c] = (v44[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v45[c] = (v44[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v45[c] = (v44[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v45[c] = (v44[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { ox_scratch[e] = bitcast<u32>(v18[c]); }
    }
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            let oi = (e / 32u) % 8u; let ob = e - oi * 32u;
            let ox_xe = v18[c];
            let ox_keb = bitcast<u32>(select(ox_xe, abs(ox_xe), ox_isnan(ox_xe)));                      let ox_ke = select(ox_keb | 0x80000000u, ~ox_keb, (ox_keb >> 31u) == 1u);
            var rk = 0u;
            for (var j = 0u; j < 8u; j = j + 1u) {
                let ox_xj = bitcast<f32>(ox_scratch[ob + j * 32u]);
                let ox_kjb = bitcast<u32>(select(ox_xj, abs(ox_xj), ox_isnan(ox_xj)));                      let ox_kj = select(ox_kjb | 0x80000000u, ~ox_kjb, (ox_kjb >> 31u) == 1u);
                if (ox_kj > ox_ke || (ox_kj == ox_ke && j < oi)) { rk = rk + 1u; }
            }
            ox_scratch[256u + ob + rk * 32u] = bitcast<u32>(ox_xe);
        }
    }
    workgroupBarrier();
    var v46: array<f32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            v46[c] = bitcast<f32>(ox_scratch[256u + e]);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (v45[c] < 0i || u32(v45[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v45[lane / 64u]), bitcast<u32>(v45[lane / 64u] >> 31u), 1u, 5u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && true) { let o = u32(v45[c]); b1[o >> 2u][o & 3u] = v46[c]; }
        }
    }
    var v47: array<i32, 4>;
    { let c = 0u; v47[c] = v3; } { let c = 1u; v47[c] = v3; } { let c = 2u; v47[c] = v3; } { let c = 3u; v47[c] = v3; }
    var v48: array<i32, 4>;
    { let c = 0u; v48[c] = (v47[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v48[c] = (v47[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v48[c] = (v47[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v48[c] = (v47[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    var v49: array<i32, 4>;
    { let c = 0u; v49[c] = v2; } { let c = 1u; v49[c] = v2; } { let c = 2u; v49[c] = v2; } { let c = 3u; v49[c] = v2; }
    var v50: array<i32, 4>;
    { let c = 0u; v50[c] = (v49[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v50[c] = (v49[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v50[c] = (v49[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v50[c] = (v49[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    var v51: array<i64, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            if (true && v50[c] >= 0i && u32(v50[c]) < params[2]) { let o = u32(v50[c]); v51[c] = b2[o]; } else { v51[c] = 0li; if (true) { ox_fail = true; ox_record(1u, 2u, bitcast<u32>(v50[c]), bitcast<u32>(v50[c] >> 31u), 0u, 6u, wid); } }
        }
    }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { { let ox_w = v51[c]; ox_scratch[e] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[e + 256u] = u32(bitcast<u64>(ox_w) >> 32u); } }
    }
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            let oi = (e / 1u) % 32u; let ob = e - oi * 1u;
            let ox_xe = v51[c];
            let ox_ke = ox_xe;
            var rk = 0u;
            for (var j = 0u; j < 32u; j = j + 1u) {
                let ox_xj = bitcast<i64>(((u64(ox_scratch[ob + j * 1u + 256u]) << 32u) | u64(ox_scratch[ob + j * 1u])));
                let ox_kj = ox_xj;
                if (ox_kj < ox_ke || (ox_kj == ox_ke && j < oi)) { rk = rk + 1u; }
            }
            { let ox_w = ox_xe; ox_scratch[512u + ob + rk * 1u] = u32(bitcast<u64>(ox_w) & 0xfffffffflu); ox_scratch[512u + ob + rk * 1u + 256u] = u32(bitcast<u64>(ox_w) >> 32u); }
        }
    }
    workgroupBarrier();
    var v52: array<i64, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            v52[c] = bitcast<i64>(((u64(ox_scratch[512u + e + 256u]) << 32u) | u64(ox_scratch[512u + e])));
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (v48[c] < 0i || u32(v48[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v48[lane / 64u]), bitcast<u32>(v48[lane / 64u] >> 31u), 1u, 7u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && true) { let o = u32(v48[c]); b3[o] = v52[c]; }
        }
    }
    var v53: array<i32, 4>;
    { let c = 0u; v53[c] = v5; } { let c = 1u; v53[c] = v5; } { let c = 2u; v53[c] = v5; } { let c = 3u; v53[c] = v5; }
    var v54: array<i32, 4>;
    { let c = 0u; v54[c] = (v53[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v54[c] = (v53[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v54[c] = (v53[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v54[c] = (v53[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    var v55: array<i32, 4>;
    { let c = 0u; v55[c] = v4; } { let c = 1u; v55[c] = v4; } { let c = 2u; v55[c] = v4; } { let c = 3u; v55[c] = v4; }
    var v56: array<i32, 4>;
    { let c = 0u; v56[c] = (v55[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 1u; v56[c] = (v55[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 2u; v56[c] = (v55[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); } { let c = 3u; v56[c] = (v55[c] + ((i32((((tid + c * 64u) / 32u))) * v8) + i32((((tid + c * 64u) % 32u))))); }
    var v57: array<u32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            if (true && v56[c] >= 0i && u32(v56[c]) < params[4]) { let o = u32(v56[c]); v57[c] = ((b4[(o >> 2u)] >> ((o & 3u) * 8u)) & 0xffu); } else { v57[c] = 0u; if (true) { ox_fail = true; ox_record(1u, 4u, bitcast<u32>(v56[c]), bitcast<u32>(v56[c] >> 31u), 0u, 8u, wid); } }
        }
    }
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) { ox_scratch[e] = v57[c]; }
    }
    workgroupBarrier();
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            let oi = (e / 1u) % 32u; let ob = e - oi * 1u;
            let ox_xe = v57[c];
            let ox_ke = ox_xe;
            var rk = 0u;
            for (var j = 0u; j < 32u; j = j + 1u) {
                let ox_xj = ox_scratch[ob + j * 1u];
                let ox_kj = ox_xj;
                if (ox_kj > ox_ke || (ox_kj == ox_ke && j < oi)) { rk = rk + 1u; }
            }
            ox_scratch[256u + ob + rk * 1u] = ox_xe;
        }
    }
    workgroupBarrier();
    var v58: array<u32, 4>;
    for (var c = 0u; c < 4u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 256u) {
            v58[c] = ox_scratch[256u + e];
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 256u && (v54[c] < 0i || u32(v54[c]) >= params[5])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 5u, bitcast<u32>(v54[lane / 64u]), bitcast<u32>(v54[lane / 64u] >> 31u), 1u, 9u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 4u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 256u && true) { let o = u32(v54[c]); { let wi = (o >> 2u); let sh = ((o & 3u) * 8u); let nb = (v58[c]) << sh; let keep = ~(0xffu << sh); loop { let old = atomicLoad(&b5[wi]); if (atomicCompareExchangeWeak(&b5[wi], old, (old & keep) | nb).exchanged) { break; } } } }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
