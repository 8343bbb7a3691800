// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) buffer(binding 4, length word 2)
// params words: 3
// site 1: tests/lang_combine.rs:28:13
// site 2: tests/lang_combine.rs:31:5
// site 3: tests/lang_combine.rs:32:5
// site 4: tests/lang_combine.rs:34:5
// site 5: tests/lang_combine.rs:36:5

// oxtile kernel `argmax_rows`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<i32>>; // `x`: *i32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<i32>>; // `vals`: *i32
@group(0) @binding(4) var<storage, read_write> b2: array<vec4<i32>>; // `at`: *i32

var<workgroup> ox_scratch: array<u32, 272>;
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
    let v6: i32 = 16i;
    var v13: array<i32, 2>;
    { let c = 0u; v13[c] = v0; } { let c = 1u; v13[c] = v0; }
    var v14: array<i32, 2>;
    { let c = 0u; v14[c] = (v13[c] + ((i32((((tid + c * 64u) / 16u))) * v6) + i32((((tid + c * 64u) % 16u))))); } { let c = 1u; v14[c] = (v13[c] + ((i32((((tid + c * 64u) / 16u))) * v6) + i32((((tid + c * 64u) % 16u))))); }
    var v15: array<i32, 2>;
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) {
            if (true && v14[c] >= 0i && u32(v14[c]) < params[0]) { let o = u32(v14[c]); v15[c] = b0[o >> 2u][o & 3u]; } else { v15[c] = 0i; if (true) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v14[c]), bitcast<u32>(v14[c] >> 31u), 0u, 1u, wid); } }
        }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[128u + e] = bitcast<u32>(i32((((tid + c * 64u) % 16u)))); }
    }
    workgroupBarrier();
    for (var line = tid; line < 8u; line = line + 64u) {
        let base = line * 16u + (line % 1u);
        var fa0: i32 = bitcast<i32>(ox_scratch[0u + base]);
        var fa1: i32 = bitcast<i32>(ox_scratch[128u + base]);
        for (var k = 1u; k < 16u; k = k + 1u) {
            let at = base + k * 1u;
            let fb0: i32 = bitcast<i32>(ox_scratch[0u + at]);
            let fb1: i32 = bitcast<i32>(ox_scratch[128u + at]);
            {
                let fv22: bool = (fa0 > fb0);
                let fv23: bool = (fa0 == fb0);
                let fv24: bool = (fa1 < fb1);
                let fv25: bool = (fv23 && fv24);
                let fv26: bool = (fv22 || fv25);
                let fv27: i32 = select(fb0, fa0, fv26);
                let fv28: i32 = select(fb1, fa1, fv26);
                let fy0: i32 = fv27;
                let fy1: i32 = fv28;
                fa0 = fy0;
                fa1 = fy1;
            }
        }
        ox_scratch[256u + line] = bitcast<u32>(fa0);
        ox_scratch[264u + line] = bitcast<u32>(fa1);
    }
    workgroupBarrier();
    var v29: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) {
            v29[c] = bitcast<i32>(ox_scratch[256u + e]);
        }
    }
    var v30: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 8u) {
            v30[c] = bitcast<i32>(ox_scratch[264u + e]);
        }
    }
    var v31: array<i32, 1>;
    { let c = 0u; v31[c] = v1; }
    var v32: array<i32, 1>;
    { let c = 0u; v32[c] = (v31[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 8u && (v32[c] < 0i || u32(v32[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v32[lane / 64u]), bitcast<u32>(v32[lane / 64u] >> 31u), 1u, 2u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 8u && true) { let o = u32(v32[c]); b1[o >> 2u][o & 3u] = v29[c]; }
        }
    }
    var v33: array<i32, 1>;
    { let c = 0u; v33[c] = v2; }
    var v34: array<i32, 1>;
    { let c = 0u; v34[c] = (v33[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 8u && (v34[c] < 0i || u32(v34[c]) >= params[2])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 2u, bitcast<u32>(v34[lane / 64u]), bitcast<u32>(v34[lane / 64u] >> 31u), 1u, 3u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 8u && true) { let o = u32(v34[c]); b2[o >> 2u][o & 3u] = v30[c]; }
        }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 16u; line = line + 64u) {
        let base = (line / 16u) * 128u + (line % 16u);
        var fa0: i32 = bitcast<i32>(ox_scratch[0u + base]);
        for (var k = 1u; k < 8u; k = k + 1u) {
            let at = base + k * 16u;
            let fb0: i32 = bitcast<i32>(ox_scratch[0u + at]);
            {
                let fv37: i32 = (fa0 + fb0);
                let fy0: i32 = fv37;
                fa0 = fy0;
            }
        }
        ox_scratch[128u + line] = bitcast<u32>(fa0);
    }
    workgroupBarrier();
    var v38: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            v38[c] = bitcast<i32>(ox_scratch[128u + e]);
        }
    }
    let v39: i32 = 8i;
    let v40: i32 = (v1 + v39);
    var v41: array<i32, 1>;
    { let c = 0u; v41[c] = v40; }
    var v42: array<i32, 1>;
    { let c = 0u; v42[c] = (v41[c] + i32((tid + c * 64u))); }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 16u && (v42[c] < 0i || u32(v42[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v42[lane / 64u]), bitcast<u32>(v42[lane / 64u] >> 31u), 1u, 4u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 16u && true) { let o = u32(v42[c]); b1[o >> 2u][o & 3u] = v38[c]; }
        }
    }
    for (var c = 0u; c < 2u; c = c + 1u) {
        let e = tid + c * 64u;
        if (e < 128u) { ox_scratch[e] = bitcast<u32>(v15[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 16u; line = line + 64u) {
        let base = (line / 16u) * 128u + (line % 16u);
        var fa0: i32 = bitcast<i32>(ox_scratch[0u + base]);
        for (var k = 1u; k < 8u; k = k + 1u) {
            let at = base + k * 16u;
            let fb0: i32 = bitcast<i32>(ox_scratch[0u + at]);
            {
                let fv45: bool = (fa0 > fb0);
                let fv46: i32 = select(fb0, fa0, fv45);
                let fy0: i32 = fv46;
                fa0 = fy0;
            }
        }
        ox_scratch[128u + line] = bitcast<u32>(fa0);
    }
    workgroupBarrier();
    var v47: array<i32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) {
            v47[c] = bitcast<i32>(ox_scratch[128u + e]);
        }
    }
    workgroupBarrier();
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 16u) { ox_scratch[e] = bitcast<u32>(v47[c]); }
    }
    workgroupBarrier();
    for (var line = tid; line < 1u; line = line + 64u) {
        let base = line * 16u + (line % 1u);
        var fa0: i32 = bitcast<i32>(ox_scratch[0u + base]);
        for (var k = 1u; k < 16u; k = k + 1u) {
            let at = base + k * 1u;
            let fb0: i32 = bitcast<i32>(ox_scratch[0u + at]);
            {
                let fv50: i32 = max(fa0, fb0);
                let fy0: i32 = fv50;
                fa0 = fy0;
            }
        }
        ox_scratch[16u + line] = bitcast<u32>(fa0);
    }
    workgroupBarrier();
    var v51: i32;
    {
        v51 = bitcast<i32>(ox_scratch[16u + 0u]);
    }
    let v52: i32 = 8i;
    let v53: i32 = (v1 + v52);
    let v54: i32 = 16i;
    let v55: i32 = (v53 + v54);
    {
        let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, true && (v55 < 0i || u32(v55) >= params[1]));
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            if (tid == 0u && worst != 1u) { ox_record(1u, 1u, bitcast<u32>(v55), bitcast<u32>(v55 >> 31u), 1u, 5u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        if (tid == 0u && true) { let o = u32(v55); b1[o >> 2u][o & 3u] = v51; }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
