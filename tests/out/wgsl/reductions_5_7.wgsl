// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3

// oxtile kernel `reductions`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `out`: *f32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<i32>>; // `idx`: *i32

var<workgroup> ox_scratch: array<u32, 91>;
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
    var ox_fail = false;
    var ox_stop = false;
    let v0 = 0i;
    let v1 = 0i;
    let v2 = 0i;
    let v6: i32 = 7i;
    var v9: array<i32, 1>;
    { let c = 0u; v9[c] = v0; }
    var v10: array<i32, 1>;
    { let c = 0u; v10[c] = (v9[c] + (i32((tid + c * 64u)) * v6)); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 5u) { ox_scratch[e] = bitcast<u32>(v10[c]); }
    }
    workgroupBarrier();
    var v12: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) {
            v12[c] = bitcast<i32>(ox_scratch[(e / 7u)]);
        }
    }
    var v14: array<i32, 1>;
    { let c = 0u; v14[c] = (v12[c] + i32((((tid + c * 64u) % 7u)))); }
    var v15: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) {
            if (true && v14[c] >= 0i && u32(v14[c]) < params[0]) { let o = u32(v14[c]); v15[c] = b0[o >> 2u][o & 3u]; } else { v15[c] = 0.0f; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v14[c]), bitcast<u32>(v14[c] >> 31u), 0u, 0u, wid); } }
        }
    }
    var v16: array<i32, 1>;
    { let c = 0u; v16[c] = v1; }
    var v17: array<i32, 1>;
    { let c = 0u; v17[c] = (v16[c] + i32((tid + c * 64u))); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    var v18: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 7u) {
            let base = (e / 7u) * 35u + (e % 7u);
            var k = 0u;
            let x0 = bitcast<f32>(ox_scratch[base + k * 7u]);
            var acc: f32 = x0;
            for (k = k + 1u; k < 5u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 7u]); let acc_o = x; acc = (acc + acc_o); }
            v18[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 7u && (v17[c] < 0i || u32(v17[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v17[lane / 64u]), bitcast<u32>(v17[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 7u && true) { let o = u32(v17[c]); b1[o >> 2u][o & 3u] = v18[c]; }
        }
    }
    let v19: i32 = 7i;
    let v20: i32 = (v1 + v19);
    var v21: array<i32, 1>;
    { let c = 0u; v21[c] = v20; }
    var v22: array<i32, 1>;
    { let c = 0u; v22[c] = (v21[c] + i32((tid + c * 64u))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    var v23: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 5u) {
            let base = e * 7u + (e % 1u);
            var k = 0u;
            let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
            var acc: f32 = x0;
            for (k = k + 1u; k < 7u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = (acc + acc_o); }
            v23[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 5u && (v22[c] < 0i || u32(v22[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v22[lane / 64u]), bitcast<u32>(v22[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 5u && true) { let o = u32(v22[c]); b1[o >> 2u][o & 3u] = v23[c]; }
        }
    }
    let v24: i32 = 7i;
    let v25: i32 = (v1 + v24);
    let v26: i32 = 5i;
    let v27: i32 = (v25 + v26);
    var v28: array<i32, 1>;
    { let c = 0u; v28[c] = v27; }
    var v29: array<i32, 1>;
    { let c = 0u; v29[c] = (v28[c] + i32((tid + c * 64u))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    if (tid < 28u) {
        let q = tid % 4u;
        let base = ((tid / 4u) / 7u) * 35u + ((tid / 4u) % 7u);
        var k = q;
        let x0 = bitcast<f32>(ox_scratch[base + k * 7u]);
        var acc: f32 = x0;
        for (k = k + 4u; k < 5u; k = k + 4u) { let x = bitcast<f32>(ox_scratch[base + k * 7u]); let acc_o = x; acc = ox_fmax(acc, acc_o); }
        ox_scratch[35u + tid * 1u + 0u] = bitcast<u32>(acc);
    }
    workgroupBarrier();
    var v30: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 7u) {
            let first = 35u + e * 4;
            var acc: f32 = bitcast<f32>(ox_scratch[first + 0u]);
            for (var j = 1u; j < 4u; j = j + 1u) {
                let acc_o = bitcast<f32>(ox_scratch[first + j * 1u + 0u]);
                acc = ox_fmax(acc, acc_o);
            }
            v30[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 7u && (v29[c] < 0i || u32(v29[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v29[lane / 64u]), bitcast<u32>(v29[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 7u && true) { let o = u32(v29[c]); b1[o >> 2u][o & 3u] = v30[c]; }
        }
    }
    let v31: i32 = 2i;
    let v32: i32 = 7i;
    let v33: i32 = (v31 * v32);
    let v34: i32 = (v1 + v33);
    let v35: i32 = 5i;
    let v36: i32 = (v34 + v35);
    var v37: array<i32, 1>;
    { let c = 0u; v37[c] = v36; }
    var v38: array<i32, 1>;
    { let c = 0u; v38[c] = (v37[c] + i32((tid + c * 64u))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    if (tid < 20u) {
        let q = tid % 4u;
        let base = (tid / 4u) * 7u + ((tid / 4u) % 1u);
        var k = q;
        let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
        var acc: f32 = x0;
        for (k = k + 4u; k < 7u; k = k + 4u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = ox_fmin(acc, acc_o); }
        ox_scratch[35u + tid * 1u + 0u] = bitcast<u32>(acc);
    }
    workgroupBarrier();
    var v39: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 5u) {
            let first = 35u + e * 4;
            var acc: f32 = bitcast<f32>(ox_scratch[first + 0u]);
            for (var j = 1u; j < 4u; j = j + 1u) {
                let acc_o = bitcast<f32>(ox_scratch[first + j * 1u + 0u]);
                acc = ox_fmin(acc, acc_o);
            }
            v39[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 5u && (v38[c] < 0i || u32(v38[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v38[lane / 64u]), bitcast<u32>(v38[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 5u && true) { let o = u32(v38[c]); b1[o >> 2u][o & 3u] = v39[c]; }
        }
    }
    let v40: i32 = 3i;
    let v41: i32 = 7i;
    let v42: i32 = (v40 * v41);
    let v43: i32 = (v1 + v42);
    let v44: i32 = 5i;
    let v45: i32 = (v43 + v44);
    var v46: array<i32, 1>;
    { let c = 0u; v46[c] = v45; }
    var v47: array<i32, 1>;
    { let c = 0u; v47[c] = (v46[c] + i32((tid + c * 64u))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    var v48: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 5u) {
            let base = e * 7u + (e % 1u);
            var k = 0u;
            let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
            var acc: f32 = x0;
            for (k = k + 1u; k < 7u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = (acc * acc_o); }
            v48[c] = acc;
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 5u && (v47[c] < 0i || u32(v47[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v47[lane / 64u]), bitcast<u32>(v47[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 5u && true) { let o = u32(v47[c]); b1[o >> 2u][o & 3u] = v48[c]; }
        }
    }
    let v49: i32 = 3i;
    let v50: i32 = 7i;
    let v51: i32 = (v49 * v50);
    let v52: i32 = (v1 + v51);
    let v53: i32 = 2i;
    let v54: i32 = 5i;
    let v55: i32 = (v53 * v54);
    let v56: i32 = (v52 + v55);
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    var v57: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 7u) {
            let base = (e / 7u) * 35u + (e % 7u);
            var k = 0u;
            let x0 = bitcast<f32>(ox_scratch[base + k * 7u]);
            var acc: f32 = x0;
            for (k = k + 1u; k < 5u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 7u]); let acc_o = x; acc = (acc + acc_o); }
            v57[c] = acc;
        }
    }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 7u) { ox_scratch[e] = bitcast<u32>(v57[c]); }
    }
    workgroupBarrier();
    var v58: f32;
    {
        let base = 0u * 7u + (0u % 1u);
        var k = 0u;
        let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
        var acc: f32 = x0;
        for (k = k + 1u; k < 7u; k = k + 1u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let acc_o = x; acc = (acc + acc_o); }
        v58 = acc;
    }
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v56 < 0i || u32(v56) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v56), bitcast<u32>(v56 >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v56); b1[o >> 2u][o & 3u] = v58; }
    }
    var v59: array<i32, 1>;
    { let c = 0u; v59[c] = v2; }
    var v60: array<i32, 1>;
    { let c = 0u; v60[c] = (v59[c] + i32((tid + c * 64u))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    if (tid < 28u) {
        let q = tid % 4u;
        let base = ((tid / 4u) / 7u) * 35u + ((tid / 4u) % 7u);
        var k = q;
        let x0 = bitcast<f32>(ox_scratch[base + k * 7u]);
        var best: f32 = x0;
        var bi: u32 = k;
        for (k = k + 4u; k < 5u; k = k + 4u) { let x = bitcast<f32>(ox_scratch[base + k * 7u]); let best_o = x; let bi_o = k; if (!ox_isnan(best) && (ox_isnan(best_o) || best_o > best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } }
        ox_scratch[35u + tid * 2u + 0u] = bitcast<u32>(best);
        ox_scratch[35u + tid * 2u + 1u] = bi;
    }
    workgroupBarrier();
    var v61: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 7u) {
            let first = 35u + e * 8;
            var best: f32 = bitcast<f32>(ox_scratch[first + 0u]);
            var bi: u32 = ox_scratch[first + 1u];
            for (var j = 1u; j < 4u; j = j + 1u) {
                let best_o = bitcast<f32>(ox_scratch[first + j * 2u + 0u]);
                let bi_o = ox_scratch[first + j * 2u + 1u];
                if (!ox_isnan(best) && (ox_isnan(best_o) || best_o > best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; }
            }
            v61[c] = i32(bi);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 7u && (v60[c] < 0i || u32(v60[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v60[lane / 64u]), bitcast<u32>(v60[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 7u && true) { let o = u32(v60[c]); b2[o >> 2u][o & 3u] = v61[c]; }
        }
    }
    let v62: i32 = 7i;
    let v63: i32 = (v2 + v62);
    var v64: array<i32, 1>;
    { let c = 0u; v64[c] = v63; }
    var v65: array<i32, 1>;
    { let c = 0u; v65[c] = (v64[c] + i32((tid + c * 64u))); }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    if (tid < 20u) {
        let q = tid % 4u;
        let base = (tid / 4u) * 7u + ((tid / 4u) % 1u);
        var k = q;
        let x0 = bitcast<f32>(ox_scratch[base + k * 1u]);
        var best: f32 = x0;
        var bi: u32 = k;
        for (k = k + 4u; k < 7u; k = k + 4u) { let x = bitcast<f32>(ox_scratch[base + k * 1u]); let best_o = x; let bi_o = k; if (!ox_isnan(best) && (ox_isnan(best_o) || best_o < best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; } }
        ox_scratch[35u + tid * 2u + 0u] = bitcast<u32>(best);
        ox_scratch[35u + tid * 2u + 1u] = bi;
    }
    workgroupBarrier();
    var v66: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 5u) {
            let first = 35u + e * 8;
            var best: f32 = bitcast<f32>(ox_scratch[first + 0u]);
            var bi: u32 = ox_scratch[first + 1u];
            for (var j = 1u; j < 4u; j = j + 1u) {
                let best_o = bitcast<f32>(ox_scratch[first + j * 2u + 0u]);
                let bi_o = ox_scratch[first + j * 2u + 1u];
                if (!ox_isnan(best) && (ox_isnan(best_o) || best_o < best) || ((best_o == best || (ox_isnan(best_o) && ox_isnan(best))) && bi_o < bi)) { best = best_o; bi = bi_o; }
            }
            v66[c] = i32(bi);
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 5u && (v65[c] < 0i || u32(v65[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v65[lane / 64u]), bitcast<u32>(v65[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 5u && true) { let o = u32(v65[c]); b2[o >> 2u][o & 3u] = v66[c]; }
        }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 5u; line = line + 64u) {
        let base = line * 7u + (line % 1u);
        var acc: f32 = bitcast<f32>(ox_scratch[base]);
        for (var j = 1u; j < 7u; j = j + 1u) {
            let at = base + j * 1u;
            let x = bitcast<f32>(ox_scratch[at]);
            acc = (acc + x);
            ox_scratch[at] = bitcast<u32>(acc);
        }
    }
    workgroupBarrier();
    var v67: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) {
            v67[c] = bitcast<f32>(ox_scratch[e]);
        }
    }
    let v68: i32 = 3i;
    let v69: i32 = 7i;
    let v70: i32 = (v68 * v69);
    let v71: i32 = (v1 + v70);
    let v72: i32 = 2i;
    let v73: i32 = 5i;
    let v74: i32 = (v72 * v73);
    let v75: i32 = (v71 + v74);
    let v76: i32 = 1i;
    let v77: i32 = (v75 + v76);
    let v79: i32 = 7i;
    var v82: array<i32, 1>;
    { let c = 0u; v82[c] = v77; }
    var v83: array<i32, 1>;
    { let c = 0u; v83[c] = (v82[c] + (i32((tid + c * 64u)) * v79)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 5u) { ox_scratch[e] = bitcast<u32>(v83[c]); }
    }
    workgroupBarrier();
    var v85: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) {
            v85[c] = bitcast<i32>(ox_scratch[(e / 7u)]);
        }
    }
    var v87: array<i32, 1>;
    { let c = 0u; v87[c] = (v85[c] + i32((((tid + c * 64u) % 7u)))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 35u && (v87[c] < 0i || u32(v87[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v87[lane / 64u]), bitcast<u32>(v87[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 35u && true) { let o = u32(v87[c]); b1[o >> 2u][o & 3u] = v67[c]; }
        }
    }
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 7u; line = line + 64u) {
        let base = (line / 7u) * 35u + (line % 7u);
        var acc: f32 = bitcast<f32>(ox_scratch[base]);
        for (var j = 1u; j < 5u; j = j + 1u) {
            let at = base + j * 7u;
            let x = bitcast<f32>(ox_scratch[at]);
            acc = (acc * x);
            ox_scratch[at] = bitcast<u32>(acc);
        }
    }
    workgroupBarrier();
    var v88: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) {
            v88[c] = bitcast<f32>(ox_scratch[e]);
        }
    }
    let v89: i32 = 3i;
    let v90: i32 = 7i;
    let v91: i32 = (v89 * v90);
    let v92: i32 = (v1 + v91);
    let v93: i32 = 2i;
    let v94: i32 = 5i;
    let v95: i32 = (v93 * v94);
    let v96: i32 = (v92 + v95);
    let v97: i32 = 1i;
    let v98: i32 = (v96 + v97);
    let v99: i32 = 5i;
    let v100: i32 = 7i;
    let v101: i32 = (v99 * v100);
    let v102: i32 = (v98 + v101);
    let v104: i32 = 7i;
    var v107: array<i32, 1>;
    { let c = 0u; v107[c] = v102; }
    var v108: array<i32, 1>;
    { let c = 0u; v108[c] = (v107[c] + (i32((tid + c * 64u)) * v104)); }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 5u) { ox_scratch[e] = bitcast<u32>(v108[c]); }
    }
    workgroupBarrier();
    var v110: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 35u) {
            v110[c] = bitcast<i32>(ox_scratch[(e / 7u)]);
        }
    }
    var v112: array<i32, 1>;
    { let c = 0u; v112[c] = (v110[c] + i32((((tid + c * 64u) % 7u)))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 35u && (v112[c] < 0i || u32(v112[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v112[lane / 64u]), bitcast<u32>(v112[lane / 64u] >> 31u), 1u, 0u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 35u && true) { let o = u32(v112[c]); b1[o >> 2u][o & 3u] = v88[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
