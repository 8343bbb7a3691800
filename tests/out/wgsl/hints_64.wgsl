// params: buffer(binding 2, length word 0) buffer(binding 3, length word 1) scalar(word 2) scalar(word 3)
// params words: 4
// message 0: "n and off are positive"
// message 1: "`multiple_of(4)` does not hold"
// message 2: "`multiple_of(B)` does not hold"
// message 3: "`max_contiguous(B)` does not hold"
// site 1: tests/lang_memory.rs:830:18
// site 2: tests/lang_memory.rs:831:17
// site 3: tests/lang_memory.rs:832:31
// site 4: tests/lang_memory.rs:832:16
// site 5: tests/lang_memory.rs:834:23
// site 6: tests/lang_memory.rs:834:5

// oxtile kernel `hinted_copy`: one workgroup of 64 threads per program.

@group(0) @binding(0) var<storage, read> params: array<u32>;
@group(0) @binding(1) var<storage, read_write> status: array<atomic<u32>, 16>;
@group(0) @binding(2) var<storage, read_write> b0: array<vec4<f32>>; // `x`: *f32
@group(0) @binding(3) var<storage, read_write> b1: array<vec4<f32>>; // `out`: *f32

var<workgroup> ox_scratch: array<u32, 64>;
var<workgroup> ox_wg_bad: atomic<u32>;
var<workgroup> ox_wg_u: u32;

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

// Thread 0's `x`, as a value the uniformity analysis knows is uniform. workgroupUniformLoad
// is a barrier, a load and a barrier, so the next call may overwrite the word safely.
fn ox_uniform(x: u32, tid: u32) -> u32 {
    if (tid == 0u) {
        ox_wg_u = x;
    }
    return workgroupUniformLoad(&ox_wg_u);
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
    let v2 = bitcast<i32>(params[2]);
    let v3 = bitcast<i32>(params[3]);
    let v4 = true;
    let u1 = (ox_uniform(select(0u, 1u, v4), tid) != 0u);
    if (u1) {
        let v5: i32 = 0i;
        let v6: bool = (v3 > v5);
        let v7: i32 = 0i;
        let v8: bool = (v2 >= v7);
        let v9: bool = (v6 && v8);
        {
            let bad = select(1u, 0u, v9);
            if (ox_any_bad(bad) != 0u) { if (tid == 0u && !ox_stop) { ox_record(2u, 0u, 0u, 0u, 0u, 1u, wid); } ox_stop = true; }
        }
    }
    let v10 = true;
    let u2 = (ox_uniform(select(0u, 1u, v10), tid) != 0u);
    if (u2) {
        let v11: i32 = 4i;
        let v12: i32 = select(v2 % v11, 0i, v11 == 0i);
        let v13: i32 = 0i;
        let v14: bool = (v12 == v13);
        {
            let bad = select(1u, 0u, v14);
            if (ox_any_bad(bad) != 0u) { if (tid == 0u && !ox_stop) { ox_record(2u, 1u, 0u, 0u, 0u, 2u, wid); } ox_stop = true; }
        }
    }
    let v16 = i32(wid.x);
    let v17: i32 = 64i;
    let v18: i32 = (v16 * v17);
    let v22 = true;
    let u3 = (ox_uniform(select(0u, 1u, v22), tid) != 0u);
    if (u3) {
        let v24: i32 = 1i;
        let v27: i32 = 0i;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u) { ox_scratch[e] = bitcast<u32>((v18 + i32((tid + c * 64u)))); }
        }
        workgroupBarrier();
        var v30: array<i32, 1>;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u) {
                v30[c] = bitcast<i32>(ox_scratch[(u32(clamp(i32(max((i32((tid + c * 64u)) - v24), v27)), 0i, 63i)))]);
            }
        }
        let v31: i32 = 1i;
        let v35: i32 = 0i;
        let v39: i32 = 64i;
        let v42: i32 = 0i;
        var v45: array<bool, 1>;
        { let c = 0u;
            let w33: i32 = (v30[c] + v31);
            let w34: bool = ((v18 + i32((tid + c * 64u))) == w33);
            let w38: bool = ((i32((tid + c * 64u)) != v35) && w34);
            v45[c] = (w38 || (select((v18 + i32((tid + c * 64u))) % v39, 0i, v39 == 0i) == v42));
        }
        {
            var bad = 0u;
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 64u && !v45[c]) { bad = 1u; }
            }
            if (ox_any_bad(bad) != 0u) { if (tid == 0u && !ox_stop) { ox_record(2u, 2u, 0u, 0u, 0u, 3u, wid); } ox_stop = true; }
        }
    }
    let v47 = true;
    let u4 = (ox_uniform(select(0u, 1u, v47), tid) != 0u);
    if (u4) {
        let v49: i32 = 1i;
        let v52: i32 = 0i;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u) { ox_scratch[e] = bitcast<u32>((v18 + i32((tid + c * 64u)))); }
        }
        workgroupBarrier();
        var v55: array<i32, 1>;
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u) {
                v55[c] = bitcast<i32>(ox_scratch[(u32(clamp(i32(max((i32((tid + c * 64u)) - v49), v52)), 0i, 63i)))]);
            }
        }
        let v56: i32 = 1i;
        let v60: i32 = 64i;
        let v63: i32 = 0i;
        var v66: array<bool, 1>;
        { let c = 0u;
            let w58: i32 = (v55[c] + v56);
            let w59: bool = ((v18 + i32((tid + c * 64u))) == w58);
            v66[c] = ((select(i32((tid + c * 64u)) % v60, 0i, v60 == 0i) == v63) || w59);
        }
        {
            var bad = 0u;
            { let c = 0u;
                let e = tid + c * 64u;
                if (e < 64u && !v66[c]) { bad = 1u; }
            }
            if (ox_any_bad(bad) != 0u) { if (tid == 0u && !ox_stop) { ox_record(2u, 3u, 0u, 0u, 0u, 4u, wid); } ox_stop = true; }
        }
    }
    var v69: array<bool, 1>;
    { let c = 0u; v69[c] = ((v18 + i32((tid + c * 64u))) < v3); }
    var v70: array<i32, 1>;
    { let c = 0u; v70[c] = v1; }
    var v71: array<i32, 1>;
    { let c = 0u; v71[c] = (v70[c] + (v18 + i32((tid + c * 64u)))); }
    let v72: i32 = (v0 + v2);
    var v73: array<i32, 1>;
    { let c = 0u; v73[c] = v72; }
    var v74: array<i32, 1>;
    { let c = 0u; v74[c] = (v73[c] + (v18 + i32((tid + c * 64u)))); }
    let v75: f32 = 0.0f;
    var v76: array<f32, 1>;
    { let c = 0u; v76[c] = v75; }
    var v77: array<f32, 1>;
    { let c = 0u;
        let e = tid + c * 64u;
        if (e < 64u) {
            if (v69[c] && v74[c] >= 0i && u32(v74[c]) < params[0]) { let o = u32(v74[c]); v77[c] = b0[o >> 2u][o & 3u]; } else { v77[c] = v76[c]; if (v69[c]) { ox_fail = true; ox_record(1u, 0u, bitcast<u32>(v74[c]), bitcast<u32>(v74[c] >> 31u), 0u, 5u, wid); } }
        }
    }
    {
        var bad = select(0u, 1u, ox_fail || ox_stop);
        { let c = 0u;
            let e = tid + c * 64u;
            if (bad <= 1u && e < 64u && v69[c] && (v71[c] < 0i || u32(v71[c]) >= params[1])) { bad = 0xffffffffu - e; }
        }
        let worst = ox_any_bad(bad);
        if (worst != 0u) {
            let lane = 0xffffffffu - worst;
            if (worst != 1u && lane % 64u == tid) { ox_record(1u, 1u, bitcast<u32>(v71[lane / 64u]), bitcast<u32>(v71[lane / 64u] >> 31u), 1u, 6u, wid); }
            ox_stop = true;
        }
    }
    if (!ox_stop) {
        { let c = 0u;
            let e = tid + c * 64u;
            if (e < 64u && v69[c]) { let o = u32(v71[c]); b1[o >> 2u][o & 3u] = v77[c]; }
        }
    }
    if (ox_loop_probe(wid)) { ox_record(4u, 0u, 0u, 0u, 0u, 0u, wid); }
}
