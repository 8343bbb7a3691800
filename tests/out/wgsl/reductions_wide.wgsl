// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2) buffer(binding 5, length word 3)
// params words: 4

// oxtile kernel `reductions_wide`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `y`: *i32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(5) var<storage, read_write> b3: array<vec4<i32>>; // `idx`: *i32

var<workgroup> ox_scratch: array<u32, 640>;
var<workgroup> ox_part0: array<u32, 192>;
var<workgroup> ox_part1: array<u32, 192>;
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

// IEEE minNum/maxNum: a single NaN operand is ignored.
fn ox_fmin(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a < b);
}
fn ox_fmax(a: f32, b: f32) -> f32 {
    if (ox_isnan(a)) { return b; }
    if (ox_isnan(b)) { return a; }
    return select(b, a, a > b);
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
    var v5: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v5[c] = v0; }
    var v6: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v6[c] = (v5[c] + i32((tid + c * 64u))); }
    var v7: array<f32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            if (true && v6[c] >= 0i && u32(v6[c]) < params[0]) { let o = u32(v6[c]); v7[c] = b0[o >> 2u][o & 3u]; } else { v7[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v6[c]), bitcast<u32>(v6[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v9: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v9[c] = v1; }
    var v10: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) { v10[c] = (v9[c] + i32((tid + c * 64u))); }
    var v11: array<i32, 8>;
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) {
            if (true && v10[c] >= 0i && u32(v10[c]) < params[1]) { let o = u32(v10[c]); v11[c] = b1[o >> 2u][o & 3u]; } else { v11[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v10[c]), bitcast<u32>(v10[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) { ox_scratch[e] = bitcast<u32>(v7[c]); }
    }
    workgroupBarrier();
    if (tid < 64u) {
        let q = tid % 16u;
        let base = (tid / 16u) * 128u + ((tid / 16u) % 1u);
        var k = q;
        let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
        var acc: f32 = x0;
        for (k = k + 16u; k < 128u; k = k + 16u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = (acc + acc_o); }
        ox_scratch[512u + tid * 1u + 0u] = bitcast<u32>(acc);
    }
    workgroupBarrier();
    var v15: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 4u) {
            let first = 512u + e * 16;
            var acc: f32 = bitcast<f32>(ox_scratch[first + 0u]);
            for (var j = 1u; j < 16u; j = j + 1u) {
                let acc_o = bitcast<f32>(ox_scratch[first + j * 1u + 0u]);
                acc = (acc + acc_o);
            }
            v15[c] = acc;
        }
    }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = v2; }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = (v16[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4u && (v17[c] < 0i || u32(v17[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v17[lane / 64u]), bitcast<u32>(v17[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 4u && true) { let o = u32(v17[c]); b2[o >> 2u][o & 3u] = v15[c]; }
        }
    }
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) { ox_scratch[e] = bitcast<u32>(v7[c]); }
    }
    workgroupBarrier();
    var v18: array<f32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            let base = (e / 128u) * 512u + (e % 128u);
            var k = 0u;
            let x0 = bitcast<f32>(ox_scratch[base + k * 128u]);
            var acc: f32 = x0;
            for (k = k + 1u; k < 4u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 128u]); let acc_o = x; acc = ox_fmax(acc, acc_o); }
            v18[c] = acc;
        }
    }
    let v19: i32 = 4i;
    let v20: i32 = (v2 + v19);
    var v21: array<i32, 2>;
    { let c = 0u; v21[c] = v20; } { let c = 1u; v21[c] = v20; }
    var v22: array<i32, 2>;
    { let c = 0u; v22[c] = (v21[c] + i32((tid + c * 64u))); } { let c = 1u; v22[c] = (v21[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (bad <= 1u && e < 128u && (v22[c] < 0i || u32(v22[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v22[lane / 64u]), bitcast<u32>(v22[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        for (var c = 0u; c < 2u; c = c + 1u) {
            let e = tid + c * 64u;
            if (e < 128u && true) { let o = u32(v22[c]); b2[o >> 2u][o & 3u] = v18[c]; }
        }
    }
    var v23: f32;
    {
        var acc: f32;
        var has = true;
        {
            let e = tid + 0u * 64u;
            let acc_o = v7[0u];
            acc = acc_o;
        }
        for (var c = 1u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            let acc_o = v7[c];
            acc = (acc + acc_o);
        }
        if (true) {
            let at = tid * 2u;
            ox_part0[at + 0u] = bitcast<u32>(acc);
            ox_part0[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = bitcast<f32>(ox_part0[at + 0u]);
            if (ox_part0[at + 1u] != 0u) { if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true; }
        }
        v23 = acc;
    }
    let v24: i32 = 132i;
    let v25: i32 = (v2 + v24);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v25 < 0i || u32(v25) >= params[2]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 2u, bitcast<u32>(v25), bitcast<u32>(v25 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v25); b2[o >> 2u][o & 3u] = v23; }
    }
    var v26: i32;
    {
        var best: i32;
        var bi: u32;
        var has = true;
        {
            let e = tid + 0u * 64u;
            let best_o = v11[0u];
            let bi_o = e;
            best = best_o; bi = bi_o;
        }
        for (var c = 1u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            let best_o = v11[c];
            let bi_o = e;
            if (best_o > best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; }
        }
        if (true) {
            let at = tid * 3u;
            ox_part1[at + 0u] = bitcast<u32>(best);
            ox_part1[at + 1u] = bi;
            ox_part1[at + 2u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 3u;
            let best_o = bitcast<i32>(ox_part1[at + 0u]);
            let bi_o = ox_part1[at + 1u];
            if (ox_part1[at + 2u] != 0u) { if (has) { if (best_o > best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true; }
        }
        v26 = i32(bi);
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v3 < 0i || u32(v3) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v3), bitcast<u32>(v3 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v3); b3[o >> 2u][o & 3u] = v26; }
    }
    var v27: i32;
    {
        var best: i32;
        var bi: u32;
        var has = true;
        {
            let e = tid + 0u * 64u;
            let best_o = v11[0u];
            let bi_o = e;
            best = best_o; bi = bi_o;
        }
        for (var c = 1u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            let best_o = v11[c];
            let bi_o = e;
            if (best_o < best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; }
        }
        if (true) {
            let at = tid * 3u;
            ox_part0[at + 0u] = bitcast<u32>(best);
            ox_part0[at + 1u] = bi;
            ox_part0[at + 2u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 3u;
            let best_o = bitcast<i32>(ox_part0[at + 0u]);
            let bi_o = ox_part0[at + 1u];
            if (ox_part0[at + 2u] != 0u) { if (has) { if (best_o < best || (best_o == best && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true; }
        }
        v27 = i32(bi);
    }
    let v28: i32 = 1i;
    let v29: i32 = (v3 + v28);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v29 < 0i || u32(v29) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v29), bitcast<u32>(v29 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v29); b3[o >> 2u][o & 3u] = v27; }
    }
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) { ox_scratch[e] = bitcast<u32>(v7[c]); }
    }
    workgroupBarrier();
    if (tid < 64u) {
        let q = tid % 16u;
        let base = (tid / 16u) * 128u + ((tid / 16u) % 1u);
        var k = q;
        let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
        var best: f32 = x0;
        var bi: u32 = k;
        for (k = k + 16u; k < 128u; k = k + 16u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let best_o = x; let bi_o = k; if (!ox_isnan(best) && (ox_isnan(best_o) || best_o > best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } }
        ox_scratch[512u + tid * 2u + 0u] = bitcast<u32>(best);
        ox_scratch[512u + tid * 2u + 1u] = bi;
    }
    workgroupBarrier();
    var v30: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 4u) {
            let first = 512u + e * 32;
            var best: f32 = bitcast<f32>(ox_scratch[first + 0u]);
            var bi: u32 = ox_scratch[first + 1u];
            for (var j = 1u; j < 16u; j = j + 1u) {
                let best_o = bitcast<f32>(ox_scratch[first + j * 2u + 0u]);
                let bi_o = ox_scratch[first + j * 2u + 1u];
                if (!ox_isnan(best) && (ox_isnan(best_o) || best_o > best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; }
            }
            v30[c] = i32(bi);
        }
    }
    let v31: i32 = 2i;
    let v32: i32 = (v3 + v31);
    var v33: array<i32, 1>;
    { let c = 0u; v33[c] = v32; }
    var v34: array<i32, 1>;
    { let c = 0u; v34[c] = (v33[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4u && (v34[c] < 0i || u32(v34[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v34[lane / 64u]), bitcast<u32>(v34[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 4u && true) { let o = u32(v34[c]); b3[o >> 2u][o & 3u] = v30[c]; }
        }
    }
    var v35: array<i32, 1>;
    { let c = 0u; v35[c] = v1; }
    var v36: array<i32, 1>;
    { let c = 0u; v36[c] = (v35[c] + i32((tid + c * 64u))); }
    var v37: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 40u) {
            if (true && v36[c] >= 0i && u32(v36[c]) < params[1]) { let o = u32(v36[c]); v37[c] = b1[o >> 2u][o & 3u]; } else { v37[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 1u, bitcast<u32>(v36[c]), bitcast<u32>(v36[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v38: i32;
    {
        var acc: i32;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 40u) {
                let acc_o = v37[c];
                if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 2u;
            ox_part1[at + 0u] = bitcast<u32>(acc);
            ox_part1[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = bitcast<i32>(ox_part1[at + 0u]);
            if (ox_part1[at + 1u] != 0u) { if (has) { acc = (acc + acc_o); } else { acc = acc_o; } has = true; }
        }
        v38 = acc;
    }
    let v39: i32 = 6i;
    let v40: i32 = (v3 + v39);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v40 < 0i || u32(v40) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v40), bitcast<u32>(v40 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v40); b3[o >> 2u][o & 3u] = v38; }
    }
    var v41: array<i32, 1>;
    { let c = 0u; v41[c] = v0; }
    var v42: array<i32, 1>;
    { let c = 0u; v42[c] = (v41[c] + i32((tid + c * 64u))); }
    var v43: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 40u) {
            if (true && v42[c] >= 0i && u32(v42[c]) < params[0]) { let o = u32(v42[c]); v43[c] = b0[o >> 2u][o & 3u]; } else { v43[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v42[c]), bitcast<u32>(v42[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v44: f32;
    {
        var acc: f32;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 40u) {
                let acc_o = v43[c];
                if (has) { acc = ox_fmax(acc, acc_o); } else { acc = acc_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 2u;
            ox_part0[at + 0u] = bitcast<u32>(acc);
            ox_part0[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = bitcast<f32>(ox_part0[at + 0u]);
            if (ox_part0[at + 1u] != 0u) { if (has) { acc = ox_fmax(acc, acc_o); } else { acc = acc_o; } has = true; }
        }
        v44 = acc;
    }
    let v45: i32 = 133i;
    let v46: i32 = (v2 + v45);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v46 < 0i || u32(v46) >= params[2]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 2u, bitcast<u32>(v46), bitcast<u32>(v46 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v46); b2[o >> 2u][o & 3u] = v44; }
    }
    let v47: i32 = 14i;
    var v49: array<bool, 1>;
    { let c = 0u; v49[c] = (v37[c] > v47); }
    var v50: bool;
    {
        var acc: bool;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 40u) {
                let acc_o = v49[c];
                if (has) { acc = (acc || acc_o); } else { acc = acc_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 2u;
            ox_part1[at + 0u] = select(0u, 1u, acc);
            ox_part1[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = (ox_part1[at + 0u] != 0u);
            if (ox_part1[at + 1u] != 0u) { if (has) { acc = (acc || acc_o); } else { acc = acc_o; } has = true; }
        }
        v50 = acc;
    }
    let v51: i32 = select(0i, 1i, v50);
    let v52: i32 = 7i;
    let v53: i32 = (v3 + v52);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v53 < 0i || u32(v53) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v53), bitcast<u32>(v53 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v53); b3[o >> 2u][o & 3u] = v51; }
    }
    var v54: bool;
    {
        var acc: bool;
        var has = false;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 40u) {
                let acc_o = v49[c];
                if (has) { acc = (acc && acc_o); } else { acc = acc_o; } has = true;
            }
        }
        if (true) {
            let at = tid * 2u;
            ox_part0[at + 0u] = select(0u, 1u, acc);
            ox_part0[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = (ox_part0[at + 0u] != 0u);
            if (ox_part0[at + 1u] != 0u) { if (has) { acc = (acc && acc_o); } else { acc = acc_o; } has = true; }
        }
        v54 = acc;
    }
    let v55: i32 = select(0i, 1i, v54);
    let v56: i32 = 8i;
    let v57: i32 = (v3 + v56);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v57 < 0i || u32(v57) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v57), bitcast<u32>(v57 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v57); b3[o >> 2u][o & 3u] = v55; }
    }
    var v58: i32;
    {
        var best: f32;
        var bi: u32;
        var has = true;
        {
            let e = tid + 0u * 64u;
            let best_o = v7[0u];
            let bi_o = e;
            best = best_o; bi = bi_o;
        }
        for (var c = 1u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            let best_o = v7[c];
            let bi_o = e;
            if (!ox_isnan(best) && (ox_isnan(best_o) || best_o < best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; }
        }
        if (true) {
            let at = tid * 3u;
            ox_part1[at + 0u] = bitcast<u32>(best);
            ox_part1[at + 1u] = bi;
            ox_part1[at + 2u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 3u;
            let best_o = bitcast<f32>(ox_part1[at + 0u]);
            let bi_o = ox_part1[at + 1u];
            if (ox_part1[at + 2u] != 0u) { if (has) { if (!ox_isnan(best) && (ox_isnan(best_o) || best_o < best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } } else { best = best_o; bi = bi_o; } has = true; }
        }
        v58 = i32(bi);
    }
    let v59: i32 = 9i;
    let v60: i32 = (v3 + v59);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v60 < 0i || u32(v60) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v60), bitcast<u32>(v60 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v60); b3[o >> 2u][o & 3u] = v58; }
    }
    var v61: i32;
    {
        var acc: i32;
        var has = true;
        {
            let e = tid + 0u * 64u;
            let acc_o = v11[0u];
            acc = acc_o;
        }
        for (var c = 1u; c < 8u; c = c + 1u) {
            let e = tid + c * 64u;
            let acc_o = v11[c];
            acc = (acc ^ acc_o);
        }
        if (true) {
            let at = tid * 2u;
            ox_part0[at + 0u] = bitcast<u32>(acc);
            ox_part0[at + 1u] = select(0u, 1u, has);
        }
        workgroupBarrier();
        has = false;
        for (var s = 0u; s < 64u; s = s + 1u) {
            let at = s * 2u;
            let acc_o = bitcast<i32>(ox_part0[at + 0u]);
            if (ox_part0[at + 1u] != 0u) { if (has) { acc = (acc ^ acc_o); } else { acc = acc_o; } has = true; }
        }
        v61 = acc;
    }
    let v62: i32 = 10i;
    let v63: i32 = (v3 + v62);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v63 < 0i || u32(v63) >= params[3]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 3u, bitcast<u32>(v63), bitcast<u32>(v63 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v63); b3[o >> 2u][o & 3u] = v61; }
    }
    let v64: i32 = 11i;
    let v65: i32 = (v3 + v64);
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) { ox_scratch[e] = bitcast<u32>(v11[c]); }
    }
    workgroupBarrier();
    if (tid < 64u) {
        let q = tid % 16u;
        let base = (tid / 16u) * 128u + ((tid / 16u) % 1u);
        var k = q;
        let x0 = bitcast<i32>(ox_scratch[base + k * 1u]);
        var acc: i32 = x0;
        for (k = k + 16u; k < 128u; k = k + 16u) { let x = bitcast<i32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = (acc + acc_o); }
        ox_scratch[512u + tid * 1u + 0u] = bitcast<u32>(acc);
    }
    workgroupBarrier();
    var v67: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 4u) {
            let first = 512u + e * 16;
            var acc: i32 = bitcast<i32>(ox_scratch[first + 0u]);
            for (var j = 1u; j < 16u; j = j + 1u) {
                let acc_o = bitcast<i32>(ox_scratch[first + j * 1u + 0u]);
                acc = (acc + acc_o);
            }
            v67[c] = acc;
        }
    }
    var v68: array<i32, 1>;
    { let c = 0u; v68[c] = v65; }
    var v69: array<i32, 1>;
    { let c = 0u; v69[c] = (v68[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4u && (v69[c] < 0i || u32(v69[c]) >= params[3])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 3u, bitcast<u32>(v69[lane / 64u]), bitcast<u32>(v69[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 4u && true) { let o = u32(v69[c]); b3[o >> 2u][o & 3u] = v67[c]; }
        }
    }
    for (var c = 0u; c < 8u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 512u) { ox_scratch[e] = bitcast<u32>(v7[c]); }
    }
    workgroupBarrier();
    if (tid < 64u) {
        let q = tid % 16u;
        let base = ((tid / 16u) / 4u) * 512u + ((tid / 16u) % 4u);
        var k = q;
        let x0 = bitcast<f32>(ox_scratch[base + k * 4u]);
        var acc: f32 = x0;
        for (k = k + 16u; k < 128u; k = k + 16u) { let x = bitcast<f32>(ox_scratch[base + k * 4u]); let acc_o = x; acc = (acc + acc_o); }
        ox_scratch[512u + tid * 1u + 0u] = bitcast<u32>(acc);
    }
    workgroupBarrier();
    var v71: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 4u) {
            let first = 512u + e * 16;
            var acc: f32 = bitcast<f32>(ox_scratch[first + 0u]);
            for (var j = 1u; j < 16u; j = j + 1u) {
                let acc_o = bitcast<f32>(ox_scratch[first + j * 1u + 0u]);
                acc = (acc + acc_o);
            }
            v71[c] = acc;
        }
    }
    let v72: i32 = 134i;
    let v73: i32 = (v2 + v72);
    var v74: array<i32, 1>;
    { let c = 0u; v74[c] = v73; }
    var v75: array<i32, 1>;
    { let c = 0u; v75[c] = (v74[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 4u && (v75[c] < 0i || u32(v75[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v75[lane / 64u]), bitcast<u32>(v75[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 4u && true) { let o = u32(v75[c]); b2[o >> 2u][o & 3u] = v71[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
